// The one place that reads and validates the environment. Everything else gets a typed Config.
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" }).optional());

const envSchema = z.object({
  DATABASE_URL: optionalUrl.optional(),
  TEST_DATABASE_URL: optionalUrl.optional(),
  INTERLEAVE_DATA_DIR: z.string().trim().min(1).default(".data"),
  INTERLEAVE_DEMO: z.enum(["0", "1"]).default("0"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  BETTER_AUTH_URL: z.url().optional(),
  INTERLEAVE_EXERCISES_DIR: z.string().trim().min(1).optional(),
  INTERLEAVE_GRADING_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  INTERLEAVE_GRADING_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  INTERLEAVE_SUBMIT_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  TRUST_PROXY: z
    .string()
    .trim()
    .default("")
    .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], { error: "TRUST_PROXY lists proxy addresses or CIDR ranges, separated by commas" }))),
});

export type Config = {
  /** PostgreSQL server URL; undefined means the embedded PGlite database in dataDir. */
  databaseUrl: string | undefined;
  testDatabaseUrl: string | undefined;
  /** Absolute path of the data folder (embedded database, generated auth secret). */
  dataDir: string;
  /** Seed demo accounts: always for the embedded database, on request for a server. */
  seedDemo: boolean;
  port: number;
  authSecret: string | undefined;
  baseUrl: string;
  /** The exercise bank folder, imported at start and whenever a file in it changes. */
  exercisesDir: string;
  /** Worker threads grading submissions; undefined = the pool's default (cores − 1). */
  gradingThreads: number | undefined;
  /** Real-time limit of one grading job; past it the submission is recorded as an error. */
  gradingTimeoutMs: number;
  /** Submissions per learner per minute. */
  submitRateLimit: number;
  /**
   * Reverse proxies (addresses, CIDR ranges) whose X-Forwarded-For is believed. Empty: the client's
   * address is the socket's, whatever the request's headers say.
   */
  trustedProxies: string[];
};

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    testDatabaseUrl: e.TEST_DATABASE_URL,
    dataDir: path.resolve(e.INTERLEAVE_DATA_DIR),
    seedDemo: e.DATABASE_URL === undefined || e.INTERLEAVE_DEMO === "1",
    port: e.PORT,
    authSecret: e.BETTER_AUTH_SECRET,
    baseUrl: e.BETTER_AUTH_URL ?? `http://localhost:${e.PORT}`,
    exercisesDir: path.resolve(/*turbopackIgnore: true*/ e.INTERLEAVE_EXERCISES_DIR ?? defaultExercisesDir()),
    gradingThreads: e.INTERLEAVE_GRADING_THREADS,
    gradingTimeoutMs: e.INTERLEAVE_GRADING_TIMEOUT_MS,
    submitRateLimit: e.INTERLEAVE_SUBMIT_RATE_LIMIT,
    trustedProxies: e.TRUST_PROXY,
  };
}

/** exercises/ of the workspace the process runs in (the server's folder is apps/web). */
function defaultExercisesDir(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return path.join(dir, "exercises");
    if (path.dirname(dir) === dir) return path.resolve("exercises");
  }
}
