// What a blocked thread waits for: plain data plus the one check that ends the wait, so the machine
// can wake, time out and report waiting threads without knowing locks from pipes.

import type { PyValue } from "../vm/values.ts";

export interface Wait {
  /** For reports and deadlocks: "lock", "join Thread-1 (worker)", "read fd 3", "sleep", "waitpid 1001". */
  readonly reason: string;
  /** The object(s) whose changes may end the wait (a lock, a pipe, pipes for select, a process), or null (a plain sleep). */
  readonly on: object | readonly object[] | null;
  /** Absolute virtual time (ns) when a timed wait gives up; Infinity for none. */
  readonly deadline: number;
  /**
   * A system call so short that the thread gets its GIL back before a waiter wakes (CPython releases it
   * around the call; a waiter rarely wins): the realistic machine keeps the GIL; an explorer may branch here.
   */
  readonly brief?: boolean;
  /** No wait in CPython (the explorer's pause for a random draw): the trace shows neither block nor wake. */
  readonly silent?: boolean;
  /** Tries to complete the wait: the blocked call's result, or undefined to keep waiting (`attemptOn(on, context)`). */
  attempt(timedOut: boolean): PyValue | undefined;
  /** What else `attempt` works on (copied with the wait, so `attemptOn` gets the copy). */
  readonly context?: object;
  /**
   * `attempt` for a copy of `on` and `context` (the explorer's snapshots copy the machine; a closure
   * would still act on the original). A plain function of them, capturing no object (primitive values
   * only).
   */
  readonly attemptOn: (on: object, context: object | undefined) => (timedOut: boolean) => PyValue | undefined;
}

/** A wait as a blocking call states it: its retry given only as `attemptOn`, so that copies can rebuild it. */
export type WaitSpec = Omit<Wait, "attempt">;

/** The wait `spec` describes, its retry built on the objects it names. */
export function buildWait(spec: WaitSpec): Wait {
  return { ...spec, attempt: spec.attemptOn(spec.on as object, spec.context) };
}
