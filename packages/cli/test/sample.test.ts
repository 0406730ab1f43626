// `interleave sample` on the real simulator: seeds 1..K, outcomes with counts and wall-time spread.
import { describe, expect, test } from "vitest";
import { cli, folderWith } from "./helpers.ts";

const PROGRAM = `import threading
import time

def visit(pause):
    time.sleep(pause)
    print("visited", pause)

threads = [threading.Thread(target=visit, args=(p,)) for p in (0.2, 0.1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
`;

describe("interleave sample", () => {
  const dir = folderWith({ "main.py": PROGRAM });

  test("--json prints the SampleResult", () => {
    const { code, stdout } = cli(["sample", "main.py", "--runs", "3", "--json"], dir);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { runs: number; outcomes: { stdout: string; runs: number; wallNs: { min: number } }[] };
    expect(result.runs).toBe(3);
    expect(result.outcomes).toEqual([
      expect.objectContaining({ stdout: "visited 0.1\nvisited 0.2\n", exitCode: 0, deadlock: false, runs: 3 }),
    ]);
    expect(result.outcomes[0]?.wallNs.min).toBeGreaterThan(200_000_000);
  });

  test("without --json: each outcome with its count, status and timing, then its output", () => {
    const { code, stdout } = cli(["sample", "main.py", "--runs", "2"], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2\/2 runs, exit 0, wall 20\d\.\d ms \(20\d\.\d ms–20\d\.\d ms\):\n {2}\| visited 0\.1\n {2}\| visited 0\.2\n$/);
  });

  test("--runs is required", () => {
    const { code, stderr } = cli(["sample", "main.py"], dir);
    expect(code).toBe(2);
    expect(stderr).toContain("interleave sample: --runs K is required");
  });
});
