// Runs the real CPython when it is installed, so expectations stored in the tests can be re-proved.

import { spawnSync } from "node:child_process";

/** stdout of `python3 -c script args…`, or null when python3 is not installed. */
export function runPython(script: string, args: string[] = [], input?: string): string | null {
  const result = spawnSync("python3", ["-c", script, ...args], { encoding: "utf8", input });
  if (result.error) return null;
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return result.stdout;
}

/** Whether python3 is installed (the comparisons with CPython are skipped without it). */
export const hasPython = runPython("print(1)") !== null;
