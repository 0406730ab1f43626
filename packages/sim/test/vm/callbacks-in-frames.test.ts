// Python code that native machinery calls back (an iterator's __next__ driven by a for loop) runs in
// pushed frames, so it may block or fork and the explorer can pause, copy and resume it there.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { exploreProgram } from "../../src/index.ts";

const casesDir = fileURLToPath(new URL("../golden/cases/", import.meta.url));

/** A golden case's program and what CPython 3.11 printed for it (regenerate.py). */
function goldenCase(name: string): { text: string; stdout: string } {
  const text = readFileSync(`${casesDir}${name}.py`, "utf8");
  const expected = JSON.parse(readFileSync(`${casesDir}${name}.expected.json`, "utf8")) as { stdout: string };
  return { text, stdout: expected.stdout };
}

test("every schedule of a __next__ that takes a lock or forks prints what CPython printed", () => {
  const { text, stdout } = goldenCase("iter_next_blocks_or_forks");
  const result = exploreProgram([{ name: "main.py", text }], { maxExecutions: 5_000 });
  expect(result.complete).toBe(true);
  expect(result.outcomes.map((o) => [o.stdout, o.exitCode, o.deadlock])).toEqual([[stdout, 0, false]]);
}, 120_000);

test("a sort key function that waits for a lock can be explored; CPython's output is one outcome", () => {
  const { text, stdout } = goldenCase("sort_key_blocks");
  const result = exploreProgram([{ name: "main.py", text }], { maxExecutions: 5_000 });
  expect(result.complete).toBe(true);
  expect(result.outcomes.map((o) => o.stdout)).toContain(stdout);
  expect(result.outcomes.every((o) => o.exitCode === 1 && !o.deadlock)).toBe(true);
}, 120_000);
