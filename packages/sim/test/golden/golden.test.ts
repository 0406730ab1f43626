// The golden corpus: small programs, one construct family each, whose expected stdout, stderr and
// exit code were produced by CPython 3.11 (regenerate.py). Every case runs through runProgram.
//
// One documented difference is not compared: the position markers (`^^^^`, `~~^~~`, PEP 657) that
// CPython 3.11 prints under a traceback's source lines. They are dropped from both sides; everything
// else in stderr — every File line, source line, "During handling…" separator and the last line —
// must match exactly. SyntaxError carets are compared (they are part of that message's format).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { RunOptions, SourceFile } from "../../src/index.ts";
import { readProgramFile, readProgramFolder } from "../support/programs.ts";
import { hasPython311, PYTHON } from "../support/python.ts";
import { runProgram, testRunOptions } from "../support/simulator.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const casesDir = join(here, "cases");

/** What CPython did: a finished run, or (budget_* cases) a program that never ends. */
type Expected = { stdout: string; stderr: string; exitCode: number } | { stdout: string; timedOut: true };

interface GoldenCase {
  name: string;
  files: SourceFile[];
  expected: Expected;
}

/** Budget cases run forever on CPython; the simulator must stop them by its instruction budget. */
const BUDGET_CASE_OPTIONS: RunOptions = { maxInstructions: 1_000_000 };

function loadCases(): GoldenCase[] {
  return readdirSync(casesDir)
    .filter((entry) => entry.endsWith(".expected.json"))
    .sort()
    .map((entry) => {
      const name = entry.slice(0, -".expected.json".length);
      const folder = join(casesDir, name);
      const isFolder = existsSync(folder) && statSync(folder).isDirectory();
      const files = isFolder ? readProgramFolder(folder) : readProgramFile(casesDir, `${name}.py`);
      const expected = JSON.parse(readFileSync(join(casesDir, entry), "utf8")) as Expected;
      return { name, files, expected };
    });
}

/** Drops PEP 657 marker lines: lines of only ^ and ~ under the source line of a traceback frame. */
function withoutPositionMarkers(stderr: string): string {
  const lines = stderr.split("\n");
  return lines
    .filter((line, i) => {
      const isMarker = /^\s*[~^]+\s*$/.test(line);
      const frameLine = lines[i - 2] ?? "";
      return !(isMarker && frameLine.startsWith("  File ") && frameLine.includes(", in "));
    })
    .join("\n");
}

const cases = loadCases();

test("the corpus has at least 60 cases, each with a program", () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
  const programs = readdirSync(casesDir).filter((entry) => !entry.endsWith(".expected.json"));
  const names = programs.map((entry) => entry.replace(/\.py$/, ""));
  expect(names.sort()).toEqual(cases.map((c) => c.name));
});

test("position markers are dropped only under traceback frames", () => {
  const traceback = 'Traceback (most recent call last):\n  File "m.py", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n';
  expect(withoutPositionMarkers(traceback)).not.toContain("~^~");
  const syntax = '  File "m.py", line 1\n    x = (\n        ^\nSyntaxError: \'(\' was never closed\n';
  expect(withoutPositionMarkers(syntax)).toBe(syntax);
});

describe("the simulator prints what CPython printed", () => {
  test.each(cases)("$name", ({ name, files, expected }) => {
    const budgetCase = "timedOut" in expected;
    const result = runProgram(files, testRunOptions(budgetCase ? BUDGET_CASE_OPTIONS : {}));
    if ("timedOut" in expected) {
      expect(result.timedOut).toBe(true);
      expect(result.timeoutReason ?? "").toMatch(/instruction budget/);
      expect(result.timeoutReason ?? "").toContain(`${name}.py:`);
      expect(result.stdout).toBe(expected.stdout);
      return;
    }
    expect(result.timedOut).toBe(false);
    expect(result.stdout).toBe(expected.stdout);
    expect(withoutPositionMarkers(result.stderr)).toBe(withoutPositionMarkers(expected.stderr));
    expect(result.exitCode).toBe(expected.exitCode);
  }, 30_000);
});

// Proves the stored expectations: CPython 3.11 still prints them. Only this comparison is skipped
// on a machine without CPython 3.11.
describe.skipIf(!hasPython311)("CPython 3.11 still prints the stored expectation", () => {
  test.each(cases)("$name", ({ name, expected }) => {
    const observed = spawnSync(PYTHON, [join(here, "regenerate.py"), "--print", name], { encoding: "utf8" });
    expect(observed.stderr).toBe("");
    expect(JSON.parse(observed.stdout)).toEqual(expected);
  }, 30_000);
});
