// Library threads that poll: multiprocessing.Pool's worker handler loops on select() and each worker's
// exit code while the result handler, another thread of its process, has yet to drain the results
// pipe. Library code runs without scheduling points and keeps its process's GIL between operations
// another process sees, so the handler spun holding it and the execution never ended; now a holder
// whose steps come back to where they started lets the others run (ProgramExecution.releaseIfSpinning).
import { describe, expect, test } from "vitest";
import { exploreProgram, replaySchedule } from "../../src/index.ts";

const SLOW = 240_000;

function poolProgram(call: string): string {
  return [
    "import multiprocessing",
    "",
    "def square(x):",
    "    return x * x",
    "",
    "if __name__ == '__main__':",
    "    with multiprocessing.get_context('fork').Pool(1) as pool:",
    `        ${call}`,
    "",
  ].join("\n");
}

describe("a pool's handler thread polls until another thread of its process acts", () => {
  test("explore completes with the one outcome CPython prints, and its witness replays", () => {
    const files = [{ name: "main.py", text: poolProgram("print(pool.apply(square, (3,)))") }];
    const result = exploreProgram(files, { maxRealMs: 200_000, now: () => performance.now() });
    expect(result.stoppedBy).toBeUndefined();
    expect(result.complete).toBe(true);
    expect(result.outcomes.map((o) => [o.stdout, o.exitCode, o.deadlock])).toEqual([["9\n", 0, false]]);
    const replay = replaySchedule(files, result.outcomes[0]!.schedule);
    expect(replay.stdout).toBe("9\n");
  }, SLOW);
});
