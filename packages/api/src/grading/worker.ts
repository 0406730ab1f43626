// Runs in a worker thread: derivation (a simulation, possibly long). The main thread never simulates,
// so a heavy or runaway exercise cannot stall the server; grading (fast, pure) happens there.
import type { DerivedAnswers, Exercise, ParameterValues } from "@interleave/exercises";
import { deriveAnswers, simEngine } from "@interleave/exercises";

export type GradingJob =
  | { kind: "derive"; exercise: Exercise; parameters: ParameterValues; timeBudgetMs: number }
  /** Test hooks: a job that never ends on its own, and one that kills its thread. */
  | { kind: "spin" }
  | { kind: "crash" }
  | { kind: "warm-up" };

export type GradingJobResult = DerivedAnswers | null;

export default function runJob(job: GradingJob): GradingJobResult {
  switch (job.kind) {
    case "derive":
      return deriveAnswers(simEngine, job.exercise, job.parameters, { now: () => performance.now(), timeBudgetMs: job.timeBudgetMs });
    case "spin":
      for (;;) {
        // busy on purpose: only terminating the thread stops it
      }
    case "crash":
      return process.exit(3); // in a worker thread this ends the thread, not the server
    case "warm-up":
      return null;
  }
}
