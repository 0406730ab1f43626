// `interleave grade EXERCISE --answers FILE.json [--variant SEED] [--json]`: derives the exercise's
// answers for one variant by simulating it, then grades the answers file against them.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  DeriveError,
  ExerciseFormatError,
  MismatchError,
  deriveAnswers,
  formatGradeResult,
  grade,
  parametersForSeed,
  parseAnswers,
  simEngine,
  type Answers,
  type Exercise,
  type ParameterValues,
} from "@interleave/exercises";
import { loadExercise } from "@interleave/exercises/node";
import type { CommandArgs } from "../args.ts";
import { EXIT, UsageError } from "../errors.ts";
import { describeReadError } from "../files.ts";
import type { Io } from "../io.ts";

export function gradeCommand(args: CommandArgs, io: Io): number {
  const { answers: answersPath, variant = 0, json } = args.flags;
  if (answersPath === undefined) throw new UsageError("--answers FILE.json is required", true);
  const exercise = readExercise(args.positionals[0] ?? "", io.cwd);
  const answers = readAnswers(exercise, answersPath, io.cwd);
  const parameters = parametersForSeed(exercise, variant);
  const result = grade(exercise, deriveFor(exercise, parameters), answers);
  if (json) {
    io.out(JSON.stringify({ exercise: exercise.slug, version: exercise.version, variant, parameters, ...result }, null, 2) + "\n");
  } else {
    io.out(`${variantLine(variant, parameters)}${formatGradeResult(exercise, result)}\n`);
  }
  return EXIT.ok;
}

/** An exercise folder, or a slug of the bank in ./exercises. */
function readExercise(argument: string, cwd: string): Exercise {
  const direct = resolve(cwd, argument);
  const inBank = resolve(cwd, "exercises", argument);
  const folder = [direct, inBank].find((candidate) => existsSync(join(candidate, "exercise.yaml")));
  if (!folder) throw new UsageError(`${argument} is not an exercise: no ${join(argument, "exercise.yaml")} (nor in exercises/)`);
  try {
    return loadExercise(folder);
  } catch (error) {
    if (error instanceof ExerciseFormatError) throw new UsageError(`${argument} is not a valid exercise:\n  ${error.errors.join("\n  ")}`);
    throw error;
  }
}

function readAnswers(exercise: Exercise, path: string, cwd: string): Answers {
  const parsed = parseAnswers(exercise, parseJsonFile(path, cwd));
  if (!parsed.ok) throw new UsageError(`${path} does not answer ${exercise.slug}'s questions:\n  ${parsed.errors.join("\n  ")}`);
  return parsed.value;
}

function parseJsonFile(path: string, cwd: string): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read answers ${path}: ${describeReadError(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}${jsonErrorPlace(text, error)} is not valid JSON: ${(error as Error).message}`);
  }
}

/** ":3:7" (line and column) when the JSON error names a position in the text. */
export function jsonErrorPlace(text: string, error: unknown): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  if (position === undefined) return "";
  const before = text.slice(0, Number(position)).split("\n");
  return `:${before.length}:${before.at(-1)!.length + 1}`;
}

/** Simulation problems of the exercise itself (not of the answers) are reported as such. */
function deriveFor(exercise: Exercise, parameters: ParameterValues) {
  try {
    return deriveAnswers(simEngine, exercise, parameters);
  } catch (error) {
    if (error instanceof DeriveError || error instanceof MismatchError) {
      throw new UsageError(`cannot derive the answers of ${exercise.slug} (${JSON.stringify(parameters)}): ${error.message} (interleave check shows it too)`);
    }
    throw error;
  }
}

function variantLine(seed: number, parameters: ParameterValues): string {
  const values = Object.entries(parameters).map(([name, value]) => `${name} = ${JSON.stringify(value)}`);
  return values.length ? `variant ${seed}: ${values.join(", ")}\n` : "";
}
