// Turning an exercise folder's texts (however they were read: disk, database, upload) into a
// validated Exercise. YAML is parsed here so the browser and the server validate identically.
import { parse as parseYaml, YAMLParseError } from "yaml";
import { exerciseVersion } from "./fingerprint.ts";
import type { Exercise, ParseResult, SourceFileText } from "./schema.ts";
import { exerciseId, parseExerciseSpec } from "./schema.ts";
import { checkParameters } from "./variants.ts";

export interface ExerciseFolder {
  slug: string;
  /** How errors name the folder, e.g. "exercises/race". */
  path: string;
  yaml: string;
  /** The folder's .py files; main.py must be among them. */
  pythonFiles: SourceFileText[];
}

/** Validates an exercise folder; every problem is one "path/file: field: message" line. */
export function buildExercise(folder: ExerciseFolder): ParseResult<Exercise> {
  const yamlName = `${folder.path}/exercise.yaml`;
  const errors: string[] = [];
  if (!exerciseId.safeParse(folder.slug).success) errors.push(`${folder.path}: the folder name must be lowercase words joined by hyphens`);
  const main = folder.pythonFiles.find((file) => file.name === "main.py");
  if (!main) errors.push(`${folder.path}: no main.py`);
  let data: unknown;
  try {
    data = parseYaml(folder.yaml);
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split("\n")[0] : String(error);
    return { ok: false, errors: [...errors, `${yamlName}: ${message}`] };
  }
  const spec = parseExerciseSpec(data, yamlName);
  if (!spec.ok) return { ok: false, errors: [...errors, ...spec.errors] };
  if (main) errors.push(...checkParameters(spec.value, main.text).map((error) => `${yamlName}: ${error}`));
  if (errors.length) return { ok: false, errors };
  const others = folder.pythonFiles.filter((file) => file.name !== "main.py").sort((x, y) => (x.name < y.name ? -1 : 1));
  const files = [main!, ...others];
  const version = exerciseVersion([{ name: "exercise.yaml", text: folder.yaml }, ...files]);
  return { ok: true, value: { slug: folder.slug, version, spec: spec.value, files } };
}
