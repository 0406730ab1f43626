// Wiring shared by the web server and the start script: database, auth, grading pool and the bank
// import, all from one Config.
import type { FSWatcher } from "node:fs";
import { openDatabase, seedDemo, targetFromConfig, type Config, type Database, type DatabaseHandle } from "@interleave/db";
import { hashPassword } from "better-auth/crypto";
import { createAuth, loadAuthSecret, type Auth } from "./auth.ts";
import { syncBank, watchBank, type BankSyncResult } from "./bank.ts";
import { Grader } from "./grading/grader.ts";
import { GradingPool } from "./grading/pool.ts";
import { RateLimiter } from "./rate-limit.ts";
import { SessionCache } from "./session-cache.ts";
import type { Services } from "./trpc.ts";

export type ServerRuntime = { database: DatabaseHandle; auth: Auth; services: Services; close(): Promise<void> };

export type ServiceOptions = {
  gradingThreads?: number;
  gradingTimeoutMs: number;
  submitRateLimit: number;
  /** Where grades are recorded; see DatabaseHandle.asyncCommitDb (default: db). */
  gradeDb?: Database;
};

export function createServices(db: Database, options: ServiceOptions): Services {
  const pool = new GradingPool({ threads: options.gradingThreads, timeoutMs: options.gradingTimeoutMs });
  return {
    grader: new Grader(db, pool, options.gradeDb),
    submitLimiter: new RateLimiter(options.submitRateLimit, 60_000),
    sessions: new SessionCache(),
    now: () => new Date(),
  };
}

export async function openRuntime(config: Config): Promise<ServerRuntime> {
  const database = await openDatabase(targetFromConfig(config));
  const services = createServices(database.db, { ...config, gradeDb: database.asyncCommitDb });
  const auth = createAuth({ db: database.db, secret: await loadAuthSecret(config), baseUrl: config.baseUrl, sessions: services.sessions, trustedProxies: config.trustedProxies });
  void services.grader.pool.warmUp().catch((error: Error) => console.error(`Interleave: grading workers failed to start: ${error.message}`));
  logSync(await syncBank(database.db, config.exercisesDir));
  const watcher = watchBankQuietly(database.db, config.exercisesDir);
  // Submissions a crash left pending: graded in the background, the server answers meanwhile.
  void services.grader.gradeAllPending().then((n) => n && console.log(`Interleave: graded ${n} pending submissions`));
  return {
    database,
    auth,
    services,
    close: async () => {
      watcher?.close();
      await services.grader.pool.close();
      await database.close();
    },
  };
}

function watchBankQuietly(db: Database, dir: string): FSWatcher | undefined {
  try {
    return watchBank(db, dir, (result) => (result instanceof Error ? console.error(`Interleave: exercise import failed: ${result.message}`) : logSync(result)));
  } catch (error) {
    console.error(`Interleave: not watching ${dir} for changes: ${(error as Error).message}`);
    return undefined;
  }
}

function logSync(result: BankSyncResult): void {
  if (result.newVersions) console.log(`Interleave: imported ${result.newVersions} new exercise versions (${result.imported} exercises in the bank)`);
  for (const failure of result.failures) console.error(`Interleave: exercise ${failure.slug} was not imported:\n  ${failure.errors.join("\n  ")}`);
}

/** Migrates, imports the bank, and seeds the demo when the config asks for it. Returns whether it seeded. */
export async function prepareDatabase(config: Config): Promise<{ seeded: boolean }> {
  const database = await openDatabase(targetFromConfig(config));
  try {
    await database.migrate();
    logSync(await syncBank(database.db, config.exercisesDir));
    if (config.seedDemo) await seedDemo(database.db, hashPassword);
    return { seeded: config.seedDemo };
  } finally {
    await database.close();
  }
}
