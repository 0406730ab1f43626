// How the test suites run programs: the simulator's runProgram with test budgets.
import type { RunOptions } from "../../src/index.ts";

export { runProgram, sampleProgram } from "../../src/index.ts";

/** Budgets for test runs: generous, but a runaway program still ends the test quickly. */
export function testRunOptions(overrides: RunOptions = {}): RunOptions {
  return { maxInstructions: 50_000_000, maxRealMs: 20_000, now: () => performance.now(), ...overrides };
}
