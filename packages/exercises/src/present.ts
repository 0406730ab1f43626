// Helpers for the callers (platform, CLI): a learner's variant, a CLI seed's variant, and a grade
// result as text.
import type { GradeResult } from "./grade.ts";
import type { Exercise, ParameterValues } from "./schema.ts";
import { allParameterCombinations, chooseParameters } from "./variants.ts";

/** The parameter values a learner gets for an exercise in an assignment (pinned to the exercise's version). */
export function learnerParameters(exercise: Exercise, learnerId: string, assignmentId: string): ParameterValues {
  return chooseParameters(exercise.spec, { exerciseVersion: exercise.version, learnerId, assignmentId });
}

/**
 * `--variant SEED` for the CLI: combination number SEED (modulo their count) in the order
 * allParameterCombinations lists them, so 0 is the default variant (every first allowed value).
 */
export function parametersForSeed(exercise: Exercise, seed: number): ParameterValues {
  const combos = allParameterCombinations(exercise.spec);
  return combos[((seed % combos.length) + combos.length) % combos.length]!;
}

/** "Score 2.5 / 4", then one block per question: mark, score, feedback, misconception, missed outcomes. */
export function formatGradeResult(exercise: Exercise, result: GradeResult): string {
  const lines = [`${exercise.spec.title}: score ${result.score} / ${result.maxScore}`];
  for (const question of result.questions) {
    const mark = question.correct ? "✓" : question.score > 0 ? "~" : "✗";
    lines.push("", `${mark} ${question.id} (${question.kind}): ${question.score} / ${question.max}`, `  ${question.feedback}`);
    if (question.misconception) lines.push(`  misconception: ${question.misconception}`);
    for (const missed of question.missed) {
      const how = missed.schedule ? `schedule of ${missed.schedule.choices.length} choices` : "the program's only run";
      lines.push(`  missed ${JSON.stringify(missed.outcome)} — reached by ${how}`);
    }
  }
  return lines.join("\n");
}

