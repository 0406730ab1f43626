// Scoring is pure: the derived answers are built here as data (as the platform's cache would hold
// them), one correct, one partially correct and one wrong answer per kind.
import { describe, expect, it } from "vitest";
import type { DerivedAnswers, DerivedQuestion, Witness } from "../src/derive.ts";
import { fingerprint } from "../src/fingerprint.ts";
import { grade, parseAnswers } from "../src/grade.ts";
import { formatGradeResult, learnerParameters, parametersForSeed } from "../src/present.ts";
import type { Answers } from "../src/grade.ts";
import { everyKindExercise, schedule } from "./helpers.ts";

const exercise = everyKindExercise();

const witness = (stdout: string, deadlock = false): Witness => ({ stdout, exitCode: 0, deadlock, schedule: schedule(`to ${stdout}`) });

const truth: DerivedQuestion[] = [
  { kind: "output", id: "output", stdout: "one\ntwo\nthree\n" },
  { kind: "possible-outputs", id: "possible", outcomes: [witness("2\n"), witness("3\n"), witness("4\n")], choices: ["3\n", "5\n", "2\n", "1\n", "4\n"] },
  { kind: "value-set", id: "values", values: [{ value: "2", witness: witness("2\n") }, { value: "3", witness: witness("3\n") }, { value: "4", witness: witness("4\n") }] },
  { kind: "count", id: "count", counts: [{ count: 2, witness: witness("hello\nhello\n") }, { count: 4, witness: witness("hello\n".repeat(4)) }] },
  { kind: "duration", id: "duration", wallNs: 2e9 },
  { kind: "faster", id: "faster", aWallNs: 4e9, bWallNs: 2e9, answer: "b" },
  {
    kind: "deadlock",
    id: "deadlock",
    possible: true,
    witness: { ...witness("", true), waiting: [{ pid: 1000, tid: 2, name: "Thread-1 (forward)", state: "blocked", cpuNs: 1, waitingOn: "lock" }] },
  },
  { kind: "order", id: "order", orders: [{ lines: ["a", "b", "c"], witness: witness("a\nb\nc\n") }, { lines: ["b", "a", "c"], witness: witness("b\na\nc\n") }] },
  { kind: "state-at", id: "state", state: "blocked" },
];

const derived: DerivedAnswers = {
  slug: "sample",
  exerciseVersion: exercise.version,
  engineVersion: "test",
  fingerprint: fingerprint({ engineVersion: "test", files: exercise.files, spec: exercise.spec, parameters: { TIMES: 2 } }),
  parameters: { TIMES: 2 },
  questions: truth,
  stats: { runs: 0, explorations: 1, incomplete: 0, executions: 12, states: 40 },
  models: [
    {
      misconception: "atomic-statements",
      questions: [
        { kind: "value-set", id: "values", values: [{ value: "4", witness: witness("4\n") }] },
        { kind: "possible-outputs", id: "possible", outcomes: [witness("4\n")], choices: [] },
      ],
    },
    { misconception: "threads-sequential", questions: [{ kind: "duration", id: "duration", wallNs: 8e9 }] },
  ],
};

function gradeOne(id: string, answer: unknown) {
  const parsed = parseAnswers(exercise, { [id]: answer });
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const question = grade(exercise, derived, parsed.value).questions.find((q) => q.id === id)!;
  return question;
}

describe("grading each kind", () => {
  it("output: exact text is full, some lines right is partial, nothing right is zero", () => {
    expect(gradeOne("output", "one\ntwo\nthree")).toMatchObject({ score: 1, correct: true });
    const partial = gradeOne("output", "one\ntwo\nfour\n");
    expect(partial).toMatchObject({ correct: false, score: 0.667 });
    expect(partial.feedback).toContain('line 3 should be "three"');
    expect(gradeOne("output", "nothing\n")).toMatchObject({ score: 0, correct: false });
  });

  it("possible-outputs: correct picks minus wrong picks, floored at zero; missed outcomes carry their schedule", () => {
    expect(gradeOne("possible", ["4\n", "2\n", "3\n"])).toMatchObject({ score: 1, correct: true, missed: [] });
    const partial = gradeOne("possible", ["4\n", "3\n", "5\n"]);
    expect(partial.score).toBe(0.333);
    expect(partial.missed).toEqual([{ outcome: "2\n", schedule: schedule("to 2\n") }]);
    expect(partial.feedback).toContain('Also possible: "2\\n"');
    expect(partial.feedback).toContain('Impossible: "5\\n"');
    expect(gradeOne("possible", ["4\n", "5\n", "1\n"])).toMatchObject({ score: 0, correct: false });
  });

  it("value-set: Jaccard overlap of the sets", () => {
    expect(gradeOne("values", [4, "3", "2"])).toMatchObject({ score: 1, correct: true });
    const partial = gradeOne("values", ["3", "4", "5"]);
    expect(partial.score).toBe(0.5); // {3,4} in common, {2,3,4,5} in the union
    expect(partial.missed.map((m) => m.outcome)).toEqual(["2\n"]);
    expect(partial.feedback).toContain("5 cannot happen");
    expect(gradeOne("values", ["7"])).toMatchObject({ score: 0 });
  });

  it("count: a single number or a set of possible counts", () => {
    expect(gradeOne("count", [2, 4])).toMatchObject({ score: 1, correct: true, feedback: "Correct: the possible counts are exactly 2, 4." });
    const partial = gradeOne("count", 4);
    expect(partial).toMatchObject({ score: 0.5, correct: false, feedback: "The possible counts are 2, 4. You missed 2 (each with a schedule that produces it)." });
    expect(partial.missed).toEqual([{ outcome: "hello\nhello\n", schedule: schedule("to hello\nhello\n") }]);
    expect(gradeOne("count", 3)).toMatchObject({ score: 0, feedback: expect.stringContaining("3 cannot happen") });
  });

  it("duration: full within the tolerance, half within twice it, zero beyond", () => {
    expect(gradeOne("duration", 2.15)).toMatchObject({ score: 1, correct: true });
    expect(gradeOne("duration", 2.3)).toMatchObject({ score: 0.5, correct: false });
    expect(gradeOne("duration", 1)).toMatchObject({ score: 0 });
    expect(gradeOne("duration", 1).feedback).toContain("The simulated run takes 2 s");
  });

  it("faster: right or wrong, with both times in the feedback", () => {
    expect(gradeOne("faster", "b")).toMatchObject({ score: 1, correct: true, feedback: "Correct: processes is faster (threads: 4 s, processes: 2 s)." });
    const wrong = gradeOne("faster", "same");
    expect(wrong).toMatchObject({ score: 0, correct: false });
    expect(wrong.feedback).toBe("Not quite: processes is faster (threads: 4 s, processes: 2 s).");
  });

  it("deadlock: a missed deadlock comes with its witness schedule and who waits on what", () => {
    expect(gradeOne("deadlock", true)).toMatchObject({ score: 1, correct: true });
    const wrong = gradeOne("deadlock", false);
    expect(wrong).toMatchObject({ score: 0, missed: [{ outcome: "", schedule: schedule("to ") }] });
    expect(wrong.feedback).toContain("Thread-1 (forward) waits on lock");
  });

  it("order: any possible order is full; otherwise half the best pair agreement", () => {
    expect(gradeOne("order", ["b", "a", "c"])).toMatchObject({ score: 1, correct: true });
    const partial = gradeOne("order", ["a", "c", "b"]); // 2 of 3 pairs agree with a → b → c
    expect(partial).toMatchObject({ score: 0.333, correct: false, feedback: 'The program cannot print them in that order; one possible order is "a" → "b" → "c".' });
    expect(partial.missed).toEqual([{ outcome: "a\nb\nc\n", schedule: schedule("to a\nb\nc\n") }]);
    expect(gradeOne("order", ["a", "b"])).toMatchObject({ score: 0, feedback: "Use each line exactly once." });
  });

  it("state-at: running and runnable are near misses of each other, not of blocked", () => {
    expect(gradeOne("state", "blocked")).toMatchObject({ score: 1, correct: true, feedback: "Correct: the thread is blocked." });
    expect(gradeOne("state", "running")).toMatchObject({ score: 0, correct: false, feedback: "The thread is blocked." });
    const ready = grade(exercise, { ...derived, questions: truth.map((q) => (q.kind === "state-at" ? { ...q, state: "runnable" as const } : q)) }, { state: "running" });
    expect(ready.questions.find((q) => q.id === "state")).toMatchObject({
      score: 0.5,
      correct: false,
      feedback: "The thread is runnable (ready either way: only whether it holds a core differs).",
    });
  });
});

describe("grade", () => {
  it("adds up the scores; an unanswered question scores zero", () => {
    const answers: Answers = { output: "one\ntwo\nthree\n", faster: "b", deadlock: true };
    const result = grade(exercise, derived, answers);
    expect(result).toMatchObject({ score: 3, maxScore: 9 });
    expect(result.questions.find((q) => q.id === "order")).toMatchObject({ score: 0, feedback: "Not answered." });
  });

  it("tags a wrong answer that equals a misconception model's answer", () => {
    const values = gradeOne("values", ["4"]);
    expect(values.misconception).toBe("atomic-statements");
    expect(values.feedback).toContain("no thread could be switched out in the middle of a statement");
    expect(gradeOne("possible", ["4\n"]).misconception).toBe("atomic-statements");
    expect(gradeOne("duration", 8).misconception).toBe("threads-sequential");
    expect(gradeOne("values", ["2", "3"]).misconception).toBeUndefined();
    expect(gradeOne("values", ["2", "3", "4"]).misconception).toBeUndefined();
  });

  it("only grades against derived answers of the same program, settings, variant and questions", () => {
    const edited = { ...exercise, version: "0000000000000000", files: [{ name: "main.py", text: "import threading\n\nTIMES = 3\n" }] };
    expect(() => grade(edited, derived, {})).toThrow(
      `derived answers (version ${exercise.version} of sample) do not belong to this exercise (version 0000000000000000): its program, settings or questions differ`,
    );
    const otherVariant = { ...derived, parameters: { TIMES: 3 } };
    expect(() => grade(exercise, otherVariant, {})).toThrow(/do not belong to this exercise/);
    const otherMachine = { ...exercise, spec: { ...exercise.spec, machine: { ...exercise.spec.machine, cores: 1 } } };
    expect(() => grade(otherMachine, derived, {})).toThrow(/do not belong to this exercise/);
  });

  it("checks against a fingerprint the caller already has, instead of hashing the exercise again", () => {
    expect(grade(exercise, derived, {}, derived.fingerprint)).toEqual(grade(exercise, derived, {}));
    expect(() => grade(exercise, derived, {}, "0".repeat(64))).toThrow(/do not belong to this exercise/);
  });

  it("accepts derived answers of an earlier version that only reworded the text", () => {
    const reworded = {
      ...exercise,
      version: "1111111111111111",
      spec: { ...exercise.spec, explanation: "Better words.", questions: exercise.spec.questions.map((q) => ({ ...q, prompt: `${q.prompt} (reworded)` })) },
    };
    expect(grade(reworded, derived, { deadlock: true }).score).toBe(1);
  });
});

describe("parseAnswers", () => {
  it("names the question and the problem", () => {
    expect(parseAnswers(exercise, { values: "2", nope: 1, count: [-1], state: "sleeping" })).toEqual({
      ok: false,
      errors: [
        "answers.values: expected a list",
        "answers.nope: no such question (questions: output, possible, values, count, duration, faster, deadlock, order, state)",
        "answers.count[0]: Too small: expected number to be >=0",
        expect.stringMatching(/^answers\.state: Invalid option: expected one of "new"\|"runnable"/),
      ],
    });
    expect(parseAnswers(exercise, [])).toEqual({ ok: false, errors: ["answers: expected a mapping from question id to answer"] });
  });
});

describe("presenting", () => {
  it("formats a grade result for the terminal, with misconceptions and missed outcomes", () => {
    const result = grade(exercise, derived, { values: ["4"], deadlock: true });
    const text = formatGradeResult(exercise, result);
    expect(text.split("\n")[0]).toBe("Sample: score 1.333 / 9");
    expect(text).toContain("~ values (value-set): 0.333 / 1\n  The possible values are 2, 3, 4.");
    expect(text).toContain("  misconception: atomic-statements");
    expect(text).toContain('  missed "2\\n" — reached by schedule of 1 choices');
    expect(text).toContain("✓ deadlock (deadlock): 1 / 1");
  });

  it("maps a CLI seed to a variant and a learner to a pinned variant", () => {
    expect([0, 1, 2, -1].map((seed) => parametersForSeed(exercise, seed))).toEqual([{ TIMES: 2 }, { TIMES: 3 }, { TIMES: 2 }, { TIMES: 3 }]);
    expect(learnerParameters(exercise, "ada", "a1")).toEqual(learnerParameters(exercise, "ada", "a1"));
    expect([2, 3]).toContain(learnerParameters(exercise, "ada", "a1").TIMES);
  });
});
