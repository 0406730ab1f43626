// `interleave explore` and `interleave run --schedule` on the real simulator.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, folderWith } from "./helpers.ts";

const RACE = `import threading

counter = 0


def bump():
    global counter
    counter += 1


workers = [threading.Thread(target=bump) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(counter)
`;

interface Outcome {
  stdout: string;
  executions: number;
  schedule: { choices: string[] };
}

describe("interleave explore", () => {
  const dir = folderWith({ "main.py": RACE });

  test("--json prints the ExploreResult: complete, every outcome with a witness", () => {
    const { code, stdout } = cli(["explore", "main.py", "--model", "free-threaded", "--json"], dir);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { complete: boolean; executions: number; outcomes: Outcome[] };
    expect(result.complete).toBe(true);
    expect(result.outcomes.map((o) => o.stdout)).toEqual(["1\n", "2\n"]);
    for (const outcome of result.outcomes) expect(outcome.schedule.choices.length).toBeGreaterThan(0);
  }, 120_000);

  test("without --json: each outcome, then whether the search was complete", () => {
    const { code, stdout } = cli(["explore", "main.py"], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^outcome 1\/1: exit 0, \d+ executions?, needs 0 preemptions, witness of \d+ choices?:\n {2}\| 2\n\ncomplete: every outcome found \(\d+ executions, \d+ states\)\n$/);
  }, 120_000);

  test("a budget that cuts the search says so and exits 124", () => {
    const { code, stdout } = cli(["explore", "main.py", "--model", "free-threaded", "--max-executions", "2"], dir);
    expect(code).toBe(124);
    expect(stdout).toContain("incomplete: max executions 2 reached");
  }, 120_000);

  test("run --schedule replays a witness saved from explore --json", () => {
    const { stdout } = cli(["explore", "main.py", "--model", "free-threaded", "--json"], dir);
    const lost = (JSON.parse(stdout) as { outcomes: Outcome[] }).outcomes.find((o) => o.stdout === "1\n");
    writeFileSync(join(dir, "lost.json"), JSON.stringify(lost));
    const replay = cli(["run", "main.py", "--schedule", "lost.json"], dir);
    expect(replay).toMatchObject({ code: 0, stdout: "1\n" });
    const traced = JSON.parse(cli(["run", "main.py", "--schedule", "lost.json", "--trace", "--json"], dir).stdout) as { trace: unknown[] };
    expect(traced.trace.length).toBeGreaterThan(0);
  }, 120_000);

  test("run --schedule refuses a file that is not a schedule", () => {
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ choices: "x" }));
    const { code, stderr } = cli(["run", "main.py", "--schedule", "bad.json"], dir);
    expect(code).toBe(2);
    expect(stderr).toContain("bad.json is not a schedule");
  });
});
