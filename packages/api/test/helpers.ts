// Test fixture: a private database with the demo accounts, a second teacher and a learner outside
// the demo class, a few bank exercises the simulator can grade today, and a grading pool.
import path from "node:path";
import { demoAccounts, schema, seedDemo, type DatabaseHandle, type Role } from "@interleave/db";
import { openTestDatabase } from "@interleave/db/testing";
import { loadExercise } from "@interleave/exercises/node";
import { storeVersion } from "../src/bank.ts";
import { createServices } from "../src/runtime.ts";
import { createCaller, type Services, type SessionUser } from "../src/index.ts";

export const bankDir = path.resolve(import.meta.dirname, "../../../exercises");

/** Sequential programs: the simulator derives their answers today. */
export const gradableToday = ["io-sequential", "cpu-one-task", "switch-interval"];

export const people = {
  admin: demoAccounts[0]!,
  teacher: demoAccounts[1]!,
  ada: demoAccounts[2]!,
  bob: demoAccounts[3]!,
  otherTeacher: { id: "t2", email: "turing@school.test", name: "Alan Teacher", role: "teacher" as Role },
  outsider: { id: "l3", email: "carol@school.test", name: "Carol Outsider", role: "learner" as Role },
};
export type Person = keyof typeof people;

export type Fixture = {
  handle: DatabaseHandle;
  services: Services;
  /** A tRPC caller as that person (or anonymous); `now` overrides the clock. */
  as(person: Person | null, options?: { now?: () => Date }): ReturnType<typeof createCaller>;
  close(): Promise<void>;
};

export async function openFixture(options: { gradingTimeoutMs?: number; submitRateLimit?: number; exercises?: string[] } = {}): Promise<Fixture> {
  const handle = await openTestDatabase();
  await importBankExercises(handle, options.exercises ?? gradableToday);
  await seedDemo(handle.db, async (p) => `hash:${p}`);
  await handle.db.insert(schema.user).values([people.otherTeacher, people.outsider]);
  await handle.db.insert(schema.classes).values({ id: "other-class", name: "Other class", joinCode: "OTHER1", teacherId: people.otherTeacher.id });
  const services = createServices(handle.db, { gradeDb: handle.asyncCommitDb, gradingThreads: 2, gradingTimeoutMs: options.gradingTimeoutMs ?? 60_000, submitRateLimit: options.submitRateLimit ?? 1000 });
  // A thread's first start loads the simulator (seconds on a busy machine); the tests time grading, not that.
  await services.grader.pool.warmUp();
  return {
    handle,
    services,
    as(person, callerOptions = {}) {
      const user: SessionUser | null = person ? { ...people[person] } : null;
      return createCaller({ db: handle.db, user, services: { ...services, now: callerOptions.now ?? services.now } });
    },
    async close() {
      await services.grader.pool.close();
      await handle.close();
    },
  };
}

export async function importBankExercises(handle: DatabaseHandle, slugs: string[]): Promise<void> {
  for (const slug of slugs) {
    await storeVersion(handle.db, { id: slug, source: "bank", authorId: null }, loadExercise(path.join(bankDir, slug)));
  }
}

/** A tRPC error's code, or "OK" when the call succeeded. */
export async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "OK";
  } catch (error) {
    return (error as { code?: string }).code ?? `THREW ${String(error)}`;
  }
}

export const TEACHER_MAIN = 'ANSWER = 1\n\nprint("answer", ANSWER)\n';
export const TEACHER_YAML = `
title: The answer
summary: Prints one number.
concepts: [gil]
difficulty: 1
prompt: What does it print?
explanation: It prints the constant.
questions:
  - id: printed
    kind: output
    prompt: What does the program print?
`;
