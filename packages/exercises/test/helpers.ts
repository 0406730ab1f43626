// Test doubles: a fake engine that answers from data (exact outcome sets, incomplete searches,
// missing entry points) and a small exercise builder.
import type { ExploreOptions, ExploreOutcome, ExploreResult, RunOptions, RunResult, Schedule, SourceFile } from "@interleave/sim";
import type { Engine } from "../src/engine.ts";
import { notAvailableYet } from "../src/engine.ts";
import { buildExercise } from "../src/build.ts";
import type { Exercise } from "../src/schema.ts";

export function schedule(...choices: string[]): Schedule {
  return { engine: "test", model: "gil", cores: 4, stdout: "terminal", choices };
}

export function outcome(stdout: string, extra: Partial<ExploreOutcome> = {}): ExploreOutcome {
  return { stdout, exitCode: 0, deadlock: false, executions: 1, preemptions: 0, schedule: schedule(stdout), ...extra };
}

export function runResult(extra: Partial<RunResult> = {}): RunResult {
  return { stdout: "", stderr: "", exitCode: 0, deadlock: false, timedOut: false, wallNs: 1_000_000, processes: [], threads: [], instructions: 10, ...extra };
}

export interface FakeEngineSpec {
  /** Outcome stdouts per misconception ("" = the real model). */
  outcomes?: Record<string, ExploreOutcome[]>;
  complete?: boolean;
  run?: (files: SourceFile[], options: RunOptions) => RunResult;
}

/** An engine whose explore answers from data and whose run calls the given function. */
export function fakeEngine(spec: FakeEngineSpec): Engine & { calls: { explore: ExploreOptions[]; run: RunOptions[] } } {
  const calls = { explore: [] as ExploreOptions[], run: [] as RunOptions[] };
  return {
    version: "fake-1",
    calls,
    run(files, options) {
      calls.run.push(options);
      if (!spec.run) throw notAvailableYet("run", "test");
      return spec.run(files, options);
    },
    sample() {
      throw notAvailableYet("sample", "test");
    },
    explore(_files, options): ExploreResult {
      calls.explore.push(options);
      const outcomes = spec.outcomes?.[options.misconception ?? ""] ?? [];
      return { complete: spec.complete ?? true, executions: outcomes.length * 3, states: outcomes.length * 10, outcomes, ...(spec.complete === false ? { stoppedBy: "max executions 5 reached" } : {}) };
    },
  };
}

/** An exercise from YAML text and a main.py (failing the test on a format error). */
export function makeExercise(yaml: string, main: string, slug = "sample"): Exercise {
  const built = buildExercise({ slug, path: `exercises/${slug}`, yaml, pythonFiles: [{ name: "main.py", text: main }] });
  if (!built.ok) throw new Error(built.errors.join("\n"));
  return built.value;
}

export const THREADED_MAIN = "import threading\n\nTIMES = 2\n\nprint(TIMES)\n";

export const BASE_YAML = `
title: Sample
summary: A sample exercise.
concepts: [race-condition]
difficulty: 2
prompt: What happens?
explanation: This happens.
`;

/** An exercise with one question of every kind and two misconception models (grading tests, bench). */
export function everyKindExercise(): Exercise {
  return makeExercise(
    `${BASE_YAML}parameters:
  TIMES: [2, 3]
misconceptions: [atomic-statements, threads-sequential]
questions:
  - { id: output, kind: output, prompt: "?" }
  - { id: possible, kind: possible-outputs, prompt: "?", distractors: 2 }
  - { id: values, kind: value-set, prompt: "?", pattern: "^(\\\\d+)$" }
  - { id: count, kind: count, prompt: "?", line: hello }
  - { id: duration, kind: duration, prompt: "?", tolerance: 0.1 }
  - { id: faster, kind: faster, prompt: "?", a: { label: threads, parameters: { TIMES: 2 } }, b: { label: processes, parameters: { TIMES: 3 } } }
  - { id: deadlock, kind: deadlock, prompt: "?" }
  - { id: order, kind: order, prompt: "?", lines: [a, b, c] }
  - { id: state, kind: state-at, prompt: "?", thread: worker, at: 0.1 }
`,
    THREADED_MAIN,
  );
}
