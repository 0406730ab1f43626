// The simulator's public contract: what the CLI, the exercises package, the API and the browser call.
// Shapes follow ../../../DESIGN's CLI contract (`interleave run --json`).

/** One file of a program, named by its base name ("main.py", "tasks.py"); the first is the main module. */
export interface SourceFile {
  name: string;
  text: string;
}

export type Model = "gil" | "gil-legacy" | "free-threaded";
export type StdoutMode = "terminal" | "pipe" | "unbuffered";

/**
 * Wrong mental models, simulated so a learner's wrong answer can be recognised (misconception feedback):
 * - threads-parallel: threads of a process run in parallel on cores (free-threaded timing, no GIL);
 * - atomic-statements: no thread switch inside a statement, calls it makes included (`count += 1` and
 *   `count = count + one()` cannot lose an update); a thread may switch before its target's first one;
 * - fork-shares-memory: a forked child shares its parent's memory instead of copying it;
 * - threads-sequential: each started thread runs to completion before the next one, in start order;
 * - never-buffered: every print reaches the output at once and whole (nothing is copied by fork).
 */
export type Misconception =
  | "threads-parallel"
  | "atomic-statements"
  | "fork-shares-memory"
  | "threads-sequential"
  | "never-buffered";

export interface RunOptions {
  model?: Model; // default "gil"
  cores?: number; // default 4
  stdout?: StdoutMode; // default "terminal"
  seed?: number; // default 1: seeds timing jitter and `random`
  trace?: boolean; // record trace events
  /** Simulate a wrong mental model instead of CPython (see Misconception). */
  misconception?: Misconception;
  /** Budgets: hitting one ends the run with timedOut: true and a reason, never a hang. */
  maxInstructions?: number; // default 200_000_000
  maxRealMs?: number; // default 20_000; needs `now`
  /** The host's clock for the real-time budget (the simulator never reads one itself). */
  now?: () => number;
  /**
   * Hot loops run as translated JS functions: "lazy" (default) once hot, "eager" at their first back
   * edge, "off" never. Results are identical in every mode; only the real time differs.
   */
  fastPath?: "off" | "lazy" | "eager";
}

export type ThreadStateName = "new" | "runnable" | "running" | "blocked" | "terminated";

export interface ProcessInfo {
  pid: number;
  ppid: number;
  exitCode: number | null;
  cpuNs: number;
}

export interface ThreadInfo {
  pid: number;
  tid: number;
  name: string;
  state: ThreadStateName;
  cpuNs: number;
  /** What a blocked thread waits on ("lock", "join Thread-1 (worker)", "read fd 3", …). */
  waitingOn?: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  deadlock: boolean;
  timedOut: boolean;
  /** Why and where a budget ended the run: "instruction budget of 200000000 exhausted at main.py:3". */
  timeoutReason?: string;
  wallNs: number;
  processes: ProcessInfo[];
  threads: ThreadInfo[];
  instructions: number;
  trace?: TraceEvent[];
}

/** What a trace event says happened (`trace: true`), for the web timeline. */
export type TraceDetail =
  /** A thread changed state; `core` while it runs on one. */
  | { kind: "state"; state: ThreadStateName; core?: number; waitingOn?: string }
  /** GIL handling under `gil`/`gil-legacy`: taken, let go, or a waiter's drop request. */
  | { kind: "gil"; action: "acquire" | "release" | "drop-request" }
  /** A system call (fork, waitpid, pipe, read, write, close, _exit…). */
  | { kind: "syscall"; name: string; detail?: string }
  | { kind: "fork"; child: number }
  | { kind: "exit"; code: number }
  /** Text written to a stream (into its buffer; the terminal sees it when the buffer is flushed). */
  | { kind: "write"; stream: "stdout" | "stderr"; text: string }
  /** A lock operation: `lock` is the lock's id ("lock@3"). */
  | { kind: "lock"; action: "acquire" | "release" | "wait"; lock: string }
  /**
   * An instruction of the program's own code, in a replayed witness (replaySchedule with `trace`):
   * where it is (its `dis` offset), and the module's plain global variables after it ran (name → repr).
   */
  | { kind: "instruction"; file: string; line: number; offset: number; opname: string; variables: Record<string, string> };

/** One timestamped trace event: when (virtual ns), which process and thread, and what. */
export type TraceEvent = { ns: number; pid: number; tid: number } & TraceDetail;

/**
 * A construct outside the supported subset, or a simulator limit: never a silent wrong answer.
 * `String(err)` is "SimulatorError: <message> (main.py:4)".
 */
export class SimulatorError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "SimulatorError";
  }

  override toString(): string {
    const where = this.file ? ` (${this.file}${this.line ? `:${this.line}` : ""})` : "";
    return `SimulatorError: ${this.message}${where}`;
  }
}

// ---------- sample and explore (Simulator II and III) ----------

export interface SampleOptions extends RunOptions {
  runs: number; // seeds 1..runs
}

export interface SampleOutcome {
  stdout: string;
  exitCode: number;
  deadlock: boolean;
  runs: number;
  wallNs: { min: number; median: number; max: number };
}

export interface SampleResult {
  runs: number;
  outcomes: SampleOutcome[];
}

/**
 * A schedule is plain data: the choice made at each scheduling point of one execution, in order.
 * Replaying it (`run --schedule`) reproduces that execution step by step.
 */
export interface Schedule {
  engine: string; // ENGINE_VERSION that produced it
  model: Model;
  cores: number;
  stdout: StdoutMode;
  /** At each scheduling point, the id of the thread chosen to run next ("1000:1" = pid 1000, tid 1). */
  choices: string[];
}

export interface ExploreOptions extends RunOptions {
  maxExecutions?: number; // default 100_000
  maxStates?: number; // default 2_000_000
  /** A preemption bound: an option for quick looks, never the default for grading (it misses outcomes). */
  preemptions?: number;
  /**
   * One execution with random choices (seeded by `seed`) after every this many systematic ones, to
   * reach outcomes that need unusual early choices before a budget runs out (default 64; 0: none).
   * Walks run at most a quarter as many steps as the systematic search.
   */
  randomWalkEvery?: number;
  /** Called now and then with progress figures; returning false cancels the search. */
  onProgress?: (progress: ExploreProgress) => boolean | void;
}

export interface ExploreProgress {
  executions: number;
  states: number;
  frontier: number;
  outcomes: number;
}

export interface ExploreOutcome {
  stdout: string;
  exitCode: number;
  deadlock: boolean;
  /** What each thread waits on, when the outcome is a deadlock. */
  waiting?: ThreadInfo[];
  executions: number;
  /** The fewest preemptions any execution reaching this outcome needed: a difficulty signal. */
  preemptions: number;
  schedule: Schedule;
}

export interface ExploreResult {
  complete: boolean;
  /** Why the search stopped early, when complete is false ("max executions 100000 reached"). */
  stoppedBy?: string;
  executions: number;
  states: number;
  outcomes: ExploreOutcome[];
}
