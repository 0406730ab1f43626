// judge.ts must say what check.py says: a few results it passes and the messages it fails with.
import { describe, expect, test } from "vitest";
import { judge } from "./judge.ts";

describe("judge (check.py semantics)", () => {
  const run = { stdout: "ok\n", stderr: "Traceback…\nValueError: x\n", exitCode: 1, deadlock: false, wallNs: 2.01e9 };

  test("a matching run passes", () => {
    const expected = {
      stdout: "ok\n",
      exitCode: 1,
      deadlock: false,
      wallSeconds: [2.0, 2.06],
      stderrIncludes: ["Traceback"],
      stderrEndsWith: "ValueError: x\n",
    };
    expect(judge("run", run, expected)).toEqual([]);
  });

  test("a differing run lists every difference", () => {
    const expected = { stdout: "no\n", exitCode: 0, wallSeconds: [0, 1], stderrIncludes: ["Nope"], stderrEndsWith: "Y\n" };
    expect(judge("run", run, expected)).toEqual([
      'stdout: got "ok\\n", want "no\\n"',
      "exitCode: got 1, want 0",
      "wallSeconds: got 2.0100, want [0, 1]",
      'stderr lacks "Nope"',
      'stderr ends "Traceback…\\nValueError: x\\n", want ..."Y\\n"',
    ]);
  });

  test("explore: sets, includes, excludes, deadlocks, completeness", () => {
    const result = { complete: false, outcomes: [{ stdout: "a", deadlock: false }, { stdout: "b", deadlock: true }] };
    expect(judge("explore", result, { stdoutSet: ["b", "a"], stdoutIncludes: ["a"], deadlockPossible: true })).toEqual([]);
    expect(judge("explore", result, { complete: true, stdoutSet: ["a"], stdoutExcludes: ["b"], allDeadlock: true })).toEqual([
      "complete: got False",
      'outcome stdouts: got ["a", "b"], want ["a"]',
      'impossible outcome "b" reported',
      "not every outcome deadlocks",
    ]);
  });

  test("sample: every outcome's stdout", () => {
    expect(judge("sample", { outcomes: [{ stdout: "x" }] }, { everyStdout: "x" })).toEqual([]);
    expect(judge("sample", { outcomes: [{ stdout: "x" }, { stdout: "y" }] }, { everyStdout: "x" })).toEqual([
      'sample stdouts: got ["x", "y"]',
    ]);
  });
});
