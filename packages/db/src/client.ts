// One factory for both backends: embedded PGlite (default) or a PostgreSQL server via postgres.js.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { Config } from "./env.ts";
import { preparing } from "./prepared.ts";
import * as schema from "./schema.ts";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction; it can stand wherever a Database is expected. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Backend = "pglite" | "postgres";

export type DatabaseHandle = {
  db: Database;
  /**
   * The same database, for writes that a crash may lose because they are redone at start (a grade:
   * its submission stays pending and is graded again, to the same result). PostgreSQL commits them
   * without waiting for the disk (synchronous_commit off), which halves the flushes of a submit.
   * PGlite: the same as db.
   */
  asyncCommitDb: Database;
  backend: Backend;
  /** Applies the committed SQL migrations that are not applied yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole database as a gzipped tarball, loadable with `loadDataDir`. */
  dump?(): Promise<Blob>;
};

export type DatabaseTarget =
  | { backend: "pglite"; dataDir?: string; loadDataDir?: Blob }
  | { backend: "postgres"; url: string };

export function migrationsFolder(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "drizzle");
}

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.backend === "pglite" ? openPglite(target) : openPostgres(target.url);
}

export function targetFromConfig(config: Config): DatabaseTarget {
  return config.databaseUrl
    ? { backend: "postgres", url: config.databaseUrl }
    : { backend: "pglite", dataDir: path.join(config.dataDir, "pglite") };
}

async function openPglite(target: { dataDir?: string; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  if (target.dataDir) await mkdir(target.dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: target.dataDir, loadDataDir: target.loadDataDir });
  const db = drizzlePglite({ client, schema });
  return {
    db,
    asyncCommitDb: db,
    backend: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder: migrationsFolder() }),
    close: () => client.close(),
    dump: () => client.dumpDataDir("gzip"),
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const client = postgres(url, { max: 20, onnotice: () => {} });
  await assertReachable(client, url);
  const asyncClient = postgres(url, { max: 10, onnotice: () => {}, connection: { synchronous_commit: "off" } });
  const db = preparing(drizzlePostgres({ client, schema }), client);
  return {
    db,
    asyncCommitDb: preparing(drizzlePostgres({ client: asyncClient, schema }), asyncClient),
    backend: "postgres",
    migrate: () => migratePostgres(db, { migrationsFolder: migrationsFolder() }),
    close: async () => {
      await Promise.all([client.end({ timeout: 5 }), asyncClient.end({ timeout: 5 })]);
    },
  };
}

async function assertReachable(client: postgres.Sql, url: string): Promise<void> {
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 });
    const where = new URL(url).host;
    throw new Error(`Cannot connect to PostgreSQL at ${where}: ${(error as Error).message}`, { cause: error });
  }
}
