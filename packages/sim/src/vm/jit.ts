// The fast path: hot code objects are translated (jit-emit.ts) into JS functions the interpreter calls
// at loop back edges. Results are identical with and without it — same stdout, clock, CPU times,
// instruction counts and budget stops — because a translated function runs exactly the interpreter's
// semantics for the instructions it covers and hands everything else back at an instruction boundary.
//
// Costs are summed per block instead of per instruction. Floating-point addition is only
// order-independent when every partial sum is exact, so the fast path runs only with a cost table
// whose entries are multiples of 2^-10 ns and only while the thread's CPU time stays below 2^42 ns
// (both checked).

import type { CodeObject } from "../bytecode/code.ts";
import type { Frame, ThreadState } from "./frames.ts";
import type { Machine } from "./machine.ts";
import { analyseCode } from "./jit-analysis.ts";
import { emitFastPath } from "./jit-emit.ts";
import { generatedFunction } from "./codegen.ts";
import { RangeIterator } from "./values.ts";

/** off: interpreter only; lazy: translate code objects once hot; eager: translate at the first back edge (tests). */
export type FastPathMode = "off" | "lazy" | "eager";

/** Runs `frame` from frame.pc; returns the CPU sum, with frame.pc/sp, its stack and locals and m.budget updated. */
export type FastPathFunction = (m: Machine, frame: Frame, cpu: number) => number;

/** Back edges the interpreter takes between looks at the fast path after its first (lazy mode). */
const LAZY_INTERVAL = 64;
/** Looks at the fast path a code object gets before it is translated (about 2048 back edges). */
const HOT_LOOKS = 32;
/** Larger code objects (module bodies of generated code) are left to the interpreter. */
const MAX_INSTRUCTIONS = 4000;
/** Smaller budgets are not worth a translation's entry and exit. */
const MIN_BUDGET = 8;
const COST_QUANTUM = 1024;
/** Below 2^42 ns every sum of quantised costs is exact in a double (53-bit mantissa, 10 fraction bits). */
const EXACT_SUM_LIMIT = 2 ** 42;

/** What translations refer to besides their arguments (immutable: classes they test operands against). */
const RUNTIME = Object.freeze({ RangeIterator });

interface CostProfile {
  /** Identifies the table's contents: translations embed its costs. */
  readonly key: string;
  readonly maxNs: number;
}

interface CodeTranslations {
  looks: number;
  /** By cost profile key; null: nothing worth translating, or the host forbids `new Function`. */
  readonly byCosts: Map<string, FastPathFunction | null>;
}

// Keyed by immutable objects and holding pure functions: shared by machines without affecting results
// (a translation only changes how fast a machine gets its results, never which).
const translationsByCode = new WeakMap<CodeObject, CodeTranslations>();
const profilesByTable = new WeakMap<Float64Array, CostProfile | null>();

/**
 * Back edges until the interpreter's first look at the fast path in a call (0: never). The first look
 * comes at once, so short calls (GIL hand-overs, free-threaded quanta) run hot code translated too.
 */
export function firstFastPathCheck(m: Machine): number {
  return m.fastPath === "off" ? 0 : 1;
}

/** Back edges between the interpreter's later looks. */
export function fastPathCheckInterval(m: Machine): number {
  return m.fastPath === "eager" ? 1 : LAZY_INTERVAL;
}

function costProfile(costs: Float64Array): CostProfile | null {
  let profile = profilesByTable.get(costs);
  if (profile !== undefined) return profile;
  const exact = costs.every((ns) => ns >= 0 && ns < 2 ** 20 && Number.isInteger(ns * COST_QUANTUM));
  profile = exact ? { key: costs.join(","), maxNs: Math.max(...costs) } : null;
  profilesByTable.set(costs, profile);
  return profile;
}

/** The translation of `code` for a cost table (no hotness, no cache), or null when nothing is worth translating. */
export function translateCode(code: CodeObject, costs: Float64Array): FastPathFunction | null {
  if (code.code.length / 2 > MAX_INSTRUCTIONS) return null;
  const shape = analyseCode(code);
  const source = shape && emitFastPath(code, shape, costs);
  if (!source) return null;
  // A host that forbids code generation keeps the interpreter.
  const factory = generatedFunction<(runtime: typeof RUNTIME) => FastPathFunction>(["runtime"], `return function fastPath(m, frame, cpu) {\n${source}\n};`);
  return factory ? factory(RUNTIME) : null;
}

function translationFor(m: Machine, code: CodeObject, profile: CostProfile): FastPathFunction | null {
  let entry = translationsByCode.get(code);
  if (!entry) {
    entry = { looks: 0, byCosts: new Map() };
    translationsByCode.set(code, entry);
  }
  if (entry.looks < HOT_LOOKS && m.fastPath !== "eager") {
    entry.looks++;
    return null;
  }
  let fn = entry.byCosts.get(profile.key);
  if (fn === undefined) {
    fn = translateCode(code, m.costs);
    entry.byCosts.set(profile.key, fn);
  }
  return fn;
}

/**
 * Called by the interpreter at a back edge with no eval-breaker stop pending: stores its pc, sp and
 * budget, runs the frame's translation if there is one, and returns the CPU sum (the caller reloads
 * pc, sp and budget from the frame and the machine).
 */
export function enterFastPath(m: Machine, thread: ThreadState, frame: Frame, pc: number, sp: number, budget: number, cpu: number): number {
  frame.pc = pc;
  frame.sp = sp;
  m.budget = budget;
  // Single-instruction steps (the explorer, gil-legacy drop requests) leave nothing a translation could run.
  if (budget < MIN_BUDGET) return cpu;
  const profile = costProfile(m.costs);
  // The thread's total counts too: the interpreter adds its running sum to it at other points.
  if (!profile || thread.cpuNs + cpu + m.budget * profile.maxNs >= EXACT_SUM_LIMIT) return cpu;
  const fn = translationFor(m, frame.code, profile);
  return fn ? fn(m, frame, cpu) : cpu;
}
