// Identity of derived answers and of exercise versions. Derived answers are cached per fingerprint:
// anything that can change an answer (engine, program, machine, parameter values, questions,
// misconception models) is in it; nothing else is (the wording of prompts and explanations, points).
import type { ExerciseSpec, ParameterValues, Question, SourceFileText } from "./schema.ts";
import { canonicalJson, sha256Hex } from "./sha256.ts";

export interface FingerprintInput {
  engineVersion: string;
  files: readonly SourceFileText[];
  spec: Pick<ExerciseSpec, "machine" | "questions" | "misconceptions">;
  parameters: ParameterValues;
}

/** sha256 of the canonical JSON of everything the derived answers depend on. */
export function fingerprint(input: FingerprintInput): string {
  return sha256Hex(
    canonicalJson({
      engine: input.engineVersion,
      files: input.files.map((file) => [file.name, file.text]),
      machine: input.spec.machine,
      parameters: input.parameters,
      questions: input.spec.questions.map(answerRelevant),
      misconceptions: input.spec.misconceptions,
    }),
  );
}

/** A question without what only the learner sees or the score weighs: its prompt and points. */
function answerRelevant(question: Question): Omit<Question, "prompt" | "points"> {
  const { prompt: _prompt, points: _points, ...rest } = question;
  return rest;
}

/**
 * An exercise's version: the hash of its folder (every file's name and bytes, sorted by name). Any
 * edit, even to the wording, makes a new version; attempts keep the version they were made on.
 */
export function exerciseVersion(folderFiles: readonly SourceFileText[]): string {
  const sorted = [...folderFiles].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return sha256Hex(canonicalJson(sorted.map((file) => [file.name, file.text]))).slice(0, 16);
}
