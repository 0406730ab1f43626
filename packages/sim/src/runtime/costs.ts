// The cost table: ns per instruction kind and per system call, derived from the calibration figures
// (calibration.ts, written by calibrate/calibrate.py from CPython 3.11 on this machine).

import { OPCODES, Op } from "../bytecode/opcodes.ts";
import { CALIBRATION } from "./calibration.ts";

export interface CostTable {
  /** ns per opcode, indexed by opcode number. */
  readonly instruction: Float64Array;
  /** The cheapest instruction: turns a time horizon into an instruction budget that cannot overshoot it. */
  readonly minInstructionNs: number;
  readonly threadStartNs: number;
  readonly threadExitNs: number;
  /** A blocked thread's wake-up (futex wake, reschedule). */
  readonly wakeNs: number;
  /** Handing the GIL to a waiting thread (condvar signal and the taker's wake-up). */
  readonly gilHandoverNs: number;
  readonly syscallNs: number;
  readonly pipeIoNs: number;
  readonly forkParentNs: number;
  readonly forkChildStartNs: number;
  readonly processExitNs: number;
  readonly waitpidNs: number;
  readonly spawnStartNs: number;
  /** A fork-started multiprocessing.Process's own start-up and shutdown in the child, beyond a bare fork. */
  readonly processBootstrapNs: number;
  /** Slice of a core under contention (Linux CFS, a few ms). */
  readonly sliceNs: number;
}

/**
 * Instruction costs are multiples of 2^-10 ns: their sums are exact, so the CPU time of a run does not
 * depend on how the additions are grouped (the fast path, vm/jit.ts, adds a whole block's cost at once).
 */
function quantised(ns: number): number {
  return Math.round(ns * 1024) / 1024;
}

function instructionCosts(): Float64Array {
  const base = quantised(CALIBRATION.instructionNs);
  const costs = new Float64Array(OPCODES.length).fill(base);
  const set = (op: number, ns: number): void => {
    costs[op] = quantised(base + ns);
  };
  set(Op.CALL, CALIBRATION.pythonCallNs);
  set(Op.CALL_FUNCTION_EX, CALIBRATION.pythonCallNs * 1.5);
  set(Op.LOAD_GLOBAL, CALIBRATION.globalAccessNs / 2);
  set(Op.STORE_GLOBAL, CALIBRATION.globalAccessNs / 2);
  set(Op.LOAD_ATTR, CALIBRATION.attributeLoadNs);
  set(Op.LOAD_METHOD, CALIBRATION.attributeLoadNs);
  set(Op.STORE_ATTR, CALIBRATION.attributeLoadNs);
  set(Op.BUILD_LIST, 10);
  set(Op.BUILD_MAP, 15);
  set(Op.MAKE_FUNCTION, 25);
  set(Op.IMPORT_NAME, 150);
  set(Op.FORMAT_VALUE, 25);
  set(Op.BUILD_STRING, 15);
  return costs;
}

export function costTable(): CostTable {
  const instruction = instructionCosts();
  const threadStartJoin = CALIBRATION.threadStartJoinNs;
  const forkTotal = CALIBRATION.forkExitWaitpidNs;
  return {
    instruction,
    minInstructionNs: Math.min(...instruction),
    // Thread start+join measured 0.096 ms with 0.3 of it here: the library code and wake-ups add ~15 µs,
    // so the clone and the new thread's start-up carry the rest of CPython's 0.27 ms.
    threadStartNs: threadStartJoin * 0.85,
    threadExitNs: threadStartJoin * 0.1,
    wakeNs: Math.max(2_000, CALIBRATION.sleepZeroNs / 10),
    gilHandoverNs: 5_000,
    syscallNs: CALIBRATION.getpidNs,
    pipeIoNs: CALIBRATION.pipeRoundTripNs / 4,
    forkParentNs: forkTotal * 0.35,
    forkChildStartNs: forkTotal * 0.25,
    processExitNs: forkTotal * 0.3,
    waitpidNs: forkTotal * 0.1,
    spawnStartNs: CALIBRATION.processSpawnStartJoinNs * 0.9,
    // Process start+join (fork) measures about twice a bare fork+_exit+waitpid: the difference is the
    // child's multiprocessing bootstrap in C and Python (stdin reopened on /dev/null, after-fork and
    // finalizer machinery, flushes, the sentinel pipes) that the simulated library does not cost.
    processBootstrapNs: CALIBRATION.processForkStartJoinNs - forkTotal,
    sliceNs: 4_000_000,
  };
}
