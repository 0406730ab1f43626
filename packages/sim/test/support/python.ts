// CPython on this machine, when there is one: the golden and conformance suites use it to prove
// their stored expectations still hold. Only a CPython 3.11 counts (error messages differ by version).
import { spawnSync } from "node:child_process";

export const PYTHON = "python3";

function detectPython311(): boolean {
  const probe = spawnSync(PYTHON, ["-c", "import sys; print(sys.version_info[:2] == (3, 11))"], { encoding: "utf8" });
  return probe.status === 0 && probe.stdout.trim() === "True";
}

export const hasPython311 = detectPython311();
