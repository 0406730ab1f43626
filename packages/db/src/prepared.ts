// drizzle's postgres-js driver asks postgres.js to prepare a statement only when it is given a name
// (`.prepare(name)`). Unprepared, a statement with parameters costs two round trips: postgres.js first
// has the server describe it, for the parameters' types, then runs it. Prepared, it is described once
// per connection (postgres.js keeps the statements it prepared by their text and types), and every
// later run is one round trip, which pipelines with the statements around it. drizzle's statements
// are a fixed set of texts with numbered parameters, so the per-connection cache stays small.
import type { PgDialect, PgPreparedQuery, PreparedQueryConfig } from "drizzle-orm/pg-core";
import type { TablesRelationalConfig } from "drizzle-orm";
import { PostgresJsDatabase, PostgresJsSession, PostgresJsTransaction } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import type { Database } from "./client.ts";

// drizzle's session types are generic over the client and schema; these sessions serve any of them.
type AnySession = PostgresJsSession<postgres.Sql, Record<string, unknown>, TablesRelationalConfig>;
type SessionArgs = ConstructorParameters<typeof PostgresJsSession<postgres.Sql, Record<string, unknown>, TablesRelationalConfig>>;
type TransactionConfig = Parameters<AnySession["transaction"]>[1];

/** A drizzle session whose every statement is prepared, in its transactions too. */
class PreparingSession extends PostgresJsSession<postgres.Sql, Record<string, unknown>, TablesRelationalConfig> {
  override prepareQuery<T extends PreparedQueryConfig = PreparedQueryConfig>(...[query, fields, name, ...rest]: Parameters<AnySession["prepareQuery"]>): PgPreparedQuery<T> {
    return super.prepareQuery<T>(query, fields, name ?? "", ...(rest as [boolean]));
  }

  override transaction<T>(work: (tx: PostgresJsTransaction<Record<string, unknown>, TablesRelationalConfig>) => Promise<T>, config?: TransactionConfig): Promise<T> {
    const { dialect, schema, options } = internals(this);
    return this.client.begin(async (client) => {
      const session = new PreparingSession(client as unknown as postgres.Sql, dialect, schema, options);
      const tx = new PostgresJsTransaction(dialect, session as never, schema);
      if (config) await tx.setTransaction(config);
      return work(tx);
    }) as Promise<T>;
  }
}

/** `db` (made by drizzle's postgres-js driver) with its statements prepared, sent on `client`. */
export function preparing<D extends Database>(db: D, client: postgres.Sql | postgres.ReservedSql): D {
  const { dialect, schema, options } = internals((db as unknown as { session: AnySession }).session);
  const session = new PreparingSession(client as postgres.Sql, dialect, schema, options);
  return Object.assign(new PostgresJsDatabase(dialect, session as never, schema as never), { $client: client }) as unknown as D;
}

function internals(session: AnySession): { dialect: PgDialect; schema: SessionArgs[2]; options: SessionArgs[3] } {
  return session as unknown as { dialect: PgDialect; schema: SessionArgs[2]; options: SessionArgs[3] };
}
