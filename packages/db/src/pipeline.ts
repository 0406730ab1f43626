// A short transaction in two round trips. On PostgreSQL every statement of a transaction is a round
// trip, BEGIN and COMMIT included; a hot path that reads, decides and writes needs only two: BEGIN is
// sent together with the reads, COMMIT together with the writes (postgres.js pipelines the statements
// of one connection). Should a write fail, PostgreSQL turns that COMMIT into a rollback. PGlite runs
// in-process, where round trips cost nothing: an ordinary transaction.
import type postgres from "postgres";
import type { Database } from "./client.ts";
import { preparing } from "./prepared.ts";

type Statements<T extends readonly unknown[]> = readonly [...{ [K in keyof T]: PromiseLike<T[K]> }];

export interface PipelinedTransaction {
  /** Build the statements on this and hand them to `first` or `last`; in between, await them as usual. */
  readonly db: Database;
  /** The first statements, sent with BEGIN; resolves to their results in order. */
  first<T extends readonly unknown[]>(statements: Statements<T>): Promise<T>;
  /** The last statements, sent with COMMIT: once they resolve, the transaction is committed. */
  last<T extends readonly unknown[]>(statements: Statements<T>): Promise<T>;
}

/**
 * Runs `work` in one transaction: committed when `last` resolved, rolled back when `work` throws
 * before. `work` calls `first` before anything else and ends with `last`.
 */
export async function pipelinedTransaction<R>(db: Database, work: (tx: PipelinedTransaction) => Promise<R>): Promise<R> {
  const client = (db as Database & { $client?: unknown }).$client as postgres.Sql | undefined;
  if (typeof client?.reserve !== "function") return db.transaction((tx) => work({ db: tx, first: all, last: all }));
  const connection = await client.reserve();
  let committed = false;
  try {
    return await work({
      db: preparing(db, connection),
      async first<T extends readonly unknown[]>(statements: Statements<T>): Promise<T> {
        // BEGIN is handed to the connection before the statements: it needs fewer hops to get there.
        const begin = connection`begin`.execute();
        const [results] = await Promise.all([all<T>(statements), begin]);
        return results;
      },
      async last<T extends readonly unknown[]>(statements: Statements<T>): Promise<T> {
        const results = all<T>(statements);
        results.catch(() => {}); // awaited below, with the COMMIT
        // Drizzle hands a statement to the connection a few microtasks after it is started; a turn
        // of the event loop later every one of them is queued, and COMMIT goes after them.
        await new Promise((resolve) => setImmediate(resolve));
        const [values] = await Promise.all([results, connection`commit`.execute()]);
        committed = true;
        return values;
      },
    });
  } catch (error) {
    // After a failed write the COMMIT already rolled back; outside a transaction this only warns.
    if (!committed) await connection`rollback`.catch(() => {});
    throw error;
  } finally {
    connection.release();
  }
}

function all<T extends readonly unknown[]>(statements: Statements<T>): Promise<T> {
  return Promise.all(statements) as Promise<unknown> as Promise<T>;
}
