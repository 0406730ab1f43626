// `interleave explore`: every outcome the scheduler can produce, each with a witness schedule that
// `interleave run --schedule` replays. With --json the ExploreResult; otherwise each outcome with its
// status, how many executions reached it and the fewest preemptions it needs, then its output. On a
// terminal a progress line shows the search going (never with --json).
import { exploreProgram, type ExploreOptions, type ExploreOutcome, type ExploreProgress, type ExploreResult } from "@interleave/sim";
import type { CommandArgs } from "../args.ts";
import { EXIT } from "../errors.ts";
import { readSourceFiles } from "../files.ts";
import type { Io } from "../io.ts";
import { runOptions } from "./run.ts";

export function exploreCommand(args: CommandArgs, io: Io): number {
  const { flags } = args;
  const files = readSourceFiles(args.positionals, io.cwd);
  const options: ExploreOptions = runOptions(args, io);
  if (flags.maxExecutions !== undefined) options.maxExecutions = flags.maxExecutions;
  if (flags.preemptions !== undefined) options.preemptions = flags.preemptions;
  const progress = flags.json ? undefined : io.progress;
  if (progress) options.onProgress = (p) => void progress(progressLine(p));
  const result = exploreProgram(files, options);
  if (progress) progress("");
  if (flags.json) {
    io.out(JSON.stringify(result, null, 2) + "\n");
    return EXIT.ok;
  }
  io.out(result.outcomes.map((outcome, i) => describeOutcome(outcome, i, result.outcomes.length)).join("\n"));
  io.out(summary(result));
  return result.complete ? EXIT.ok : EXIT.notFinished;
}

function progressLine(p: ExploreProgress): string {
  return `exploring: ${p.executions} executions, ${p.states} states, ${p.outcomes} outcomes, ${p.frontier} choices pending`;
}

function describeOutcome(outcome: ExploreOutcome, index: number, total: number): string {
  const status = outcome.deadlock ? "deadlock" : `exit ${outcome.exitCode}`;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const header = `outcome ${index + 1}/${total}: ${status}, ${plural(outcome.executions, "execution")}, needs ${plural(outcome.preemptions, "preemption")}, witness of ${plural(outcome.schedule.choices.length, "choice")}:`;
  const body = outcome.stdout === "" ? "  (no output)" : outcome.stdout.replace(/\n$/, "").split("\n").map((line) => `  | ${line}`).join("\n");
  const waits = (outcome.waiting ?? []).map((t) => `\n  ${t.name} (pid ${t.pid}) waits on ${t.waitingOn ?? "something"}`).join("");
  return `${header}\n${body}${waits}\n`;
}

function summary(result: ExploreResult): string {
  const figures = `${result.executions} executions, ${result.states} states`;
  if (result.complete) return `\ncomplete: every outcome found (${figures})\n`;
  return `\nincomplete: ${result.stoppedBy ?? "a budget ran out"} (${figures}); the outcomes above were found so far\n`;
}
