// The machine of Simulator II: cores, processes, threads, one GIL per process, timers and the virtual
// clock. Each thread keeps a local clock; the machine repeatedly runs the on-core thread that is
// furthest behind, up to the next event (a timer, the end of its slice, a GIL drop request, or a
// short lookahead past the next thread on another core), so threads interleave in time order while a
// GIL holder alone in its process runs long stretches in one interpreter call (the fast path).

import { SimulatorError, type Misconception, type Model, type StdoutMode } from "../api.ts";
import { Frame, ReturnMode, ThreadState } from "../vm/frames.ts";
import { BudgetExhausted, execute, type StopReason, type Stretch } from "../vm/interp.ts";
import { Machine as Vm } from "../vm/machine.ts";
import { frameForCall } from "../vm/calls.ts";
import { formatException, type SourceLookup } from "../vm/traceback.ts";
import { exitStatus } from "../vm/exit.ts";
import { repr } from "../vm/repr.ts";
import { PyThrow } from "../vm/exceptions.ts";
import { isInstance, exceptionTypeNamed } from "../vm/types.ts";
import { PyBoundMethod, PyDict, PyFunction, PyModule, type PyBuiltinFunction, type PyException, type PyValue } from "../vm/values.ts";
import type { CodeObject } from "../bytecode/code.ts";
import type { FastPathMode } from "../vm/jit.ts";
import { compileSource } from "../compiler/pipeline.ts";
import { costTable } from "./costs.ts";
import { Prng } from "./prng.ts";
import { Trace } from "./trace.ts";
import { OutStream } from "./streams.ts";
import { Process } from "./process.ts";
import { ExitPhase, SimThread } from "./thread.ts";
import type { Chooser } from "./chooser.ts";
import { buildWait, type Wait } from "./wait.ts";
import { GraphCopier } from "./copy.ts";
import type { StatementStarts } from "./statements.ts";
import { releaseSentinel } from "../modules/locks.ts";
import { dropThreadLocals } from "../modules/thread.ts";
import { ITER } from "../modules/builtins-extra.ts";
import { UNBUFFERED_AWARE_PRINT } from "../modules/print.ts";

/** Thrown through a native callback's JS stack when the run ends while a thread is blocked inside it. */
class MachineStopped extends Error {
  constructor(readonly end: MachineEnd) {
    super(`the run ended (${end.kind}) during a blocking call inside a native callback`);
  }
}

const RESUME_NESTED = "resume-nested";

/** How far a thread may run past the next thread on another core: bounds the error in the order of visible operations. */
const LOOKAHEAD_NS = 20_000;
/** Instructions per interpreter call at most, so the real-time budget is checked between calls. */
const MAX_SLICE = 2_000_000;
/** First `_thread.get_ident()` value (a Linux pthread_t looks like this); then one per 8 MiB stack. */
const IDENT_BASE = 140_000_000_000_000;
const IDENT_STEP = 8_392_704;

export interface MachineConfig {
  model: Model;
  /** A wrong mental model to simulate instead of CPython (RunOptions.misconception). */
  misconception?: Misconception;
  /** Hot loops run translated (vm/jit.ts); default "lazy". Results are identical in every mode. */
  fastPath?: FastPathMode;
  cores: number;
  stdout: StdoutMode;
  seed: number;
  trace: boolean;
  maxInstructions: number;
  /** Other modules of the program: module name → file. */
  files: Map<string, { filename: string; text: string }>;
  mainFile: string;
  /** The main file's source: a spawned child re-runs it as `__mp_main__` (`_interleave.run_main`). */
  mainSource: string;
  sourceLookup: SourceLookup;
  chooser: Chooser;
  /** Polled between interpreter calls: a reason ends the run as timed out. */
  shouldStop: () => string | undefined;
  /** Compiled modules by file name and source, shared by the runs of one sample or exploration. */
  codeCache?: Map<string, CodeObject>;
  /** Where statements begin: set under the atomic-statements misconception (switches only between statements). */
  statements?: StatementStarts;
}

interface Timer {
  at: number;
  thread: SimThread;
  serial: number;
}

export type MachineEnd = { kind: "done" } | { kind: "deadlock" } | { kind: "timeout"; reason: string };

/** A library made ready for forked children (explore's sealed library): a fork maps the parent's onto it. */
export interface ForkLibrary {
  /** Called before the child's heap is copied; what it returns runs once the heap is copied. */
  prepareFork(parent: Process, childPid: number, copier: GraphCopier): (() => void) | null;
}

export class SimMachine {
  readonly costs = costTable();
  readonly prng: Prng;
  readonly trace: Trace;
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  readonly processes: Process[] = [];
  instructionsLeft: number;
  /** The running thread's vm.cpuNs when its interpreter call began (Process.nowNs adds what ran since). */
  cpuMark = 0;
  private readonly cores: (SimThread | null)[];
  private readonly coreFreeAt: number[];
  private readonly runQueue: SimThread[] = [];
  private readonly timers: Timer[] = [];
  private nextPid = 1000;
  private threadsCreated = 0;
  /** multiprocessing's semaphores and shared arrays by handle: one object for every process (pickled by handle). */
  readonly semaphores = new Map<number, object>();
  readonly sharedArrays = new Map<number, object>();
  /**
   * Operations another process can observe so far (pipes, shared memory and semaphores, the process
   * table, flushed output): explore puts a scheduling point after each while processes run in parallel.
   */
  interProcessOps = 0;
  /** The thread inside an interpreter call now, if any. */
  private executing: SimThread | null = null;

  constructor(readonly config: MachineConfig) {
    this.prng = new Prng(config.seed);
    this.trace = new Trace(config.trace);
    this.instructionsLeft = config.maxInstructions;
    this.cores = new Array<SimThread | null>(Math.max(1, config.cores)).fill(null);
    this.coreFreeAt = new Array<number>(this.cores.length).fill(0);
  }

  get model(): Model {
    return this.config.model;
  }

  get wallNs(): number {
    let end = 0;
    for (const p of this.processes) for (const t of p.threads) end = Math.max(end, t.localNs);
    return end;
  }

  // ---------- processes and threads ----------

  private createProcess(ppid: number, stdout: OutStream, stderr: OutStream): Process {
    const process = new Process(this, this.nextPid++, ppid, stdout, stderr);
    process.vm = new Vm({ files: this.config.files, maxInstructions: 0, argv: [this.config.mainFile], host: process });
    process.vm.costs = this.costs.instruction;
    process.vm.fastPath = this.config.fastPath ?? "lazy";
    process.vm.builtins.set("iter", ITER);
    process.vmPrint = process.vm.builtins.get("print") as PyBuiltinFunction;
    process.vm.builtins.set("print", UNBUFFERED_AWARE_PRINT);
    this.processes.push(process);
    return process;
  }

  processByPid(pid: number): Process | undefined {
    return this.processes.find((p) => p.pid === pid);
  }

  private addThread(process: Process, vmThread: ThreadState, ident: number, startNs: number): SimThread {
    const tid = process.threads.length + 1;
    const nativeId = tid === 1 ? process.pid : 100_000 + ++this.threadsCreated;
    const thread = new SimThread(process, vmThread, tid, ident, nativeId, startNs);
    process.threads.push(thread);
    return thread;
  }

  private freshIdent(): number {
    return IDENT_BASE + IDENT_STEP * this.threadsCreated++;
  }

  /** The first process: its main thread runs `code` as `__main__`. */
  boot(code: CodeObject): Process {
    const process = this.createProcess(0, new OutStream(this.config.stdout, this.stdout), new OutStream("unbuffered", this.stderr));
    const module = process.vm.loader.createModule("__main__", this.config.mainFile);
    const vmThread = new ThreadState(1, "MainThread");
    process.vm.thread = vmThread;
    const frame = new Frame(code, module.dict, process.vm.builtins, module.dict, null);
    frame.returnMode = ReturnMode.Normal;
    vmThread.frames.push(frame);
    const main = this.addThread(process, vmThread, this.freshIdent(), 0);
    process.current = main;
    this.makeReady(main, 0);
    return process;
  }

  /** `_thread.start_new_thread`: a runnable thread calling `fn(*args, **kwargs)`; returns its ident. */
  startThread(process: Process, fn: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): number {
    const creator = process.current;
    const vmThread = new ThreadState(process.threads.length + 1, `Thread-${process.threads.length}`);
    let frame: Frame;
    if (fn instanceof PyFunction) frame = frameForCall(process.vm, fn, args, kwargs);
    else if (fn instanceof PyBoundMethod && fn.func instanceof PyFunction) frame = frameForCall(process.vm, fn.func, [fn.self, ...args], kwargs);
    else throw new SimulatorError("start_new_thread needs a Python function or method");
    frame.returnMode = ReturnMode.Normal;
    vmThread.frames.push(frame);
    const start = process.nowNs() + this.prng.jitter(this.costs.threadStartNs);
    const thread = this.addThread(process, vmThread, this.freshIdent(), start);
    thread.startFunction = fn;
    this.trace.record(creator, { kind: "syscall", name: "clone", detail: `thread ${thread.tid}` });
    this.makeReady(thread, start);
    if (this.config.misconception === "threads-sequential" && process.vm.nestedDepth === 0) {
      // The starter waits until the new thread has run to completion.
      this.block(creator, buildWait({ reason: `thread ${thread.name} to finish`, on: thread, deadline: Infinity, attemptOn: (on) => finishAttempt(on as SimThread) }));
    }
    return thread.ident;
  }

  // ---------- readiness, the GIL and cores ----------

  private usesGil(): boolean {
    return this.model !== "free-threaded" && this.config.misconception !== "threads-parallel";
  }

  /** A thread that may run from `at`: it queues for a core (under a GIL model, first for the GIL). */
  makeReady(thread: SimThread, at: number, traced = true): void {
    thread.localNs = Math.max(thread.localNs, at);
    thread.state = "runnable";
    if (traced) this.trace.record(thread, { kind: "state", state: "runnable" });
    this.enqueue(thread);
    // The executing thread's horizon was computed without this thread: look again soon.
    if (this.executing && this.executing !== thread) this.shortenCurrentRun(thread.localNs + LOOKAHEAD_NS);
    const gil = thread.process.gil;
    if (this.executing && gil.holder === this.executing && gil.waiters.length > 0) this.shortenCurrentRun(gil.requestAtNs);
  }

  /** Clamps the running interpreter call's instruction budget so it stops by `untilNs`. */
  private shortenCurrentRun(untilNs: number): void {
    const thread = this.executing as SimThread;
    const vm = thread.process.vm;
    const wanted = Math.max(1, Math.ceil((untilNs - thread.process.nowNs()) / this.costs.minInstructionNs));
    if (wanted >= vm.budget) return;
    vm.reserve += vm.budget - wanted;
    vm.budget = wanted;
  }

  private enqueue(thread: SimThread): void {
    if (!this.usesGil()) {
      this.runQueue.push(thread);
      return;
    }
    const gil = thread.process.gil;
    if (gil.holder === thread) {
      this.runQueue.push(thread);
      return;
    }
    if (gil.holder === null) {
      gil.holder = thread;
      this.trace.record(thread, { kind: "gil", action: "acquire" });
      this.runQueue.push(thread);
      return;
    }
    gil.waiters.push(thread);
    if (gil.requestAtNs === Infinity) gil.requestAtNs = thread.localNs + this.switchIntervalNs(thread.process);
  }

  private switchIntervalNs(process: Process): number {
    return process.vm.switchIntervalS * 1e9;
  }

  /** The holder lets go of its process's GIL at `at`; the next waiter takes it (forced switching). */
  private releaseGil(thread: SimThread, at: number): void {
    const gil = thread.process.gil;
    if (gil.holder !== thread) return;
    gil.holder = null;
    this.trace.record(thread, { kind: "gil", action: "release" }, at);
    if (gil.waiters.length === 0) {
      gil.requestAtNs = Infinity;
      return;
    }
    const next = this.config.chooser.pick("gil", gil.waiters);
    gil.waiters.splice(gil.waiters.indexOf(next), 1);
    gil.holder = next;
    next.localNs = Math.max(next.localNs, at + this.prng.jitter(this.costs.gilHandoverNs, 0.5));
    this.trace.record(next, { kind: "gil", action: "acquire" });
    this.runQueue.push(next);
    gil.requestAtNs = gil.waiters.length > 0 ? next.localNs + this.switchIntervalNs(thread.process) : Infinity;
  }

  private leaveCore(thread: SimThread): void {
    if (thread.core < 0) return;
    this.cores[thread.core] = null;
    this.coreFreeAt[thread.core] = thread.localNs;
    thread.core = -1;
  }

  private fillCores(): void {
    for (let core = 0; core < this.cores.length && this.runQueue.length > 0; core++) {
      if (this.cores[core] !== null) continue;
      const thread = this.config.chooser.pick("core", this.runQueue);
      this.runQueue.splice(this.runQueue.indexOf(thread), 1);
      this.cores[core] = thread;
      thread.core = core;
      thread.state = "running";
      thread.localNs = Math.max(thread.localNs, this.coreFreeAt[core] as number);
      thread.sliceEndNs = thread.localNs + this.costs.sliceNs;
      this.trace.record(thread, { kind: "state", state: "running", core });
    }
  }

  // ---------- blocking and waking ----------

  /** Parks the running thread on `wait` (called by a blocking native); the native's result comes later. */
  block(thread: SimThread, wait: Wait): void {
    thread.wait = wait;
    thread.waitSerial++;
    thread.vm.blocked = true;
    if (wait.deadline !== Infinity) {
      this.timers.push({ at: Math.max(wait.deadline, thread.localNs), thread, serial: thread.waitSerial });
    }
  }

  /** Something `on` waits for changed at `at`: every thread waiting on it retries. */
  wake(on: object, at: number): void {
    for (const process of this.processes) {
      for (const thread of process.threads) {
        const waitsOn = thread.wait?.on;
        if (thread.state !== "blocked" || !(waitsOn === on || (Array.isArray(waitsOn) && waitsOn.includes(on)))) continue;
        const value = (thread.wait as Wait).attempt(false);
        if (value !== undefined) this.complete(thread, value, at + this.prng.jitter(this.costs.wakeNs, 0.5));
      }
    }
  }

  private complete(thread: SimThread, value: PyValue, at: number): void {
    const traced = !thread.wait?.silent;
    thread.wait = null;
    thread.resume = { value, push: false };
    this.makeReady(thread, at, traced);
  }

  private parkBlocked(thread: SimThread): void {
    thread.state = "blocked";
    if (!thread.wait?.silent) this.trace.record(thread, { kind: "state", state: "blocked", waitingOn: thread.wait?.reason ?? "" });
    this.leaveCore(thread);
    if (!thread.wait?.brief) this.releaseGil(thread, thread.localNs);
  }

  private fireTimer(timer: Timer): void {
    this.timers.splice(this.timers.indexOf(timer), 1);
    const thread = timer.thread;
    if (thread.state !== "blocked" || thread.waitSerial !== timer.serial || !thread.wait) return;
    const value = thread.wait.attempt(true);
    if (value !== undefined) this.complete(thread, value, timer.at + this.prng.jitter(this.costs.wakeNs, 0.5));
  }

  // ---------- explore (Simulator III): the explorer, not the clock, decides who runs next ----------

  /** Set by explore when it seals the library: forks then map it instead of copying it. */
  forkLibrary: ForkLibrary | null = null;

  /** Set once the explorer runs this machine instruction by instruction: it keeps no run queue then. */
  private explorerPicks = false;
  /** The thread the explorer runs through library code in one go (runStretch), with its hooks. */
  private stretch: { thread: SimThread; hooks: Stretch } | null = null;
  /**
   * Set when, under the explorer, the machine itself chose between threads (or when a timed wait
   * ends): inside a blocking call of a native callback, whose JS stack the explorer cannot branch
   * from (see blockNested). The other choices there were not explored.
   */
  choseWithoutExplorer = false;
  /**
   * Set when, under the explorer, `random` drew a value itself: a float (`random()`), or an integer
   * inside a native callback. Its other values were not explored.
   */
  drewWithoutExplorer = false;

  /** Whether the explorer decides this machine's choices (random integers are branched on then). */
  get explored(): boolean {
    return this.explorerPicks;
  }

  /** Runs exactly one instruction of `thread` (a blocking call, a fork or an exit happen inside it). */
  runOneInstruction(thread: SimThread): MachineEnd | undefined {
    return this.runForExplorer(thread, 1);
  }

  /**
   * For the explorer: runs `thread` until `stretch` pauses it (see Stretch), it blocks or ends, or a
   * slice's worth of instructions ran.
   */
  runStretch(thread: SimThread, stretch: Stretch): MachineEnd | undefined {
    this.stretch = { thread, hooks: stretch };
    try {
      return this.runForExplorer(thread, Infinity);
    } finally {
      this.stretch = null;
    }
  }

  private runForExplorer(thread: SimThread, instructions: number): MachineEnd | undefined {
    this.explorerPicks = true;
    try {
      return this.step(thread, thread.localNs + (instructions - 0.5) * this.costs.minInstructionNs);
    } catch (error) {
      // The run ended while a thread was blocked inside a native callback (see blockNested).
      if (error instanceof MachineStopped) return error.end;
      throw error;
    } finally {
      // Cores and the run queue are not used when the explorer picks threads: the queue would only grow.
      this.runQueue.length = 0;
    }
  }

  /** Threads blocked in a timed wait that has not ended yet. */
  timedWaiters(): SimThread[] {
    return this.timers.filter((timer) => timer.thread.state === "blocked" && timer.thread.waitSerial === timer.serial).map((timer) => timer.thread);
  }

  /** Ends `thread`'s timed wait now, as if its timeout had elapsed. */
  endTimedWait(thread: SimThread): void {
    const timer = this.timers.find((t) => t.thread === thread && t.serial === thread.waitSerial);
    if (timer) this.fireTimer(timer);
    this.runQueue.length = 0;
  }

  // ---------- the run loop ----------

  run(): MachineEnd {
    try {
      for (let steps = 0; ; steps++) {
        const end = this.tick(steps, null);
        if (end) return end as MachineEnd;
      }
    } catch (error) {
      if (error instanceof MachineStopped) return error.end;
      throw error;
    }
  }

  /**
   * One scheduling decision: fire a timer, preempt, or run a thread for a while. Returns how the run
   * ended, if it did, or RESUME_NESTED when `nestedWaiter` (blocked inside a native callback) is picked.
   */
  private tick(steps: number, nestedWaiter: SimThread | null): MachineEnd | typeof RESUME_NESTED | undefined {
    if ((steps & 63) === 0) {
      const reason = this.config.shouldStop();
      if (reason) return { kind: "timeout", reason };
    }
    this.fillCores();
    const timer = this.earliestTimer();
    const running = this.cores.filter((t): t is SimThread => t !== null);
    if (running.length === 0) {
      if (!timer) return this.liveThreads().length > 0 ? { kind: "deadlock" } : { kind: "done" };
      this.fireTimer(timer);
      return undefined;
    }
    if (nestedWaiter && this.explorerPicks && (running.length + this.runQueue.length > 1 || timer)) this.choseWithoutExplorer = true;
    const earliest = Math.min(...running.map((t) => t.localNs));
    const thread = this.config.chooser.pick("run", running.filter((t) => t.localNs === earliest));
    if (timer && timer.at <= thread.localNs) {
      this.fireTimer(timer);
      return undefined;
    }
    if (thread.localNs >= thread.sliceEndNs && this.runQueue.length > 0) {
      this.preempt(thread);
      return undefined;
    }
    if (thread.suspendedInNative) {
      if (thread === nestedWaiter) return RESUME_NESTED;
      throw new SimulatorError("threads blocked inside native callbacks would resume out of order (a nested blocking call)");
    }
    return this.step(thread, this.horizon(thread, running, timer));
  }

  /**
   * A blocking call inside a native callback (`list(executor.map(…))` consuming a generator that waits):
   * the JS stack of that call cannot be suspended, so the machine runs the other threads from here until
   * this thread is picked to run again, then returns the call's result into the waiting native code.
   */
  blockNested(thread: SimThread, wait: Wait): PyValue {
    const vm = thread.process.vm;
    const depth = vm.nestedDepth;
    thread.localNs += thread.vm.cpuNs - this.cpuMark;
    this.instructionsLeft = vm.budget + vm.reserve;
    this.block(thread, wait);
    this.parkBlocked(thread);
    // Under explore the run queue is not kept (the explorer picks who runs): the threads that can run
    // join it, or the loop below would find nobody to run.
    if (this.explorerPicks) for (const other of this.liveThreads()) if (other.state === "runnable" && !this.runQueue.includes(other)) this.enqueue(other);
    thread.suspendedInNative = true;
    this.executing = null;
    vm.nestedDepth = 0;
    try {
      for (let steps = 1; ; steps++) {
        const end = this.tick(steps, thread);
        if (end === RESUME_NESTED) break;
        if (end) throw new MachineStopped(end);
      }
    } finally {
      thread.suspendedInNative = false;
    }
    const value = thread.resume?.value;
    thread.resume = null;
    thread.vm.blocked = false;
    thread.process.current = thread;
    vm.thread = thread.vm;
    vm.nestedDepth = depth;
    vm.breakerStop = false;
    vm.budget = Math.max(1, Math.min(MAX_SLICE, this.instructionsLeft));
    vm.reserve = this.instructionsLeft - vm.budget;
    this.executing = thread;
    this.cpuMark = thread.vm.cpuNs;
    return value as PyValue;
  }

  private earliestTimer(): Timer | undefined {
    let best: Timer | undefined;
    for (const timer of this.timers) if (!best || timer.at < best.at) best = timer;
    return best;
  }

  private liveThreads(): SimThread[] {
    return this.processes.flatMap((p) => p.threads.filter((t) => t.live));
  }

  private preempt(thread: SimThread): void {
    this.leaveCore(thread);
    thread.state = "runnable";
    this.trace.record(thread, { kind: "state", state: "runnable" });
    this.runQueue.push(thread);
  }

  /** Up to when `thread` may run before something else must be looked at. */
  private horizon(thread: SimThread, running: SimThread[], timer: Timer | undefined): number {
    let horizon = timer ? timer.at : Infinity;
    for (const other of running) if (other !== thread) horizon = Math.min(horizon, other.localNs + LOOKAHEAD_NS);
    if (this.runQueue.length > 0) horizon = Math.min(horizon, thread.sliceEndNs);
    const gil = thread.process.gil;
    if (this.usesGil() && gil.holder === thread && gil.waiters.length > 0) horizon = Math.min(horizon, gil.requestAtNs);
    return horizon;
  }

  /** Whether `thread` holds its GIL past a pending drop request (it must let go at its next chance). */
  private dropRequested(thread: SimThread): boolean {
    const gil = thread.process.gil;
    return this.usesGil() && gil.holder === thread && gil.waiters.length > 0 && thread.localNs >= gil.requestAtNs;
  }

  private step(thread: SimThread, horizon: number): MachineEnd | undefined {
    const process = thread.process;
    const vm = process.vm;
    process.current = thread;
    vm.thread = thread.vm;
    this.applyResume(thread);
    const drop = this.dropRequested(thread);
    if (drop) this.trace.record(thread, { kind: "gil", action: "drop-request" });
    const legacyDrop = drop && this.model === "gil-legacy";
    const wanted = legacyDrop ? 1 : drop ? MAX_SLICE : Math.ceil((horizon - thread.localNs) / this.costs.minInstructionNs);
    const slice = Math.max(1, Math.min(wanted, MAX_SLICE, this.instructionsLeft));
    if (this.instructionsLeft <= 0) return this.budgetEnd(thread);
    let stop = this.runSlice(thread, slice, drop && !legacyDrop);
    // atomic-statements: a slice that ran out inside a statement goes on, one instruction at a time, to
    // its end. Not for the explorer: it runs a statement on itself, looking at every instruction (what
    // each touches, where an eval breaker falls), so one instruction must stay one.
    while (stop.kind === "budget" && !this.explorerPicks && this.instructionsLeft > 0 && thread.live && !this.mayPreempt(thread)) stop = this.runSlice(thread, 1, false);
    if (stop.kind === "budget" && this.instructionsLeft <= 0) return this.budgetEnd(thread);
    // os._exit or a kill ended the thread's process during the call.
    if (thread.live) this.afterStop(thread, stop, legacyDrop);
    return undefined;
  }

  /** Runs `thread` for up to `slice` instructions (or to its next eval-breaker point, with `breakerStop`). */
  private runSlice(thread: SimThread, slice: number, breakerStop: boolean): StopReason {
    const vm = thread.process.vm;
    vm.budget = slice;
    vm.reserve = this.instructionsLeft - slice;
    vm.breakerStop = breakerStop;
    this.cpuMark = thread.vm.cpuNs;
    let stop: StopReason;
    this.executing = thread;
    try {
      stop = execute(vm, thread.vm, false, this.stretch?.thread === thread ? this.stretch.hooks : null);
    } catch (error) {
      if (!(error instanceof BudgetExhausted)) throw error;
      stop = { kind: "budget" };
    } finally {
      this.executing = null;
    }
    this.instructionsLeft = vm.budget + vm.reserve;
    vm.breakerStop = false;
    thread.localNs += thread.vm.cpuNs - this.cpuMark;
    this.cpuMark = thread.vm.cpuNs;
    return stop;
  }

  private budgetEnd(thread: SimThread): MachineEnd {
    const frame = thread.vm.top;
    const where = frame ? `${frame.code.filename}:${frame.line}` : "?";
    return { kind: "timeout", reason: `instruction budget of ${this.config.maxInstructions} exhausted at ${where}` };
  }

  private applyResume(thread: SimThread): void {
    const resume = thread.resume;
    if (!resume) return;
    thread.resume = null;
    thread.vm.blocked = false;
    const frame = thread.vm.top as Frame;
    if (resume.push) frame.stack[frame.sp++] = resume.value;
    else frame.stack[frame.sp - 1] = resume.value;
  }

  private afterStop(thread: SimThread, stop: StopReason, legacyDrop: boolean): void {
    switch (stop.kind) {
      case "budget":
        if (legacyDrop) this.forceSwitch(thread);
        return;
      case "paused":
        return;
      case "breaker":
        if (!this.mayPreempt(thread)) return;
        this.forceSwitch(thread);
        return;
      case "blocked":
        this.parkBlocked(thread);
        return;
      case "finished":
        this.threadReturned(thread, null);
        return;
      case "exception":
        this.threadReturned(thread, stop.exception);
        return;
      default:
        throw new SimulatorError(`unexpected interpreter stop: ${stop.kind}`);
    }
  }

  /**
   * Whether another thread may take over from running `thread` here: always, except under the
   * atomic-statements misconception inside a statement (a thread that blocks still lets go).
   */
  mayPreempt(thread: SimThread): boolean {
    const statements = this.config.statements;
    if (!statements || thread.state === "blocked") return true;
    return statements.between(thread.vm.frames);
  }

  /** A drop request honoured: the holder hands the GIL over and waits for it again. */
  private forceSwitch(thread: SimThread): void {
    this.leaveCore(thread);
    this.releaseGil(thread, thread.localNs);
    this.makeReady(thread, thread.localNs);
  }

  // ---------- ends of threads and processes ----------

  private threadReturned(thread: SimThread, exception: PyException | null): void {
    if (!thread.isMain) {
      if (exception && !isInstance(exception, exceptionTypeNamed("SystemExit"))) this.reportThreadException(thread, exception);
      this.terminate(thread);
      return;
    }
    if (thread.exitPhase === ExitPhase.Running) {
      thread.exitPhase = ExitPhase.ThreadingShutdown;
      if (exception) this.recordMainException(thread, exception);
      if (this.startThreadingShutdown(thread)) return;
    }
    this.finishProcess(thread.process, thread.exitCode);
  }

  private reportThreadException(thread: SimThread, exception: PyException): void {
    const vm = thread.process.vm;
    const header = `Exception ignored in thread started by: ${repr(vm, thread.startFunction as PyValue)}\n`;
    thread.process.write("stderr", header + formatException(vm, exception, this.config.sourceLookup));
  }

  private recordMainException(thread: SimThread, exception: PyException): void {
    const vm = thread.process.vm;
    const status = exitStatus(vm, exception);
    thread.exitCode = status.code;
    const text = status.stderr ?? formatException(vm, exception, this.config.sourceLookup);
    if (text) thread.process.write("stderr", text);
  }

  /** CPython's wait_for_thread_shutdown: threading._shutdown() runs on the main thread, which may block. */
  private startThreadingShutdown(thread: SimThread): boolean {
    const threading = thread.process.vm.loader.modules.get("threading");
    const shutdown = threading instanceof PyModule ? threading.dict.get("_shutdown") : undefined;
    if (!(shutdown instanceof PyFunction)) return false;
    const frame = frameForCall(thread.process.vm, shutdown, [], null);
    frame.returnMode = ReturnMode.Normal;
    thread.vm.frames.length = 0;
    thread.vm.frames.push(frame);
    thread.vm.status = "runnable";
    return true;
  }

  /** A normal exit: atexit callbacks, buffers flushed, then the process is a zombie until waited. */
  private finishProcess(process: Process, code: number): void {
    this.runAtexit(process);
    this.exitProcess(process, code, true);
  }

  private runAtexit(process: Process): void {
    const vm = process.vm;
    const callbacks = process.atexit.splice(0).reverse();
    for (const [fn, args, kwargs] of callbacks) {
      vm.budget = 0;
      vm.reserve = this.instructionsLeft;
      try {
        vm.call(fn, args, kwargs);
      } catch (error) {
        // The run's instructions ran out inside the callback: the run ends there, as anywhere else.
        if (error instanceof BudgetExhausted) throw new MachineStopped(this.budgetEnd(process.current));
        if (!(error instanceof PyThrow)) throw error;
        const text = `Exception ignored in atexit callback: ${repr(vm, fn)}\n${formatException(vm, error.exception, this.config.sourceLookup)}`;
        process.write("stderr", text);
      }
      this.instructionsLeft = vm.budget + vm.reserve;
    }
  }

  /** Ends `process` at once (normal exit, os._exit, a kill): its threads stop, its fds close. */
  exitProcess(process: Process, code: number, flush: boolean): void {
    if (process.status !== "running") return;
    const at = process.current?.localNs ?? 0;
    if (flush) {
      process.stdout.flush();
      process.stderr.flush();
    }
    for (const thread of process.threads) if (thread.live) this.terminate(thread, false);
    const closed = process.fds.closeAll();
    for (const file of closed) this.wake(file.pipe, at);
    process.status = "zombie";
    process.exitCode = code;
    this.trace.record(process.current, { kind: "exit", code });
    const parent = this.processByPid(process.ppid);
    if (!parent || parent.status !== "running") process.status = "reaped";
    else this.wake(parent, at + this.costs.processExitNs);
    for (const pid of process.children) {
      const child = this.processByPid(pid);
      if (child?.status === "zombie") child.status = "reaped";
    }
  }

  private terminate(thread: SimThread, releaseSentinelLock = true): void {
    const at = thread.localNs;
    this.leaveCore(thread);
    const queued = this.runQueue.indexOf(thread);
    if (queued >= 0) this.runQueue.splice(queued, 1);
    const gil = thread.process.gil;
    const waiting = gil.waiters.indexOf(thread);
    if (waiting >= 0) gil.waiters.splice(waiting, 1);
    this.releaseGil(thread, at);
    thread.state = "terminated";
    thread.wait = null;
    this.trace.record(thread, { kind: "state", state: "terminated" });
    this.wake(thread, at);
    dropThreadLocals(thread.vm);
    if (releaseSentinelLock && thread.sentinel) releaseSentinel(this, thread);
  }

  // ---------- spawn ----------

  /**
   * `_interleave.spawn`: a child process running a fresh interpreter whose main thread imports `module`
   * and calls `module.function(*args)`; it inherits fds 0-2 and `passFds` (the same open files).
   */
  spawn(parent: Process, module: string, fn: string, args: string, passFds: number[]): number {
    const child = this.createProcess(parent.pid, new OutStream(parent.stdout.mode, this.stdout), new OutStream(parent.stderr.mode, this.stderr));
    parent.children.add(child.pid);
    for (const fd of passFds) {
      const file = parent.fds.files.get(fd);
      if (!file) continue;
      file.retain();
      child.fds.files.set(fd, file);
    }
    const source = `from ${module} import ${fn}\n${fn}(*${args})\n`;
    const code = compileSource(source, "<string>");
    const main = child.vm.loader.createModule("__main__", null);
    const vmThread = new ThreadState(1, "MainThread");
    child.vm.thread = vmThread;
    const frame = new Frame(code, main.dict, child.vm.builtins, main.dict, null);
    frame.returnMode = ReturnMode.Normal;
    vmThread.frames.push(frame);
    const start = parent.nowNs() + this.prng.jitter(this.costs.spawnStartNs);
    const thread = this.addThread(child, vmThread, this.freshIdent(), start);
    child.current = thread;
    this.makeReady(thread, start);
    this.trace.record(parent.current, { kind: "syscall", name: "spawn", detail: `pid ${child.pid}` });
    return child.pid;
  }

  // ---------- fork ----------

  /** os.fork(): the child copies the heap, fds and buffers, and only the calling thread. */
  fork(parent: Process): number {
    const thread = parent.current;
    if (parent.vm.nestedDepth > 0) throw new SimulatorError("os.fork() inside a callback run by native code is not supported");
    this.runCallbacks(parent, [...parent.atFork.before].reverse());
    const child = this.createProcess(parent.pid, parent.stdout.copy(), parent.stderr.copy());
    parent.children.add(child.pid);
    child.fds = parent.fds.duplicate();
    // fork-shares-memory: only the thread's own frames are copied; every object stays shared.
    const sharesMemory = this.config.misconception === "fork-shares-memory";
    const ownState = (value: object): boolean =>
      value instanceof Frame || value instanceof ThreadState || Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype;
    const copier = new GraphCopier(sharesMemory ? (value) => !ownState(value) : undefined);
    const finishLibrary = sharesMemory ? null : (this.forkLibrary?.prepareFork(parent, child.pid, copier) ?? null);
    const heap = copier.copy({
      modules: parent.vm.loader.modules,
      builtins: parent.vm.builtins,
      thread: thread.vm,
      atFork: parent.atFork,
      atexit: parent.atexit,
    });
    finishLibrary?.();
    child.vm.builtins = heap.builtins;
    for (const [name, module] of heap.modules) child.vm.loader.modules.set(name, module);
    const sysModules = heap.modules.get("sys")?.dict.get("modules");
    if (sysModules instanceof PyDict) child.vm.loader.sysModules = sysModules;
    child.vm.switchIntervalS = parent.vm.switchIntervalS;
    child.atFork = heap.atFork;
    child.atexit.push(...heap.atexit);
    const forkNs = this.prng.jitter(this.costs.forkParentNs);
    const childThread = this.addThread(child, heap.thread, thread.ident, thread.localNs + forkNs + this.prng.jitter(this.costs.forkChildStartNs));
    child.current = childThread;
    child.vm.thread = heap.thread;
    this.runCallbacks(child, [...child.atFork.child].reverse());
    childThread.resume = { value: 0, push: true };
    this.makeReady(childThread, childThread.localNs);
    thread.localNs += forkNs;
    this.trace.record(thread, { kind: "fork", child: child.pid });
    this.runCallbacks(parent, parent.atFork.parent);
    return child.pid;
  }

  /** Runs Python callbacks on a nested loop (at-fork hooks); errors are ignored as CPython's are reported and dropped. */
  private runCallbacks(process: Process, callbacks: PyValue[]): void {
    const vm = process.vm;
    for (const fn of callbacks) {
      const [budget, reserve] = [vm.budget, vm.reserve];
      vm.budget = 0;
      vm.reserve = this.instructionsLeft;
      try {
        vm.call(fn, []);
      } catch (error) {
        if (!(error instanceof PyThrow)) throw error;
      }
      this.instructionsLeft = vm.reserve;
      vm.budget = budget;
      vm.reserve = reserve;
    }
  }
}

/** The new thread's ident once it has run to its end (the threads-sequential misconception's wait). */
function finishAttempt(thread: SimThread): () => PyValue | undefined {
  return () => (thread.live ? undefined : thread.ident);
}
