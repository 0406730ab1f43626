import { describe, expect, test } from "vitest";
import { parseCommandArgs } from "../src/args.ts";
import { UsageError } from "../src/errors.ts";
import { findCommand, type CommandSpec } from "../src/spec.ts";

function spec(name: string): CommandSpec {
  const found = findCommand(name);
  if (!found) throw new Error(`no command ${name}`);
  return found;
}

function usageMessage(name: string, argv: string[]): string {
  try {
    parseCommandArgs(spec(name), argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`expected a UsageError for ${argv.join(" ")}`);
}

describe("parseCommandArgs", () => {
  test("run: files and every machine flag, typed", () => {
    const args = parseCommandArgs(spec("run"), [
      "main.py",
      "tasks.py",
      "--model",
      "free-threaded",
      "--cores=2",
      "--stdout",
      "pipe",
      "--seed",
      "7",
      "--trace",
      "--json",
    ]);
    expect(args.positionals).toEqual(["main.py", "tasks.py"]);
    expect(args.flags).toMatchObject({ model: "free-threaded", cores: 2, stdout: "pipe", seed: 7, trace: true, json: true });
    expect(args.help).toBe(false);
  });

  test("defaults stay unset so the simulator's own defaults apply", () => {
    const { flags } = parseCommandArgs(spec("run"), ["main.py"]);
    expect(flags).toMatchObject({ trace: false, json: false });
    expect(flags.model).toBeUndefined();
    expect(flags.cores).toBeUndefined();
    expect(flags.seed).toBeUndefined();
  });

  test("--help wins over missing arguments", () => {
    expect(parseCommandArgs(spec("run"), ["--help"]).help).toBe(true);
    expect(parseCommandArgs(spec("dis"), ["-h"]).help).toBe(true);
  });

  test("explore and sample options", () => {
    const explore = parseCommandArgs(spec("explore"), ["m.py", "--max-executions", "50", "--preemptions", "0"]);
    expect(explore.flags).toMatchObject({ maxExecutions: 50, preemptions: 0 });
    expect(parseCommandArgs(spec("sample"), ["m.py", "--runs", "20"]).flags.runs).toBe(20);
  });

  test("after -- everything is a file", () => {
    expect(parseCommandArgs(spec("run"), ["--", "--json.py"]).positionals).toEqual(["--json.py"]);
  });

  test.each([
    [["main.py", "--foo"], "unknown option --foo"],
    [["main.py", "-x"], "unknown option -x"],
    [["main.py", "--runs", "3"], "unknown option --runs"],
    [["main.py", "--model", "fast"], 'must be one of gil, gil-legacy, free-threaded (got "fast")'],
    [["main.py", "--model"], "--model needs a value (--model M)"],
    [["main.py", "--model", "--json"], "--model needs a value"],
    [["main.py", "--stdout", "file"], '--stdout must be one of terminal, pipe, unbuffered (got "file")'],
    [["main.py", "--cores", "0"], '--cores must be a whole number ≥ 1 (got "0")'],
    [["main.py", "--cores", "two"], '--cores must be a whole number ≥ 1 (got "two")'],
    [["main.py", "--seed", "-1"], '--seed must be a whole number ≥ 0 (got "-1")'],
    [["main.py", "--seed", "1.5"], '--seed must be a whole number ≥ 0 (got "1.5")'],
    [["main.py", "--json=yes"], '--json takes no value (got "yes")'],
    [[], "missing FILE.py"],
  ])("run %j → %s", (argv, message) => {
    expect(usageMessage("run", argv)).toContain(message);
  });

  test("dis takes exactly one file", () => {
    expect(usageMessage("dis", ["a.py", "b.py"])).toBe('takes at most 1 FILE.py; unexpected "b.py"');
    expect(usageMessage("dis", ["a.py", "--json"])).toBe("unknown option --json");
  });

  test("check takes at most one folder", () => {
    expect(parseCommandArgs(spec("check"), []).positionals).toEqual([]);
    expect(usageMessage("check", ["a", "b"])).toContain('unexpected "b"');
  });
});
