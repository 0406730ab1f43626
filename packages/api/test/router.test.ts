import { demoAccounts, seedDemo, type DatabaseHandle } from "@interleave/db";
import { openTestDatabase } from "@interleave/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createServices, type Services, type SessionUser } from "../src/index.ts";

let handle: DatabaseHandle;
let services: Services;
beforeAll(async () => {
  handle = await openTestDatabase();
  services = createServices(handle.db, { gradingThreads: 1, gradingTimeoutMs: 10_000, submitRateLimit: 10 });
});
afterAll(async () => {
  await services?.grader.pool.close();
  await handle?.close();
});

const callerAs = (email?: string) => {
  const account = demoAccounts.find((a) => a.email === email);
  const user: SessionUser | null = account ? { ...account } : null;
  return createCaller({ db: handle.db, user, services });
};

describe("appRouter", () => {
  it("health.overview reads counts from an empty database", async () => {
    expect(await callerAs().health.overview()).toEqual({ userCount: 0, classCount: 0, classes: [] });
  });

  it("health.overview lists the demo class after seeding", async () => {
    await seedDemo(handle.db, async (p) => `hash:${p}`);
    const overview = await callerAs().health.overview();
    expect(overview).toMatchObject({ userCount: 4, classCount: 1 });
    expect(overview.classes).toEqual([{ name: "Concurrency 101", teacher: "Grace Teacher" }]);
  });

  it("classes.list is refused to anonymous and learner callers", async () => {
    await expect(callerAs().classes.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerAs("ada@interleave.test").classes.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("classes.list shows a teacher the classes they own", async () => {
    const list = await callerAs("teacher@interleave.test").classes.list();
    expect(list.map((c) => c.joinCode)).toEqual(["DEMO01"]);
  });

  it("health.ping answers anyone", async () => {
    expect(await callerAs().health.ping()).toBe("pong");
  });

  it("classes.byJoinCode validates its input and ignores case", async () => {
    await expect(callerAs().classes.byJoinCode({ joinCode: "no" })).rejects.toThrow(/6 letters or digits/);
    expect((await callerAs().classes.byJoinCode({ joinCode: "demo01" }))?.name).toBe("Concurrency 101");
    expect(await callerAs().classes.byJoinCode({ joinCode: "ZZZZZZ" })).toBeNull();
  });
});
