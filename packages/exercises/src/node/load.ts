import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { Exercise } from "../schema.ts";
import { ExerciseFormatError } from "../schema.ts";
import { buildExercise } from "../build.ts";

/** Reads and validates one exercise folder; throws ExerciseFormatError listing every problem. */
export function loadExercise(dir: string): Exercise {
  const display = relative(process.cwd(), dir) || dir;
  const yamlPath = join(dir, "exercise.yaml");
  let yaml: string;
  try {
    yaml = readFileSync(yamlPath, "utf8");
  } catch {
    throw new ExerciseFormatError([`${display}/exercise.yaml: cannot be read`]);
  }
  const pythonFiles = readdirSync(dir)
    .filter((name) => name.endsWith(".py"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
  const built = buildExercise({ slug: basename(dir), path: display, yaml, pythonFiles });
  if (!built.ok) throw new ExerciseFormatError(built.errors);
  return built.value;
}

export interface LoadedBank {
  exercises: Exercise[];
  /** Folders that failed to load, with their errors. */
  failures: { slug: string; errors: string[] }[];
}

/** Loads every exercise folder under root (sorted by name); a bad folder is reported, not fatal. */
export function loadBank(root: string): LoadedBank {
  const bank: LoadedBank = { exercises: [], failures: [] };
  const slugs = readdirSync(root)
    .filter((name) => !name.startsWith(".") && statSync(join(root, name)).isDirectory())
    .sort();
  for (const slug of slugs) {
    try {
      bank.exercises.push(loadExercise(join(root, slug)));
    } catch (error) {
      const errors = error instanceof ExerciseFormatError ? error.errors : [String(error)];
      bank.failures.push({ slug, errors });
    }
  }
  return bank;
}
