// A Python program as an explorable system: executions of the Simulator II machine in which the
// explorer, not the clock, decides which thread runs next and when a timed wait ends. Per model:
// `gil` — a step runs a thread to its next eval-breaker point (or until it blocks or ends), where the
// GIL can change hands; `gil-legacy` and `free-threaded` — any instruction boundary, and a step is one
// instruction touching shared state plus the private ones after it (see steps.ts). Processes
// interleave at the same points, so at least at every visible operation.

import type { ExploreOptions, Model, RunResult, ThreadInfo, SourceFile } from "../api.ts";
import { SimulatorError } from "../api.ts";
import { bootMachine, moduleName, report } from "../run.ts";
import { realisticChooser } from "../runtime/chooser.ts";
import type { ForkLibrary, MachineEnd, SimMachine } from "../runtime/machine.ts";
import type { SimThread } from "../runtime/thread.ts";
import { libraryFilename, type CodeObject } from "../bytecode/code.ts";
import { Fingerprinter } from "./fingerprint.ts";
import { deadHeaps, snapshot } from "./snapshot.ts";
import { SealedLibrary, type BoundaryFields, type ModuleKinds, type RegionOwner } from "./seal.ts";
import { importedLibrary, PrivateNames } from "./privacy.ts";
import { compileModule } from "../runtime/process.ts";
import { PYLIB } from "../pylib/sources.generated.ts";
import { BUILTINS_HELPER_MODULE, BUILTINS_HELPER_SOURCE } from "../modules/builtins-extra.ts";
import { PySyntaxError } from "../lang/errors.ts";
import { inLibraryCode, instructionReachesProgram, libraryFootprint, libraryInstructionReachesProgram, nextFootprint, nextInstruction, nextIsPrivate, union, wasEvalBreaker } from "./steps.ts";
import { OPCODES } from "../bytecode/opcodes.ts";
import { cpythonOffsets } from "../bytecode/dis.ts";
import { builtinRepr } from "../vm/repr.ts";
import { None, PyFloat, PyList, PyTuple, type PyModule, type PyValue } from "../vm/values.ts";
import type { ChoiceOption, Execution, ExplorableSystem, Footprint, Point } from "./system.ts";
import { MAX_EXPLORED_VALUES, RandomChoice } from "../modules/interleave.ts";

/** The footprint of a step that has touched nothing yet. */
const NOTHING: Footprint = { reads: [], writes: [] };

const UNEXPLORED_NESTED =
  "a blocking call inside a native callback (such as multiprocessing's atexit join) ran the other threads on one schedule of its own: their other orders were not explored";

const UNEXPLORED_RANDOM =
  `random gave values of its own: a float (random(), uniform(), weighted choices), an integer among more than ${MAX_EXPLORED_VALUES} values, or one inside a native callback; their other values were not explored`;

/** One option per value of a random draw below `n` ("1000:2=0" …): the thread's step goes on with it. */
function valueOptions(thread: SimThread, n: number): ChoiceOption[] {
  return Array.from({ length: n }, (_, value) => ({ id: `${thread.id}=${value}`, thread: thread.id, kind: "value" as const }));
}

/** Instructions one explored execution may run (a livelock ends as a budget stop, never a hang). */
export const EXPLORE_MAX_INSTRUCTIONS = 5_000_000;

export interface ProgramOutcome {
  stdout: string;
  exitCode: number;
  deadlock: boolean;
  /** What each blocked thread waits on, for a deadlock. */
  waiting?: ThreadInfo[];
  /** Set when the execution ran out of its instruction budget instead of ending. */
  budgetExhausted?: string;
}

/** What every execution of one exploration shares. */
interface SharedFacts {
  /** Remembers the hashes of strings and constants for every state. */
  readonly fingerprinter: Fingerprinter;
  readonly privateNames: PrivateNames;
  /** The program's modules (never sealed), and which library namespaces may be rebound. */
  readonly modules: ModuleKinds;
  /** Sealed at the first copy (null: not sealable, or sealing is off); undefined until then. */
  library: SealedLibrary | null | undefined;
  /** Set when an execution's machine chose between threads itself: the search cannot be complete. */
  unexplored: string | undefined;
  /** What library code touches, per process (made once: a step unites it instruction after instruction). */
  readonly libraryFootprints: Map<number, Footprint>;
}

export class ProgramSystem implements ExplorableSystem<ProgramOutcome> {
  /** Every execution compiles the same modules: once is enough (code objects are immutable). */
  private readonly codeCache = new Map<string, CodeObject>();
  private readonly shared: SharedFacts;

  /** `seal`: share the library between copies of the machine (see seal.ts); off to run again without. */
  constructor(
    private readonly files: SourceFile[],
    private readonly options: ExploreOptions,
    seal = true,
  ) {
    const privateNames = scanPrivateNames(files, this.codeCache);
    this.shared = {
      fingerprinter: new Fingerprinter(),
      privateNames,
      modules: {
        program: new Set(["__main__", ...files.slice(1).map(moduleName)]),
        mayChange: (name, globals) => privateNames.moduleMayChange(libraryFilename(name), globals),
      },
      library: seal ? undefined : null,
      unexplored: undefined,
      libraryFootprints: new Map(),
    };
  }

  /** Why some executions were not explored although the search ran to its end (undefined: none). */
  get unexplored(): string | undefined {
    return this.shared.unexplored;
  }

  /** Whether the library was sealed: a write to it then means the exploration must run again unsealed. */
  get sealed(): boolean {
    return Boolean(this.shared.library);
  }

  begin(): ProgramExecution {
    // The machine keeps its own bookkeeping free-threaded: the GIL's rules live in the steps below.
    const booted = bootMachine(this.files, { ...this.options, model: "free-threaded", now: undefined, maxInstructions: this.options.maxInstructions ?? EXPLORE_MAX_INSTRUCTIONS }, realisticChooser, this.codeCache);
    const model = this.options.model ?? "gil";
    if ("machine" in booted) return new ProgramExecution(booted.machine, model, null, this.shared);
    const execution = new ProgramExecution(null, model, { stdout: booted.stdout, exitCode: booted.exitCode, deadlock: false }, this.shared);
    execution.result = booted;
    return execution;
  }

  outcomeKey(outcome: ProgramOutcome): string {
    return JSON.stringify([outcome.stdout, outcome.exitCode, outcome.deadlock, outcome.budgetExhausted ?? ""]);
  }
}

export class ProgramExecution implements Execution<ProgramOutcome>, RegionOwner {
  private ended: ProgramOutcome | null;
  /** The sealed library this execution's machine shares (null: its library is its own). */
  private library: SealedLibrary | null = null;
  /** This execution's values of the sealed library's boundary objects while another one runs. */
  boundaryFields: BoundaryFields[] | null = null;
  /** Whether it stood at a choice: the program's imports are done then, so its library can be sealed. */
  private choosing = false;
  /**
   * Under `gil`, per process (pid), the thread whose slice another process interrupted between two
   * eval-breaker points: it still holds its process's GIL, so only it may run next in that process.
   */
  private readonly midSlice: Map<number, string>;
  /** Who last ran in each process, for the GIL events of a traced replay. */
  private readonly tracedGilHolders = new Map<number, string>();
  /** The run's full report once it ended (replays show it as `run` does). */
  result: RunResult | null = null;
  /** The machine's fingerprint, kept until the next step changes the machine. */
  private machineFingerprint: string | null = null;

  constructor(
    readonly machine: SimMachine | null,
    private readonly model: Model,
    compileError: ProgramOutcome | null,
    private readonly shared: SharedFacts,
    midSlice: ReadonlyMap<number, string> = new Map(),
    machineFingerprint: string | null = null,
  ) {
    this.ended = compileError;
    this.midSlice = new Map(midSlice);
    this.machineFingerprint = machineFingerprint;
    if (machine && shared.library === undefined && machine.forkLibrary === null) machine.forkLibrary = this.sealingAtFork();
  }

  /**
   * Until the library is sealed, a fork seals it first (the program's imports are done by then, as at
   * a first choice), so that the child gets a sealed library too.
   */
  private sealingAtFork(): ForkLibrary {
    return {
      prepareFork: (parent, childPid, copier) => {
        if (this.shared.library === undefined && parent.machine === this.machine) this.seal();
        return this.shared.library?.prepareFork(parent, childPid, copier) ?? null;
      },
    };
  }

  private seal(): void {
    this.library = this.shared.library = SealedLibrary.seal(this.machine as SimMachine, this.shared.modules, this);
  }

  point(): Point<ProgramOutcome> {
    this.library?.activate(this);
    /** States met on the way here while a thread holding its GIL mid-slice was the only way on. */
    const held = new Set<string>();
    for (;;) {
      if (this.ended) return { kind: "end", outcome: this.ended };
      const options = this.options();
      if (options.length === 0) {
        this.finish(this.liveThreads().length > 0 ? { kind: "deadlock" } : { kind: "done" });
        continue;
      }
      // One way on is no choice. Once the program has made one, the search may still know the state
      // (a thread left to run alone, shutdown): the execution stops there, forced.
      if (options.length === 1) {
        const only = options[0] as ChoiceOption;
        const thread = only.kind === "run" ? this.threadById(only.thread) : null;
        if (thread && this.holdsOthersOff(thread)) {
          // Back at a state of this run of held steps: the holder spins (see releaseIfSpinning).
          const here = this.fingerprint();
          if (held.has(here)) {
            this.midSlice.delete(thread.process.pid);
            continue;
          }
          held.add(here);
        } else if (this.choosing) return { kind: "choose", options: [{ ...only, forced: true }] };
        this.step(only);
        continue;
      }
      this.choosing = true;
      return { kind: "choose", options };
    }
  }

  private options(): ChoiceOption[] {
    const machine = this.machine as SimMachine;
    // A random integer being drawn is the only way on: CPython switches nowhere inside random's call.
    const live = this.liveThreads();
    const drawing = live.find((t) => t.state === "blocked" && t.wait?.on instanceof RandomChoice);
    if (drawing) return valueOptions(drawing, (drawing.wait?.on as RandomChoice).n);
    const options: ChoiceOption[] = [];
    const runnable = live.filter((t) => t.state === "runnable" || t.state === "running");
    const holders = new Set(runnable.flatMap((t) => (this.midSlice.get(t.process.pid) === t.id ? [t.process.pid] : [])));
    for (const thread of runnable) {
      if (!holders.has(thread.process.pid) || this.midSlice.get(thread.process.pid) === thread.id) options.push({ id: thread.id, thread: thread.id, kind: "run" });
    }
    for (const thread of machine.timedWaiters()) {
      // A sleep may end at any moment, and nobody can tell a finished sleep from a thread not yet
      // scheduled: the sleeper is simply runnable (no state in between to explore).
      if (isSleeping(thread)) {
        // A sleeper whose process's GIL is held mid-slice wakes only to wait for it: nothing to choose yet.
        if (!holders.has(thread.process.pid)) options.push({ id: thread.id, thread: thread.id, kind: "run" });
      } else options.push({ id: `wake ${thread.id}`, thread: thread.id, kind: "wake" });
    }
    return options;
  }

  private liveThreads(): SimThread[] {
    const machine = this.machine as SimMachine;
    return machine.processes.flatMap((p) => (p.status === "running" ? p.threads.filter((t) => t.live) : []));
  }

  step(option: ChoiceOption): Footprint | null {
    this.library?.activate(this);
    const machine = this.machine as SimMachine;
    const thread = this.threadById(option.thread);
    if (option.kind === "wake") {
      this.machineFingerprint = null;
      machine.endTimedWait(thread);
      return null;
    }
    if (option.kind === "value") this.pickValue(thread, option);
    const spinning = this.holdsOthersOff(thread) ? this.fingerprintOfMachine() : null;
    this.machineFingerprint = null;
    if (isSleeping(thread)) machine.endTimedWait(thread);
    if (machine.trace.enabled && this.model !== "free-threaded") this.traceGilHandover(thread);
    const opsBefore = machine.interProcessOps;
    const footprint = this.model === "gil" ? this.runToBreaker(thread) : this.runVisibleStep(thread);
    if (spinning !== null) this.releaseIfSpinning(thread, spinning);
    if (machine.choseWithoutExplorer) this.shared.unexplored ??= UNEXPLORED_NESTED;
    if (machine.drewWithoutExplorer) this.shared.unexplored ??= UNEXPLORED_RANDOM;
    // What another process observed is named nowhere in the footprint: dependent on every step.
    return machine.interProcessOps === opsBefore ? footprint : null;
  }

  /** Ends `thread`'s random draw with the option's value; the step then runs the thread on. */
  private pickValue(thread: SimThread, option: ChoiceOption): void {
    const choice = thread.wait?.on as RandomChoice;
    choice.chosen = Number(option.id.slice(option.id.lastIndexOf("=") + 1));
    (this.machine as SimMachine).wake(choice, thread.localNs);
  }

  mayCommute(option: ChoiceOption): boolean {
    if (option.kind !== "run") return false;
    this.library?.activate(this);
    return this.footprintOfNext(this.threadById(option.thread), NOTHING) !== null;
  }

  /** Whether `thread` holds its process's GIL mid-slice while another thread of the process could run. */
  private holdsOthersOff(thread: SimThread): boolean {
    const pid = thread.process.pid;
    if (this.midSlice.get(pid) !== thread.id) return false;
    return thread.process.threads.some((t) => t !== thread && t.live && (t.state === "runnable" || t.state === "running" || isSleeping(t)));
  }

  /**
   * A thread holding its process's GIL mid-slice whose steps lead back to a state they started from
   * spins: library code (run as one unit, without eval-breaker points) polls in a loop for what
   * another thread of its process must do, e.g. Pool's worker handler calling select() on a pipe that
   * only the result handler drains, and checking each worker's exit code on the way. Holding on would
   * leave it the only way on forever: an execution that never ends, though CPython ends it, since it
   * hands the GIL over at the loop's eval-breaker points once the switch interval expires. So the hold
   * ends there and the process's other threads may run too: after one step back to where it started
   * (here, also at a scheduling point), or at the first state met twice in a run of steps that were
   * the only way on (point()). No outcome is lost: this only adds options, and running the spinner
   * again comes back to a known state (a revisit the search cuts). None is made up: the others start
   * from a state the spinner's loop passes through, which it leaves only by its own steps, and where
   * CPython can switch (the loop's eval breakers, the system calls it makes with the GIL released).
   */
  private releaseIfSpinning(thread: SimThread, before: string): void {
    const pid = thread.process.pid;
    if (this.midSlice.get(pid) === thread.id && !this.ended && this.fingerprintOfMachine() === before) this.midSlice.delete(pid);
  }

  /** For a traced replay under a GIL model: the thread chosen to run takes its process's GIL. */
  private traceGilHandover(thread: SimThread): void {
    if (this.tracedGilHolders.get(thread.process.pid) === thread.id) return;
    this.tracedGilHolders.set(thread.process.pid, thread.id);
    (this.machine as SimMachine).trace.record(thread, { kind: "gil", action: "acquire" });
  }

  /**
   * One instruction that may touch shared state, then the private ones up to the next that may (and
   * under atomic-statements on to the end of the statement): what all of them touch.
   */
  private runVisibleStep(thread: SimThread): Footprint | null {
    const machine = this.machine as SimMachine;
    let footprint = this.footprintOfNext(thread, NOTHING);
    let opsBefore = machine.interProcessOps;
    if (!this.runOne(thread)) return footprint;
    while (this.ready(thread)) {
      const insideStatement = !machine.mayPreempt(thread);
      const isPrivate = nextIsPrivate(thread, this.shared.privateNames);
      if (!insideStatement && !isPrivate) break;
      // Library code runs as one unit for this process's threads, not for the processes beside it.
      if (!insideStatement && machine.interProcessOps !== opsBefore && this.otherProcessLives(thread)) break;
      opsBefore = machine.interProcessOps;
      footprint = this.footprintOfNext(thread, footprint, isPrivate);
      // The loop's condition (ready) sees an execution a stretch ended.
      if (this.runsLibraryInStretches(thread)) footprint = this.runLibraryStretch(thread, footprint);
      else if (!this.runOne(thread)) break;
    }
    return footprint;
  }

  /** Whether the thread's next instruction starts a stretch of library code, run in one go. */
  private runsLibraryInStretches(thread: SimThread): boolean {
    return inLibraryCode(thread) && !thread.resume;
  }

  /**
   * Library code from here on in one go, as the loop above would take it instruction by instruction
   * (all of it private, touching the library's state): up to where the loop must look again, namely
   * back in the program's code, after an operation another process may observe, or once the thread's
   * process stopped. The instructions that can lead there, or reach a program module, are all slow ones.
   * Returns the step's footprint so far (`sofar`, already naming the library): unknown once a library
   * instruction reached a program module.
   */
  private runLibraryStretch(thread: SimThread, sofar: Footprint | null): Footprint | null {
    const machine = this.machine as SimMachine;
    const opsBefore = machine.interProcessOps;
    let footprint = sofar;
    const end = machine.runStretch(thread, {
      beforeSlowOp: (frame, op, arg) => {
        if (footprint !== null && instructionReachesProgram(frame, op, arg, this.isProgramModule)) footprint = null;
      },
      pauseAfter: () => !inLibraryCode(thread) || machine.interProcessOps !== opsBefore || thread.process.status !== "running",
    });
    if (end) this.finish(end);
    return footprint;
  }

  /**
   * Under the GIL: up to and including the next eval-breaker point that may switch, or until the thread
   * blocks or ends. Another process runs in parallel on its own GIL, so while one lives the step also
   * stops after an operation other processes can observe; the thread keeps its GIL (midSlice).
   */
  private runToBreaker(thread: SimThread): Footprint | null {
    const machine = this.machine as SimMachine;
    const pid = thread.process.pid;
    let footprint: Footprint | null = { reads: [], writes: [] };
    this.midSlice.delete(pid);
    while (this.ready(thread)) {
      const next = nextInstruction(thread);
      if (!next) break;
      footprint = this.footprintOfNext(thread, footprint);
      const before = { frame: next.frame, op: next.op, pc: next.frame.pc };
      const opsBefore = machine.interProcessOps;
      // No eval-breaker point inside library code (see wasEvalBreaker); ready sees an ended execution.
      if (this.runsLibraryInStretches(thread)) footprint = this.runLibraryStretch(thread, footprint);
      else if (!this.runOne(thread) || (wasEvalBreaker(before, thread) && machine.mayPreempt(thread))) break;
      if (machine.interProcessOps !== opsBefore && this.ready(thread) && machine.mayPreempt(thread) && this.otherProcessLives(thread)) {
        this.midSlice.set(pid, thread.id);
        break;
      }
    }
    return footprint;
  }

  /** The program's modules (pickle reaches them by name; spawn's children run the main one as __mp_main__). */
  private readonly isProgramModule = (module: PyModule): boolean => this.shared.modules.program.has(module.name) || module.name === "__mp_main__";

  private otherProcessLives(thread: SimThread): boolean {
    const machine = this.machine as SimMachine;
    return machine.processes.some((p) => p !== thread.process && p.status === "running" && p.threads.some((t) => t.live));
  }

  /** `sofar` and what the thread's next instruction touches (`isPrivate`: whether nextIsPrivate holds). */
  private footprintOfNext(thread: SimThread, sofar: Footprint | null, isPrivate?: boolean): Footprint | null {
    if (inLibraryCode(thread)) {
      // A blocked library call completes as it resumes: it touches the library's state too.
      if (!thread.resume && libraryInstructionReachesProgram(thread, this.isProgramModule)) return null;
      return union(sofar, this.libraryFootprint(thread.process.pid));
    }
    return (isPrivate ?? nextIsPrivate(thread, this.shared.privateNames)) ? sofar : union(sofar, nextFootprint(thread));
  }

  private libraryFootprint(pid: number): Footprint {
    let footprint = this.shared.libraryFootprints.get(pid);
    if (footprint === undefined) {
      footprint = libraryFootprint(pid);
      this.shared.libraryFootprints.set(pid, footprint);
    }
    return footprint;
  }

  /** Runs one instruction; false when the whole execution ended in it. */
  private runOne(thread: SimThread): boolean {
    const machine = this.machine as SimMachine;
    const traced = machine.trace.enabled ? instructionAt(thread) : undefined;
    const end = machine.runOneInstruction(thread);
    if (traced) machine.trace.record(thread, { ...traced, variables: plainGlobals(thread) });
    if (end) this.finish(end);
    return !end;
  }

  private ready(thread: SimThread): boolean {
    return (thread.state === "runnable" || thread.state === "running") && thread.process.status === "running" && !this.ended;
  }

  private threadById(id: string): SimThread {
    const thread = this.liveThreads().find((t) => t.id === id);
    if (!thread) throw new SimulatorError(`schedule: no live thread ${id} at this point`);
    return thread;
  }

  private finish(end: MachineEnd): void {
    const result = report(this.machine as SimMachine, end, 1000);
    this.result = result;
    const outcome: ProgramOutcome = { stdout: result.stdout, exitCode: result.exitCode, deadlock: result.deadlock };
    if (result.deadlock) outcome.waiting = result.threads.filter((t) => t.state === "blocked");
    if (end.kind === "timeout") outcome.budgetExhausted = end.reason;
    this.ended = outcome;
  }

  fingerprint(): string {
    const machine = this.fingerprintOfMachine();
    return this.midSlice.size === 0 ? machine : `${machine}|${[...this.midSlice].sort().join(",")}`;
  }

  private fingerprintOfMachine(): string {
    if (this.machineFingerprint === null) {
      this.library?.activate(this);
      this.machineFingerprint = this.shared.fingerprinter.fingerprint(this.machine as SimMachine, this.library?.inUse(this.machine as SimMachine), deadHeaps(this.machine as SimMachine));
    }
    return this.machineFingerprint;
  }

  fork(): ProgramExecution | null {
    if (!this.machine || this.ended) return null;
    if (this.shared.library === undefined && this.choosing) this.seal();
    this.library?.activate(this);
    const copied = snapshot(this.machine, this.library);
    const copy = new ProgramExecution(copied.machine, this.model, null, this.shared, this.midSlice, this.machineFingerprint);
    copy.library = this.library;
    copy.boundaryFields = copied.boundaryFields;
    copy.choosing = this.choosing;
    return copy;
  }
}

/** Where `thread` stands when its next instruction is the program's own (not library code). */
function instructionAt(thread: SimThread): { kind: "instruction"; file: string; line: number; offset: number; opname: string } | undefined {
  const next = nextInstruction(thread);
  if (!next || inLibraryCode(thread)) return undefined;
  const { frame, op } = next;
  // Offsets as `dis` prints them (inline caches counted): a traced replay is short, so no memo.
  const offset = cpythonOffsets(frame.code)[frame.pc] ?? frame.pc * 2;
  return { kind: "instruction", file: frame.code.filename, line: frame.code.lines[frame.pc] ?? frame.code.firstLineNo, offset, opname: OPCODES[op]?.name ?? String(op) };
}

/**
 * The main module's global variables holding plain data (numbers, strings, None, and short lists and
 * tuples of them), by name: built-in reprs only, so showing them runs no Python code.
 */
function plainGlobals(thread: SimThread): Record<string, string> {
  const main = thread.process.vm.loader.modules.get("__main__");
  const variables: Record<string, string> = {};
  if (!main) return variables;
  for (const [name, value] of main.dict) {
    if (!name.startsWith("_") && isPlainData(value, 2)) variables[name] = builtinRepr(thread.process.vm, value);
  }
  return variables;
}

const MAX_PLAIN_ITEMS = 20;

function isPlainData(value: PyValue, depth: number): boolean {
  const type = typeof value;
  if (type === "number" || type === "bigint" || type === "string" || type === "boolean" || value === None || value instanceof PyFloat) return true;
  if (depth === 0) return false;
  if (value instanceof PyList || value instanceof PyTuple) {
    return value.instanceDict === undefined && value.items.length <= MAX_PLAIN_ITEMS && value.items.every((item) => isPlainData(item, depth - 1));
  }
  return false;
}

function isSleeping(thread: SimThread): boolean {
  return thread.state === "blocked" && thread.wait?.reason === "sleep";
}

/**
 * Compiles the program's files and every library module (into the exploration's code cache, so the
 * executions' imports reuse them) and finds their private names; none when a file does not compile.
 */
function scanPrivateNames(files: readonly SourceFile[], codeCache: Map<string, CodeObject>): PrivateNames {
  const compile = (filename: string, text: string): CodeObject => compileModule(text, filename, codeCache);
  const library = new Map([...Object.entries(PYLIB), [BUILTINS_HELPER_MODULE, BUILTINS_HELPER_SOURCE] as const].map(([name, text]) => [name, () => compile(libraryFilename(name), text)]));
  try {
    const program = files.map((file) => compile(file.name, file.text));
    return new PrivateNames(program, [(library.get(BUILTINS_HELPER_MODULE) as () => CodeObject)(), ...importedLibrary(program, library)]);
  } catch (error) {
    if (error instanceof PySyntaxError) return new PrivateNames([], []);
    throw error;
  }
}
