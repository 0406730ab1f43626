// The interpreter loop: executes instructions of one thread until a limit, a stop reason, or (for a
// nested call from native code) until the nested frame returns. Hot instructions are handled inline
// on local copies of pc / sp; everything else goes through `slowOp` on the frame's own fields.

import { Op } from "../bytecode/opcodes.ts";
import { findHandler, POSITION_FIELDS } from "../bytecode/code.ts";
import { SimulatorError } from "../api.ts";
import { binaryOp, richCompare, truthy } from "./objects.ts";
import { PyThrow, convertPrimitiveError, pyError } from "./exceptions.ts";
import type { Frame, ThreadState } from "./frames.ts";
import { ReturnMode } from "./frames.ts";
import { nameError, slowOp, unboundLocalError, Signal } from "./ops-slow.ts";
import type { Machine } from "./machine.ts";
import { enterFastPath, fastPathCheckInterval, firstFastPathCheck } from "./jit.ts";
import { PyException, PyGenerator, type PyValue, type TracebackEntry } from "./values.ts";
import { exceptionTypeNamed, isInstance } from "./types.ts";

export type StopReason =
  | { kind: "finished" }
  | { kind: "exception"; exception: PyException }
  | { kind: "budget" }
  | { kind: "nested-done" }
  /** A native call blocked the thread (ThreadState.blocked): the host resumes it later. */
  | { kind: "blocked" }
  /** Reached an eval-breaker point while the host asked for a stop there (Machine.breakerStop). */
  | { kind: "breaker" }
  /** The host's Stretch asked for a pause after an instruction. */
  | { kind: "paused" };

/**
 * Hooks of a host that runs in one go instructions it would otherwise take one at a time, as the
 * explorer does with library code. Every instruction that can change what the host looks at (a call, a
 * return, an attribute, a native function) is a slow one, so looking around those is enough: fast ones
 * only move values between the frame, constants and globals. A nested loop never calls them: its
 * instructions all belong to the native call that made it.
 */
export interface Stretch {
  /** Before a slow instruction runs (the frame's pc is already past it; `sp` is in the frame). */
  beforeSlowOp(frame: Frame, op: number, arg: number): void;
  /** After a slow instruction ran, or an exception was caught: whether to stop before the next one. */
  pauseAfter(): boolean;
}

/** Thrown through nested loops when the instruction budget runs out inside a native callback. */
export class BudgetExhausted extends Error {
  constructor() {
    super("instruction budget exhausted");
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/**
 * Instructions a nested loop takes from Machine.reserve at a time: few, as what a loop holds is out of
 * reach of the loops nested in it (a callback inside a property inside a callback…) until it ends.
 */
const NESTED_REFILL = 10_000;
const BREAKER: StopReason = { kind: "breaker" };
const BLOCKED: StopReason = { kind: "blocked" };
const PAUSED: StopReason = { kind: "paused" };

/**
 * The hot switch uses literal opcode numbers (V8 builds a jump table only for literal cases, and
 * bundlers may turn `Op.X` into getter calls); this checks them against the table at load.
 */
const INLINE_OPCODES: Record<string, number> = {"LOAD_FAST": 5, "LOAD_CONST": 4, "STORE_FAST": 6, "BINARY_OP": 29, "COMPARE_OP": 34, "POP_JUMP_FORWARD_IF_FALSE": 41, "POP_JUMP_BACKWARD_IF_FALSE": 43, "POP_JUMP_FORWARD_IF_TRUE": 42, "POP_JUMP_BACKWARD_IF_TRUE": 44, "JUMP_BACKWARD": 48, "JUMP_BACKWARD_NO_INTERRUPT": 49, "JUMP_FORWARD": 47, "POP_TOP": 1, "RESUME": 3, "NOP": 0, "PRECALL": 25, "LOAD_GLOBAL": 8, "LOAD_NAME": 11, "STORE_NAME": 12, "STORE_GLOBAL": 9};
for (const [name, number] of Object.entries(INLINE_OPCODES)) {
  if ((Op as Record<string, number>)[name] !== number) throw new Error(`interp.ts: opcode ${name} is not ${number}`);
}

/**
 * Runs `thread` until it finishes, raises out of its last frame, uses up `m.budget`, `stretch` pauses
 * it, or — when `nested` — until the frame that was on top at entry delivers its result (ReturnMode.Nested).
 */
export function execute(m: Machine, thread: ThreadState, nested: boolean, stretch: Stretch | null = null): StopReason {
  let frame = thread.top as Frame;
  let code = frame.code.code;
  let consts = frame.code.consts as PyValue[];
  let stack = frame.stack;
  let fast = frame.locals;
  let pc = frame.pc;
  let sp = frame.sp;
  let budget = m.budget;
  let cpu = 0;
  const costs = m.costs;
  // Eval-breaker stops only pause a top-level loop: a nested loop has a native caller on the JS stack.
  const breaker = m.breakerStop && !nested;
  // Counts taken back edges down to the next look at the fast path (jit.ts); 0 never reaches it again.
  let untilFastPath = firstFastPathCheck(m);
  for (;;) {
    try {
      for (;;) {
        if (budget <= 0) {
          if (nested && m.reserve > 0) {
            budget = Math.min(m.reserve, NESTED_REFILL);
            m.reserve -= budget;
            continue;
          }
          frame.pc = pc;
          frame.sp = sp;
          m.budget = 0;
          thread.cpuNs += cpu;
          if (nested) throw new BudgetExhausted();
          return { kind: "budget" };
        }
        budget--;
        const op = code[pc * 2] as number;
        const arg = code[pc * 2 + 1] as number;
        pc++;
        cpu += costs[op] as number;
        switch (op) {
          case 5: { // LOAD_FAST
            const value = fast[arg];
            if (value === undefined) {
              frame.pc = pc;
              m.budget = budget;
              throw unboundLocalError(frame, arg);
            }
            stack[sp++] = value;
            continue;
          }
          case 4: // LOAD_CONST
            stack[sp++] = consts[arg] as PyValue;
            continue;
          case 6: // STORE_FAST
            fast[arg] = stack[--sp];
            continue;
          case 29: { // BINARY_OP
            const right = stack[sp - 1] as PyValue;
            const left = stack[sp - 2] as PyValue;
            if (typeof left === "number" && typeof right === "number") {
              let result: number;
              if (arg === 0 || arg === 13) result = left + right;
              else if (arg === 10 || arg === 23) result = left - right;
              else result = NaN;
              if (result === result && result <= MAX_SAFE && result >= -MAX_SAFE) {
                stack[--sp - 1] = result;
                continue;
              }
            }
            frame.pc = pc;
            m.budget = budget;
            stack[--sp - 1] = binaryOp(m, left, right, arg);
            budget = m.budget;
            continue;
          }
          case 34: { // COMPARE_OP
            const right = stack[sp - 1] as PyValue;
            const left = stack[sp - 2] as PyValue;
            let result: boolean;
            if (typeof left === "number" && typeof right === "number") {
              switch (arg) {
                case 0:
                  result = left < right;
                  break;
                case 1:
                  result = left <= right;
                  break;
                case 2:
                  result = left === right;
                  break;
                case 3:
                  result = left !== right;
                  break;
                case 4:
                  result = left > right;
                  break;
                default:
                  result = left >= right;
              }
              stack[--sp - 1] = result;
              continue;
            }
            frame.pc = pc;
            m.budget = budget;
            stack[--sp - 1] = richCompare(m, left, right, arg);
            budget = m.budget;
            continue;
          }
          case 41: // POP_JUMP_FORWARD_IF_FALSE
          case 43: // POP_JUMP_BACKWARD_IF_FALSE
          case 42: // POP_JUMP_FORWARD_IF_TRUE
          case 44: { // POP_JUMP_BACKWARD_IF_TRUE
            const value = stack[--sp] as PyValue;
            frame.pc = pc;
            m.budget = budget;
            const truth = typeof value === "boolean" ? value : truthy(m, value);
            budget = m.budget;
            const onTrue = op === 42 /* POP_JUMP_FORWARD_IF_TRUE */ || op === 44 /* POP_JUMP_BACKWARD_IF_TRUE */;
            if (truth === onTrue) {
              pc += op === 41 /* POP_JUMP_FORWARD_IF_FALSE */ || op === 42 /* POP_JUMP_FORWARD_IF_TRUE */ ? arg : -arg;
              // A taken backward jump checks the eval breaker (ceval.c).
              if (breaker && (op === 43 || op === 44)) {
                frame.pc = pc;
                frame.sp = sp;
                m.budget = budget;
                thread.cpuNs += cpu;
                return BREAKER;
              }
              if ((op === 43 || op === 44) && --untilFastPath === 0) {
                untilFastPath = fastPathCheckInterval(m);
                cpu = enterFastPath(m, thread, frame, pc, sp, budget, cpu);
                pc = frame.pc;
                sp = frame.sp;
                budget = m.budget;
              }
            }
            continue;
          }
          case 48: // JUMP_BACKWARD
            pc -= arg;
            if (breaker) {
              frame.pc = pc;
              frame.sp = sp;
              m.budget = budget;
              thread.cpuNs += cpu;
              return BREAKER;
            }
            if (--untilFastPath === 0) {
              untilFastPath = fastPathCheckInterval(m);
              cpu = enterFastPath(m, thread, frame, pc, sp, budget, cpu);
              pc = frame.pc;
              sp = frame.sp;
              budget = m.budget;
            }
            continue;
          case 49: // JUMP_BACKWARD_NO_INTERRUPT
            pc -= arg;
            continue;
          case 47: // JUMP_FORWARD
            pc += arg;
            continue;
          case 1: // POP_TOP
            sp--;
            continue;
          case 3: // RESUME
            if (breaker) {
              frame.pc = pc;
              frame.sp = sp;
              m.budget = budget;
              thread.cpuNs += cpu;
              return BREAKER;
            }
            continue;
          case 0: // NOP
          case 25: // PRECALL
            continue;
          case 8: { // LOAD_GLOBAL
            const name = frame.code.names[arg >> 1] as string;
            const value = frame.globals.get(name) ?? frame.builtins.get(name);
            if (value === undefined) {
              frame.pc = pc;
              m.budget = budget;
              throw nameError(frame, name);
            }
            if (arg & 1) stack[sp++] = null as unknown as PyValue;
            stack[sp++] = value;
            continue;
          }
          case 11: { // LOAD_NAME
            const name = frame.code.names[arg] as string;
            const value = frame.names.get(name) ?? frame.globals.get(name) ?? frame.builtins.get(name);
            if (value === undefined) {
              frame.pc = pc;
              m.budget = budget;
              throw nameError(frame, name);
            }
            stack[sp++] = value;
            continue;
          }
          case 12: // STORE_NAME
            frame.names.set(frame.code.names[arg] as string, stack[--sp] as PyValue);
            continue;
          case 9: // STORE_GLOBAL
            frame.globals.set(frame.code.names[arg] as string, stack[--sp] as PyValue);
            continue;
          default: {
            frame.pc = pc;
            frame.sp = sp;
            m.budget = budget;
            // Native code may read the clock (time.perf_counter): the CPU time so far must be in it.
            thread.cpuNs += cpu;
            cpu = 0;
            if (stretch !== null) stretch.beforeSlowOp(frame, op, arg);
            const signal = slowOp(m, thread, frame, op, arg);
            budget = m.budget;
            if (signal === Signal.StopNested || signal === Signal.Finished) {
              thread.cpuNs += cpu;
              m.budget = budget;
              if (signal === Signal.Finished) return { kind: "finished" };
              return { kind: "nested-done" };
            }
            if (thread.blocked || (breaker && (op === Op.CALL || op === Op.CALL_FUNCTION_EX) && thread.top === frame)) {
              // Blocked in a native call, or back from one (a native call is an eval-breaker point).
              thread.cpuNs += cpu;
              return thread.blocked ? BLOCKED : BREAKER;
            }
            frame = thread.top as Frame;
            code = frame.code.code;
            consts = frame.code.consts as PyValue[];
            stack = frame.stack;
            fast = frame.locals;
            pc = frame.pc;
            sp = frame.sp;
            if (stretch !== null && stretch.pauseAfter()) return PAUSED;
          }
        }
      }
    } catch (error) {
      // Every path that can throw stored pc and synced the budget first.
      thread.cpuNs += cpu;
      cpu = 0;
      const outcome = handleError(m, thread, error, nested);
      if (outcome) return outcome;
      budget = m.budget;
      frame = thread.top as Frame;
      code = frame.code.code;
      consts = frame.code.consts as PyValue[];
      stack = frame.stack;
      fast = frame.locals;
      pc = frame.pc;
      sp = frame.sp;
      if (stretch !== null && stretch.pauseAfter()) return PAUSED;
    }
  }
}

function toPyException(m: Machine, error: unknown): PyException {
  const converted = convertPrimitiveError(error);
  if (converted instanceof PyThrow) return converted.exception;
  if (converted instanceof RangeError && /call stack/i.test(converted.message)) {
    return (pyError("RecursionError", "maximum recursion depth exceeded") as PyThrow).exception;
  }
  void m;
  throw converted;
}

/**
 * Unwinds to the innermost handler. Returns a StopReason when the thread (or the nested call)
 * ends; undefined to continue in the frame now on top.
 */
function handleError(m: Machine, thread: ThreadState, error: unknown, nested: boolean): StopReason | undefined {
  let exc = toPyException(m, error);
  let frame = thread.top as Frame;
  const raisingOp = frame.code.code[(frame.pc - 1) * 2];
  const raisingArg = frame.code.code[(frame.pc - 1) * 2 + 1];
  // RERAISE and a bare `raise` re-raise without a new traceback entry (ceval's exception_unwind).
  const isReraise = raisingOp === Op.RERAISE || (raisingOp === Op.RAISE_VARARGS && raisingArg === 0);
  if (!isReraise) {
    const handled = thread.handled;
    if (handled instanceof PyException && handled !== exc && exc.context === null) exc.context = handled;
    exc.traceback.unshift(tracebackEntry(frame));
  }
  for (;;) {
    if (jumpToHandler(frame, exc)) return undefined;
    thread.frames.pop();
    const generator = frame.generator;
    if (generator) {
      generator.finished = true;
      generator.running = false;
      exc = leavingGenerator(exc);
    }
    const mode = frame.returnMode;
    if (mode === ReturnMode.Nested || mode === ReturnMode.GeneratorNested) throw new PyThrow(exc);
    const caller = thread.top;
    if (mode === ReturnMode.IterNext && caller && isInstance(exc, exceptionTypeNamed("StopIteration"))) {
      endForLoop(caller);
      return undefined;
    }
    if (!caller) {
      thread.status = "failed";
      thread.uncaught = exc;
      if (nested) throw new PyThrow(exc);
      return { kind: "exception", exception: exc };
    }
    frame = caller;
    exc.traceback.unshift(tracebackEntry(frame));
  }
}

/** FOR_ITER (just executed by `frame`) found its iterator exhausted: pop it and jump past the loop. */
export function endForLoop(frame: Frame): void {
  frame.sp--;
  frame.pc += frame.code.code[(frame.pc - 1) * 2 + 1] as number;
}

/** Jumps `frame` to the handler covering its current instruction for `exc`; false when none does. */
export function jumpToHandler(frame: Frame, exc: PyException): boolean {
  const entry = findHandler(frame.code, frame.pc - 1);
  if (!entry) return false;
  frame.sp = entry.depth;
  if (entry.lasti) frame.stack[frame.sp++] = frame.pc - 1;
  frame.stack[frame.sp++] = exc;
  frame.pc = entry.target;
  return true;
}

/** PEP 479: a StopIteration escaping a generator becomes RuntimeError, caused by it (genobject.c). */
function leavingGenerator(exc: PyException): PyException {
  if (!isInstance(exc, exceptionTypeNamed("StopIteration"))) return exc;
  const error = (pyError("RuntimeError", "generator raised StopIteration") as PyThrow).exception;
  error.cause = exc;
  error.context = exc;
  error.suppressContext = true;
  return error;
}

export function tracebackEntry(frame: Frame): TracebackEntry {
  const code = frame.code;
  const base = Math.max(0, frame.pc - 1) * POSITION_FIELDS;
  const at = (i: number): number => code.positions[base + i] ?? -1;
  return {
    filename: code.filename,
    line: frame.line,
    name: code.name,
    endLine: at(0),
    col: at(1),
    endCol: at(2),
    anchorLeft: at(3),
    anchorRight: at(4),
  };
}

/**
 * Runs the frame just pushed (ReturnMode.Nested / GeneratorNested) on a nested loop until it delivers
 * a result: its return value (or yielded value); undefined when a generator is exhausted.
 */
export function runNested(m: Machine, thread: ThreadState): PyValue | undefined {
  const depth = thread.frames.length;
  // Nested instructions are paid from the reserve, and the caller's slice goes into it meanwhile: a
  // slice holding all the run has left (the last one) must leave its callbacks something. The caller
  // gets its slice back as far as it remains, so a host that runs one instruction at a time (the
  // explorer) still gets exactly one top-level instruction.
  const callerBudget = m.budget;
  m.reserve += callerBudget;
  m.budget = 0;
  m.nestedDepth++;
  let outcome: StopReason;
  try {
    outcome = execute(m, thread, true);
  } finally {
    m.nestedDepth--;
  }
  m.reserve += m.budget;
  m.budget = Math.min(callerBudget, m.reserve);
  m.reserve -= m.budget;
  if (outcome.kind !== "nested-done") {
    throw new SimulatorError(`nested call ended unexpectedly (${outcome.kind}) at depth ${depth}`);
  }
  const result = thread.nestedResult;
  thread.nestedResult = undefined;
  return result;
}

export function isGenerator(value: unknown): value is PyGenerator {
  return value instanceof PyGenerator;
}
