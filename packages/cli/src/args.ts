// Turns a command's argv into validated, typed arguments. Parsing is done by node:util parseArgs in
// non-strict mode so that every mistake gets our own message naming the option and the valid values.
import { parseArgs } from "node:util";
import type { Model, StdoutMode } from "@interleave/sim";
import { UsageError } from "./errors.ts";
import type { CommandSpec, OptionSpec } from "./spec.ts";

export interface Flags {
  model?: Model;
  cores?: number;
  stdout?: StdoutMode;
  seed?: number;
  schedule?: string;
  trace: boolean;
  json: boolean;
  runs?: number;
  maxExecutions?: number;
  preemptions?: number;
  answers?: string;
  variant?: number;
}

export interface CommandArgs {
  command: string;
  help: boolean;
  positionals: string[];
  flags: Flags;
}

type OptionValue = string | number | boolean;

export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): CommandArgs {
  const { tokens } = parseArgs({
    args: [...argv],
    options: parseArgsOptions(spec),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const values = new Map<string, OptionValue>();
  let help = false;
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    if (token.name === "help" || token.name === "h") {
      help = true;
      continue;
    }
    values.set(token.name, optionValue(spec, token.rawName, token.name, token.value));
  }
  if (!help) checkPositionalCount(spec, positionals);
  return { command: spec.name, help, positionals, flags: toFlags(values) };
}

function parseArgsOptions(spec: CommandSpec) {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, option] of Object.entries(spec.options)) {
    options[name] = { type: option.kind.type === "flag" ? "boolean" : "string" };
  }
  return options;
}

function optionValue(spec: CommandSpec, rawName: string, name: string, value: string | undefined): OptionValue {
  const option = spec.options[name];
  if (!option) throw new UsageError(`unknown option ${rawName}`, true);
  if (option.kind.type === "flag") {
    if (value !== undefined) throw new UsageError(`${rawName} takes no value (got "${value}")`, true);
    return true;
  }
  // Non-strict parseArgs would take the next option as this one's value: `--model --json`.
  if (value === undefined || value.startsWith("--")) {
    throw new UsageError(`${rawName} needs a value (${rawName} ${option.placeholder ?? "VALUE"})`, true);
  }
  return convertValue(rawName, option, value);
}

function convertValue(rawName: string, option: OptionSpec, value: string): OptionValue {
  const kind = option.kind;
  if (kind.type === "choice" && !kind.choices.includes(value)) {
    throw new UsageError(`${rawName} must be one of ${kind.choices.join(", ")} (got "${value}")`, true);
  }
  if (kind.type === "integer") {
    const number = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(number) || number < kind.min) {
      throw new UsageError(`${rawName} must be a whole number ≥ ${kind.min} (got "${value}")`, true);
    }
    return number;
  }
  return value;
}

function checkPositionalCount(spec: CommandSpec, positionals: string[]): void {
  const { min, max, what } = spec.positionals;
  if (positionals.length < min) throw new UsageError(`missing ${what}`, true);
  if (positionals.length > max) {
    const extra = positionals.slice(max).map((arg) => `"${arg}"`).join(", ");
    throw new UsageError(`takes ${max === 0 ? "no arguments" : `at most ${max} ${what}`}; unexpected ${extra}`, true);
  }
}

function toFlags(values: Map<string, OptionValue>): Flags {
  const text = (name: string) => values.get(name) as string | undefined;
  const whole = (name: string) => values.get(name) as number | undefined;
  return {
    model: text("model") as Model | undefined,
    cores: whole("cores"),
    stdout: text("stdout") as StdoutMode | undefined,
    seed: whole("seed"),
    schedule: text("schedule"),
    trace: values.get("trace") === true,
    json: values.get("json") === true,
    runs: whole("runs"),
    maxExecutions: whole("max-executions"),
    preemptions: whole("preemptions"),
    answers: text("answers"),
    variant: whole("variant"),
  };
}
