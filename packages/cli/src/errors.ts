// Errors the CLI reports itself (as opposed to the simulated program's own output) and exit codes.

/** Exit codes of `interleave` itself; a run without --json exits with the program's own code. */
export const EXIT = {
  ok: 0,
  /** `check`: an exercise failed. */
  failed: 1,
  /** Bad invocation, unreadable file, SimulatorError, feature not available yet. */
  usage: 2,
  /** The program did not finish: a budget stopped it or it deadlocked (CPython would hang). */
  notFinished: 124,
  /** `check`: no exercise failed, but some wait on a simulator milestone (not passing). */
  waiting: 3,
  /** A bug in interleave itself. */
  internal: 70,
} as const;

/** A problem with the command line or its files; the message names what and where. */
export class UsageError extends Error {
  /** showHelpHint: the mistake is in the arguments, so point at `--help`. */
  constructor(
    message: string,
    readonly showHelpHint = false,
  ) {
    super(message);
    this.name = "UsageError";
  }
}
