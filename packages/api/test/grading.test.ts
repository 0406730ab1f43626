// The grading pool's guarantees: a job past its time limit is stopped and recorded as an error, the
// server keeps grading; a simulator gap is an error, not a wrong grade; pending work left by a crash
// is graded at start, exactly once.
import { schema } from "@interleave/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GradingTimeout } from "../src/index.ts";
import { openFixture, type Fixture } from "./helpers.ts";

const LIMIT_MS = 3_000;
const SPIN_MAIN = "N = 1\n\nwhile N > 0:\n    N = N + 1\nprint(N)\n";
const SPIN_YAML = `
title: Never ends
summary: Counts forever.
concepts: [cpu-bound]
difficulty: 1
prompt: What does it print?
explanation: Nothing; it never stops.
questions:
  - id: printed
    kind: output
    prompt: What does the program print?
`;

let fx: Fixture;
beforeAll(async () => {
  fx = await openFixture({ gradingTimeoutMs: LIMIT_MS, exercises: ["switch-interval"] });
});
afterAll(async () => {
  await fx?.close();
});

async function publish(exerciseIds: string[]): Promise<string> {
  const created = await fx.as("teacher").assignments.create({ classId: "demo-class", title: exerciseIds.join(" "), exerciseIds, attemptsAllowed: null, answerRelease: "immediately" });
  await fx.as("teacher").assignments.publish({ assignmentId: created.id });
  return created.id;
}

async function submit(assignmentId: string, answers: Record<string, unknown>, key: string) {
  const attempt = await fx.as("ada").attempts.start({ assignmentId });
  return fx.as("ada").attempts.submit({ attemptId: attempt.id, position: 0, answers, idempotencyKey: key });
}

describe("grading pool", () => {
  it("stops a job that exceeds its time limit and keeps serving", async () => {
    const started = performance.now();
    await expect(fx.services.grader.pool.run({ kind: "spin" })).rejects.toBeInstanceOf(GradingTimeout);
    expect(performance.now() - started).toBeLessThan(LIMIT_MS + 2_000);
    await expect(fx.services.grader.pool.run({ kind: "warm-up" })).resolves.toBeNull();
  });

  it("fails a job whose thread dies, and keeps serving", async () => {
    await expect(fx.services.grader.pool.run({ kind: "crash" })).rejects.toThrow(/exited \(code 3\)/);
    await expect(fx.services.grader.pool.run({ kind: "warm-up" })).resolves.toBeNull();
  });

  it("starts a job's clock when a thread takes it, not while it queues", async () => {
    const pool = fx.services.grader.pool;
    const spins = [pool.run({ kind: "spin" }, 1_000), pool.run({ kind: "spin" }, 1_000)];
    const queued = pool.run({ kind: "warm-up" }, 1_000);
    await Promise.allSettled(spins);
    await expect(queued).resolves.toBeNull();
  });

  it("records a submission whose grading exceeds the limit as an error, and grades the next one", async () => {
    const exercise = await fx.as("teacher").exercises.create({ slug: "never-ends", yaml: SPIN_YAML, files: [{ name: "main.py", text: SPIN_MAIN }] });
    const spinning = await publish([exercise.id]);
    const attempt = await fx.as("ada").attempts.start({ assignmentId: spinning });
    expect(attempt.questions[0]!.exercise.unavailable).toMatch(/not derived/);
    const result = await fx.as("ada").attempts.submit({ attemptId: attempt.id, position: 0, answers: { printed: "1\n" }, idempotencyKey: "spin-submit-1" });
    expect(result.status).toBe("error");
    expect(result.error).toMatch(/longer than|time|budget/i);
    expect(result.score).toBeNull();
    const healthy = await submit(await publish(["switch-interval"]), { printed: "nope\n" }, "after-spin-submit");
    expect(healthy).toMatchObject({ status: "graded", score: 0 });
  });

  it("records a simulator gap as an error with its message", async () => {
    // The simulator has no sockets: an honest "not available / not supported", never a made-up grade.
    const socketMain = "import socket\n\nANSWER = 1\nprint(ANSWER)\n";
    const exercise = await fx.as("teacher").exercises.create({ slug: "uses-sockets", yaml: SPIN_YAML, files: [{ name: "main.py", text: socketMain }] });
    const result = await submit(await publish([exercise.id]), { printed: "1\n" }, "gap-submit-1");
    expect(result.status).toBe("error");
    expect(result.error).toMatch(/socket.*(not available yet|not supported)/);
  });

  it("does not count a failed grading against the attempt limit: the failure is ours, not the learner's", async () => {
    const exercise = await fx.as("teacher").exercises.create({ slug: "uses-sockets-too", yaml: SPIN_YAML, files: [{ name: "main.py", text: "import socket\n\nANSWER = 1\nprint(ANSWER)\n" }] });
    const created = await fx.as("teacher").assignments.create({ classId: "demo-class", title: "One try", exerciseIds: [exercise.id], attemptsAllowed: 1, answerRelease: "immediately" });
    await fx.as("teacher").assignments.publish({ assignmentId: created.id });
    const attempt = await fx.as("ada").attempts.start({ assignmentId: created.id });
    const submit = (key: string) => fx.as("ada").attempts.submit({ attemptId: attempt.id, position: 0, answers: { printed: "1\n" }, idempotencyKey: key });
    // With one attempt allowed, a second submit is taken only because the first one's grading failed.
    expect(await submit("one-try-1")).toMatchObject({ status: "error", number: null });
    expect(await submit("one-try-2")).toMatchObject({ status: "error", number: null });
    const rows = await fx.handle.db.select().from(schema.submissions).where(eq(schema.submissions.attemptId, attempt.id));
    expect(rows.map((r) => [r.idempotencyKey, r.status, r.number]).sort()).toEqual([
      ["one-try-1", "error", null],
      ["one-try-2", "error", null],
    ]);
  });

  it("grades submissions left pending (a crash) when asked at start, exactly once", async () => {
    const assignmentId = await publish(["switch-interval"]);
    const attempt = await fx.as("bob").attempts.start({ assignmentId });
    const [item] = await fx.handle.db.select().from(schema.assignmentItems).where(eq(schema.assignmentItems.assignmentId, assignmentId));
    const parameters = attempt.questions[0]!.exercise.parameters;
    await fx.handle.db.insert(schema.submissions).values(
      ["left-1", "left-2"].map((id, i) => ({ id, attemptId: attempt.id, position: 0, exerciseVersionId: item!.exerciseVersionId, number: i + 1, idempotencyKey: id, answers: { printed: "x\n" }, parameters })),
    );
    const [graded] = await Promise.all([fx.services.grader.gradeAllPending(), fx.services.grader.gradeAllPending()]);
    expect(graded).toBeGreaterThanOrEqual(2);
    const rows = await fx.handle.db.select().from(schema.submissions).where(eq(schema.submissions.attemptId, attempt.id));
    expect(rows.map((r) => [r.id, r.status, r.score])).toEqual([
      ["left-1", "graded", 0],
      ["left-2", "graded", 0],
    ]);
    expect(await fx.services.grader.gradeAllPending()).toBe(0);
  });

  it("caches derived answers per fingerprint", async () => {
    const rows = await fx.handle.db.select({ fingerprint: schema.derivedAnswers.fingerprint, versionId: schema.derivedAnswers.exerciseVersionId }).from(schema.derivedAnswers);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.versionId.startsWith("switch-interval@"))).toBe(true);
    expect(new Set(rows.map((r) => r.fingerprint)).size).toBe(rows.length);
  });
});
