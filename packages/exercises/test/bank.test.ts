// The bank in exercises/: every folder validates, every program (and every variant) runs on CPython
// as its exercise says, and the bank covers the concepts and question kinds. Deriving every answer
// through the simulator is `interleave check exercises/`, tested once over the real bank in
// packages/cli/test/bank.test.ts (with its WAITING list): deriving the bank twice would double minutes.
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { variantFiles } from "../src/derive.ts";
import type { Exercise } from "../src/schema.ts";
import { CONCEPTS, QUESTION_KINDS } from "../src/schema.ts";
import { allParameterCombinations } from "../src/variants.ts";
import { loadBank } from "../src/node/index.ts";

const BANK = join(import.meta.dirname, "../../../exercises");
const bank = loadBank(BANK);

describe("the exercise bank", () => {
  it("loads: every exercise.yaml validates and its parameters are top-level constants", () => {
    expect(bank.failures).toEqual([]);
    expect(bank.exercises.length).toBeGreaterThanOrEqual(40);
  });

  it("covers every concept and every question kind", () => {
    const concepts = new Set(bank.exercises.flatMap((e) => e.spec.concepts));
    expect(CONCEPTS.filter((c) => !concepts.has(c))).toEqual([]);
    const kinds = new Set(bank.exercises.flatMap((e) => e.spec.questions.map((q) => q.kind)));
    expect(QUESTION_KINDS.filter((k) => !kinds.has(k))).toEqual([]);
  });

  it("keeps programs small: at most 8 variants, at most 4 values per parameter", () => {
    for (const exercise of bank.exercises) {
      expect(allParameterCombinations(exercise.spec).length, exercise.slug).toBeLessThanOrEqual(8);
      for (const values of Object.values(exercise.spec.parameters)) expect(values.length, exercise.slug).toBeLessThanOrEqual(4);
    }
  });
});


interface PythonRun {
  slug: string;
  parameters: string;
  code: number | null;
  timedOut: boolean;
  stderr: string;
}

/** Runs one variant in a scratch folder, as `python3 main.py | cat` (or -u for unbuffered). */
function runOnCPython(exercise: Exercise, parameters: Record<string, string | number | boolean>, dir: string): Promise<PythonRun> {
  for (const file of variantFiles(exercise, parameters)) writeFileSync(join(dir, file.name), file.text);
  const hangs = exercise.spec.cpython.hangs;
  const args = hangs ? ["-m", "py_compile", "main.py"] : [...(exercise.spec.machine.stdout === "unbuffered" ? ["-u"] : []), "main.py"];
  const env = { ...process.env };
  delete env.PYTHONUNBUFFERED; // the exercise's stdout mode decides buffering, not the test's environment
  return new Promise((resolve) => {
    execFile("python3", args, { cwd: dir, env, timeout: 20_000 }, (error, _stdout, stderr) => {
      const timedOut = error !== null && "killed" in error && error.killed === true;
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ slug: exercise.slug, parameters: JSON.stringify(parameters), code, timedOut, stderr: String(stderr).slice(-400) });
    });
  });
}

describe("every program on CPython 3", () => {
  it("runs every variant and exits as the exercise says (programs that hang by design are only compiled)", async () => {
    expect(spawnSync("python3", ["--version"]).status, "python3 (CPython 3.11) is needed to prove the bank runs on CPython").toBe(0);
    const root = mkdtempSync(join(tmpdir(), "interleave-bank-"));
    try {
      const jobs = bank.exercises.flatMap((exercise) =>
        allParameterCombinations(exercise.spec).map((parameters, i) => ({ exercise, parameters, dir: join(root, `${exercise.slug}-${i}`) })),
      );
      const results: PythonRun[] = [];
      for (let i = 0; i < jobs.length; i += 12) {
        const batch = jobs.slice(i, i + 12).map((job) => {
          mkdirSync(job.dir, { recursive: true });
          return runOnCPython(job.exercise, job.parameters, job.dir);
        });
        results.push(...(await Promise.all(batch)));
      }
      const expected = new Map(bank.exercises.map((e) => [e.slug, e.spec.cpython.hangs ? 0 : e.spec.cpython.exitCode]));
      const wrong = results.filter((r) => r.timedOut || r.code !== expected.get(r.slug));
      expect(wrong).toEqual([]);
      expect(results.length).toBeGreaterThan(bank.exercises.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
