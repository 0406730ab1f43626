// --help texts, generated from the command specs so they cannot drift from what is accepted.
import { COMMANDS, HELP_OPTION, type CommandSpec, type OptionSpec } from "./spec.ts";

export function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  const lines = [
    "Usage: interleave <command> [arguments] [options]",
    "",
    "Simulates concurrent Python programs (threads, processes, the GIL) deterministically.",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    "",
    "Options:",
    "  -h, --help   show this help (or `interleave <command> --help` for a command's options)",
    "  --version    print the version",
    "",
    "Examples:",
    "  interleave run main.py tasks.py --model free-threaded --json",
    "  interleave dis main.py",
    "  interleave check exercises/",
    "  interleave grade exercises/race-call --answers answers.json --variant 1",
  ];
  return lines.join("\n") + "\n";
}

export function commandHelp(spec: CommandSpec): string {
  const options = Object.entries(spec.options).map(([name, option]) => [optionLabel(name, option), option] as const);
  options.push(["-h, --help", HELP_OPTION]);
  const width = Math.max(...options.map(([label]) => label.length)) + 2;
  const lines = [
    `Usage: interleave ${spec.name} ${spec.synopsis}`,
    "",
    spec.summary,
    "",
    ...(spec.details ? [...spec.details, ""] : []),
    "Options:",
    ...options.map(([label, option]) => `  ${label.padEnd(width)}${option.description}`),
  ];
  return lines.join("\n") + "\n";
}

function optionLabel(name: string, option: OptionSpec): string {
  return option.placeholder ? `--${name} ${option.placeholder}` : `--${name}`;
}
