// Reads program files for the simulator. Files are named by their base names, as if the program
// ran from their folder (tracebacks say `File "main.py"`), so two files may not share a base name.
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Schedule, SourceFile } from "@interleave/sim";
import { UsageError } from "./errors.ts";
import { MODELS, STDOUT_MODES } from "./spec.ts";

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EISDIR: "it is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
};

export function readSourceFiles(paths: readonly string[], cwd: string): SourceFile[] {
  const files = paths.map((path) => readSourceFile(path, cwd));
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.name)) throw new UsageError(`two files are named ${file.name}; base names must differ`);
    seen.add(file.name);
  }
  return files;
}

/**
 * A schedule file: a Schedule, or an explore outcome holding one (`{…, "schedule": {…}}`), so a witness
 * can be saved straight from `explore --json`.
 */
export function readSchedule(path: string, cwd: string): Schedule {
  const fullPath = resolve(cwd, path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(fullPath, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read schedule ${path}: ${describeReadError(error)}`);
  }
  const candidate = isRecord(parsed) && isRecord(parsed.schedule) ? parsed.schedule : parsed;
  if (!isSchedule(candidate)) {
    throw new UsageError(`${path} is not a schedule: expected {"engine", "model", "cores", "stdout", "choices": [...]} (a witness from explore --json)`);
  }
  return candidate;
}

/** Why a file could not be read, in words ("no such file"). */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  return REASONS[code] ?? (error as Error).message;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isSchedule(value: unknown): value is Schedule {
  if (!isRecord(value)) return false;
  const { engine, model, cores, stdout, choices } = value;
  return (
    typeof engine === "string" &&
    (MODELS as readonly unknown[]).includes(model) &&
    typeof cores === "number" &&
    Number.isInteger(cores) &&
    cores >= 1 &&
    (STDOUT_MODES as readonly unknown[]).includes(stdout) &&
    Array.isArray(choices) &&
    choices.every((choice) => typeof choice === "string")
  );
}

function readSourceFile(path: string, cwd: string): SourceFile {
  if (!path.endsWith(".py")) throw new UsageError(`not a Python file: ${path} (expected FILE.py)`);
  const fullPath = resolve(cwd, path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(fullPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const where = fullPath === path ? "" : ` (${fullPath})`;
    throw new UsageError(`cannot read ${path}: ${REASONS[code] ?? String(error)}${where}`);
  }
  return { name: basename(path), text: decodeUtf8(bytes, path) };
}

function decodeUtf8(bytes: Buffer, path: string): string {
  try {
    // Python source is UTF-8; a byte-order mark is allowed and not part of the text.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError(`cannot read ${path}: it is not UTF-8 text`);
  }
}
