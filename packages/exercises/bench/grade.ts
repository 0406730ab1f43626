// Grading with cached derived answers must take well under 5 ms; deriving the whole bank is
// reported (total and slowest exercise). Run: pnpm bench (from packages/exercises).
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { DerivedAnswers, Witness } from "../src/derive.ts";
import { simEngine } from "../src/engine.ts";
import { fingerprint } from "../src/fingerprint.ts";
import { canonicalAnswer, grade, parseAnswers } from "../src/grade.ts";
import type { Exercise } from "../src/schema.ts";
import { checkBank } from "../src/node/index.ts";
import { everyKindExercise } from "../test/helpers.ts";

const BANK = join(import.meta.dirname, "../../../exercises");

function syntheticDerived(exercise: Exercise): DerivedAnswers {
  const schedule = { engine: "bench", model: "gil" as const, cores: 4, stdout: "terminal" as const, choices: Array.from({ length: 200 }, (_, i) => `1000:${i % 3}`) };
  const witness = (stdout: string): Witness => ({ stdout, exitCode: 0, deadlock: false, schedule });
  const values = Array.from({ length: 12 }, (_, i) => ({ value: String(i), witness: witness(`${i}\n`) }));
  const orders = ["abc", "bac", "acb", "cab"].map((o) => ({ lines: [...o], witness: witness([...o].join("\n")) }));
  return {
    slug: exercise.slug,
    exerciseVersion: exercise.version,
    engineVersion: "bench",
    fingerprint: fingerprint({ engineVersion: "bench", files: exercise.files, spec: exercise.spec, parameters: { TIMES: 2 } }),
    parameters: { TIMES: 2 },
    stats: { runs: 3, explorations: 1, incomplete: 0, executions: 100, states: 1000 },
    questions: [
      { kind: "output", id: "output", stdout: "line\n".repeat(40) },
      { kind: "possible-outputs", id: "possible", outcomes: values.map((v) => v.witness), choices: [...values.map((v) => v.witness.stdout), "12\n", "-1\n", "13\n", "99\n"] },
      { kind: "value-set", id: "values", values },
      { kind: "count", id: "count", counts: [1, 2, 4].map((count) => ({ count, witness: witness("hello\n".repeat(count)) })) },
      { kind: "duration", id: "duration", wallNs: 2e9 },
      { kind: "faster", id: "faster", aWallNs: 4e9, bWallNs: 2e9, answer: "b" },
      { kind: "deadlock", id: "deadlock", possible: true, witness: { ...witness(""), deadlock: true, waiting: [] } },
      { kind: "order", id: "order", orders },
      { kind: "state-at", id: "state", state: "blocked" },
    ],
    models: [
      { misconception: "atomic-statements", questions: [{ kind: "value-set", id: "values", values: values.slice(-1) }] },
      { misconception: "threads-sequential", questions: [{ kind: "duration", id: "duration", wallNs: 8e9 }] },
    ],
  };
}

/** Wrong-ish answers: they go through feedback, missed outcomes and misconception matching. */
const SUBMISSION = {
  output: "line\n".repeat(39),
  possible: ["0\n", "1\n", "12\n"],
  values: ["11"],
  count: [1, 3],
  duration: 8,
  faster: "a",
  deadlock: false,
  order: ["c", "b", "a"],
  state: "running",
};

function timeGrading(label: string, exercise: Exercise, derived: DerivedAnswers, input: unknown, rounds: number): void {
  const times: number[] = [];
  const warmUp = 200; // the first gradings include JIT compilation: measured separately from the steady state
  for (let i = 0; i < rounds + warmUp; i++) {
    const start = performance.now();
    const parsed = parseAnswers(exercise, input);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    grade(exercise, derived, parsed.value);
    if (i >= warmUp) times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  console.log(`${label.padEnd(56)} median ${at(0.5)} ms  p95 ${at(0.95)} ms  p99 ${at(0.99)} ms  max ${at(1)} ms  (${rounds} gradings; target < 5 ms)`);
}

const exercise = everyKindExercise();
timeGrading("grade: all 9 kinds, 2 models (synthetic)", exercise, syntheticDerived(exercise), SUBMISSION, 5000);

// The whole bank from scratch, once: every variant of every exercise, with its misconception models.
const firstDerived = new Map<string, { exercise: Exercise; derived: DerivedAnswers }>();
const start = performance.now();
const rows = checkBank(BANK, simEngine, {
  onDerived: (bankExercise, derived) => {
    if (!firstDerived.has(bankExercise.slug)) firstDerived.set(bankExercise.slug, { exercise: bankExercise, derived });
  },
});
const total = performance.now() - start;
const derivedRows = rows.filter((row) => row.status === "ok");
const slowest = [...rows].sort((x, y) => y.timeMs - x.timeMs).slice(0, 5);
console.log(
  `derive the whole bank from scratch (every variant, every misconception model): ${(total / 1000).toFixed(1)} s for ${rows.length} exercises ` +
    `(${derivedRows.length} ok, ${rows.length - derivedRows.length} waiting on the simulator or failing)`,
);
console.log(`slowest: ${slowest.map((row) => `${row.exercise} ${(row.timeMs / 1000).toFixed(1)} s (${row.variants} variant${row.variants === 1 ? "" : "s"}, ${row.states} states${row.status === "ok" ? "" : `, ${row.status}`})`).join("; ")}`);

// Grading the bank's own derived answers (the first variant of each ok exercise), as the platform does from its cache.
for (const row of derivedRows) {
  const { exercise: bankExercise, derived } = firstDerived.get(row.exercise)!;
  const answers = Object.fromEntries(derived.questions.map((q) => [q.id, canonicalAnswer(q)]));
  timeGrading(`grade: ${row.exercise} (bank, derived by the simulator)`, bankExercise, derived, answers, 2000);
}
