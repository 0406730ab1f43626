// What an exercise asks of the simulator: which entry points, modules, models and misconception
// options. The bank check reports it, so the simulator's milestones can be matched to exercises.
import type { Misconception, Model, StdoutMode } from "@interleave/sim";
import { importedModules, isSequentialProgram } from "./imports.ts";
import type { Exercise, Question } from "./schema.ts";

export interface SimulatorNeeds {
  /** run: realistic runs (duration, faster, state-at; every question of a sequential program). explore: outcome sets. */
  entryPoints: ("run" | "explore")[];
  /** Imported modules that bring threads, processes, pipes or randomness. */
  modules: string[];
  models: Model[];
  stdoutModes: StdoutMode[];
  misconceptions: Misconception[];
  /** state-at reads thread-state events from a run's trace. */
  threadStateTrace: boolean;
}

const RUN_KINDS = new Set<Question["kind"]>(["duration", "faster", "state-at"]);
const WATCHED_MODULES = ["threading", "multiprocessing", "concurrent", "os", "queue", "random", "sys", "time"];

export function simulatorNeeds(exercise: Exercise): SimulatorNeeds {
  const { spec, files } = exercise;
  const sequential = isSequentialProgram(files);
  const entryPoints = new Set<"run" | "explore">();
  const models = new Set<Model>([spec.machine.model]);
  const stdoutModes = new Set<StdoutMode>([spec.machine.stdout]);
  for (const question of spec.questions) {
    entryPoints.add(RUN_KINDS.has(question.kind) || sequential ? "run" : "explore");
    if (question.kind !== "faster") continue;
    for (const side of [question.a, question.b]) {
      if (side.machine.model) models.add(side.machine.model);
      if (side.machine.stdout) stdoutModes.add(side.machine.stdout);
    }
  }
  return {
    entryPoints: [...entryPoints].sort(),
    modules: importedModules(files.map((file) => file.text)).filter((name) => WATCHED_MODULES.includes(name)),
    models: [...models],
    stdoutModes: [...stdoutModes],
    misconceptions: [...spec.misconceptions],
    threadStateTrace: spec.questions.some((question) => question.kind === "state-at"),
  };
}

/** "explore; threading, os; gil-legacy; pipe; misconceptions: atomic-statements; thread-state trace" */
export function formatNeeds(needs: SimulatorNeeds): string {
  const parts = [needs.entryPoints.join("+")];
  if (needs.modules.length) parts.push(needs.modules.join(", "));
  const unusual = [...needs.models.filter((m) => m !== "gil"), ...needs.stdoutModes.filter((s) => s !== "terminal")];
  if (unusual.length) parts.push(unusual.join(", "));
  if (needs.misconceptions.length) parts.push(`misconceptions: ${needs.misconceptions.join(", ")}`);
  if (needs.threadStateTrace) parts.push("thread-state trace");
  return parts.join("; ");
}
