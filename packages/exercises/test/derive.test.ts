import { describe, expect, it } from "vitest";
import type { RunResult } from "@interleave/sim";
import { DeriveError, MismatchError, deriveAnswers, isSequentialProgram, stateAt } from "../src/derive.ts";
import { nearMisses } from "../src/distractors.ts";
import { engineFrom, simEngine } from "../src/engine.ts";
import { BASE_YAML, THREADED_MAIN, fakeEngine, makeExercise, outcome, runResult } from "./helpers.ts";

const questions = (body: string) => `${BASE_YAML}parameters:\n  TIMES: [2, 3]\nquestions:\n${body}`;

describe("isSequentialProgram", () => {
  it("sees threads, processes and randomness in any import form", () => {
    const file = (text: string) => [{ name: "main.py", text }];
    expect(isSequentialProgram(file("import time\nimport sys\nprint(1)\n"))).toBe(true);
    expect(isSequentialProgram(file("import time, threading\n"))).toBe(false);
    expect(isSequentialProgram(file("from concurrent.futures import ThreadPoolExecutor\n"))).toBe(false);
    expect(isSequentialProgram(file("from multiprocessing.pool import ThreadPool\n"))).toBe(false);
    expect(isSequentialProgram(file("if True:\n    import os\n"))).toBe(false);
  });
});

describe("deriveAnswers from explored outcomes", () => {
  const racy = { "": [outcome("4\n"), outcome("3\n"), outcome("2\n")], "atomic-statements": [outcome("4\n")] };

  it("derives value-set, count and possible-outputs from one exploration, with witnesses", () => {
    const exercise = makeExercise(
      questions(`  - { id: v, kind: value-set, prompt: "?", pattern: "^(\\\\d+)$" }
  - { id: c, kind: count, prompt: "?", line: "4" }
  - { id: p, kind: possible-outputs, prompt: "?", distractors: 3 }
`),
      THREADED_MAIN,
    );
    const engine = fakeEngine({ outcomes: racy });
    const derived = deriveAnswers(engine, exercise, { TIMES: 2 });
    expect(engine.calls.explore).toHaveLength(1);
    const [values, counts, possible] = derived.questions;
    expect(values).toMatchObject({ kind: "value-set", values: [{ value: "2" }, { value: "3" }, { value: "4" }] });
    expect(values?.kind === "value-set" && values.values[0]!.witness.schedule?.choices).toEqual(["2\n"]);
    expect(counts).toMatchObject({ kind: "count", counts: [{ count: 0 }, { count: 1 }] });
    expect(possible?.kind).toBe("possible-outputs");
    if (possible?.kind !== "possible-outputs") return;
    expect(possible.outcomes.map((o) => o.stdout)).toEqual(["4\n", "3\n", "2\n"]);
    expect(possible.choices).toHaveLength(6);
    const distractors = possible.choices.filter((choice) => !["4\n", "3\n", "2\n"].includes(choice));
    expect(distractors).toEqual(expect.arrayContaining(["5\n", "1\n"]));
    expect(derived.stats).toMatchObject({ explorations: 1, executions: 9, states: 30 });
  });

  it("derives each misconception model's answers with the model passed to the engine", () => {
    const exercise = makeExercise(`${questions(`  - { id: v, kind: value-set, prompt: "?", pattern: "^(\\\\d+)$" }\n`)}misconceptions: [atomic-statements]\n`, THREADED_MAIN);
    const engine = fakeEngine({ outcomes: racy });
    const derived = deriveAnswers(engine, exercise, { TIMES: 2 });
    expect(engine.calls.explore.map((o) => o.misconception)).toEqual([undefined, "atomic-statements"]);
    expect(derived.models).toEqual([{ misconception: "atomic-statements", questions: [expect.objectContaining({ id: "v", values: [expect.objectContaining({ value: "4" })] })] }]);
  });

  it("refuses an output question when the program has several outputs", () => {
    const exercise = makeExercise(questions(`  - { id: o, kind: output, prompt: "?" }\n`), THREADED_MAIN);
    expect(() => deriveAnswers(fakeEngine({ outcomes: racy }), exercise, { TIMES: 2 })).toThrow(
      new DeriveError("o", "an output question needs one possible output; the program has 3"),
    );
  });

  it("requires a complete exploration for questions about every outcome", () => {
    const exercise = makeExercise(questions(`  - { id: v, kind: value-set, prompt: "?", pattern: "^(\\\\d+)$" }\n`), THREADED_MAIN);
    expect(() => deriveAnswers(fakeEngine({ outcomes: racy, complete: false }), exercise, { TIMES: 2 })).toThrow(/exploration stopped early \(max executions 5 reached\)/);
  });

  it("bounds each exploration by the exercise's own explore.maxExecutions, unless the caller names a bound", () => {
    const valueSet = questions(`  - { id: v, kind: value-set, prompt: "?", pattern: "^(\\\\d+)$" }\n`);
    const bounded = makeExercise(`${valueSet}explore: { maxExecutions: 40 }\n`, THREADED_MAIN);
    const engine = fakeEngine({ outcomes: racy });
    deriveAnswers(engine, bounded, { TIMES: 2 });
    deriveAnswers(engine, bounded, { TIMES: 2 }, { maxExecutions: 900 });
    deriveAnswers(engine, makeExercise(valueSet, THREADED_MAIN), { TIMES: 2 });
    expect(engine.calls.explore.map((o) => o.maxExecutions)).toEqual([40, 900, undefined]);
  });

  it("finds a deadlock with its witness, and proves its absence only from a complete search", () => {
    const exercise = makeExercise(questions(`  - { id: d, kind: deadlock, prompt: "?" }\n`), THREADED_MAIN);
    const waiting = [{ pid: 1000, tid: 2, name: "Thread-1 (forward)", state: "blocked" as const, cpuNs: 5, waitingOn: "lock" }];
    const stuck = outcome("", { deadlock: true, waiting });
    const found = deriveAnswers(fakeEngine({ outcomes: { "": [outcome("a\n"), stuck] }, complete: false }), exercise, { TIMES: 2 });
    expect(found.questions[0]).toMatchObject({ kind: "deadlock", possible: true, witness: { deadlock: true, waiting } });
    const none = deriveAnswers(fakeEngine({ outcomes: { "": [outcome("a\n")] } }), exercise, { TIMES: 2 });
    expect(none.questions[0]).toEqual({ kind: "deadlock", id: "d", possible: false, witness: null });
    expect(() => deriveAnswers(fakeEngine({ outcomes: { "": [outcome("a\n")] }, complete: false }), exercise, { TIMES: 2 })).toThrow(DeriveError);
  });

  it("derives every possible order of the chosen lines, and rejects lines not printed exactly once", () => {
    const exercise = makeExercise(questions(`  - { id: o, kind: order, prompt: "?", lines: [a, b] }\n`), THREADED_MAIN);
    const orders = deriveAnswers(fakeEngine({ outcomes: { "": [outcome("a\nx\nb\n"), outcome("b\na\n"), outcome("x\na\nb\n")] } }), exercise, { TIMES: 2 });
    expect(orders.questions[0]).toMatchObject({ orders: [{ lines: ["a", "b"] }, { lines: ["b", "a"] }] });
    expect(() => deriveAnswers(fakeEngine({ outcomes: { "": [outcome("a\na\nb\n")] } }), exercise, { TIMES: 2 })).toThrow(/exactly once/);
  });

  it("compares two variants' wall times for faster, with their parameters in the program", () => {
    const exercise = makeExercise(
      `${questions(`  - { id: f, kind: faster, prompt: "?", a: { label: two, parameters: { TIMES: 2 } }, b: { label: three, parameters: { TIMES: 3 }, machine: { cores: 1 } } }\n`)}machine: { stdout: pipe }\n`,
      THREADED_MAIN,
    );
    const engine = fakeEngine({ run: (files, options) => runResult({ wallNs: files[0]!.text.includes("TIMES = 3") ? 3e9 : (options.cores ?? 0) * 1e9 }) });
    const derived = deriveAnswers(engine, exercise, { TIMES: 2 });
    expect(derived.questions[0]).toEqual({ kind: "faster", id: "f", aWallNs: 4e9, bWallNs: 3e9, answer: "b" });
    expect(engine.calls.run.map((o) => [o.cores, o.stdout])).toEqual([
      [4, "pipe"],
      [1, "pipe"],
    ]);
  });

  it("reads a thread's state at a time from the run's trace, finding the thread by name", () => {
    const trace = [
      { kind: "state", ns: 0, pid: 1000, tid: 1, state: "running" },
      { kind: "state", ns: 500, pid: 1000, tid: 2, state: "new" },
      { kind: "state", ns: 1_000, pid: 1000, tid: 2, state: "running" },
      { kind: "gil", ns: 1_500, pid: 1000, tid: 2, action: "release" },
      { kind: "state", ns: 2_000, pid: 1000, tid: 2, state: "blocked" },
      { kind: "state", ns: 2_500, pid: 1000, tid: 1, state: "terminated" },
    ] as RunResult["trace"];
    const threads = [
      { pid: 1000, tid: 1, name: "MainThread", state: "terminated" as const, cpuNs: 9 },
      { pid: 1000, tid: 2, name: "worker", state: "blocked" as const, cpuNs: 9 },
    ];
    const result = runResult({ trace, threads });
    expect(stateAt("s", result, "worker", 0.0000015)).toBe("running");
    expect(stateAt("s", result, "worker", 1)).toBe("blocked");
    expect(stateAt("s", result, "MainThread", 1)).toBe("terminated");
    expect(() => stateAt("s", result, "worker", 0.0000001)).toThrow(/does not exist yet/);
    expect(() => stateAt("s", result, "nobody", 1)).toThrow('no thread named "nobody" in the run (threads: MainThread, worker)');
    expect(() => stateAt("s", runResult({ trace: [] }), "worker", 1)).toThrow(/not available yet/);
  });

  it("passes the simulator's not-available error through, naming the milestone", () => {
    const exercise = makeExercise(questions(`  - { id: d, kind: deadlock, prompt: "?" }\n`), THREADED_MAIN);
    expect(() => deriveAnswers(engineFrom({}), exercise, { TIMES: 2 })).toThrow("explore is not available yet (Simulator III: exploreProgram)");
  });
});

describe("nearMisses", () => {
  it("swaps lines, nudges numbers, duplicates and drops lines — never a real outcome", () => {
    const real = ["child\nparent\n"];
    const misses = nearMisses(real, 4);
    expect(misses).toEqual(["parent\nchild\n", "child\nchild\nparent\n", "parent\n", "child\nparent\nchild\n"]);
    expect(misses).not.toContain(real[0]);
    expect(nearMisses(["6\n"], 3)).toEqual(["7\n", "6\n6\n", "5\n"]);
  });
});

describe("deriveAnswers with the real simulator (sequential programs: one run is the whole outcome set)", () => {
  const main = `import time

ROUNDS = 3

for i in range(ROUNDS):
    time.sleep(0.25)
    print("tick", i)
print("done")
`;
  const exercise = makeExercise(
    `${BASE_YAML}parameters:
  ROUNDS: [3, 2]
questions:
  - { id: out, kind: output, prompt: "?" }
  - { id: ticks, kind: count, prompt: "?", line: tick 0 }
  - { id: last, kind: value-set, prompt: "?", pattern: "^tick (\\\\d+)$" }
  - { id: order, kind: order, prompt: "?", lines: [tick 0, done] }
  - { id: time, kind: duration, prompt: "?", tolerance: 0.1 }
`,
    main,
  );

  it("derives output, count, value-set, order and duration from runs", () => {
    const derived = deriveAnswers(simEngine, exercise, { ROUNDS: 2 });
    const [out, ticks, last, order, time] = derived.questions;
    expect(out).toEqual({ kind: "output", id: "out", stdout: "tick 0\ntick 1\ndone\n" });
    expect(ticks).toMatchObject({ counts: [{ count: 1, witness: { schedule: null } }] });
    expect(last).toMatchObject({ values: [{ value: "0" }, { value: "1" }] });
    expect(order).toMatchObject({ orders: [{ lines: ["tick 0", "done"] }] });
    expect(time?.kind === "duration" && time.wallNs / 1e9).toBeGreaterThan(0.5);
    expect(time?.kind === "duration" && time.wallNs / 1e9).toBeLessThan(0.55);
    expect(derived.stats).toMatchObject({ runs: 1, explorations: 0 });
    expect(derived.engineVersion).toBe(simEngine.version);
  });

  it("gives a different variant a different fingerprint and answer", () => {
    const two = deriveAnswers(simEngine, exercise, { ROUNDS: 2 });
    const three = deriveAnswers(simEngine, exercise, { ROUNDS: 3 });
    expect(three.fingerprint).not.toBe(two.fingerprint);
    expect(three.questions[0]).toEqual({ kind: "output", id: "out", stdout: "tick 0\ntick 1\ntick 2\ndone\n" });
    expect(deriveAnswers(simEngine, exercise, { ROUNDS: 3 })).toEqual(three);
  });
});

describe("runs that end differently from CPython", () => {
  const exercise = makeExercise(`${BASE_YAML}parameters:\n  TIMES: [2, 3]\nquestions:\n  - { id: t, kind: duration, prompt: "?", tolerance: 0.1 }\n`, THREADED_MAIN);

  it("derive nothing, and name an import the simulator lacks as not supported", () => {
    const crashed = fakeEngine({ run: () => runResult({ exitCode: 1, stderr: "Traceback …\nImportError: cannot import name 'ProcessPoolExecutor' from 'concurrent.futures'\n" }) });
    expect(() => deriveAnswers(crashed, exercise, { TIMES: 2 })).toThrow(
      new MismatchError(
        "the simulated program exits with code 1 where CPython exits with 0 (ImportError: cannot import name 'ProcessPoolExecutor' from 'concurrent.futures') — not supported by the simulator yet",
      ),
    );
    const failed = fakeEngine({ run: () => runResult({ exitCode: 1, stderr: "ZeroDivisionError: division by zero\n" }) });
    expect(() => deriveAnswers(failed, exercise, { TIMES: 2 })).toThrow("the simulated program exits with code 1 where CPython exits with 0 (ZeroDivisionError: division by zero)");
  });

  it("check explored outcomes too, except deadlocks, with a run's stderr to say why", () => {
    const outputs = makeExercise(`${BASE_YAML}questions:\n  - { id: p, kind: possible-outputs, prompt: "?" }\n`, THREADED_MAIN);
    const outcomes = { "": [outcome("a\n"), outcome("", { deadlock: true, exitCode: -1 }), outcome("b\n", { exitCode: 3 })] };
    const engine = fakeEngine({ outcomes, run: () => runResult() });
    expect(() => deriveAnswers(engine, outputs, {})).toThrow("the simulated program exits with code 3 where CPython exits with 0");
    const importing = fakeEngine({ outcomes, run: () => runResult({ exitCode: 1, stderr: "ImportError: cannot import name 'X' from 'y'\n" }) });
    expect(() => deriveAnswers(importing, outputs, {})).toThrow(/\(ImportError: cannot import name 'X' from 'y'\) — not supported by the simulator yet$/);
  });
});
