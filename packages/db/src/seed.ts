// Demo data for a new database. Idempotent: fixed ids and ON CONFLICT DO NOTHING.
import { count, inArray } from "drizzle-orm";
import type { Database } from "./client.ts";
import { account, assignmentItems, assignments, classes, enrollments, exercises, user, type Role } from "./schema.ts";

export const demoPassword = "interleave";

export const demoAccounts: ReadonlyArray<{ id: string; email: string; name: string; role: Role }> = [
  { id: "demo-admin", email: "admin@interleave.test", name: "Admin", role: "admin" },
  { id: "demo-teacher", email: "teacher@interleave.test", name: "Grace Teacher", role: "teacher" },
  { id: "demo-ada", email: "ada@interleave.test", name: "Ada Lovelace", role: "learner" },
  { id: "demo-bob", email: "bob@interleave.test", name: "Bob Learner", role: "learner" },
];

export const demoClass = { id: "demo-class", name: "Concurrency 101", joinCode: "DEMO01", teacherId: "demo-teacher" };

export const demoLearnerIds = ["demo-ada", "demo-bob"];

/** Two assignments from the bank (by folder name); seeded only once the bank has been imported. */
export const demoAssignments = [
  { id: "demo-warm-up", title: "Warm-up: programs without threads", exercises: ["io-sequential", "cpu-one-task", "switch-interval"] },
  { id: "demo-races", title: "Threads, the GIL and lost updates", exercises: ["race-augassign-gil", "lock-fixes-race", "io-threads-overlap"] },
];

/** better-auth's password hash, injected so this package does not depend on the auth library. */
export type PasswordHasher = (password: string) => Promise<string>;

export async function seedDemo(db: Database, hashPassword: PasswordHasher): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    await tx.insert(user).values(demoAccounts.map((a) => ({ ...a, emailVerified: true }))).onConflictDoNothing();
    await tx
      .insert(account)
      .values(
        demoAccounts.map((a) => ({
          id: `${a.id}-credential`,
          accountId: a.id,
          providerId: "credential",
          userId: a.id,
          password: passwordHash,
        })),
      )
      .onConflictDoNothing();
    await tx.insert(classes).values(demoClass).onConflictDoNothing();
    await tx
      .insert(enrollments)
      .values(demoLearnerIds.map((userId) => ({ classId: demoClass.id, userId })))
      .onConflictDoNothing();
    await seedDemoAssignments(tx);
  });
}

async function seedDemoAssignments(db: Database): Promise<void> {
  const wanted = demoAssignments.flatMap((a) => a.exercises);
  const found = await db
    .select({ id: exercises.id, versionId: exercises.currentVersionId })
    .from(exercises)
    .where(inArray(exercises.id, wanted));
  const versionOf = new Map(found.map((e) => [e.id, e.versionId]));
  for (const demo of demoAssignments) {
    const versions = demo.exercises.map((id) => versionOf.get(id)).filter((v): v is string => Boolean(v));
    if (versions.length === 0) continue;
    const inserted = await db
      .insert(assignments)
      .values({ id: demo.id, classId: demoClass.id, title: demo.title, status: "published", attemptsAllowed: 3, answerRelease: "immediately" })
      .onConflictDoNothing()
      .returning({ id: assignments.id });
    if (inserted.length === 0) continue; // already seeded: never touch a teacher's later edits
    await db.insert(assignmentItems).values(versions.map((exerciseVersionId, position) => ({ assignmentId: demo.id, position, exerciseVersionId })));
  }
}

export async function countRows(db: Database): Promise<{ users: number; classes: number }> {
  const [users] = await db.select({ n: count() }).from(user);
  const [classRows] = await db.select({ n: count() }).from(classes);
  return { users: users?.n ?? 0, classes: classRows?.n ?? 0 };
}
