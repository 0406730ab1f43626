// Where the CLI writes and reads relative paths from; tests pass their own to capture output.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Relative file arguments are resolved against this folder. */
  cwd: string;
  /** The host clock handed to the simulator for its real-time budget (ms). */
  now(): number;
  /** Rewrites a one-line progress display (a terminal only; "" clears it). */
  progress?(line: string): void;
}

/**
 * `pnpm interleave …` runs the script from the repo root; pnpm keeps the folder it was called from in
 * INIT_CWD, and file arguments are meant relative to that. Only trusted when this very script is the
 * one pnpm started (a test run by `pnpm test` inherits an unrelated INIT_CWD).
 */
export function invocationFolder(env: NodeJS.ProcessEnv, cwd: string): string {
  return env.npm_lifecycle_event === "interleave" && env.INIT_CWD ? env.INIT_CWD : cwd;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  cwd: invocationFolder(process.env, process.cwd()),
  now: () => performance.now(),
  ...(process.stderr.isTTY ? { progress: (line: string) => void process.stderr.write(`\r\x1b[2K${line}`) } : {}),
};
