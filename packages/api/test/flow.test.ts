// Assignments from creation to grades: attempts, drafts, graded submissions, idempotency, the
// attempt limit under concurrency, answer release, late and practice submissions, regrade + audit,
// progress and the CSV export.
import { schema } from "@interleave/db";
import type { DerivedAnswers, Exercise } from "@interleave/exercises";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFixture, TEACHER_MAIN, TEACHER_YAML, type Fixture, type Person } from "./helpers.ts";

let fx: Fixture;
beforeAll(async () => {
  fx = await openFixture();
});
afterAll(async () => {
  await fx?.close();
});

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000);
const lastWeek = () => new Date(Date.now() - 7 * 86_400_000);
let assignmentId: string;

/** The right answers of a learner's variant, read from the derived answers as a test oracle. */
async function rightAnswers(person: Person, forAssignment: string, position = 0) {
  const attempt = await fx.as(person).attempts.start({ assignmentId: forAssignment });
  const question = attempt.questions[position]!;
  const [version] = await fx.handle.db.select().from(schema.exerciseVersions).where(eq(schema.exerciseVersions.id, question.versionId));
  const derived: DerivedAnswers = await fx.services.grader.derivedAnswers(question.versionId, version!.content as Exercise, question.exercise.parameters);
  const answers: Record<string, unknown> = {};
  for (const q of derived.questions) {
    if (q.kind === "output") answers[q.id] = q.stdout;
    if (q.kind === "duration") answers[q.id] = q.wallNs / 1e9;
  }
  return { attempt, answers };
}

describe("assignments", () => {
  it("a teacher creates a draft in their class, edits it and publishes it", async () => {
    const teacher = fx.as("teacher");
    const created = await teacher.assignments.create({ classId: "demo-class", title: "Sequential", exerciseIds: ["io-sequential"], dueAt: inAWeek() });
    assignmentId = created.id;
    expect(await fx.as("ada").assignments.listMine()).not.toContainEqual(expect.objectContaining({ id: assignmentId }));
    const edited = await teacher.assignments.update({ assignmentId, title: "Sequential programs", exerciseIds: ["io-sequential", "cpu-one-task"] });
    expect(edited.items.map((i) => i.exerciseId)).toEqual(["io-sequential", "cpu-one-task"]);
    expect(edited.items[0]!.maxScore).toBe(2);
    expect((await teacher.assignments.publish({ assignmentId })).status).toBe("published");
    const mine = await fx.as("ada").assignments.listMine();
    expect(mine.find((a) => a.id === assignmentId)).toMatchObject({ title: "Sequential programs", questions: 2, answered: 0, score: 0, maxScore: 4 });
    const forClass = await fx.as("bob").assignments.listForClass({ classId: "demo-class" });
    expect(forClass.map((a) => a.id)).toContain(assignmentId);
  });

  it("rejects a due date before the opening date and an exercise that does not exist", async () => {
    const teacher = fx.as("teacher");
    await expect(teacher.assignments.create({ classId: "demo-class", title: "x", exerciseIds: ["io-sequential"], opensAt: inAWeek(), dueAt: lastWeek() })).rejects.toThrow(/due date/);
    await expect(teacher.assignments.create({ classId: "demo-class", title: "x", exerciseIds: ["no-such-exercise"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("attempts and submissions", () => {
  it("start gives the learner their variant without the explanation; drafts are kept", async () => {
    const ada = fx.as("ada");
    const attempt = await ada.attempts.start({ assignmentId });
    expect(attempt.answersReleased).toBe(false);
    expect(attempt.questions).toHaveLength(2);
    const first = attempt.questions[0]!;
    expect(first.explanation).toBeNull();
    expect(first.exercise).not.toHaveProperty("explanation");
    expect(first.exercise.unavailable).toBeNull();
    const { DOWNLOADS, DELAY } = first.exercise.parameters as { DOWNLOADS: number; DELAY: number };
    expect(first.exercise.files[0]!.text).toContain(`DOWNLOADS = ${DOWNLOADS}\n`);
    expect(first.exercise.files[0]!.text).toContain(`DELAY = ${DELAY}`);
    await ada.attempts.saveDraft({ attemptId: attempt.id, position: 0, answers: { printed: "took" } });
    await ada.attempts.saveDraft({ attemptId: attempt.id, position: 1, answers: { "wall-time": 0.5 } });
    const again = await ada.attempts.get({ attemptId: attempt.id });
    expect(again.questions.map((q) => q.draft)).toEqual([{ printed: "took" }, { "wall-time": 0.5 }]);
  });

  it("submit grades the answers and hides the feedback until the answers are released", async () => {
    const { attempt, answers } = await rightAnswers("ada", assignmentId);
    const result = await fx.as("ada").attempts.submit({ attemptId: attempt.id, position: 0, answers, idempotencyKey: "ada-first-try" });
    expect(result).toMatchObject({ status: "graded", score: 2, maxScore: 2, number: 1, answersReleased: false });
    expect(result.questions).toEqual([
      { id: "printed", kind: "output", score: 1, max: 1, correct: true },
      { id: "wall-time", kind: "duration", score: 1, max: 1, correct: true },
    ]);
    // The teacher sees the same submission with its feedback.
    const staffView = await fx.as("teacher").attempts.get({ attemptId: attempt.id });
    expect(staffView.questions[0]!.submissions[0]!.questions[0]).toHaveProperty("feedback");
  });

  it("is idempotent: the same key returns the same submission and uses no attempt", async () => {
    const ada = fx.as("ada");
    const attempt = await ada.attempts.start({ assignmentId });
    const retry = await ada.attempts.submit({ attemptId: attempt.id, position: 0, answers: { printed: "something else" }, idempotencyKey: "ada-first-try" });
    expect(retry).toMatchObject({ number: 1, score: 2 });
    const rows = await fx.handle.db.select().from(schema.submissions).where(eq(schema.submissions.attemptId, attempt.id));
    expect(rows).toHaveLength(1);
  });

  it("rejects answers that do not fit the questions, without using an attempt", async () => {
    const ada = fx.as("ada");
    const attempt = await ada.attempts.start({ assignmentId });
    await expect(ada.attempts.submit({ attemptId: attempt.id, position: 0, answers: { "wall-time": "soon" }, idempotencyKey: "ada-bad-answer" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(ada.attempts.submit({ attemptId: attempt.id, position: 7, answers: {}, idempotencyKey: "ada-no-question" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("records exactly 3 of 20 concurrent submits against a limit of 3", async () => {
    const bob = fx.as("bob");
    const { attempt, answers } = await rightAnswers("bob", assignmentId);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => bob.attempts.submit({ attemptId: attempt.id, position: 0, answers, idempotencyKey: `bob-concurrent-${i}` })),
    );
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(3);
    expect(new Set(rejected.map((r) => (r.reason as { code: string }).code))).toEqual(new Set(["PRECONDITION_FAILED"]));
    const rows = await fx.handle.db.select().from(schema.submissions).where(eq(schema.submissions.attemptId, attempt.id));
    expect(rows.map((r) => r.number).sort()).toEqual([1, 2, 3]);
    expect(rows.every((r) => r.status === "graded" && r.score === 2)).toBe(true);
  });

  it("releases the answers after the due date, and applies the late policy", async () => {
    const teacher = fx.as("teacher");
    await teacher.assignments.update({ assignmentId, dueAt: lastWeek(), latePolicy: "penalty", latePenalty: 50 });
    const ada = fx.as("ada");
    const { attempt, answers } = await rightAnswers("ada", assignmentId, 1);
    const view = await ada.attempts.get({ attemptId: attempt.id });
    expect(view.answersReleased).toBe(true);
    expect(view.questions[0]!.explanation).toMatch(/Waits in a row add up/);
    expect(view.questions[0]!.submissions[0]!.questions[0]).toMatchObject({ correct: true, feedback: expect.stringMatching(/Correct/) });
    const late = await ada.attempts.submit({ attemptId: attempt.id, position: 1, answers, idempotencyKey: "ada-late-1" });
    expect(late).toMatchObject({ late: true, latePenalty: 50, score: 1, maxScore: 2, practice: false });
  });

  it("after the due date takes practice submissions only when allowed, and never counts them", async () => {
    const teacher = fx.as("teacher");
    const ada = fx.as("ada");
    const attempt = await ada.attempts.start({ assignmentId });
    await teacher.assignments.update({ assignmentId, latePolicy: "refuse" });
    const submit = (key: string) => ada.attempts.submit({ attemptId: attempt.id, position: 0, answers: { printed: "no\n" }, idempotencyKey: key });
    await expect(submit("ada-refused-1")).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await teacher.assignments.update({ assignmentId, practiceAfterDue: true });
    expect(await submit("ada-practice-1")).toMatchObject({ practice: true, number: null, score: 0, status: "graded" });
    await teacher.assignments.close({ assignmentId });
    expect(await submit("ada-practice-2")).toMatchObject({ practice: true });
    await teacher.assignments.update({ assignmentId, practiceAfterDue: false });
    await expect(submit("ada-refused-2")).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("a learner removed from the class can no longer submit", async () => {
    const outsiderClass = await fx.as("otherTeacher").classes.create({ name: "Short-lived" });
    await fx.as("outsider").classes.join({ joinCode: outsiderClass.joinCode });
    const other = await fx.as("otherTeacher").assignments.create({ classId: outsiderClass.id, title: "t", exerciseIds: ["switch-interval"], attemptsAllowed: null });
    await fx.as("otherTeacher").assignments.publish({ assignmentId: other.id });
    const attempt = await fx.as("outsider").attempts.start({ assignmentId: other.id });
    await fx.as("otherTeacher").classes.removeMember({ classId: outsiderClass.id, userId: "l3" });
    await expect(fx.as("outsider").attempts.submit({ attemptId: attempt.id, position: 0, answers: { printed: "x" }, idempotencyKey: "carol-after-removal" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("progress and export", () => {
  it("shows a learner their own progress per assignment and per concept", async () => {
    const progress = await fx.as("ada").progress.learner({ classId: "demo-class" });
    const sequential = progress.assignments.find((a) => a.id === assignmentId)!;
    expect(sequential).toMatchObject({ score: 3, maxScore: 4 });
    expect(sequential.questions.map((q) => q.best)).toEqual([2, 1]);
    // The seeded warm-up assignment has the same exercises, unanswered: half the points of each concept.
    expect(progress.concepts).toEqual(
      expect.arrayContaining([
        { concept: "io-bound", score: 2, maxScore: 4, fraction: 0.5 },
        { concept: "cpu-bound", score: 1, maxScore: 4, fraction: 0.25 },
      ]),
    );
    await expect(fx.as("ada").progress.learner({ classId: "demo-class", userId: "demo-bob" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reports per question: % correct, discrimination, wrong answers, per parameter value", async () => {
    const report = await fx.as("teacher").progress.assignment({ assignmentId });
    expect(report.learners.map((l) => [l.name, l.score])).toEqual([
      ["Ada Lovelace", 3],
      ["Bob Learner", 2],
    ]);
    const printed = report.items[0]!.questions.find((q) => q.id === "printed")!;
    expect(printed).toMatchObject({ answered: 2, percentCorrect: 100, discrimination: null, commonWrongAnswers: [] });
    expect(printed.byParameter.map((p) => p.parameter).sort()).toEqual(["DELAY", "DOWNLOADS"]);
    expect(printed.byParameter[0]!.values.reduce((n, v) => n + v.answered, 0)).toBe(2);
    const concepts = await fx.as("teacher").progress.concepts({ classId: "demo-class" });
    expect(concepts.find((c) => c.concept === "io-bound")).toMatchObject({ questions: 2, learners: 2, fraction: 0.5 });
  });

  it("exports the class's grades as CSV", async () => {
    const { csv, filename } = await fx.as("teacher").classes.exportCsv({ classId: "demo-class" });
    expect(filename).toBe("Concurrency-101-grades.csv");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^name,email,.*Sequential programs \(\/4\),total \(\/\d+\)$/);
    expect(lines.find((l) => l.startsWith("Ada Lovelace"))).toMatch(/,3,/);
    expect(lines.find((l) => l.startsWith("Bob Learner"))).toMatch(/,2,/);
  });
});

describe("regrade", () => {
  it("moves a question to a fixed version, regrades it, and records every change in the audit log", async () => {
    const teacher = fx.as("teacher");
    const files = (text: string) => [{ name: "main.py", text }];
    const v1 = await teacher.exercises.create({ slug: "the-answer", yaml: TEACHER_YAML, files: files(TEACHER_MAIN) });
    const created = await teacher.assignments.create({ classId: "demo-class", title: "Regrade me", exerciseIds: [v1.id], attemptsAllowed: 1, answerRelease: "immediately" });
    await teacher.assignments.publish({ assignmentId: created.id });
    const submit = async (person: Person, printed: string) => {
      const attempt = await fx.as(person).attempts.start({ assignmentId: created.id });
      return fx.as(person).attempts.submit({ attemptId: attempt.id, position: 0, answers: { printed }, idempotencyKey: `${person}-regrade` });
    };
    expect((await submit("ada", "answer 2\n")).score).toBe(0);
    expect((await submit("bob", "answer 1\n")).score).toBe(1);
    // The teacher meant 2: a new version, then a regrade onto it.
    const v2 = await teacher.exercises.update({ exerciseId: v1.id, slug: "the-answer", yaml: TEACHER_YAML, files: files(TEACHER_MAIN.replace("ANSWER = 1", "ANSWER = 2")) });
    expect(v2.newVersion).toBe(true);
    const result = await teacher.grading.regradeQuestion({ assignmentId: created.id, position: 0, toVersionId: v2.versionId, reason: "the program should print 2" });
    expect(result).toEqual({ regraded: 2, changed: 2 });
    const rows = await fx.handle.db
      .select({ score: schema.submissions.score, version: schema.submissions.exerciseVersionId, key: schema.submissions.idempotencyKey })
      .from(schema.submissions)
      .where(and(eq(schema.submissions.exerciseVersionId, v2.versionId)));
    expect(Object.fromEntries(rows.map((r) => [r.key, r.score]))).toEqual({ "ada-regrade": 1, "bob-regrade": 0 });
    const audit = await teacher.grading.audit({ assignmentId: created.id });
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => [a.entry.oldScore, a.entry.newScore]).sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(audit.every((a) => a.actor === "Grace Teacher" && a.entry.reason === "the program should print 2" && a.entry.toVersionId === v2.versionId)).toBe(true);
    const assignment = await teacher.assignments.get({ assignmentId: created.id });
    expect(assignment.items[0]!.versionId).toBe(v2.versionId);
  });

  it("refuses to move a question to a version of another exercise", async () => {
    const [item] = await fx.handle.db.select().from(schema.assignmentItems).where(eq(schema.assignmentItems.assignmentId, assignmentId));
    const [other] = await fx.handle.db.select().from(schema.exerciseVersions).where(eq(schema.exerciseVersions.exerciseId, "switch-interval"));
    expect(item).toBeDefined();
    await expect(fx.as("teacher").grading.regradeQuestion({ assignmentId, position: 0, toVersionId: other!.id, reason: "wrong" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
