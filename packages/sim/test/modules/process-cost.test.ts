// The simulated cost of multiprocessing.Process start+join with fork matches the reference figure the
// cost table is calibrated from (calibration.ts: CPython 3.11 on this machine), not a typed-in number.
import { expect, test } from "vitest";
import { CALIBRATION } from "../../src/runtime/calibration.ts";
import { sampleProgram, testRunOptions } from "../support/simulator.ts";

const PROGRAM = `import multiprocessing as mp
import time


def work():
    pass


if __name__ == "__main__":
    mp.set_start_method("fork")
    start = time.perf_counter()
    p = mp.Process(target=work)
    p.start()
    p.join()
    print(round((time.perf_counter() - start) * 1e9))
`;

test("Process start+join (fork) costs what CPython measured, within 10% over seeded jitter", () => {
  const sample = sampleProgram([{ name: "main.py", text: PROGRAM }], { ...testRunOptions(), runs: 5 });
  const durations = sample.outcomes.flatMap((o) => Array<number>(o.runs).fill(Number(o.stdout)));
  expect(durations).toHaveLength(5);
  const mean = durations.reduce((a, b) => a + b, 0) / durations.length;
  expect(Math.abs(mean - CALIBRATION.processForkStartJoinNs) / CALIBRATION.processForkStartJoinNs).toBeLessThan(0.1);
}, 60_000);
