import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runProgram } from "../../src/index.ts";
import { ERROR_CASES } from "./error-cases.ts";

const hasPython = spawnSync("python3", ["--version"]).status === 0;

describe("uncaught exceptions print CPython 3.11's traceback and exit code", () => {
  for (const c of ERROR_CASES) {
    it(c.name, () => {
      const result = runProgram([{ name: "main.py", text: c.source }]);
      expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
        stdout: c.stdout,
        stderr: c.stderr,
        exitCode: c.exitCode,
      });
    });
  }
});

describe.runIf(hasPython)("the stored expectations still match python3", () => {
  it("every case", () => {
    const dir = mkdtempSync(join(tmpdir(), "sim-errors-"));
    for (const c of ERROR_CASES) {
      writeFileSync(join(dir, "main.py"), c.source);
      const run = spawnSync("python3", ["main.py"], { cwd: dir, encoding: "utf8" });
      const stderr = run.stderr.split(join(dir, "main.py")).join("main.py");
      // A process killed by SIGINT (uncaught KeyboardInterrupt) is 130 in a shell.
      const exitCode = run.status ?? (run.signal === "SIGINT" ? 130 : -1);
      expect({ name: c.name, stdout: run.stdout, stderr, exitCode }).toEqual({
        name: c.name,
        stdout: c.stdout,
        stderr: c.stderr,
        exitCode: c.exitCode,
      });
    }
  }, 120_000);
});
