// `interleave sample`: K realistic runs with seeds 1..K. With --json the SampleResult; otherwise each
// distinct outcome with how often it happened, its exit status and wall-time spread, then its stdout.
import { sampleProgram, type SampleOutcome } from "@interleave/sim";
import type { CommandArgs } from "../args.ts";
import { EXIT, UsageError } from "../errors.ts";
import { readSourceFiles } from "../files.ts";
import type { Io } from "../io.ts";
import { runOptions } from "./run.ts";

export function sampleCommand(args: CommandArgs, io: Io): number {
  const runs = args.flags.runs;
  if (runs === undefined) throw new UsageError("interleave sample: --runs K is required", true);
  const files = readSourceFiles(args.positionals, io.cwd);
  const result = sampleProgram(files, { ...runOptions(args, io), runs });
  if (args.flags.json) {
    io.out(JSON.stringify(result, null, 2) + "\n");
    return EXIT.ok;
  }
  const sorted = [...result.outcomes].sort((a, b) => b.runs - a.runs);
  io.out(sorted.map((outcome) => describeOutcome(outcome, result.runs)).join("\n"));
  return EXIT.ok;
}

function milliseconds(ns: number): string {
  return `${(ns / 1e6).toFixed(1)} ms`;
}

function describeOutcome(outcome: SampleOutcome, total: number): string {
  const { min, median, max } = outcome.wallNs;
  const status = outcome.deadlock ? "deadlock" : `exit ${outcome.exitCode}`;
  const header = `${outcome.runs}/${total} runs, ${status}, wall ${milliseconds(median)} (${milliseconds(min)}–${milliseconds(max)}):`;
  const body = outcome.stdout === "" ? "  (no output)" : outcome.stdout.replace(/\n$/, "").split("\n").map((line) => `  | ${line}`).join("\n");
  return `${header}\n${body}\n`;
}
