// Exhaustive search over the choices of an execution: depth-first, with state caching, sleep sets and
// steps put off.
//
// Why the reductions lose no outcome (an outcome is a final state, stdout included):
// - Sleep sets (Godefroid 1996) prune only *transitions*, never states: an option asleep at a state
//   was explored from an ancestor where it commutes with everything run since, so what it leads to
//   is reached on that other branch. Commuting is judged from footprints recorded when each step
//   ran at the same state: if neither step writes what the other touches, each reads the same values
//   in either order and does the same thing, so both orders reach one state.
// - State caching with sleep sets: a state is remembered with the options that were asleep when it
//   was explored. Met again with a smaller sleep set, the options asleep then but awake now are
//   explored (and the remembered set shrinks to the intersection); only a revisit that could explore
//   nothing new is cut. With this rule sleep sets plus caching still visit every reachable state
//   (Godefroid's thesis, ch. 5), hence every final state.
// - Under a preemption bound sleep sets are off (see the constructor); caching then keeps, per state,
//   the fewest preemptions it was explored with, and explores it again when reached with fewer.
// - The cache key is the canonical state alone: who ran last decides only whether the next step is a
//   preemption, so the summaries below keep the fewest preemptions per thread that may have run last.
//   Under a preemption bound the key names that thread too (what a state may still do depends on it).
// - Steps put off (persistent sets, Godefroid 1996 ch. 4): where a thread's step would leave it unable
//   to run and change no other thread's options (main woken in `start()`, about to block in `join()`),
//   and commutes with every other option explored or asleep at the state, only the others are explored.
//   An execution taking that step first reaches the same final state when the step is moved later,
//   past the steps it commutes with, to right before the first one it does not (its thread takes no
//   step in between); and at every state where such a step is explored, the put-off step is explored
//   too. So no final state is lost, and the workers' interleavings are not explored twice, with main
//   runnable and with main blocked. The step is known by running it ahead on a copy (reused if it is
//   explored after all) when its thread was just woken, or again after a step it does not commute with
//   stopped that step's thread (a worker's end); states below inherit it while the steps taken commute
//   with it. A step leaving its thread waiting names what it waits on (Execution.step), so a put-off
//   step that could end that wait does not commute with it, and is not inherited past it.
// - Where only one thread can run, the execution still stops (a forced option), so that a state met
//   before ends the path there too; forced steps are left out of witnesses and their lengths.
// Each remembered state keeps a summary — per outcome below it, the fewest preemptions and the
// shortest suffix found — so a path cut at a known state still improves witnesses and counts.
//
// Depth-first search settles the last choices of an execution first: an outcome that needs unusual
// choices early (dining philosophers' deadlock: every philosopher takes a fork before any takes a
// second) can lie past any budget. So every `randomWalkEvery` systematic executions one execution
// runs from the start with each choice drawn at random (a seeded generator: searches stay
// repeatable), unless walks have already run a quarter as many steps as the systematic search (a walk
// runs a whole execution: see MAX_WALK_SHARE). A walk only adds outcomes some execution reaches, with
// that execution as witness; it changes no state's summary, so a complete search finds the same
// outcomes and fewest preemptions.

import { independent, type ChoiceOption, type Execution, type ExplorableSystem, type Footprint, type Point } from "./system.ts";

export interface SearchOptions {
  maxExecutions: number;
  maxStates: number;
  /** At most this many preemptions per execution (cuts the search: complete false). */
  preemptionBound?: number;
  /** Polled now and then: a reason (real time used up) stops the search. */
  shouldStop?: () => string | undefined;
  /** Called every `progressEvery` executions; false cancels the search. */
  onProgress?: (progress: SearchProgress) => boolean | void;
  progressEvery?: number;
  /** The reductions can be switched off, so tests can prove they lose nothing. */
  stateCaching?: boolean;
  sleepSets?: boolean;
  /**
   * Which threads' steps the search looks ahead at, to put them off where they would block their thread
   * and commute with every step explored (see the header): threads woken by the step that led to a
   * state (default), every thread (tests: it exercises the reduction), or none. Only with sleep sets.
   */
  deferral?: "woken" | "every" | "off";
  /** One random walk from the start after every this many systematic executions (0: none; default 64), within MAX_WALK_SHARE. */
  randomWalkEvery?: number;
  /** Seeds the random walks' choices (default 1). */
  seed?: number;
}

export interface SearchProgress {
  executions: number;
  states: number;
  /** Options still to explore on the current path. */
  frontier: number;
  outcomes: number;
}

export interface FoundOutcome<O> {
  outcome: O;
  /** Explored executions that ended in it or ran into a known state leading to it. */
  executions: number;
  /** The fewest preemptions found for it. */
  preemptions: number;
  /** The shortest witness found: option ids in order. */
  choices: string[];
}

export interface SearchResult<O> {
  complete: boolean;
  stoppedBy?: string;
  executions: number;
  states: number;
  outcomes: FoundOutcome<O>[];
}

interface SleepEntry {
  id: string;
  thread: string;
  footprint: Footprint | null;
}

/** Below one state, for one outcome: the fewest preemptions, and the first step of the shortest suffix. */
interface Best {
  /**
   * The fewest preemptions, by who ran last on arrival: one per thread of the state's options
   * (StateEntry.threads), then one for any other thread (no first step can preempt it).
   */
  preemptions: number[];
  length: number;
  /** null: a forced step, which no schedule names. */
  choice: string | null;
  /** The state the choice leads to; null when it ends the execution. */
  next: string | null;
}

/** What lies below a state, per outcome, and the threads its preemption counts are kept for. */
interface Below {
  readonly threads: readonly string[];
  readonly summary: Map<number, Best>;
}

interface StateEntry extends Below {
  /** The options not explored here (asleep or put off on every visit so far). */
  asleep: Set<string>;
  /** The options explored here, with what they touched (a put-off step must commute with all of them). */
  explored: SleepEntry[];
  /** Fewest preemptions used on a path that explored it (matters under a preemption bound). */
  preemptionsUsed: number;
}

interface Frame<O> {
  key: string;
  /** The execution standing at this state, until branched from for the last time. */
  exec: Execution<O> | null;
  options: readonly ChoiceOption[];
  todo: ChoiceOption[];
  next: number;
  sleep: SleepEntry[];
  /**
   * Steps put off here and not explored here yet, with what they touch: each commutes with every option
   * explored or asleep here, unless queued in `todo` after all. Children inherit them either way.
   */
  deferred: SleepEntry[];
  /** Options already run ahead from this state (to decide whether to put them off), to reuse when explored. */
  ahead: Map<string, Ahead<O>>;
  last: string | null;
  preemptions: number;
  /** The option that led here from the frame below (null at the root). */
  via: ChoiceOption | null;
}

/** An option run ahead from a state on a copy: where it went and what it touched. */
interface Ahead<O> {
  exec: Execution<O>;
  footprint: Footprint | null;
}

/** A random walk longer than this many choices is abandoned (a livelock the systematic search bounds). */
const MAX_WALK_CHOICES = 10_000;

/**
 * Random walks run at most this many steps per systematic step: a walk runs a whole execution while
 * a systematic one mostly stops at the first known state, so with long executions (processes talking
 * through pipes) walks would otherwise take much of the time.
 */
const MAX_WALK_SHARE = 1 / 4;

/** What an ending contributes to the summary of the state before it: itself, no step further. */
const TERMINAL: Best = { preemptions: [0], length: 0, choice: "", next: null };

/** What a path carries to the next state: the step taken (null at the root), and the steps asleep and put off before it. */
interface Inherited {
  sleep: SleepEntry[];
  deferred: SleepEntry[];
  taken: SleepEntry | null;
}

/** How a path arrives at a state. */
interface Arrival {
  key: string;
  via: ChoiceOption | null;
  options: readonly ChoiceOption[];
  sleep: SleepEntry[];
  /** Steps put off on the way here that still commute with every step taken since. */
  deferred: SleepEntry[];
  /** Threads whose steps were put off until the step that led here: worth looking at ahead again. */
  stale: string[];
  preemptions: number;
  last: string | null;
}

export function search<O>(system: ExplorableSystem<O>, options: SearchOptions): SearchResult<O> {
  return new Search(system, options).run();
}

class Search<O> {
  private readonly stack: Frame<O>[] = [];
  private readonly cache = new Map<string, StateEntry>();
  private readonly found: FoundOutcome<O>[] = [];
  private readonly outcomeIndex = new Map<string, number>();
  private executions = 0;
  private stoppedBy: string | undefined;
  private boundCut = false;
  private readonly caching: boolean;
  private readonly sleeping: boolean;
  private readonly deferral: "woken" | "every" | "off";
  private readonly walkEvery: number;
  private readonly random: XorShift;
  /** The first choice, kept to copy for random walks (null: walks begin afresh). */
  private start: Execution<O> | null = null;
  private systematicExecutions = 0;
  private systematicSteps = 0;
  private walkSteps = 0;

  constructor(
    private readonly system: ExplorableSystem<O>,
    private readonly options: SearchOptions,
  ) {
    this.caching = options.stateCaching ?? true;
    // A preemption bound breaks sleep sets' argument: the sibling that explored an option asleep
    // here may have spent more preemptions reaching it than this path (CHESS turns them off too).
    this.sleeping = (options.sleepSets ?? true) && options.preemptionBound === undefined;
    this.deferral = this.sleeping ? (options.deferral ?? "woken") : "off";
    // A walk may preempt any number of times: none under a preemption bound.
    this.walkEvery = options.preemptionBound === undefined ? (options.randomWalkEvery ?? 64) : 0;
    this.random = new XorShift(options.seed ?? 1);
  }

  run(): SearchResult<O> {
    const first = this.system.begin();
    // Walks start from the first choice: what comes before it is the same in every execution.
    if (this.walkEvery > 0 && first.point().kind === "choose") this.start = first.fork?.() ?? null;
    this.enter(first, null, { sleep: [], deferred: [], taken: null }, 0);
    let nextWalk = this.walkEvery;
    for (let steps = 0; this.stack.length > 0 && !this.stoppedBy; steps++) {
      if ((steps & 63) === 0) this.poll();
      this.advance(this.stack[this.stack.length - 1] as Frame<O>);
      if (this.walkEvery > 0 && this.systematicExecutions >= nextWalk && this.walkSteps <= this.systematicSteps * MAX_WALK_SHARE && this.stack.length > 0 && !this.stoppedBy) {
        nextWalk += this.walkEvery;
        this.walk();
      }
    }
    const complete = !this.stoppedBy && !this.boundCut;
    const stoppedBy = this.stoppedBy ?? (this.boundCut ? `preemption bound ${this.options.preemptionBound}` : undefined);
    return {
      complete,
      ...(stoppedBy ? { stoppedBy } : {}),
      executions: this.executions,
      states: this.cache.size,
      outcomes: this.found,
    };
  }

  /** Explores the top frame's next option, or retires the frame when none is left. */
  private advance(frame: Frame<O>): void {
    if (frame.next >= frame.todo.length) {
      this.stack.pop();
      this.propagate(frame.via, this.entry(frame.key, frame.options), frame.key);
      return;
    }
    const option = frame.todo[frame.next++] as ChoiceOption;
    if (frame.deferred.length > 0) frame.deferred = frame.deferred.filter((e) => e.id !== option.id);
    const ahead = frame.ahead.get(option.id);
    frame.ahead.delete(option.id);
    const exec = ahead?.exec ?? this.branch(frame);
    const footprint = ahead ? ahead.footprint : this.stepSystematic(exec, option);
    const explored: SleepEntry = { id: option.id, thread: option.thread, footprint };
    if (frame.deferred.length > 0) this.undeferDependent(frame, explored);
    const sleep = this.sleeping ? frame.sleep.filter((e) => commute(e, explored)) : [];
    const deferred = frame.deferred.filter((e) => e.thread !== option.thread);
    const preemptions = frame.preemptions + (this.preempts(frame, option) ? 1 : 0);
    if (this.deferral !== "off") this.entry(frame.key, frame.options).explored.push(explored);
    this.enter(exec, option, { sleep, deferred, taken: explored }, preemptions);
    frame.sleep.push(explored);
  }

  private stepSystematic(exec: Execution<O>, option: ChoiceOption): Footprint | null {
    this.systematicSteps++;
    return exec.step(option);
  }

  /**
   * The steps put off at `frame`'s state that do not commute with `explored` (an option explored there)
   * are explored there too: being put off rests on commuting with every option explored.
   */
  private undeferDependent(frame: Frame<O>, explored: SleepEntry): void {
    for (const e of frame.deferred) {
      if (commute(e, explored) || frame.todo.some((o) => o.id === e.id)) continue;
      this.entry(frame.key, frame.options).asleep.delete(e.id);
      frame.todo.push(frame.options.find((o) => o.id === e.id) as ChoiceOption);
    }
  }

  /**
   * An execution standing at `frame`'s state: a copy of its own while other options need it, its own
   * at the last use, else a copy of the nearest state below that has one, replayed up to here.
   */
  private branch(frame: Frame<O>): Execution<O> {
    const own = frame.exec;
    if (own && frame.next < frame.todo.length) {
      const copy = own.fork?.() ?? null;
      if (copy) return copy;
    }
    if (own) {
      frame.exec = null;
      return own;
    }
    for (let depth = this.stack.length - 2; depth >= 0; depth--) {
      const copy = this.stack[depth]?.exec?.fork?.() ?? null;
      if (copy) return this.replay(copy, depth + 1);
    }
    return this.replay(this.system.begin(), 0);
  }

  /** Follows the choices of the stack's frames from `from` on. */
  private replay(exec: Execution<O>, from: number): Execution<O> {
    for (let depth = from; depth < this.stack.length; depth++) {
      const via = (this.stack[depth] as Frame<O>).via;
      if (!via) continue;
      exec.point(); // executions may move on through points without a choice here
      exec.step(via);
    }
    exec.point();
    return exec;
  }

  private enter(exec: Execution<O>, via: ChoiceOption | null, { sleep, deferred, taken }: Inherited, preemptions: number): void {
    const point = exec.point();
    if (point.kind === "end") {
      this.reachEnd(point.outcome, via, preemptions);
      return;
    }
    const parent = this.stack[this.stack.length - 1];
    const last = via === null ? null : via.kind === "wake" ? (parent?.last ?? null) : via.thread;
    const key = this.options.preemptionBound === undefined ? exec.fingerprint() : `${exec.fingerprint()}#${last ?? ""}`;
    const options = point.options;
    // Steps put off above stay put off while they commute with the step that led here (which names what
    // its thread waits on, if it waits: a step that could wake it does not commute). A step that does
    // not commute and leaves its thread unable to run (a worker's end) changes how a put-off step goes
    // (main's join): that thread is looked at again.
    const kept = taken ? deferred.filter((e) => commute(e, taken) && options.some((o) => o.id === e.id)) : [];
    const stopped = taken !== null && !options.some((o) => o.thread === taken.thread);
    const stale = stopped ? deferred.flatMap((e) => (commute(e, taken) ? [] : [e.thread])) : [];
    const arrival: Arrival = { key, via, options, sleep, deferred: kept, stale, preemptions, last };
    const ahead = new Map<string, Ahead<O>>();
    const todo = this.todo(arrival, (awake, explored) => this.lookAhead(exec, arrival, awake, explored, parent?.options ?? [], ahead));
    if (todo.length === 0) return;
    this.stack.push({ key, exec, options, todo, next: 0, sleep: [...sleep], deferred: arrival.deferred, ahead, last, preemptions, via });
  }

  /**
   * The options to explore at a state reached now; none when nothing new can come of it. `defer` gives
   * the steps to put off among the awake options not explored here yet (they become `arrival.deferred`).
   */
  private todo(arrival: Arrival, defer: (awake: ChoiceOption[], explored: readonly SleepEntry[]) => SleepEntry[]): ChoiceOption[] {
    const { key, options, preemptions } = arrival;
    const asleepNow = new Set(arrival.sleep.map((e) => e.id));
    const cached = this.caching ? this.cache.get(key) : undefined;
    const known = cached && (this.options.preemptionBound === undefined || cached.preemptionsUsed <= preemptions) ? cached : undefined;
    const entry = known ?? this.remember(arrival, cached);
    const awake = options.filter((o) => !asleepNow.has(o.id) && (!known || known.asleep.has(o.id)));
    arrival.deferred = this.deferral === "off" || awake.length === 0 ? [] : defer(awake, entry.explored);
    const deferred = new Set(arrival.deferred.map((e) => e.id));
    const candidates = awake.filter((o) => !deferred.has(o.id));
    const unexplored = (id: string): boolean => asleepNow.has(id) || deferred.has(id);
    entry.asleep = known ? new Set([...known.asleep].filter(unexplored)) : new Set(options.map((o) => o.id).filter(unexplored));
    if (known && candidates.length === 0) {
      this.cacheHit(arrival, known);
      return [];
    }
    const allowed = this.withinBound(candidates, arrival);
    if (allowed.length === 0) this.endExecution();
    return this.ordered(allowed, arrival.last);
  }

  /** A state explored now for the first time (or again with fewer preemptions, under a bound): its entry. */
  private remember(arrival: Arrival, cached: StateEntry | undefined): StateEntry {
    if (cached) {
      cached.preemptionsUsed = arrival.preemptions;
      return cached;
    }
    const entry: StateEntry = { asleep: new Set(), explored: [], preemptionsUsed: arrival.preemptions, threads: threadsOf(arrival.options), summary: new Map() };
    this.cache.set(arrival.key, entry);
    if (this.cache.size > this.options.maxStates) this.stop(`max states ${this.options.maxStates} reached`);
    return entry;
  }

  /**
   * The awake options to put off, whose step blocks their thread and changes no one else's options:
   * those inherited (`arrival.deferred` on arrival), and threads looked at ahead now (woken by the step
   * that led here; all with deferral "every"). Each must commute with every option asleep here or explored here
   * before, and with the others put off; one option at least is left to explore where none was before.
   */
  private lookAhead(exec: Execution<O>, arrival: Arrival, awake: ChoiceOption[], explored: readonly SleepEntry[], parentOptions: readonly ChoiceOption[], ahead: Map<string, Ahead<O>>): SleepEntry[] {
    const put = arrival.deferred.filter((e) => awake.some((o) => o.id === e.id));
    for (const option of awake) {
      if (awake.length < 2 || option.kind !== "run" || put.some((e) => e.thread === option.thread)) continue;
      const woken = parentOptions.length > 0 && !parentOptions.some((o) => o.thread === option.thread && o.kind === "run");
      if (this.deferral === "woken" && !woken && !arrival.stale.includes(option.thread)) continue;
      if (exec.mayCommute?.(option) === false) continue;
      const copy = exec.fork?.() ?? null;
      if (!copy) continue;
      const footprint = this.stepSystematic(copy, option);
      ahead.set(option.id, { exec: copy, footprint });
      if (footprint !== null && blocksOnly(copy.point(), arrival.options, option)) put.push({ id: option.id, thread: option.thread, footprint });
    }
    const fixed = [...arrival.sleep, ...explored];
    const commuting = put.filter((e) => fixed.every((f) => commute(e, f)));
    const kept = commuting.filter((e) => commuting.every((f) => f === e || commute(e, f)));
    return explored.length === 0 && kept.length === awake.length ? [] : kept;
  }

  private withinBound(candidates: ChoiceOption[], arrival: Arrival): ChoiceOption[] {
    const bound = this.options.preemptionBound;
    if (bound === undefined || arrival.preemptions < bound) return candidates;
    const allowed = candidates.filter((o) => !isPreemption(arrival.options, arrival.last, o));
    if (allowed.length < candidates.length) this.boundCut = true;
    return allowed;
  }

  /** The thread that ran last goes first, so early witnesses need few preemptions. */
  private ordered(options: ChoiceOption[], last: string | null): ChoiceOption[] {
    const continuing = options.filter((o) => o.thread === last && o.kind !== "wake");
    return continuing.length === 0 ? options : [...continuing, ...options.filter((o) => !continuing.includes(o))];
  }

  private preempts(frame: Frame<O>, option: ChoiceOption): boolean {
    return isPreemption(frame.options, frame.last, option);
  }

  private reachEnd(outcome: O, via: ChoiceOption | null, preemptions: number): void {
    const index = this.reached(outcome, preemptions, this.path(via));
    this.propagate(via, { threads: [], summary: new Map([[index, TERMINAL]]) }, null);
    this.endExecution();
  }

  /** Counts an execution ending in `outcome`, whose witness and preemptions may be the best yet; its index. */
  private reached(outcome: O, preemptions: number, choices: string[]): number {
    const { record, index, fresh } = this.record(outcome);
    record.executions++;
    record.preemptions = Math.min(record.preemptions, preemptions);
    if (fresh || choices.length < record.choices.length) record.choices = choices;
    return index;
  }

  /** A known state with nothing new to explore: what lies below it counts for this path too. */
  private cacheHit(arrival: Arrival, entry: StateEntry): void {
    const prefix = this.path(arrival.via);
    for (const [index, best] of entry.summary) {
      const record = this.found[index] as FoundOutcome<O>;
      record.executions++;
      record.preemptions = Math.min(record.preemptions, arrival.preemptions + (best.preemptions[slot(entry.threads, arrival.last)] as number));
      if (prefix.length + best.length < record.choices.length) record.choices = [...prefix, ...this.suffix(arrival.key, index)];
    }
    this.propagate(arrival.via, entry, arrival.key);
    this.endExecution();
  }

  /** Folds a finished child's summary into the state below it on the stack. */
  private propagate(via: ChoiceOption | null, child: Below, next: string | null): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent || !via) return;
    const target = this.entry(parent.key, parent.options);
    // Per thread that may have run last before `via` (the last slot: any other): whether `via`
    // preempts it, and who has run last after it (a wake leaves that as it was).
    const lasts: (string | null)[] = [...target.threads, null];
    const extra = lasts.map((last) => (isPreemption(parent.options, last, via) ? 1 : 0));
    const slots = lasts.map((last) => slot(child.threads, via.kind === "wake" ? last : via.thread));
    for (const [index, best] of child.summary) {
      const preemptions = slots.map((at, i) => (best.preemptions[at] as number) + (extra[i] as number));
      const length = best.length + (via.forced ? 0 : 1);
      const current = target.summary.get(index);
      if (!current) {
        target.summary.set(index, { preemptions, length, choice: via.forced ? null : via.id, next });
        continue;
      }
      current.preemptions = current.preemptions.map((p, i) => Math.min(p, preemptions[i] as number));
      if (length < current.length) Object.assign(current, { length, choice: via.forced ? null : via.id, next });
    }
  }

  private suffix(key: string, index: number): string[] {
    const choices: string[] = [];
    for (let at: string | null = key; at !== null; ) {
      const best = (this.cache.get(at) as StateEntry).summary.get(index) as Best;
      if (best.choice !== null) choices.push(best.choice);
      at = best.next;
    }
    return choices;
  }

  private path(via: ChoiceOption | null): string[] {
    const choices: string[] = [];
    for (const frame of this.stack) if (frame.via && !frame.via.forced) choices.push(frame.via.id);
    if (via && !via.forced) choices.push(via.id);
    return choices;
  }

  private record(outcome: O): { record: FoundOutcome<O>; index: number; fresh: boolean } {
    const key = this.system.outcomeKey(outcome);
    const known = this.outcomeIndex.get(key);
    if (known !== undefined) return { record: this.found[known] as FoundOutcome<O>, index: known, fresh: false };
    const record: FoundOutcome<O> = { outcome, executions: 0, preemptions: Infinity, choices: [] };
    this.outcomeIndex.set(key, this.found.length);
    this.found.push(record);
    return { record, index: this.found.length - 1, fresh: true };
  }

  private entry(key: string, options: readonly ChoiceOption[]): StateEntry {
    let entry = this.cache.get(key);
    if (!entry) {
      // Without caching, summaries still need a home while their state is on the stack.
      entry = { asleep: new Set(), explored: [], preemptionsUsed: 0, threads: threadsOf(options), summary: new Map() };
      this.cache.set(key, entry);
    }
    return entry;
  }

  /** One execution from the start, each choice drawn at random: what it ends in is an outcome like any other. */
  private walk(): void {
    const exec = this.start?.fork?.() ?? this.system.begin();
    const choices: string[] = [];
    let last: string | null = null;
    let preemptions = 0;
    for (let steps = 1; choices.length < MAX_WALK_CHOICES; steps++) {
      if ((steps & 63) === 0) {
        this.poll();
        if (this.stoppedBy) return;
      }
      const point = exec.point();
      if (point.kind === "end") {
        this.reached(point.outcome, preemptions, choices);
        this.countExecution();
        return;
      }
      const option = point.options[this.random.below(point.options.length)] as ChoiceOption;
      if (isPreemption(point.options, last, option)) preemptions++;
      if (option.kind !== "wake") last = option.thread;
      if (!option.forced) choices.push(option.id);
      exec.step(option);
      this.walkSteps++;
    }
  }

  private endExecution(): void {
    this.systematicExecutions++;
    this.countExecution();
  }

  private countExecution(): void {
    this.executions++;
    if (this.executions >= this.options.maxExecutions && this.stack.some((f) => f.next < f.todo.length)) {
      this.stop(`max executions ${this.options.maxExecutions} reached`);
    }
    const every = this.options.progressEvery ?? 256;
    if (this.executions % every === 0) this.report();
  }

  private poll(): void {
    const reason = this.options.shouldStop?.();
    if (reason) this.stop(reason);
  }

  private report(): void {
    const onProgress = this.options.onProgress;
    if (!onProgress) return;
    const frontier = this.stack.reduce((sum, f) => sum + f.todo.length - f.next, 0);
    const go = onProgress({ executions: this.executions, states: this.cache.size, frontier, outcomes: this.found.length });
    if (go === false) this.stop("cancelled");
  }

  private stop(reason: string): void {
    this.stoppedBy ??= reason;
  }
}


/** Two steps of different threads, neither writing what the other touches: either order reaches one state. */
function commute(a: SleepEntry, b: SleepEntry): boolean {
  return a.thread !== b.thread && independent(a.footprint, b.footprint);
}

/**
 * Whether `option`'s step, run ahead from a state with `options`, left its thread unable to run and
 * every other option as it was: then no step of that thread can follow it, only the others' steps.
 */
function blocksOnly<O>(after: Point<O>, options: readonly ChoiceOption[], option: ChoiceOption): boolean {
  if (after.kind === "end") return false;
  const others = options.filter((o) => o.thread !== option.thread);
  return after.options.length === others.length && others.every((o) => after.options.some((a) => a.id === o.id && a.kind === o.kind));
}

/** The threads of a state's options, each once: those a preemption count may depend on. */
function threadsOf(options: readonly ChoiceOption[]): string[] {
  return [...new Set(options.map((o) => o.thread))];
}

/**
 * Where a summary keeps the preemptions for arrivals after `last` ran: its thread's place, or the one
 * after them for any other (not among the options, it cannot be preempted by the next step).
 */
function slot(threads: readonly string[], last: string | null): number {
  const at = last === null ? -1 : threads.indexOf(last);
  return at < 0 ? threads.length : at;
}

/** Switching away from the thread that ran last while it could go on. */
function isPreemption(options: readonly ChoiceOption[], last: string | null, option: ChoiceOption): boolean {
  if (option.kind === "wake" || last === null || option.thread === last) return false;
  return options.some((o) => o.thread === last && o.kind !== "wake");
}

/** Marsaglia's xorshift32: a small seeded generator (explore stays deterministic, no Math.random). */
class XorShift {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0 || 1;
  }

  /** A whole number in [0, n). */
  below(n: number): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x;
    return (x >>> 0) % n;
  }
}
