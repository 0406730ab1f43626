import { describe, expect, it } from "vitest";
import { SimulatorError } from "@interleave/sim";
import { DEFAULT_HANG_GUARD_MS, checkExercise, formatCheckTable } from "../src/node/check.ts";
import type { CheckRow } from "../src/node/check.ts";
import { BASE_YAML, THREADED_MAIN, fakeEngine, makeExercise, outcome } from "./helpers.ts";

const exercise = makeExercise(
  `${BASE_YAML}parameters:\n  TIMES: [2, 3]\nquestions:\n  - { id: p, kind: possible-outputs, prompt: "?" }\n  - { id: d, kind: deadlock, prompt: "?" }\n`,
  THREADED_MAIN,
  "racy",
);

describe("checkExercise", () => {
  it("derives every variant and sums the explorer's work", () => {
    const derivedFor: unknown[] = [];
    const row = checkExercise(exercise, fakeEngine({ outcomes: { "": [outcome("2\n"), outcome("3\n")] } }), {
      onDerived: (_exercise, derived) => derivedFor.push(derived.parameters),
    });
    expect(row).toMatchObject({ exercise: "racy", questions: 2, variants: 2, states: 40, executions: 12, status: "ok", needs: "explore; threading" });
    expect(row.error).toBeUndefined();
    expect(derivedFor).toEqual([{ TIMES: 2 }, { TIMES: 3 }]);
  });

  it("tells a missing simulator feature from a real failure", () => {
    const broken = checkExercise(exercise, fakeEngine({ outcomes: {} }));
    expect(broken).toMatchObject({ status: "error", error: "the explorer reported no outcome at all" });
    const unavailable = checkExercise(exercise, {
      ...fakeEngine({}),
      explore: () => {
        throw new SimulatorError("explore is not available yet (Simulator III: exploreProgram)");
      },
    });
    expect(unavailable).toMatchObject({ status: "unavailable", error: "SimulatorError: explore is not available yet (Simulator III: exploreProgram)" });
    const incomplete = checkExercise(exercise, fakeEngine({ outcomes: { "": [outcome("2\n")] }, complete: false }));
    expect(incomplete).toMatchObject({ status: "error", error: expect.stringContaining("exploration stopped early") });
  });

  it("fails an exercise whose exploration was cut short, even when its answers did not need all outcomes", () => {
    const deadlockOnly = makeExercise(`${BASE_YAML}questions:\n  - { id: d, kind: deadlock, prompt: "?" }\n`, THREADED_MAIN, "stuck");
    const row = checkExercise(deadlockOnly, fakeEngine({ outcomes: { "": [outcome("", { deadlock: true })] }, complete: false }));
    expect(row).toMatchObject({ status: "error", error: "exploration incomplete for {}: raise the bounds or shrink the program" });
  });

  it("flags a misconception model that gives the program's own answers in every variant", () => {
    const modelled = makeExercise(
      `${BASE_YAML}parameters:\n  TIMES: [2, 3]\nmisconceptions: [atomic-statements, threads-sequential]\nquestions:\n  - { id: p, kind: possible-outputs, prompt: "?" }\n`,
      THREADED_MAIN,
      "modelled",
    );
    const racy = [outcome("2\n"), outcome("3\n"), outcome("4\n")];
    const engine = fakeEngine({ outcomes: { "": racy, "atomic-statements": [outcome("4\n")], "threads-sequential": racy } });
    expect(checkExercise(modelled, engine)).toMatchObject({
      status: "unavailable",
      error: expect.stringMatching(/^misconception threads-sequential: its answers equal the program's own in every variant/),
    });
  });

  it("bounds explorations deterministically and keeps real time only as a hang guard, named when it fires", () => {
    const engine = fakeEngine({ outcomes: { "": [outcome("2\n")] } });
    expect(checkExercise(exercise, engine, { maxExecutions: 7, maxStates: 70 }).status).toBe("ok");
    expect(engine.calls.explore[0]).toMatchObject({ maxExecutions: 7, maxStates: 70, maxRealMs: DEFAULT_HANG_GUARD_MS });
    const hanging = fakeEngine({});
    hanging.explore = (_files, options) => ({
      complete: false,
      stoppedBy: `real-time budget of ${options.maxRealMs} ms exhausted`,
      executions: 1,
      states: 1,
      outcomes: [outcome("2\n")],
    });
    expect(checkExercise(exercise, hanging, { hangGuardMs: 1000 })).toMatchObject({
      status: "error",
      error: expect.stringMatching(/^hang guard: a simulation was still going after 1000 ms of real time \(.*real-time budget of 1000 ms exhausted/),
    });
  });
});

describe("formatCheckTable", () => {
  it("prints one aligned row per exercise and a summary", () => {
    const rows: CheckRow[] = [
      { exercise: "io-sequential", questions: 2, variants: 4, states: 0, executions: 0, timeMs: 54, status: "ok", needs: "run" },
      { exercise: "race-call", questions: 1, variants: 2, states: 1234, executions: 99, timeMs: 1500, status: "unavailable", error: "SimulatorError: explore is not available yet (Simulator III)", needs: "explore" },
      { exercise: "broken", questions: 0, variants: 0, states: 0, executions: 0, timeMs: 0, status: "error", error: "a.yaml: title: expected a string\na.yaml: x", needs: "" },
    ];
    expect(formatCheckTable(rows)).toBe(
      [
        "exercise       questions  variants  states     time  status",
        "io-sequential          2         4       0    54 ms  ok",
        "race-call              1         2    1234  1500 ms  waiting: SimulatorError: explore is not available yet (Simulator III)",
        "broken                 0         0       0     0 ms  FAILED: a.yaml: title: expected a string (+1 more)",
        "",
        "3 exercises: 1 ok, 1 waiting on the simulator, 1 failed",
      ].join("\n"),
    );
  });
});
