// `interleave run`: one realistic execution. Without --json the program's own output and exit code
// pass through unchanged, so the command behaves like `python3 main.py`.
import { replaySchedule, runProgram, type RunOptions, type RunResult } from "@interleave/sim";
import type { CommandArgs } from "../args.ts";
import { EXIT } from "../errors.ts";
import { readSchedule, readSourceFiles } from "../files.ts";
import type { Io } from "../io.ts";

export function runCommand(args: CommandArgs, io: Io): number {
  const { flags } = args;
  const files = readSourceFiles(args.positionals, io.cwd);
  const result =
    flags.schedule === undefined ? runProgram(files, runOptions(args, io)) : replaySchedule(files, readSchedule(flags.schedule, io.cwd), runOptions(args, io));
  if (flags.json) {
    io.out(JSON.stringify(result, null, 2) + "\n");
    return EXIT.ok;
  }
  io.out(result.stdout);
  io.err(result.stderr);
  return reportUnfinished(result, io) ?? result.exitCode;
}

export function runOptions(args: CommandArgs, io: Io): RunOptions {
  const { model, cores, stdout, seed, trace } = args.flags;
  const options: RunOptions = { now: io.now };
  if (model !== undefined) options.model = model;
  if (cores !== undefined) options.cores = cores;
  if (stdout !== undefined) options.stdout = stdout;
  if (seed !== undefined) options.seed = seed;
  if (trace) options.trace = true;
  return options;
}

/** CPython would still be running (or hanging): say why the simulation stopped instead. */
function reportUnfinished(result: RunResult, io: Io): number | undefined {
  if (result.timedOut) {
    io.err(`interleave run: stopped: ${result.timeoutReason ?? "a budget ran out"}\n`);
    return EXIT.notFinished;
  }
  if (result.deadlock) {
    const waits = result.threads
      .filter((thread) => thread.state === "blocked")
      .map((thread) => `  ${thread.name} (pid ${thread.pid}) waits on ${thread.waitingOn ?? "something"}`);
    io.err(["interleave run: deadlock: every live thread is blocked", ...waits].join("\n") + "\n");
    return EXIT.notFinished;
  }
  return undefined;
}
