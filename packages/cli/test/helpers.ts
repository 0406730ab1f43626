// A captured Io and temporary program folders for the CLI tests.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../src/io.ts";
import { main } from "../src/main.ts";

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with `cwd` as the working folder and returns what it printed. */
export function cli(argv: string[], cwd = process.cwd()): Captured {
  let stdout = "";
  let stderr = "";
  const io: Io = { out: (text) => void (stdout += text), err: (text) => void (stderr += text), cwd, now: () => 0 };
  const code = main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh folder holding the given files (name → text). */
export function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "interleave-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
