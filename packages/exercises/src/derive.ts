// Deriving the expected answer of every question by asking the simulator, never by hand. Each kind
// says which simulation it needs (one realistic run, or the complete outcome set) and how the answer
// is read off the results. The same derivation under each misconception model gives the answers a
// wrong mental model predicts, so grading can recognise them.
import type {
  ExploreOptions,
  Misconception,
  RunOptions,
  RunResult,
  Schedule,
  SourceFile,
  ThreadInfo,
  ThreadStateName,
} from "@interleave/sim";
import type { Engine } from "./engine.ts";
import { nearMisses, shuffleChoices, splitLines } from "./distractors.ts";
import { fingerprint } from "./fingerprint.ts";
import { isSequentialProgram } from "./imports.ts";
export { isSequentialProgram } from "./imports.ts";
import type { Exercise, Machine, ParameterValues, Question, VariantSpec } from "./schema.ts";
import { THREAD_STATES } from "./schema.ts";
import { applyParameters } from "./variants.ts";

/** One reachable outcome and how to reach it: the schedule is null for a sequential program's one run. */
export interface Witness {
  stdout: string;
  exitCode: number;
  deadlock: boolean;
  schedule: Schedule | null;
}

export type DerivedQuestion =
  | { kind: "output"; id: string; stdout: string }
  | { kind: "possible-outputs"; id: string; outcomes: Witness[]; choices: string[] }
  | { kind: "value-set"; id: string; values: { value: string; witness: Witness }[] }
  | { kind: "count"; id: string; counts: { count: number; witness: Witness }[] }
  | { kind: "duration"; id: string; wallNs: number }
  | { kind: "faster"; id: string; aWallNs: number; bWallNs: number; answer: FasterAnswer }
  | { kind: "deadlock"; id: string; possible: boolean; witness: (Witness & { waiting: ThreadInfo[] }) | null }
  | { kind: "order"; id: string; orders: { lines: string[]; witness: Witness }[] }
  | { kind: "state-at"; id: string; state: ThreadStateName };

export type FasterAnswer = "a" | "b" | "same";

/** A misconception model's answers; a question it cannot answer (e.g. a run error) is left out. */
export interface ModelAnswers {
  misconception: Misconception;
  questions: DerivedQuestion[];
}

export interface DerivedAnswers {
  slug: string;
  exerciseVersion: string;
  engineVersion: string;
  fingerprint: string;
  parameters: ParameterValues;
  questions: DerivedQuestion[];
  models: ModelAnswers[];
  /** What it took: simulator calls, executions and states the explorer visited; incomplete = explorations a bound cut short. */
  stats: { runs: number; explorations: number; incomplete: number; executions: number; states: number };
}

export interface DeriveOptions {
  /** The host's clock (performance.now); with timeBudgetMs it bounds each simulation's real time. */
  now?: () => number;
  timeBudgetMs?: number;
  maxExecutions?: number;
  maxStates?: number;
}

/** A question whose answer cannot be derived; the message says which question and why. */
export class DeriveError extends Error {
  constructor(
    readonly questionId: string,
    message: string,
  ) {
    super(`question ${questionId}: ${message}`);
    this.name = "DeriveError";
  }
}

/**
 * The simulation ended differently from CPython (the exercise says how CPython ends, and the bank
 * test checks it): answers read off it would be wrong, so none are derived.
 */
export class MismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MismatchError";
  }
}

/** Deadlocked or cut-short runs are judged by the questions; a finished one must exit as CPython does. */
function checkExit(exercise: Exercise, ending: { exitCode: number; deadlock: boolean; timedOut?: boolean; stderr?: string }): void {
  const expected = exercise.spec.cpython.exitCode;
  if (ending.deadlock || ending.timedOut || ending.exitCode === expected) return;
  const last = ending.stderr?.trimEnd().split("\n").at(-1) ?? "";
  // The program runs on CPython (the bank test proves it), so an import that fails here is a gap in the simulator.
  const gap = /^(ImportError|ModuleNotFoundError)\b/.test(last) ? " — not supported by the simulator yet" : "";
  throw new MismatchError(`the simulated program exits with code ${ending.exitCode} where CPython exits with ${expected}${last ? ` (${last})` : ""}${gap}`);
}

interface OutcomeSet {
  complete: boolean;
  stoppedBy?: string;
  witnesses: Witness[];
  waiting: (ThreadInfo[] | undefined)[];
}

/** The program files of a variant: main.py (and any file) with the parameter constants in place. */
export function variantFiles(exercise: Exercise, parameters: ParameterValues): SourceFile[] {
  return exercise.files.map((file, index) => (index === 0 ? { name: file.name, text: applyParameters(file.text, parameters) } : { ...file }));
}

/**
 * Derives every question's answer (and each listed misconception model's answers) for one variant.
 * Throws DeriveError for a question the program cannot answer, and passes simulator errors through.
 */
export function deriveAnswers(engine: Engine, exercise: Exercise, parameters: ParameterValues, options: DeriveOptions = {}): DerivedAnswers {
  const context = new DeriveContext(engine, exercise, parameters, options);
  const questions = exercise.spec.questions.map((question) => deriveQuestion(context, question, undefined));
  const models = exercise.spec.misconceptions.map((misconception) => ({
    misconception,
    questions: exercise.spec.questions.flatMap((question) => modelAnswer(context, question, misconception)),
  }));
  return {
    slug: exercise.slug,
    exerciseVersion: exercise.version,
    engineVersion: engine.version,
    fingerprint: fingerprint({ engineVersion: engine.version, files: exercise.files, spec: exercise.spec, parameters }),
    parameters,
    questions,
    models,
    stats: { ...context.stats },
  };
}

/** A model that cannot answer a question (it deadlocks, it has several outputs) simply tags nothing there. */
function modelAnswer(context: DeriveContext, question: Question, misconception: Misconception): DerivedQuestion[] {
  try {
    return [deriveQuestion(context, question, misconception)];
  } catch (error) {
    if (error instanceof DeriveError) return [];
    throw error;
  }
}

/** Memoises simulations: several questions share one exploration of the same variant and settings. */
class DeriveContext {
  readonly stats = { runs: 0, explorations: 0, incomplete: 0, executions: 0, states: 0 };
  private readonly runs = new Map<string, RunResult>();
  private readonly outcomeSets = new Map<string, OutcomeSet>();

  constructor(
    readonly engine: Engine,
    readonly exercise: Exercise,
    readonly parameters: ParameterValues,
    readonly options: DeriveOptions,
  ) {}

  runOptions(machine: Machine, misconception: Misconception | undefined, trace = false): RunOptions {
    const options: RunOptions = { model: machine.model, cores: machine.cores, stdout: machine.stdout, seed: 1, trace };
    if (misconception) options.misconception = misconception;
    if (this.options.now && this.options.timeBudgetMs) Object.assign(options, { now: this.options.now, maxRealMs: this.options.timeBudgetMs });
    return options;
  }

  run(variant: Partial<VariantSpec>, misconception: Misconception | undefined, trace = false): RunResult {
    const { files, machine } = this.variant(variant);
    const key = JSON.stringify([files, machine, misconception, trace]);
    let result = this.runs.get(key);
    if (!result) {
      result = this.engine.run(files, this.runOptions(machine, misconception, trace));
      this.stats.runs += 1;
      checkExit(this.exercise, result);
      this.runs.set(key, result);
    }
    return result;
  }

  /** Every reachable outcome: explored, or the one run of a program without concurrency. */
  outcomes(misconception: Misconception | undefined): OutcomeSet {
    const key = misconception ?? "";
    let set = this.outcomeSets.get(key);
    if (!set) {
      set = isSequentialProgram(this.exercise.files) ? this.sequentialOutcome(misconception) : this.explore(misconception);
      this.outcomeSets.set(key, set);
    }
    return set;
  }

  private sequentialOutcome(misconception: Misconception | undefined): OutcomeSet {
    const result = this.run({}, misconception);
    if (result.timedOut) throw new Error(`the run did not finish: ${result.timeoutReason ?? "a budget ran out"}`);
    const witness = { stdout: result.stdout, exitCode: result.exitCode, deadlock: result.deadlock, schedule: null };
    return { complete: true, witnesses: [witness], waiting: [result.deadlock ? result.threads.filter((t) => t.state === "blocked") : undefined] };
  }

  private explore(misconception: Misconception | undefined): OutcomeSet {
    const { files, machine } = this.variant({});
    const options: ExploreOptions = { ...this.runOptions(machine, misconception) };
    const maxExecutions = this.options.maxExecutions ?? this.exercise.spec.explore?.maxExecutions;
    if (maxExecutions) options.maxExecutions = maxExecutions;
    if (this.options.maxStates) options.maxStates = this.options.maxStates;
    const result = this.engine.explore(files, options);
    // Every execution ends in some outcome; none at all means the engine is broken, not the exercise.
    if (result.outcomes.length === 0) throw new Error("the explorer reported no outcome at all");
    this.stats.explorations += 1;
    if (!result.complete) this.stats.incomplete += 1;
    this.stats.executions += result.executions;
    this.stats.states += result.states;
    const set: OutcomeSet = { complete: result.complete, witnesses: [], waiting: [] };
    if (result.stoppedBy) set.stoppedBy = result.stoppedBy;
    for (const outcome of result.outcomes) {
      if (!outcome.deadlock && outcome.exitCode !== this.exercise.spec.cpython.exitCode) this.explainMismatch(files, options);
      checkExit(this.exercise, outcome);
      set.witnesses.push({ stdout: outcome.stdout, exitCode: outcome.exitCode, deadlock: outcome.deadlock, schedule: outcome.schedule });
      set.waiting.push(outcome.waiting);
    }
    return set;
  }

  /** Outcomes carry no stderr: one realistic run shows why the program failed, when it fails there too. */
  private explainMismatch(files: SourceFile[], options: RunOptions): void {
    const { maxExecutions: _e, maxStates: _s, ...runOptions } = options as ExploreOptions;
    checkExit(this.exercise, this.engine.run(files, runOptions));
  }

  variant(variant: Partial<VariantSpec>): { files: SourceFile[]; machine: Machine } {
    const parameters = { ...this.parameters, ...variant.parameters };
    return { files: variantFiles(this.exercise, parameters), machine: { ...this.exercise.spec.machine, ...variant.machine } };
  }
}

function deriveQuestion(context: DeriveContext, question: Question, misconception: Misconception | undefined): DerivedQuestion {
  const id = question.id;
  switch (question.kind) {
    case "output": {
      const outputs = distinctByStdout(completeOutcomes(context, question, misconception));
      if (outputs.length !== 1) throw new DeriveError(id, `an output question needs one possible output; the program has ${outputs.length}`);
      return { kind: "output", id, stdout: outputs[0]!.stdout };
    }
    case "possible-outputs":
      return derivePossibleOutputs(context, question, misconception);
    case "value-set":
      return { kind: "value-set", id, values: deriveValues(id, completeOutcomes(context, question, misconception), question.pattern) };
    case "count":
      return { kind: "count", id, counts: deriveCounts(completeOutcomes(context, question, misconception), question.line) };
    case "duration":
      return { kind: "duration", id, wallNs: finishedRun(id, context.run({}, misconception)).wallNs };
    case "faster":
      return deriveFaster(context, question, misconception);
    case "deadlock":
      return deriveDeadlock(context, question, misconception);
    case "order":
      return { kind: "order", id, orders: deriveOrders(id, completeOutcomes(context, question, misconception), question.lines) };
    case "state-at":
      return { kind: "state-at", id, state: stateAt(id, context.run({}, misconception, true), question.thread, question.at) };
  }
}

/** The outcome set, which must be complete: an answer about "every outcome" needs all of them. */
function completeOutcomes(context: DeriveContext, question: Question, misconception: Misconception | undefined): Witness[] {
  const set = context.outcomes(misconception);
  if (!set.complete) throw new DeriveError(question.id, `exploration stopped early (${set.stoppedBy ?? "a bound was reached"}); this question needs every outcome`);
  return set.witnesses;
}

function distinctByStdout(witnesses: Witness[]): Witness[] {
  const seen = new Map<string, Witness>();
  for (const witness of witnesses) if (!seen.has(witness.stdout)) seen.set(witness.stdout, witness);
  return [...seen.values()];
}

function derivePossibleOutputs(
  context: DeriveContext,
  question: Extract<Question, { kind: "possible-outputs" }>,
  misconception: Misconception | undefined,
): DerivedQuestion {
  const outcomes = distinctByStdout(completeOutcomes(context, question, misconception));
  const stdouts = outcomes.map((outcome) => outcome.stdout);
  // nearMisses only proposes texts outside the complete outcome set: each is proven impossible.
  const distractors = nearMisses(stdouts, question.distractors);
  const choices = shuffleChoices([...stdouts, ...distractors], `${context.exercise.slug}/${question.id}`);
  return { kind: "possible-outputs", id: question.id, outcomes, choices };
}

function deriveValues(id: string, witnesses: Witness[], pattern: string): { value: string; witness: Witness }[] {
  const regex = new RegExp(pattern);
  const values = new Map<string, Witness>();
  for (const witness of witnesses) {
    for (const line of splitLines(witness.stdout)) {
      const value = regex.exec(line)?.[1];
      if (value !== undefined && !values.has(value)) values.set(value, witness);
    }
  }
  if (values.size === 0) throw new DeriveError(id, `no printed line matches /${pattern}/ in any outcome`);
  return [...values].map(([value, witness]) => ({ value, witness })).sort((x, y) => compareValues(x.value, y.value));
}

/** Numbers in numeric order, other values in text order: how the values are shown to a learner. */
export function compareValues(x: string, y: string): number {
  const nx = Number(x);
  const ny = Number(y);
  if (x.trim() !== "" && y.trim() !== "" && !Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
  return x < y ? -1 : x > y ? 1 : 0;
}

function deriveCounts(witnesses: Witness[], line: string): { count: number; witness: Witness }[] {
  const counts = new Map<number, Witness>();
  for (const witness of witnesses) {
    const count = splitLines(witness.stdout).filter((printed) => printed === line).length;
    if (!counts.has(count)) counts.set(count, witness);
  }
  return [...counts].map(([count, witness]) => ({ count, witness })).sort((x, y) => x.count - y.count);
}

function finishedRun(id: string, result: RunResult): RunResult {
  if (result.timedOut) throw new DeriveError(id, `the run did not finish: ${result.timeoutReason ?? "a budget ran out"}`);
  if (result.deadlock) throw new DeriveError(id, "the run deadlocked, so it has no duration");
  return result;
}

function deriveFaster(
  context: DeriveContext,
  question: Extract<Question, { kind: "faster" }>,
  misconception: Misconception | undefined,
): DerivedQuestion {
  const aWallNs = finishedRun(question.id, context.run(question.a, misconception)).wallNs;
  const bWallNs = finishedRun(question.id, context.run(question.b, misconception)).wallNs;
  return { kind: "faster", id: question.id, aWallNs, bWallNs, answer: fasterOf(aWallNs, bWallNs, question.tie) };
}

/** "same" when the wall times differ by less than `tie` of the slower one. */
export function fasterOf(aWallNs: number, bWallNs: number, tie: number): FasterAnswer {
  const slower = Math.max(aWallNs, bWallNs);
  if (slower === 0 || Math.abs(aWallNs - bWallNs) / slower < tie) return "same";
  return aWallNs < bWallNs ? "a" : "b";
}

function deriveDeadlock(context: DeriveContext, question: Question, misconception: Misconception | undefined): DerivedQuestion {
  const set = context.outcomes(misconception);
  const index = set.witnesses.findIndex((witness) => witness.deadlock);
  if (index >= 0) {
    const witness = { ...set.witnesses[index]!, waiting: set.waiting[index] ?? [] };
    return { kind: "deadlock", id: question.id, possible: true, witness };
  }
  // "Cannot deadlock" is only proven by a complete search.
  completeOutcomes(context, question, misconception);
  return { kind: "deadlock", id: question.id, possible: false, witness: null };
}

function deriveOrders(id: string, witnesses: Witness[], lines: string[]): { lines: string[]; witness: Witness }[] {
  const wanted = new Set(lines);
  const orders = new Map<string, { lines: string[]; witness: Witness }>();
  for (const witness of witnesses) {
    const order = splitLines(witness.stdout).filter((line) => wanted.has(line));
    if (order.length !== lines.length || new Set(order).size !== lines.length) {
      throw new DeriveError(id, `an outcome does not print each of the lines exactly once:\n${witness.stdout}`);
    }
    const key = JSON.stringify(order);
    if (!orders.has(key)) orders.set(key, { lines: order, witness });
  }
  return [...orders.values()];
}

/** A thread-state change in a run's trace (`trace: true`): the simulator's `{ kind: "state" }` event. */
export interface ThreadStateEvent {
  kind: "state";
  ns: number;
  pid: number;
  tid: number;
  state: ThreadStateName;
}

function isThreadStateEvent(event: unknown): event is ThreadStateEvent {
  if (typeof event !== "object" || event === null) return false;
  const e = event as Partial<ThreadStateEvent>;
  return e.kind === "state" && typeof e.ns === "number" && typeof e.pid === "number" && typeof e.tid === "number" && THREAD_STATES.includes(e.state!);
}

/**
 * The named thread's state at `atSeconds`: its last state change at or before that time. The name
 * is looked up in the run's thread list (in the first process that has such a thread).
 */
export function stateAt(id: string, result: RunResult, thread: string, atSeconds: number): ThreadStateName {
  const events = (result.trace ?? []).filter(isThreadStateEvent);
  if (events.length === 0) throw new DeriveError(id, "state-at needs thread-state events in the run's trace: not available yet (Simulator II: trace of thread states)");
  const info = result.threads.find((t) => t.name === thread);
  if (!info) throw new DeriveError(id, `no thread named "${thread}" in the run (threads: ${result.threads.map((t) => t.name).join(", ")})`);
  const atNs = Math.round(atSeconds * 1e9);
  const before = events.filter((event) => event.pid === info.pid && event.tid === info.tid && event.ns <= atNs);
  if (before.length === 0) throw new DeriveError(id, `thread "${thread}" does not exist yet at ${atSeconds} s`);
  return before.at(-1)!.state;
}
