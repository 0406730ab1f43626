import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, demoAccounts, demoClass, seedDemo, type DatabaseHandle } from "../../src/index.ts";
import { classes, user } from "../../src/schema.ts";
import { openTestDatabase } from "../../src/testing/index.ts";

const fakeHash = async (password: string) => `hashed:${password}`;
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("the connection for redoable writes", () => {
  it("sees and writes the same database, committing without waiting for the disk on PostgreSQL", async () => {
    const result = await handle.asyncCommitDb.execute(sql`select current_setting('synchronous_commit') as value`);
    // postgres.js answers the rows, PGlite an object holding them.
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { value: string }[];
    expect(rows[0]?.value).toBe(handle.backend === "postgres" ? "off" : "on");
    await handle.asyncCommitDb.insert(user).values({ id: "async-probe", email: "probe@interleave.test", name: "Probe", role: "learner" });
    expect(await handle.db.select({ id: user.id }).from(user).where(eq(user.id, "async-probe"))).toEqual([{ id: "async-probe" }]);
    await handle.db.delete(user).where(eq(user.id, "async-probe"));
  });
});

describe("migrated database", () => {
  it("starts empty", async () => {
    expect(await countRows(handle.db)).toEqual({ users: 0, classes: 0 });
  });

  it("re-running migrations is a no-op", async () => {
    await handle.migrate();
    expect(await countRows(handle.db)).toEqual({ users: 0, classes: 0 });
  });

  it("seeds the demo accounts and class, idempotently", async () => {
    await seedDemo(handle.db, fakeHash);
    await seedDemo(handle.db, fakeHash);
    expect(await countRows(handle.db)).toEqual({ users: demoAccounts.length, classes: 1 });
    const [teacher] = await handle.db.select().from(user).where(eq(user.email, "teacher@interleave.test"));
    expect(teacher?.role).toBe("teacher");
    const [demo] = await handle.db.select().from(classes).where(eq(classes.id, demoClass.id));
    expect(demo?.teacherId).toBe(teacher?.id);
  });

  it("rejects a role outside learner/teacher/admin", async () => {
    const insert = handle.db.insert(user).values({ id: "x", name: "X", email: "x@x.test", role: "root" as never });
    await expect(insert).rejects.toThrow();
  });

  it("refuses to delete a teacher who still owns a class", async () => {
    await expect(handle.db.delete(user).where(eq(user.id, demoClass.teacherId))).rejects.toThrow();
  });
});
