import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimiter } from "../src/index.ts";
import { openFixture, type Fixture } from "./helpers.ts";

describe("RateLimiter", () => {
  it("allows max uses per window per key, then again in the next window", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now);
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a"), limiter.take("b")]).toEqual([true, true, false, true]);
    now = 1000;
    expect(limiter.take("a")).toBe(true);
  });
});

describe("submit rate limit", () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await openFixture({ submitRateLimit: 2, exercises: ["switch-interval"] });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it("refuses a learner's third submission within a minute, but still answers a retry of an earlier one", async () => {
    const created = await fx.as("teacher").assignments.create({ classId: "demo-class", title: "Limits", exerciseIds: ["switch-interval"], attemptsAllowed: null });
    await fx.as("teacher").assignments.publish({ assignmentId: created.id });
    const ada = fx.as("ada");
    const attempt = await ada.attempts.start({ assignmentId: created.id });
    const submit = (key: string) => ada.attempts.submit({ attemptId: attempt.id, position: 0, answers: { printed: "x\n" }, idempotencyKey: key });
    const first = await submit("limit-key-1");
    await submit("limit-key-2");
    await expect(submit("limit-key-3")).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((await submit("limit-key-1")).id).toBe(first.id);
    // Another learner has their own allowance.
    const bobAttempt = await fx.as("bob").attempts.start({ assignmentId: created.id });
    await expect(fx.as("bob").attempts.submit({ attemptId: bobAttempt.id, position: 0, answers: {}, idempotencyKey: "bob-limit-1" })).resolves.toMatchObject({ status: "graded" });
  });
});
