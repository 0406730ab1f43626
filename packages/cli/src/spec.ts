// What each command accepts: the single source for parsing, validation and --help.

export type OptionKind =
  | { type: "flag" }
  | { type: "choice"; choices: readonly string[] }
  | { type: "integer"; min: number }
  | { type: "path" };

export interface OptionSpec {
  kind: OptionKind;
  /** Placeholder for the value in --help ("M", "N"); absent for flags. */
  placeholder?: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  /** The synopsis after "interleave <name> ". */
  synopsis: string;
  summary: string;
  /** Paragraph lines printed after the summary in --help (output, exit codes). */
  details?: readonly string[];
  positionals: { min: number; max: number; what: string };
  options: Record<string, OptionSpec>;
}

export const MODELS = ["gil", "gil-legacy", "free-threaded"] as const;
export const STDOUT_MODES = ["terminal", "pipe", "unbuffered"] as const;

const json: OptionSpec = { kind: { type: "flag" }, description: "print the result as JSON on stdout" };

/** The machine settings shared by run, sample and explore. */
const machineOptions: Record<string, OptionSpec> = {
  model: {
    kind: { type: "choice", choices: MODELS },
    placeholder: "M",
    description: "interpreter model: gil (default), gil-legacy, free-threaded",
  },
  cores: { kind: { type: "integer", min: 1 }, placeholder: "N", description: "number of cores (default 4)" },
  stdout: {
    kind: { type: "choice", choices: STDOUT_MODES },
    placeholder: "MODE",
    description: "what stdout is: terminal (default, line-buffered), pipe (8 KiB blocks), unbuffered (python3 -u)",
  },
  seed: {
    kind: { type: "integer", min: 0 },
    placeholder: "S",
    description: "seed for timing jitter and `random` (default 1)",
  },
};

const programFiles = { min: 1, max: Infinity, what: "FILE.py" };

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "run",
    synopsis: "FILE.py [FILE.py…] [options]",
    summary: "Run a program once, realistically; the first file is the main module.",
    positionals: programFiles,
    options: {
      ...machineOptions,
      schedule: {
        kind: { type: "path" },
        placeholder: "FILE",
        description: "replay a schedule (a witness from explore) step by step",
      },
      trace: { kind: { type: "flag" }, description: "record trace events (in the JSON result)" },
      json,
    },
  },
  {
    name: "sample",
    synopsis: "FILE.py [FILE.py…] --runs K [options]",
    summary: "Run a program K times with seeds 1..K: outcome frequencies and timing spread.",
    positionals: programFiles,
    options: {
      runs: { kind: { type: "integer", min: 1 }, placeholder: "K", description: "number of runs" },
      ...machineOptions,
      json,
    },
  },
  {
    name: "explore",
    synopsis: "FILE.py [FILE.py…] [options]",
    summary: "Find every outcome the scheduler can produce, each with a witness schedule.",
    positionals: programFiles,
    options: {
      "max-executions": {
        kind: { type: "integer", min: 1 },
        placeholder: "N",
        description: "stop after N executions (complete: false)",
      },
      preemptions: {
        kind: { type: "integer", min: 0 },
        placeholder: "K",
        description: "at most K preemptions per execution",
      },
      ...machineOptions,
      json,
    },
  },
  {
    name: "dis",
    synopsis: "FILE.py",
    summary: "Print the bytecode of a file, comparable with Python's dis.dis.",
    positionals: { min: 1, max: 1, what: "FILE.py" },
    options: {},
  },
  {
    name: "check",
    synopsis: "[EXERCISES_DIR] [--json]",
    summary: "Validate every exercise (parse, simulate, derive answers); default exercises/.",
    details: [
      "One row per exercise: questions, variants, states explored, time, status. Status is ok, FAILED: why,",
      "or waiting: the simulator feature it needs (named) — waiting is never counted as passing.",
      "Exit 0 when every exercise is ok, 1 when any failed, 3 when none failed but some are waiting.",
    ],
    positionals: { min: 0, max: 1, what: "EXERCISES_DIR" },
    options: { json },
  },
  {
    name: "grade",
    synopsis: "EXERCISE --answers FILE.json [--variant SEED] [--json]",
    summary: "Grade answers to an exercise by simulating it.",
    details: [
      "EXERCISE is an exercise folder or a slug in ./exercises. FILE.json maps question ids to answers:",
      '{"values": [2, 3], "deadlock": false, "order": ["a", "b"], "took": 0.5}. SEED picks the variant',
      "(0, the default, is every parameter's first value). Prints the score and feedback per question.",
    ],
    positionals: { min: 1, max: 1, what: "EXERCISE" },
    options: {
      answers: { kind: { type: "path" }, placeholder: "FILE.json", description: "the answers to grade" },
      variant: { kind: { type: "integer", min: 0 }, placeholder: "SEED", description: "which variant of the exercise" },
      json,
    },
  },
];

export const HELP_OPTION: OptionSpec = { kind: { type: "flag" }, description: "show this help" };

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
