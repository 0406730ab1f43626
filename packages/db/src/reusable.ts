// A statement of a hot path, built by drizzle once. Building a query (walking its tree, rendering
// the SQL, ordering the selected fields) costs more than running it; drizzle's `.prepare()` keeps the
// result with placeholders for the values, bound to the connection it was built on. Here the built
// statement is reused on whichever connection (pool, transaction, pipelined transaction) runs it.
import { sql } from "drizzle-orm";
import type { Database } from "./client.ts";

/** What drizzle's `.prepare(name)` gives: a built statement that runs with values for its placeholders. */
interface Prepared<R> {
  execute(values: Record<string, unknown>): Promise<R>;
}

/** What reusable statements need of drizzle's sessions: they keep their connection in `client`. */
type SessionOf = { session: { client: unknown } };

/**
 * `build(db)` names its values with `placeholder(name)` and ends with `.prepare(name)`. The returned
 * function runs it on `db` with the values; the result starts running only when awaited, so it can be
 * handed to a pipelined transaction.
 */
export function reusable<V extends Record<string, unknown>, R>(name: string, build: (db: Database, placeholder: (key: keyof V & string) => ReturnType<typeof sql.placeholder>) => { prepare(name: string): Prepared<R> }) {
  // Per kind of session (PGlite, postgres.js, a transaction of either): they run statements differently.
  const built = new Map<unknown, Prepared<R>>();
  return (db: Database, values: V): PromiseLike<R> => {
    const { session } = db as unknown as SessionOf;
    let prepared = built.get(session.constructor);
    if (!prepared) {
      prepared = build(db, (key) => sql.placeholder(key)).prepare(name);
      built.set(session.constructor, prepared);
    }
    const onConnection = Object.create(prepared, { client: { value: session.client } }) as Prepared<R>;
    return { then: (resolve, reject) => onConnection.execute(values).then(resolve, reject) };
  };
}
