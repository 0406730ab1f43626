// Grading a submission against derived answers: pure functions, no simulation (the derived answers
// are cached per fingerprint), so grading is fast. Scoring per kind:
// - output: full for the exact text; otherwise the share of lines right at their position, not full.
// - possible-outputs: (correct picks − wrong picks) / number of real outcomes, floored at 0.
// - value-set, count: Jaccard overlap |given ∩ real| / |given ∪ real| — one number that punishes both
//   missing values and impossible ones, and is 1 only for the exact set.
// - duration: full within the relative tolerance, half within twice the tolerance, else zero.
// - order: full for any order the program can print; otherwise half the best share of line pairs in
//   the same relative order as some possible order.
// - state-at: full for the state; half for running ↔ runnable (ready either way; only the core differs).
// - faster, deadlock: full or zero (a yes/no or a three-way choice has no sensible partial answer).
import { z } from "zod";
import type { Misconception, Schedule } from "@interleave/sim";
import type { DerivedAnswers, DerivedQuestion, Witness } from "./derive.ts";
import { compareValues } from "./derive.ts";
import { fingerprint } from "./fingerprint.ts";
import type { Exercise, ParseResult, Question } from "./schema.ts";
import { THREAD_STATES, describeIssue } from "./schema.ts";

const answerSchemas = {
  output: z.string(),
  "possible-outputs": z.array(z.string()),
  "value-set": z.array(z.union([z.string(), z.number()]).transform(String)),
  count: z.union([z.int().min(0).transform((n) => [n]), z.array(z.int().min(0))]),
  duration: z.number().min(0),
  faster: z.enum(["a", "b", "same"]),
  deadlock: z.boolean(),
  order: z.array(z.string()),
  "state-at": z.enum(THREAD_STATES),
} satisfies Record<Question["kind"], z.ZodType>;

/** A validated answer of each kind (duration in seconds). */
export type AnswerOf<K extends Question["kind"]> = z.output<(typeof answerSchemas)[K]>;
export type Answer = AnswerOf<Question["kind"]>;
/** A submission: question id → answer. A question left out scores zero. */
export type Answers = Record<string, Answer>;

/** Validates a submission against the exercise's questions: "answers.q2: expected a list" errors. */
export function parseAnswers(exercise: Exercise, input: unknown): ParseResult<Answers> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, errors: ["answers: expected a mapping from question id to answer"] };
  }
  const byId = new Map(exercise.spec.questions.map((question) => [question.id, question]));
  const answers: Answers = {};
  const errors: string[] = [];
  for (const [id, value] of Object.entries(input)) {
    const question = byId.get(id);
    if (!question) {
      errors.push(`answers.${id}: no such question (questions: ${[...byId.keys()].join(", ")})`);
      continue;
    }
    const result = answerSchemas[question.kind].safeParse(value);
    if (result.success) answers[id] = result.data;
    else errors.push(...result.error.issues.map((issue) => `answers.${id}${pathSuffix(issue.path)}: ${describeIssue({ ...issue, path: [] })}`));
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: answers };
}

function pathSuffix(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("");
}

export interface MissedOutcome {
  outcome: string;
  schedule: Schedule | null;
}

export interface QuestionGrade {
  id: string;
  kind: Question["kind"];
  score: number;
  max: number;
  correct: boolean;
  feedback: string;
  /** Outcomes the answer left out, each with the schedule that reaches it (replayable). */
  missed: MissedOutcome[];
  /** The wrong mental model whose answer this equals, when there is one. */
  misconception?: Misconception;
}

export interface GradeResult {
  score: number;
  maxScore: number;
  questions: QuestionGrade[];
}

/**
 * Grades answers against derived answers of the same program, settings, variant and questions: the
 * fingerprint must match (a version that only rewords the text shares its derived answers). A caller
 * that keeps the exercise's fingerprint for this variant passes it, saving the hash of the program
 * and spec on every grade.
 */
export function grade(exercise: Exercise, derived: DerivedAnswers, answers: Answers, knownFingerprint?: string): GradeResult {
  const expected = knownFingerprint ?? fingerprint({ engineVersion: derived.engineVersion, files: exercise.files, spec: exercise.spec, parameters: derived.parameters });
  if (derived.fingerprint !== expected) {
    throw new Error(
      `derived answers (version ${derived.exerciseVersion} of ${derived.slug}) do not belong to this exercise (version ${exercise.version}): ` +
        "its program, settings or questions differ",
    );
  }
  const questions = exercise.spec.questions.map((question) => gradeOne(question, derived, answers[question.id]));
  return {
    score: round(questions.reduce((sum, q) => sum + q.score, 0)),
    maxScore: questions.reduce((sum, q) => sum + q.max, 0),
    questions,
  };
}

function gradeOne(question: Question, derived: DerivedAnswers, answer: Answer | undefined): QuestionGrade {
  const truth = derivedFor(derived.questions, question);
  if (answer === undefined) {
    return { id: question.id, kind: question.kind, score: 0, max: question.points, correct: false, feedback: "Not answered.", missed: [] };
  }
  const scored = scoreAnswer(question, truth, answer);
  const result: QuestionGrade = {
    id: question.id,
    kind: question.kind,
    score: round(scored.fraction * question.points),
    max: question.points,
    correct: scored.fraction === 1,
    feedback: scored.feedback,
    missed: scored.missed,
  };
  if (!result.correct) {
    const misconception = matchingMisconception(question, derived, answer);
    if (misconception) {
      result.misconception = misconception;
      result.feedback += ` Your answer is what you would get if ${MISCONCEPTION_TEXT[misconception]}; that is not how CPython works.`;
    }
  }
  return result;
}

export const MISCONCEPTION_TEXT: Record<Misconception, string> = {
  "threads-parallel": "threads ran Python code in parallel on several cores",
  "atomic-statements": "no thread could be switched out in the middle of a statement",
  "fork-shares-memory": "a forked child shared its parent's memory",
  "threads-sequential": "each thread ran to completion before the next one started",
  "never-buffered": "every print reached the output immediately",
};

function matchingMisconception(question: Question, derived: DerivedAnswers, answer: Answer): Misconception | undefined {
  for (const model of derived.models) {
    const predicted = model.questions.find((q) => q.id === question.id);
    if (predicted && scoreAnswer(question, restrictToChoices(predicted, derived), answer).fraction === 1) return model.misconception;
  }
  return undefined;
}

/** A model's possible outputs can only be picked among the real question's choices. */
function restrictToChoices(predicted: DerivedQuestion, derived: DerivedAnswers): DerivedQuestion {
  if (predicted.kind !== "possible-outputs") return predicted;
  const real = derived.questions.find((q) => q.id === predicted.id);
  const choices = real?.kind === "possible-outputs" ? new Set(real.choices) : new Set<string>();
  return { ...predicted, outcomes: predicted.outcomes.filter((o) => choices.has(o.stdout)) };
}

/** The answer a derived question stands for: what a learner would have to give to be fully right. */
export function canonicalAnswer(derived: DerivedQuestion): Answer {
  switch (derived.kind) {
    case "output":
      return derived.stdout;
    case "possible-outputs":
      return derived.outcomes.map((o) => o.stdout);
    case "value-set":
      return derived.values.map((v) => v.value);
    case "count":
      return derived.counts.map((c) => c.count);
    case "duration":
      return derived.wallNs / 1e9;
    case "faster":
      return derived.answer;
    case "deadlock":
      return derived.possible;
    case "order":
      return derived.orders[0]!.lines;
    case "state-at":
      return derived.state;
  }
}

/**
 * The misconception models that can tag nothing for this variant: on every question their answer
 * is graded fully right (or they have none), so no wrong answer can equal it.
 */
export function silentMisconceptions(exercise: Exercise, derived: DerivedAnswers): Misconception[] {
  return derived.models
    .filter((model) =>
      exercise.spec.questions.every((question) => {
        const predicted = model.questions.find((q) => q.id === question.id);
        if (!predicted) return true;
        const truth = derivedFor(derived.questions, question);
        return scoreAnswer(question, truth, canonicalAnswer(restrictToChoices(predicted, derived))).fraction === 1;
      }),
    )
    .map((model) => model.misconception);
}

function derivedFor(questions: DerivedQuestion[], question: Question): DerivedQuestion {
  const found = questions.find((q) => q.id === question.id);
  if (!found || found.kind !== question.kind) throw new Error(`no derived ${question.kind} answer for question ${question.id}`);
  return found;
}

interface Scored {
  fraction: number;
  feedback: string;
  missed: MissedOutcome[];
}

function scoreAnswer(question: Question, truth: DerivedQuestion, answer: Answer): Scored {
  switch (truth.kind) {
    case "output":
      return scoreOutput(truth.stdout, answer as AnswerOf<"output">);
    case "possible-outputs":
      return scorePossibleOutputs(truth.outcomes, truth.choices, answer as AnswerOf<"possible-outputs">);
    case "value-set":
      return scoreSet(truth.values.map((v) => ({ key: v.value, witness: v.witness })), answer as AnswerOf<"value-set">, "value");
    case "count":
      return scoreSet(truth.counts.map((c) => ({ key: String(c.count), witness: c.witness })), (answer as AnswerOf<"count">).map(String), "count");
    case "duration":
      return scoreDuration(truth.wallNs, answer as AnswerOf<"duration">, question.kind === "duration" ? question.tolerance : 0);
    case "faster":
      return scoreFaster(question, truth, answer as AnswerOf<"faster">);
    case "deadlock":
      return scoreDeadlock(truth, answer as AnswerOf<"deadlock">);
    case "order":
      return scoreOrder(truth.orders, answer as AnswerOf<"order">);
    case "state-at":
      return scoreState(truth.state, answer as AnswerOf<"state-at">);
  }
}

const full = (feedback: string): Scored => ({ fraction: 1, feedback, missed: [] });
const missedOf = (witness: Witness): MissedOutcome => ({ outcome: witness.stdout, schedule: witness.schedule });
const showText = (stdout: string) => JSON.stringify(stdout);

function normaliseOutput(text: string): string {
  const unix = text.replace(/\r\n/g, "\n");
  return unix === "" || unix.endsWith("\n") ? unix : `${unix}\n`;
}

function scoreOutput(expected: string, given: string): Scored {
  const answer = normaliseOutput(given);
  if (answer === expected) return full("Correct: that is exactly what the program prints.");
  const want = expected.split("\n");
  const got = answer.split("\n");
  const lines = Math.max(want.length, got.length) - 1;
  const right = want.filter((line, i) => i < want.length - 1 && got[i] === line).length;
  const firstWrong = want.findIndex((line, i) => got[i] !== line);
  return {
    fraction: lines > 0 ? Math.min(right / lines, 0.99) : 0,
    feedback: `${right} of ${lines} lines right; line ${firstWrong + 1} should be ${JSON.stringify(want[firstWrong] ?? "")}. The program prints ${showText(expected)}.`,
    missed: [],
  };
}

function scorePossibleOutputs(outcomes: Witness[], choices: string[], picked: string[]): Scored {
  const real = new Map(outcomes.map((o) => [o.stdout, o]));
  const chosen = [...new Set(picked.map(normaliseOutput))];
  const right = chosen.filter((text) => real.has(text));
  const wrong = chosen.filter((text) => !real.has(text));
  const missed = outcomes.filter((o) => !chosen.includes(o.stdout));
  const fraction = Math.max(0, (right.length - wrong.length) / outcomes.length);
  if (missed.length === 0 && wrong.length === 0) return full(`Correct: exactly these ${outcomes.length} outputs are possible.`);
  const parts = [`${right.length} of ${outcomes.length} possible outputs picked.`];
  if (missed.length) parts.push(`Also possible: ${missed.map((o) => showText(o.stdout)).join(", ")} (each with a schedule that produces it).`);
  if (wrong.length) parts.push(`Impossible: ${wrong.map((text) => (choices.includes(text) ? showText(text) : `${showText(text)} (not a choice)`)).join(", ")}.`);
  return { fraction, feedback: parts.join(" "), missed: missed.map(missedOf) };
}

function scoreSet(real: { key: string; witness: Witness }[], given: string[], noun: string): Scored {
  const realKeys = new Set(real.map((r) => r.key));
  const givenKeys = new Set(given.map((g) => g.trim()));
  const common = [...givenKeys].filter((key) => realKeys.has(key));
  const wrong = [...givenKeys].filter((key) => !realKeys.has(key)).sort(compareValues);
  const missed = real.filter((r) => !givenKeys.has(r.key));
  const union = realKeys.size + wrong.length;
  if (missed.length === 0 && wrong.length === 0) return full(`Correct: the possible ${noun}s are exactly ${[...realKeys].join(", ")}.`);
  const parts = [`The possible ${noun}s are ${[...realKeys].join(", ")}.`];
  if (missed.length) parts.push(`You missed ${missed.map((m) => m.key).join(", ")} (each with a schedule that produces it).`);
  if (wrong.length) parts.push(`${wrong.join(", ")} cannot happen.`);
  return { fraction: common.length / union, feedback: parts.join(" "), missed: missed.map((m) => missedOf(m.witness)) };
}

function scoreDuration(wallNs: number, seconds: number, tolerance: number): Scored {
  const actual = wallNs / 1e9;
  const error = actual === 0 ? (seconds === 0 ? 0 : Infinity) : Math.abs(seconds - actual) / actual;
  const shown = `The simulated run takes ${formatSeconds(actual)}.`;
  if (error <= tolerance) return full(`Correct (within ${Math.round(tolerance * 100)}%). ${shown}`);
  const off = `Your answer is ${Number.isFinite(error) ? `${Math.round(error * 100)}%` : "far"} off. ${shown}`;
  return { fraction: error <= 2 * tolerance ? 0.5 : 0, feedback: off, missed: [] };
}

export function formatSeconds(seconds: number): string {
  if (seconds >= 1) return `${Number(seconds.toPrecision(3))} s`;
  return `${Number((seconds * 1000).toPrecision(3))} ms`;
}

function scoreFaster(question: Question, truth: Extract<DerivedQuestion, { kind: "faster" }>, given: "a" | "b" | "same"): Scored {
  const labels = question.kind === "faster" ? { a: question.a.label, b: question.b.label } : { a: "a", b: "b" };
  const times = `${labels.a}: ${formatSeconds(truth.aWallNs / 1e9)}, ${labels.b}: ${formatSeconds(truth.bWallNs / 1e9)}`;
  const verdict = truth.answer === "same" ? "they take about the same time" : `${labels[truth.answer]} is faster`;
  if (given === truth.answer) return full(`Correct: ${verdict} (${times}).`);
  return { fraction: 0, feedback: `Not quite: ${verdict} (${times}).`, missed: [] };
}

function scoreDeadlock(truth: Extract<DerivedQuestion, { kind: "deadlock" }>, given: boolean): Scored {
  const waits = truth.witness?.waiting.map((t) => `${t.name} waits on ${t.waitingOn ?? "something"}`).join("; ");
  const how = truth.witness ? ` One schedule that deadlocks is attached${waits ? ` (${waits})` : ""}.` : "";
  if (given === truth.possible) return full(truth.possible ? `Correct: it can deadlock.${how}` : "Correct: no schedule deadlocks.");
  if (truth.possible) return { fraction: 0, feedback: `It can deadlock.${how}`, missed: truth.witness ? [missedOf(truth.witness)] : [] };
  return { fraction: 0, feedback: "It cannot deadlock: every schedule finishes.", missed: [] };
}

function scoreOrder(orders: { lines: string[]; witness: Witness }[], given: string[]): Scored {
  const key = JSON.stringify(given);
  if (orders.some((order) => JSON.stringify(order.lines) === key)) {
    return full(orders.length === 1 ? "Correct: this is the only order." : `Correct: this is one of the ${orders.length} possible orders.`);
  }
  const example = orders[0]!;
  const sameLines = given.length === example.lines.length && [...given].sort().join("\n") === [...example.lines].sort().join("\n");
  if (!sameLines) return { fraction: 0, feedback: "Use each line exactly once.", missed: [] };
  const best = Math.max(...orders.map((order) => pairAgreement(order.lines, given)));
  return {
    fraction: best / 2,
    feedback: `The program cannot print them in that order; one possible order is ${example.lines.map((l) => JSON.stringify(l)).join(" → ")}.`,
    missed: [missedOf(example.witness)],
  };
}

/** The share of line pairs that appear in the same relative order in both arrangements. */
function pairAgreement(reference: string[], given: string[]): number {
  const position = new Map(given.map((line, i) => [line, i]));
  let agree = 0;
  let pairs = 0;
  for (let i = 0; i < reference.length; i++) {
    for (let j = i + 1; j < reference.length; j++) {
      pairs += 1;
      if (position.get(reference[i]!)! < position.get(reference[j]!)!) agree += 1;
    }
  }
  return pairs === 0 ? 0 : agree / pairs;
}

function scoreState(state: string, given: string): Scored {
  if (given === state) return full(`Correct: the thread is ${state}.`);
  const ready = new Set(["running", "runnable"]);
  const near = ready.has(state) && ready.has(given);
  return { fraction: near ? 0.5 : 0, feedback: `The thread is ${state}${near ? " (ready either way: only whether it holds a core differs)" : ""}.`, missed: [] };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
