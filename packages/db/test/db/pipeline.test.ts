import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pipelinedTransaction, type Database, type DatabaseHandle } from "../../src/index.ts";
import { user } from "../../src/schema.ts";
import { openTestDatabase } from "../../src/testing/index.ts";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** The id of the transaction a statement runs in: statements sent outside it would show another. */
const transactionId = (db: Database) => db.execute(sql`select txid_current()::text as id`).then((result) => rowsOf(result)[0]!.id);

function rowsOf(result: unknown): { id: string }[] {
  // postgres.js answers the rows, PGlite an object holding them.
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: string }[];
}

const probe = (id: string) => ({ id, email: `${id}@interleave.test`, name: id, role: "learner" as const });
const stored = async (id: string) => (await handle.db.select({ id: user.id }).from(user).where(eq(user.id, id))).length === 1;

describe("pipelinedTransaction", () => {
  it("runs the first statements after BEGIN and the last ones before COMMIT, in one transaction", async () => {
    const { first, last } = await pipelinedTransaction(handle.db, async (tx) => {
      const [id] = await tx.first([transactionId(tx.db)] as const);
      const [, lastId] = await tx.last([tx.db.insert(user).values(probe("pipe-a")), transactionId(tx.db)] as const);
      return { first: id, last: lastId };
    });
    expect(last).toBe(first);
    expect(await transactionId(handle.db)).not.toBe(first);
    expect(await stored("pipe-a")).toBe(true);
  });

  it("rolls everything back when the work throws before the end", async () => {
    const failing = pipelinedTransaction(handle.db, async (tx) => {
      await tx.first([tx.db.insert(user).values(probe("pipe-b"))] as const);
      throw new Error("changed my mind");
    });
    await expect(failing).rejects.toThrow("changed my mind");
    expect(await stored("pipe-b")).toBe(false);
  });

  it("commits nothing when a last statement fails, and the connection serves the next transaction", async () => {
    const failing = pipelinedTransaction(handle.db, async (tx) => {
      await tx.first([tx.db.insert(user).values(probe("pipe-c"))] as const);
      return tx.last([tx.db.insert(user).values(probe("pipe-c"))] as const); // the same key again
    });
    await expect(failing).rejects.toThrow();
    expect(await stored("pipe-c")).toBe(false);
    await pipelinedTransaction(handle.db, async (tx) => {
      await tx.first([tx.db.insert(user).values(probe("pipe-d"))] as const);
      return tx.last([] as const);
    });
    expect(await stored("pipe-d")).toBe(true);
  });
});
