// The exercise format: exercises/<slug>/exercise.yaml, validated here. Parsing never throws on bad
// input; it returns errors that name the file and the field path, so `interleave check` can list them.
import { z } from "zod";
import type { Misconception, Model, StdoutMode, ThreadStateName } from "@interleave/sim";

/** The concepts an exercise can be tagged with; the web app filters and reports by them. */
export const CONCEPTS = [
  "processes-vs-threads",
  "crash-isolation",
  "gil",
  "switch-interval",
  "cpu-bound",
  "io-bound",
  "race-condition",
  "lock",
  "rlock",
  "deadlock",
  "event",
  "condition",
  "semaphore",
  "barrier",
  "queue",
  "thread-local",
  "thread-pool",
  "process-pool",
  "executor",
  "thread-states",
  "daemon",
  "join-timeout",
  "fork",
  "copy-on-write",
  "stdout-buffering",
  "os-exit",
  "pipe",
  "fork-with-threads",
  "start-methods",
  "pickling",
  "shared-memory",
  "creation-cost",
  "convoy-effect",
  "free-threading",
] as const;
export type Concept = (typeof CONCEPTS)[number];

export const MODELS = ["gil", "gil-legacy", "free-threaded"] as const satisfies readonly Model[];
export const STDOUT_MODES = ["terminal", "pipe", "unbuffered"] as const satisfies readonly StdoutMode[];
export const THREAD_STATES = [
  "new",
  "runnable",
  "running",
  "blocked",
  "terminated",
] as const satisfies readonly ThreadStateName[];
export const MISCONCEPTIONS = [
  "threads-parallel",
  "atomic-statements",
  "fork-shares-memory",
  "threads-sequential",
  "never-buffered",
] as const satisfies readonly Misconception[];

/** Folder names in exercises/: lowercase words joined by single hyphens, e.g. "lost-update". */
export const exerciseId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "an exercise id is lowercase words joined by hyphens, e.g. lost-update");

const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

const machineFields = {
  model: z.enum(MODELS),
  cores: z.int().min(1).max(64),
  stdout: z.enum(STDOUT_MODES),
};

export const machineSchema = z.strictObject({
  model: machineFields.model.default("gil"),
  cores: machineFields.cores.default(4),
  stdout: machineFields.stdout.default("terminal"),
});

/** Overrides of the exercise's machine: no defaults, so what is not named stays as the exercise has it. */
const machineOverrides = z.strictObject({
  model: machineFields.model.optional(),
  cores: machineFields.cores.optional(),
  stdout: machineFields.stdout.optional(),
});
export type Machine = z.infer<typeof machineSchema>;

/** A parameter value is a Python literal: an int, a float, a string or a bool. */
export const parameterValue = z.union([z.number(), z.string(), z.boolean()]);
export type ParameterValue = z.infer<typeof parameterValue>;
export type ParameterValues = Record<string, ParameterValue>;

const parameterName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a parameter is named like a Python variable (N_THREADS)");

/** One side of a `faster` question: the exercise's program with some parameters or settings changed. */
const variantSchema = z.strictObject({
  label: text("a variant's label"),
  parameters: z.record(parameterName, parameterValue).default({}),
  machine: machineOverrides.default({}),
});
export type VariantSpec = z.infer<typeof variantSchema>;

const questionBase = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a question id is lowercase words joined by hyphens"),
  prompt: text("a question's prompt"),
  points: z.number().positive().default(1),
};

const outputQuestion = z.strictObject({ kind: z.literal("output"), ...questionBase });
const possibleOutputsQuestion = z.strictObject({
  kind: z.literal("possible-outputs"),
  ...questionBase,
  distractors: z.int().min(0).max(8).default(3),
});
const valueSetQuestion = z.strictObject({
  kind: z.literal("value-set"),
  ...questionBase,
  /** A regular expression with one capture group matched against each printed line: the value. */
  pattern: z.string().refine(isRegexWithGroup, "pattern must be a regular expression with one capture group"),
});
const countQuestion = z.strictObject({
  kind: z.literal("count"),
  ...questionBase,
  /** The exact line (without its newline) whose occurrences are counted. */
  line: z.string(),
});
const durationQuestion = z.strictObject({
  kind: z.literal("duration"),
  ...questionBase,
  /** Relative tolerance: 0.1 accepts answers within 10% of the simulated wall time. */
  tolerance: z.number().gt(0).lt(1),
});
const fasterQuestion = z.strictObject({
  kind: z.literal("faster"),
  ...questionBase,
  a: variantSchema,
  b: variantSchema,
  /** Wall times closer than this relative difference count as "same". */
  tie: z.number().gt(0).lt(1).default(0.1),
});
const deadlockQuestion = z.strictObject({ kind: z.literal("deadlock"), ...questionBase });
const orderQuestion = z.strictObject({
  kind: z.literal("order"),
  ...questionBase,
  /** The lines to arrange; each must be printed exactly once in every outcome. */
  lines: z.array(z.string()).min(2),
});
const stateAtQuestion = z.strictObject({
  kind: z.literal("state-at"),
  ...questionBase,
  /** The thread's name as CPython names it ("MainThread", "Thread-1 (worker)", or name=…). */
  thread: text("thread"),
  /** Simulated time in seconds since the program started. */
  at: z.number().min(0),
});

export const questionSchema = z.discriminatedUnion("kind", [
  outputQuestion,
  possibleOutputsQuestion,
  valueSetQuestion,
  countQuestion,
  durationQuestion,
  fasterQuestion,
  deadlockQuestion,
  orderQuestion,
  stateAtQuestion,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question["kind"];
export const QUESTION_KINDS = questionSchema.options.map((option) => option.shape.kind.value);

/** How the program ends on CPython 3.11: the bank test runs it and checks. */
const cpythonSchema = z.strictObject({
  exitCode: z.int().min(0).max(255).default(0),
  /** Deadlocks by design: the test only compiles it. */
  hangs: z.boolean().default(false),
});

/** The exercise's size, as a deterministic bound: an exploration needing more fails the check. */
const exploreSchema = z.strictObject({
  maxExecutions: z.int().min(1),
});

export const exerciseSchema = z
  .strictObject({
    title: text("title"),
    summary: text("summary"),
    concepts: z.array(z.enum(CONCEPTS)).min(1, "name at least one concept"),
    difficulty: z.int().min(1).max(5),
    prompt: text("prompt"),
    explanation: text("explanation"),
    machine: machineSchema.default({ model: "gil", cores: 4, stdout: "terminal" }),
    parameters: z.record(parameterName, z.array(parameterValue).min(1).max(8)).default({}),
    /** Wrong mental models whose answers are derived too, to tag a learner's wrong answer. */
    misconceptions: z.array(z.enum(MISCONCEPTIONS)).default([]),
    cpython: cpythonSchema.default({ exitCode: 0, hangs: false }),
    /** Absent: the simulator's own bounds. */
    explore: exploreSchema.optional(),
    questions: z.array(questionSchema).min(1, "an exercise needs at least one question"),
  })
  .superRefine((exercise, ctx) => {
    const seen = new Set<string>();
    exercise.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({ code: "custom", path: ["questions", index, "id"], message: `duplicate question id "${question.id}"` });
      }
      seen.add(question.id);
      if (question.kind !== "faster") return;
      for (const side of ["a", "b"] as const) {
        for (const name of Object.keys(question[side].parameters)) {
          if (name in exercise.parameters) continue;
          ctx.addIssue({
            code: "custom",
            path: ["questions", index, side, "parameters", name],
            message: `"${name}" is not one of the exercise's parameters`,
          });
        }
      }
    });
  });
export type ExerciseSpec = z.infer<typeof exerciseSchema>;

export interface SourceFileText {
  name: string;
  text: string;
}

/** A loaded exercise: its spec, its program (main.py first) and its version (hash of the folder). */
export interface Exercise {
  slug: string;
  version: string;
  spec: ExerciseSpec;
  files: SourceFileText[];
}

/** Thrown for a bad exercise or answer file; `errors` are one line each: "file: path: message". */
export class ExerciseFormatError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join("\n"));
    this.name = "ExerciseFormatError";
  }
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates parsed YAML; errors read "exercises/race/exercise.yaml: questions[2].tolerance: …". */
export function parseExerciseSpec(input: unknown, fileName: string): ParseResult<ExerciseSpec> {
  const result = exerciseSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => `${fileName}: ${describeIssue(issue)}`) };
}

/** "questions[2].tolerance: expected a number" — the field path, then what is wrong. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  return path ? `${path}: ${issueMessage(issue)}` : issueMessage(issue);
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const missing = issue.message.endsWith("received undefined");
    return `expected ${article(issue.expected)}${missing ? " (missing)" : ""}`;
  }
  if (issue.code === "invalid_union" && "note" in issue && issue.note === "No matching discriminator") {
    return `unknown kind; expected one of ${QUESTION_KINDS.join(", ")}`;
  }
  if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  return issue.message;
}

function article(type: string): string {
  const words: Record<string, string> = { number: "a number", string: "a string", boolean: "a boolean", array: "a list", object: "a mapping", int: "an integer" };
  return words[type] ?? type;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function isRegexWithGroup(pattern: string): boolean {
  try {
    return new RegExp(`${pattern}|`).exec("")!.length === 2;
  } catch {
    return false;
  }
}
