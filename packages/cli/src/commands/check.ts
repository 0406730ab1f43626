// `interleave check [DIR]`: validates every exercise of a bank (default exercises/) through the real
// simulator and prints one row per exercise. An exercise waiting on a simulator milestone is its own
// status ("waiting: …", naming what is missing): never counted as passing, never hidden as a failure.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { simEngine } from "@interleave/exercises";
import { checkBank, formatCheckTable, type CheckOptions, type CheckRow } from "@interleave/exercises/node";
import type { CommandArgs } from "../args.ts";
import { EXIT, UsageError } from "../errors.ts";
import type { Io } from "../io.ts";

/** How a row reads in --json and in the table: the author's words, not the library's. */
const STATUS_WORDS = { ok: "ok", unavailable: "waiting", error: "failed" } as const;

export function checkCommand(args: CommandArgs, io: Io): number {
  const folder = args.positionals[0] ?? "exercises";
  const root = bankFolder(folder, io.cwd);
  const progress = args.flags.json ? undefined : io.progress;
  const options: CheckOptions = progress ? { onExercise: (slug, i, total) => progress(`checking ${slug} (${i + 1}/${total})`) } : {};
  const rows = checkBank(root, simEngine, options);
  if (progress) progress("");
  if (args.flags.json) io.out(JSON.stringify(checkJson(rows), null, 2) + "\n");
  else io.out(formatCheckTable(rows) + "\n");
  return checkExitCode(rows);
}

/** 0: every exercise ok; 1: any failed; 3: none failed but some wait on the simulator (not passing). */
export function checkExitCode(rows: readonly CheckRow[]): number {
  if (rows.some((row) => row.status === "error")) return EXIT.failed;
  if (rows.some((row) => row.status === "unavailable")) return EXIT.waiting;
  return EXIT.ok;
}

function bankFolder(folder: string, cwd: string): string {
  const root = resolve(cwd, folder);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`${folder} is not a folder of exercises (no such folder: ${root})`, true);
  if (existsSync(join(root, "exercise.yaml"))) throw new UsageError(`${folder} is one exercise; check takes the folder that holds exercises (its parent)`, true);
  const subfolders = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith("."));
  if (subfolders.length === 0) throw new UsageError(`${folder} holds no exercise folders`);
  return root;
}

function checkJson(rows: readonly CheckRow[]) {
  const count = (status: CheckRow["status"]) => rows.filter((row) => row.status === status).length;
  return {
    exercises: rows.length,
    ok: count("ok"),
    waiting: count("unavailable"),
    failed: count("error"),
    rows: rows.map((row) => ({ ...row, status: STATUS_WORDS[row.status] })),
  };
}
