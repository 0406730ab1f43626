// `interleave check`: every exercise parses, every variant simulates, every answer derives within the
// simulator's deterministic bounds (executions, states, instructions), every distractor is impossible.
// One row per exercise for a table. Real time is only read for the report and as a hang guard.
import { performance } from "node:perf_hooks";
import type { Engine } from "../engine.ts";
import { isUnavailable } from "../engine.ts";
import type { DerivedAnswers, DeriveOptions } from "../derive.ts";
import { deriveAnswers } from "../derive.ts";
import type { Exercise } from "../schema.ts";
import type { Misconception } from "@interleave/sim";
import { silentMisconceptions } from "../grade.ts";
import { formatNeeds, simulatorNeeds } from "../needs.ts";
import { allParameterCombinations } from "../variants.ts";
import { loadBank } from "./load.ts";

/** ok; unavailable = the simulator lacks a feature it needs yet (named in error); error = a real failure. */
export type CheckStatus = "ok" | "unavailable" | "error";

export interface CheckRow {
  exercise: string;
  questions: number;
  variants: number;
  /** Simulator work: states the explorer visited (0 when answers came from runs alone). */
  states: number;
  executions: number;
  timeMs: number;
  status: CheckStatus;
  error?: string;
  /** What the exercise asks of the simulator ("explore; threading; misconceptions: …"). */
  needs: string;
}

export interface CheckOptions {
  /** Deterministic bounds of each exploration (the simulator's defaults otherwise). */
  maxExecutions?: number;
  maxStates?: number;
  /**
   * A guard against a hang, not a budget: a simulation still going after this much real time stops,
   * and its exercise fails naming the guard. Completeness never depends on it. Default 10 minutes.
   */
  hangGuardMs?: number;
  /** Called before each exercise of a bank is checked (a progress display). */
  onExercise?: (slug: string, index: number, total: number) => void;
  /** Called with each variant's derived answers (the bench grades them without deriving again). */
  onDerived?: (exercise: Exercise, derived: DerivedAnswers) => void;
}

export const DEFAULT_HANG_GUARD_MS = 600_000;

export function checkBank(root: string, engine: Engine, options: CheckOptions = {}): CheckRow[] {
  const bank = loadBank(root);
  const rows = bank.exercises.map((exercise, index) => {
    options.onExercise?.(exercise.slug, index, bank.exercises.length);
    return checkExercise(exercise, engine, options);
  });
  for (const failure of bank.failures) {
    rows.push({ exercise: failure.slug, questions: 0, variants: 0, states: 0, executions: 0, timeMs: 0, status: "error", error: failure.errors.join("\n"), needs: "" });
  }
  return rows.sort((x, y) => (x.exercise < y.exercise ? -1 : 1));
}

export function checkExercise(exercise: Exercise, engine: Engine, options: CheckOptions = {}): CheckRow {
  const variants = allParameterCombinations(exercise.spec);
  const row: CheckRow = { exercise: exercise.slug, questions: exercise.spec.questions.length, variants: variants.length, states: 0, executions: 0, timeMs: 0, status: "ok", needs: formatNeeds(simulatorNeeds(exercise)) };
  const start = performance.now();
  let silent: Misconception[] | null = null;
  try {
    for (const parameters of variants) {
      const derived = deriveAnswers(engine, exercise, parameters, deriveOptions(options));
      options.onDerived?.(exercise, derived);
      row.states += derived.stats.states;
      row.executions += derived.stats.executions;
      // Even answers that one found outcome proves (a possible deadlock) must come from a complete search.
      if (derived.stats.incomplete > 0) throw new Error(`exploration incomplete for ${JSON.stringify(parameters)}: raise the bounds or shrink the program`);
      checkDistractors(derived);
      const silentHere = silentMisconceptions(exercise, derived);
      silent = silent ? silent.filter((m) => silentHere.includes(m)) : silentHere;
    }
    if (silent?.length) {
      throw new Error(
        `misconception ${silent.join(", ")}: its answers equal the program's own in every variant, so it can tag nothing — ` +
          "either RunOptions.misconception is not available yet in the simulator, or the exercise should not list it",
      );
    }
  } catch (error) {
    row.status = isUnavailable(error) ? "unavailable" : "error";
    row.error = errorText(error, options.hangGuardMs ?? DEFAULT_HANG_GUARD_MS);
  }
  row.timeMs = Math.round(performance.now() - start);
  return row;
}

function deriveOptions(options: CheckOptions): DeriveOptions {
  const derive: DeriveOptions = { now: () => performance.now(), timeBudgetMs: options.hangGuardMs ?? DEFAULT_HANG_GUARD_MS };
  if (options.maxExecutions) derive.maxExecutions = options.maxExecutions;
  if (options.maxStates) derive.maxStates = options.maxStates;
  return derive;
}

/** The error's own text; a simulation the hang guard stopped says so, since it is no answer about the program. */
function errorText(error: unknown, hangGuardMs: number): string {
  const text = error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
  const guard = `real-time budget of ${hangGuardMs} ms`;
  return text.includes(guard) ? `hang guard: a simulation was still going after ${hangGuardMs} ms of real time (${text})` : text;
}

/** Every choice that is not a real outcome must be impossible; a repeated choice would be confusing. */
function checkDistractors(derived: DerivedAnswers): void {
  for (const question of derived.questions) {
    if (question.kind !== "possible-outputs") continue;
    if (new Set(question.choices).size !== question.choices.length) throw new Error(`question ${question.id}: repeated choices`);
    const real = new Set(question.outcomes.map((o) => o.stdout));
    const missing = [...real].filter((stdout) => !question.choices.includes(stdout));
    if (missing.length) throw new Error(`question ${question.id}: a possible output is not among the choices`);
  }
}

/** A plain-text table, one row per exercise, then a summary line. */
export function formatCheckTable(rows: readonly CheckRow[]): string {
  const header = ["exercise", "questions", "variants", "states", "time", "status"];
  const body = rows.map((row) => [row.exercise, String(row.questions), String(row.variants), String(row.states), `${row.timeMs} ms`, statusText(row)]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.split("\n")[0]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : i >= 1 && i <= 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  const count = (status: CheckStatus) => rows.filter((row) => row.status === status).length;
  const summary = `${rows.length} exercises: ${count("ok")} ok, ${count("unavailable")} waiting on the simulator, ${count("error")} failed`;
  return [line(header), ...body.map(line), "", summary].join("\n");
}

function statusText(row: CheckRow): string {
  if (row.status === "ok") return "ok";
  const first = (row.error ?? "").split("\n");
  const text = first.length > 1 ? `${first[0]} (+${first.length - 1} more)` : first[0];
  return `${row.status === "unavailable" ? "waiting" : "FAILED"}: ${text}`;
}
