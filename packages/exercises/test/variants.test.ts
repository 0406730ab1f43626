import { describe, expect, it } from "vitest";
import { allParameterCombinations, applyParameters, chooseParameters, defaultParameters, pythonLiteral } from "../src/variants.ts";

const spec = { parameters: { N_THREADS: [2, 3, 4], MODE: ["fork", "spawn"], FAST: [true, false] } };
const key = { exerciseVersion: "v1", learnerId: "ada", assignmentId: "a1" };

describe("chooseParameters", () => {
  it("gives the same learner the same values for the same assignment and version", () => {
    expect(chooseParameters(spec, key)).toEqual(chooseParameters(spec, { ...key }));
    // Pinned: a change to the hashing scheme would silently move every learner to another variant.
    expect(chooseParameters(spec, key)).toEqual({ N_THREADS: 4, MODE: "spawn", FAST: false });
  });

  it("picks only allowed values", () => {
    for (let i = 0; i < 50; i++) {
      const values = chooseParameters(spec, { ...key, learnerId: `learner-${i}` });
      expect(spec.parameters.N_THREADS).toContain(values.N_THREADS);
      expect(spec.parameters.MODE).toContain(values.MODE);
    }
  });

  it("spreads learners over the allowed values, each parameter independently", () => {
    const counts = new Map<string, number>();
    const learners = 600;
    for (let i = 0; i < learners; i++) {
      const values = chooseParameters(spec, { ...key, learnerId: `learner-${i}` });
      const combo = `${values.N_THREADS}/${values.MODE}/${values.FAST}`;
      counts.set(combo, (counts.get(combo) ?? 0) + 1);
    }
    // 12 combinations, 50 learners each on average: every one is used, none grossly over-used.
    expect(counts.size).toBe(12);
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(25);
      expect(count).toBeLessThan(80);
    }
  });

  it("changes with the assignment and with the exercise version", () => {
    const differs = (other: typeof key) =>
      Array.from({ length: 30 }, (_, i) => `l${i}`).some(
        (learnerId) => JSON.stringify(chooseParameters(spec, { ...key, learnerId })) !== JSON.stringify(chooseParameters(spec, { ...other, learnerId })),
      );
    expect(differs({ ...key, assignmentId: "a2" })).toBe(true);
    expect(differs({ ...key, exerciseVersion: "v2" })).toBe(true);
  });

  it("lists defaults and every combination", () => {
    expect(defaultParameters(spec)).toEqual({ N_THREADS: 2, MODE: "fork", FAST: true });
    expect(allParameterCombinations(spec)).toHaveLength(12);
    expect(allParameterCombinations({ parameters: {} })).toEqual([{}]);
  });
});

describe("applyParameters", () => {
  const source = [
    "import time",
    "",
    "N_THREADS = 2  # how many workers",
    "DELAY = 0.5",
    "MODE = 'fork'",
    "FAST = True",
    "",
    "def f():",
    "    N_THREADS = 99  # a local, not the parameter",
    "    return N_THREADS",
    "",
  ].join("\n");

  it("rewrites only the top-level constants, keeping comments and float-ness", () => {
    const out = applyParameters(source, { N_THREADS: 4, DELAY: 1, MODE: "spawn", FAST: false });
    expect(out).toBe(
      source
        .replace("N_THREADS = 2  #", "N_THREADS = 4  #")
        .replace("DELAY = 0.5", "DELAY = 1.0")
        .replace("MODE = 'fork'", 'MODE = "spawn"')
        .replace("FAST = True", "FAST = False"),
    );
  });

  it("refuses a parameter the program does not assign at the top level", () => {
    expect(() => applyParameters(source, { MISSING: 1 })).toThrow("parameter MISSING: expected one top-level assignment, found 0");
  });

  it("writes Python literals", () => {
    expect([pythonLiteral(3), pythonLiteral(0.25), pythonLiteral(2, true), pythonLiteral('say "hi"'), pythonLiteral(true)]).toEqual([
      "3",
      "0.25",
      "2.0",
      '"say \\"hi\\""',
      "True",
    ]);
  });
});
