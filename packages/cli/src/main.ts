// The `interleave` command: picks the command, parses its arguments, and turns every failure into
// a one-line message and an exit code. The commands themselves live in ./commands.
import { pathToFileURL } from "node:url";
import { ENGINE_VERSION, SimulatorError } from "@interleave/sim";
import { parseCommandArgs, type CommandArgs } from "./args.ts";
import { disCommand } from "./commands/dis.ts";
import { exploreCommand } from "./commands/explore.ts";
import { runCommand } from "./commands/run.ts";
import { sampleCommand } from "./commands/sample.ts";
import { checkCommand } from "./commands/check.ts";
import { gradeCommand } from "./commands/grade.ts";
import { EXIT, UsageError } from "./errors.ts";
import { commandHelp, globalHelp } from "./help.ts";
import { processIo, type Io } from "./io.ts";
import { COMMANDS, findCommand } from "./spec.ts";

const HANDLERS: Record<string, (args: CommandArgs, io: Io) => number> = {
  run: runCommand,
  dis: disCommand,
  sample: sampleCommand,
  explore: exploreCommand,
  check: checkCommand,
  grade: gradeCommand,
};

/** Runs the CLI on argv (without "node main.ts") and returns the exit code. */
export function main(argv: readonly string[], io: Io = processIo): number {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(globalHelp());
    return EXIT.usage;
  }
  if (first === "--help" || first === "-h") return printed(io, globalHelp());
  if (first === "--version") return printed(io, `interleave ${ENGINE_VERSION} (simulator engine ${ENGINE_VERSION})\n`);
  if (first === "help") return helpCommand(rest, io);
  const spec = findCommand(first);
  if (!spec) {
    const names = COMMANDS.map((command) => command.name).join(", ");
    return failed(io, `interleave: unknown command "${first}" (commands: ${names}; see interleave --help)`);
  }
  return runHandler(first, rest, io);
}

function runHandler(name: string, argv: readonly string[], io: Io): number {
  let args: CommandArgs | undefined;
  try {
    const spec = findCommand(name);
    const handler = HANDLERS[name];
    if (!spec || !handler) throw new Error(`no handler for command ${name}`);
    args = parseCommandArgs(spec, argv);
    if (args.help) return printed(io, commandHelp(spec));
    return handler(args, io);
  } catch (error) {
    return reportError(error, name, args?.flags.json ?? false, io);
  }
}

function helpCommand(argv: readonly string[], io: Io): number {
  const [name] = argv;
  if (name === undefined) return printed(io, globalHelp());
  const spec = findCommand(name);
  if (!spec) return failed(io, `interleave help: unknown command "${name}"`);
  return printed(io, commandHelp(spec));
}

function reportError(error: unknown, command: string, json: boolean, io: Io): number {
  if (error instanceof UsageError) {
    const hint = error.showHelpHint ? ` (see interleave ${command} --help)` : "";
    return failed(io, `interleave ${command}: ${error.message}${hint}`);
  }
  if (isSimulatorError(error)) {
    if (json) io.out(JSON.stringify(simulatorErrorJson(error), null, 2) + "\n");
    else io.err(`${String(error)}\n`);
    return EXIT.usage;
  }
  io.err(`interleave ${command}: internal error (a bug in interleave, please report it):\n`);
  io.err(`${error instanceof Error ? (error.stack ?? String(error)) : String(error)}\n`);
  return EXIT.internal;
}

// By name too: a second copy of the sim package (another bundle) would fail instanceof.
function isSimulatorError(error: unknown): error is SimulatorError {
  return error instanceof SimulatorError || (error instanceof Error && error.name === "SimulatorError");
}

function simulatorErrorJson(error: SimulatorError) {
  return { error: String(error), message: error.message, file: error.file ?? null, line: error.line ?? null };
}

function printed(io: Io, text: string): number {
  io.out(text);
  return EXIT.ok;
}

function failed(io: Io, message: string): number {
  io.err(`${message}\n`);
  return EXIT.usage;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
