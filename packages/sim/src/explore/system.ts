// What the explorer needs from a system it explores: executions that stop at scheduling points, say
// which options are enabled there, run one option up to the next point and report what it touched,
// and name their state canonically. The real machine and the toy model of the tests both provide it.

/**
 * - run: a runnable thread executes up to its next scheduling point;
 * - wake: a pending timed wait ends now (no timing assumptions: any later moment is possible);
 * - value: a value for a choice inside one thread (`random`).
 */
export type OptionKind = "run" | "wake" | "value";

export interface ChoiceOption {
  /** Stable name of this choice, written into schedules ("1000:2", "wake 1000:2", "1000:1=3"). */
  readonly id: string;
  /** The thread the option belongs to ("1000:2"): options of one thread never commute. */
  readonly thread: string;
  readonly kind: OptionKind;
  /**
   * The only way on: no choice, so never part of a schedule. The execution stops there all the same,
   * so that the search can recognise a state it knows and stop (replays step past it).
   */
  readonly forced?: boolean;
}

/**
 * What one step touched, as names of shared things ("global counter", "lock@4", "stdout").
 * `null`: unknown, so dependent with every other step (always sound, never prunes).
 */
export interface Footprint {
  readonly reads: readonly string[];
  readonly writes: readonly string[];
}

export type Point<O> = { kind: "choose"; options: readonly ChoiceOption[] } | { kind: "end"; outcome: O };

export interface Execution<O> {
  /** Where this execution stands now. */
  point(): Point<O>;
  /**
   * Runs `option` (one of point()'s) up to the next scheduling point; what it touched. A step that
   * leaves its thread waiting names what it waits on (a lock, the library): what can end the wait then
   * never commutes with it (steps put off rest on this, see search.ts).
   */
  step(option: ChoiceOption): Footprint | null;
  /**
   * False when `option`'s step surely commutes with nothing (what it touches first is unknown): the
   * search then does not run it ahead to see whether to put it off. Without this, every step may.
   */
  mayCommute?(option: ChoiceOption): boolean;
  /** A canonical name of the whole state (a hash, or the state itself when small): equal strings mean the futures are equal. */
  fingerprint(): string;
  /** An independent copy to branch from, or null when this state cannot be copied (then the explorer replays). */
  fork?(): Execution<O> | null;
}

export interface ExplorableSystem<O> {
  /** A fresh execution at its first scheduling point (or its end). */
  begin(): Execution<O>;
  /** Outcomes with equal keys are one outcome. */
  outcomeKey(outcome: O): string;
}

/** Two steps commute when they belong to different threads and neither writes what the other touches. */
export function independent(a: Footprint | null, b: Footprint | null): boolean {
  if (a === null || b === null) return false;
  return !overlaps(a.writes, b.reads) && !overlaps(a.writes, b.writes) && !overlaps(b.writes, a.reads);
}

function overlaps(xs: readonly string[], ys: readonly string[]): boolean {
  if (xs.length === 0 || ys.length === 0) return false;
  for (const x of xs) if (ys.includes(x)) return true;
  return false;
}
