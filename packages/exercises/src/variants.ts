// Variants: each learner gets one allowed value per parameter, chosen by a seeded hash, and the
// program is rewritten with those constants in place (it stays valid Python).
import type { ExerciseSpec, ParameterValue, ParameterValues } from "./schema.ts";
import { sha256Hex } from "./sha256.ts";

export interface VariantKey {
  exerciseVersion: string;
  learnerId: string;
  assignmentId: string;
}

/** The learner's parameter values: deterministic in (version, learner, assignment), spread evenly. */
export function chooseParameters(spec: Pick<ExerciseSpec, "parameters">, key: VariantKey): ParameterValues {
  const values: ParameterValues = {};
  for (const [name, allowed] of Object.entries(spec.parameters)) {
    // Hashing the parameter name in too makes the parameters independent of each other.
    const digest = sha256Hex(`${key.exerciseVersion}\u0000${key.learnerId}\u0000${key.assignmentId}\u0000${name}`);
    const index = parseInt(digest.slice(0, 8), 16) % allowed.length;
    values[name] = allowed[index]!;
  }
  return values;
}

/** The first allowed value of every parameter: the variant `check` and the CLI use by default. */
export function defaultParameters(spec: Pick<ExerciseSpec, "parameters">): ParameterValues {
  return Object.fromEntries(Object.entries(spec.parameters).map(([name, allowed]) => [name, allowed[0]!]));
}

/** Every combination of allowed values (the bank check derives answers for each). */
export function allParameterCombinations(spec: Pick<ExerciseSpec, "parameters">): ParameterValues[] {
  let combos: ParameterValues[] = [{}];
  for (const [name, allowed] of Object.entries(spec.parameters)) {
    combos = combos.flatMap((combo) => allowed.map((value) => ({ ...combo, [name]: value })));
  }
  return combos;
}

/** `NAME = <literal>` at column 0, with an optional trailing comment. */
function assignmentPattern(name: string): RegExp {
  return new RegExp(`^(${name}\\s*=\\s*)([^#\\n]*?)(\\s*(#[^\\n]*)?)$`, "gm");
}

/** Problems with the exercise's parameters in main.py, as "parameters.NAME: …" lines. */
export function checkParameters(spec: Pick<ExerciseSpec, "parameters">, mainSource: string): string[] {
  const errors: string[] = [];
  for (const [name, allowed] of Object.entries(spec.parameters)) {
    const matches = [...mainSource.matchAll(assignmentPattern(name))];
    if (matches.length !== 1) {
      const found = matches.length === 0 ? "no" : `${matches.length}`;
      errors.push(`parameters.${name}: main.py has ${found} top-level assignment \`${name} = …\` (it needs exactly one)`);
      continue;
    }
    const current = matches[0]![2]!.trim();
    if (!allowed.some((value) => sameLiteral(current, value))) {
      const literals = allowed.map((value) => pythonLiteral(value)).join(", ");
      errors.push(`parameters.${name}: main.py assigns ${current}, which is not one of the allowed values ${literals}`);
    }
  }
  return errors;
}

/** The source with each named top-level constant set to the given value. */
export function applyParameters(source: string, values: ParameterValues): string {
  let out = source;
  for (const [name, value] of Object.entries(values)) {
    let replaced = 0;
    out = out.replace(assignmentPattern(name), (_all, head: string, old: string, tail: string) => {
      replaced += 1;
      return `${head}${pythonLiteral(value, isFloatLiteral(old))}${tail}`;
    });
    if (replaced !== 1) throw new Error(`parameter ${name}: expected one top-level assignment, found ${replaced}`);
  }
  return out;
}

/**
 * A value as Python source: 3, 0.5, "text", True. YAML reads `1.0` as the number 1, so `asFloat`
 * (the program's own literal was a float) keeps it a float: `DELAY = 1.0`, not `DELAY = 1`.
 */
export function pythonLiteral(value: ParameterValue, asFloat = false): string {
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "string") return JSON.stringify(value);
  if (!Number.isFinite(value)) throw new Error(`parameter value ${value} is not a Python literal`);
  return Number.isInteger(value) && !asFloat ? String(value) : floatLiteral(value);
}

function isFloatLiteral(literal: string): boolean {
  return /^[-+]?[\d_]*\.[\d_]*([eE][-+]?\d+)?$|^[-+]?[\d_]+[eE][-+]?\d+$/.test(literal.trim());
}

/** Whether a literal in the program denotes the allowed value (numbers compare by value). */
function sameLiteral(literal: string, value: ParameterValue): boolean {
  if (typeof value === "number") return /^[-+]?[\d_.eE+-]+$/.test(literal) && Number(literal.replaceAll("_", "")) === value;
  return literal === pythonLiteral(value) || (typeof value === "string" && literal === `'${value}'`);
}

function floatLiteral(value: number): string {
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}
