// `interleave check` and `interleave grade` on real exercises through the real simulator: a small
// temporary bank (one good exercise copied from the bank, one broken) and io-sequential, a program
// without concurrency (one run answers it), graded with a right and a wrong answers file.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CheckRow } from "@interleave/exercises/node";
import { describe, expect, test } from "vitest";
import { checkExitCode } from "../src/commands/check.ts";
import { cli, folderWith } from "./helpers.ts";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const sequential = join(repoRoot, "exercises", "io-sequential");

/** A bank folder holding io-sequential and a folder whose exercise.yaml lacks most fields. */
function smallBank(): string {
  const root = mkdtempSync(join(tmpdir(), "interleave-bank-"));
  cpSync(sequential, join(root, "io-sequential"), { recursive: true });
  mkdirSync(join(root, "broken"));
  writeFileSync(join(root, "broken", "exercise.yaml"), "title: Broken\n");
  writeFileSync(join(root, "broken", "main.py"), "print(1)\n");
  return root;
}

describe("interleave check", () => {
  const bank = smallBank();

  test("prints one row per exercise and exits 1 when one fails", () => {
    const { code, stdout } = cli(["check", bank]);
    expect(stdout).toMatch(/^broken\s+0\s+0\s+0\s+\d+ ms\s+FAILED: .*broken\/exercise\.yaml: /m);
    expect(stdout).toMatch(/^io-sequential\s+2\s+4\s+0\s+\d+ ms\s+ok$/m);
    expect(stdout).toContain("2 exercises: 1 ok, 0 waiting on the simulator, 1 failed");
    expect(code).toBe(1);
  });

  test("--json gives the counts and the rows with ok / waiting / failed", () => {
    const { code, stdout } = cli(["check", bank, "--json"]);
    const report = JSON.parse(stdout) as { exercises: number; ok: number; waiting: number; failed: number; rows: { exercise: string; status: string }[] };
    expect(report).toMatchObject({ exercises: 2, ok: 1, waiting: 0, failed: 1 });
    expect(report.rows.map((row) => [row.exercise, row.status])).toEqual([["broken", "failed"], ["io-sequential", "ok"]]);
    expect(code).toBe(1);
  });

  test("exits 0 only when every exercise is ok, and 3 when the rest only wait on the simulator", () => {
    const row = (status: CheckRow["status"]): CheckRow => ({ exercise: status, questions: 1, variants: 1, states: 0, executions: 0, timeMs: 1, status, needs: "run" });
    expect(checkExitCode([row("ok")])).toBe(0);
    expect(checkExitCode([row("ok"), row("unavailable")])).toBe(3);
    expect(checkExitCode([row("unavailable"), row("error")])).toBe(1);
  });

  test("says what is wrong with the folder", () => {
    expect(cli(["check", join(bank, "missing")]).stderr).toMatch(/^interleave check: .*missing is not a folder of exercises \(no such folder: /);
    expect(cli(["check", join(bank, "io-sequential")]).stderr).toContain("is one exercise; check takes the folder that holds exercises");
    expect(cli(["check", folderWith({})]).stderr).toContain("holds no exercise folders");
    const extra = cli(["check", "a", "b"]);
    expect(extra.stderr).toContain('unexpected "b"');
    expect(extra.code).toBe(2);
  });
});

describe("interleave grade", () => {
  const answers = folderWith({
    "right.json": JSON.stringify({ printed: "took 0.8 s\n", "wall-time": 0.75 }),
    "wrong.json": JSON.stringify({ printed: "took 0.2 s\n", "wall-time": 0.25 }),
    "broken.json": '{"printed": "x",\n "wall-time": 1,,}',
    "misfit.json": JSON.stringify({ printed: 3, speed: 1 }),
  });

  test("a right answers file scores full marks on the default variant", () => {
    const { code, stdout } = cli(["grade", sequential, "--answers", "right.json"], answers);
    expect(stdout).toMatch(/^variant 0: DOWNLOADS = 3, DELAY = 0.25\nDownloads one after another: score 2 \/ 2\n/);
    expect(stdout).toContain("✓ printed (output): 1 / 1");
    expect(code).toBe(0);
  });

  test("a wrong answers file scores zero, with feedback naming the right answer", () => {
    const { code, stdout } = cli(["grade", sequential, "--answers", "wrong.json"], answers);
    expect(stdout).toContain("score 0 / 2");
    expect(stdout).toContain('line 1 should be "took 0.8 s"');
    expect(stdout).toContain("The simulated run takes 750 ms.");
    expect(code).toBe(0);
  });

  test("--variant picks the parameters and --json prints the result", () => {
    const { code, stdout } = cli(["grade", sequential, "--answers", "right.json", "--variant", "3", "--json"], answers);
    const result = JSON.parse(stdout) as { parameters: unknown; score: number; maxScore: number; questions: { id: string; feedback: string }[] };
    expect(result).toMatchObject({ parameters: { DOWNLOADS: 4, DELAY: 0.5 }, score: 0, maxScore: 2 });
    expect(result.questions[0]?.feedback).toContain('line 1 should be "took 2.0 s"');
    expect(code).toBe(0);
  });

  test("says what is wrong with the answers file and where", () => {
    expect(cli(["grade", sequential, "--answers", "gone.json"], answers).stderr).toBe("interleave grade: cannot read answers gone.json: no such file\n");
    expect(cli(["grade", sequential, "--answers", "broken.json"], answers).stderr).toMatch(/^interleave grade: broken\.json:2:17 is not valid JSON: /);
    expect(cli(["grade", sequential, "--answers", "misfit.json"], answers).stderr).toBe(
      "interleave grade: misfit.json does not answer io-sequential's questions:\n" +
        "  answers.printed: expected a string\n" +
        "  answers.speed: no such question (questions: printed, wall-time)\n",
    );
  });

  test("says what is wrong with the arguments", () => {
    expect(cli(["grade", sequential]).stderr).toBe("interleave grade: --answers FILE.json is required (see interleave grade --help)\n");
    expect(cli(["grade", "--answers", "a.json"]).stderr).toContain("missing EXERCISE");
    expect(cli(["grade", "no-such-exercise", "--answers", "a.json"], answers).stderr).toContain("no-such-exercise is not an exercise: no no-such-exercise/exercise.yaml");
    const seed = cli(["grade", sequential, "--answers", "right.json", "--variant", "-1"], answers);
    expect(seed.stderr).toContain("--variant must be a whole number ≥ 0");
    expect(seed.code).toBe(2);
  });
});
