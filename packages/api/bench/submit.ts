// Submit benchmark: the built app on a fresh PostgreSQL database, 50 learners submitting over HTTP in
// closed loops for 30 s, beside a no-op tRPC query under the same load. Prints p50/p95/p99 latency
// and throughput of both, then counts the submissions in the database (each must be stored once).
// Needs TEST_DATABASE_URL (a PostgreSQL server it may create a database on); loopback only.
//   pnpm --filter @interleave/api bench [--learners 50 --seconds 30]
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "@interleave/db";
import postgres from "postgres";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const webDir = path.join(repoRoot, "apps/web");
const { values: args } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== "--"), options: { learners: { type: "string", default: "50" }, seconds: { type: "string", default: "30" } } });
const LEARNERS = Math.min(200, Number(args.learners));
const SECONDS = Math.min(120, Number(args.seconds));

type Sample = { ms: number; ok: boolean };

async function main(): Promise<void> {
  const serverUrl = readConfig().testDatabaseUrl;
  if (!serverUrl) throw new Error("set TEST_DATABASE_URL to a PostgreSQL server the benchmark may create a database on");
  if (!existsSync(path.join(webDir, ".next", "BUILD_ID"))) throw new Error("build the web app first: pnpm --filter @interleave/web build");
  const dbName = `interleave_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${dbName}"`);
  const databaseUrl = withDatabase(serverUrl, dbName);
  const port = await freePort();
  const server = startServer(databaseUrl, port);
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitUntilUp(base, server);
    const setup = await prepare(base);
    console.log(`\n${LEARNERS} learners, ${SECONDS} s per phase, app on ${base}, PostgreSQL database ${dbName}`);
    const noop = await closedLoops(setup.cookies, (cookie) => trpc(base, cookie, "GET", "health.ping"));
    report("no-op query (health.ping)", noop);
    const submitted = new Set<string>();
    const submits = await closedLoops(setup.cookies, (cookie, learner, i) => {
      const key = `bench-${learner}-${i}`;
      return trpc(base, cookie, "POST", "attempts.submit", { attemptId: setup.attempts[learner]!, position: 0, answers: setup.answers, idempotencyKey: key }).then(
        (ok) => (ok && submitted.add(key), ok),
      );
    });
    report("submit (cached fingerprints)", submits);
    await countStored(databaseUrl, submitted.size);
  } finally {
    agent.destroy();
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

function startServer(databaseUrl: string, port: number): ChildProcess {
  const tsx = path.join(webDir, "node_modules", "tsx", "dist", "cli.mjs");
  return spawn(process.execPath, [tsx, "server/start.ts"], {
    cwd: webDir,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      INTERLEAVE_DEMO: "1",
      PORT: String(port),
      BETTER_AUTH_URL: `http://localhost:${port}`,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      // The benchmark measures latency, not the per-learner limit.
      INTERLEAVE_SUBMIT_RATE_LIMIT: "100000000",
      // Its learners sign up from distinct addresses written in X-Forwarded-For, as behind a proxy.
      TRUST_PROXY: "127.0.0.1,::1",
      NODE_ENV: "production",
    },
  });
}

async function waitUntilUp(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    if (await trpc(base, "", "GET", "health.ping").catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not answer within 180 s");
}

/** The teacher publishes an assignment; each learner signs up, joins, starts (deriving their variant). */
async function prepare(base: string) {
  const teacher = await signIn(base, "teacher@interleave.test", "interleave", "10.0.0.1");
  const created = await call<{ id: string }>(base, teacher, "POST", "assignments.create", {
    classId: "demo-class",
    title: "Benchmark",
    exerciseIds: ["io-sequential"],
    attemptsAllowed: null,
    answerRelease: "immediately",
  });
  await call(base, teacher, "POST", "assignments.publish", { assignmentId: created.id });
  const cookies: string[] = [];
  const attempts: string[] = [];
  let answers: Record<string, unknown> = {};
  for (let i = 0; i < LEARNERS; i++) {
    const cookie = await signUp(base, `bench${i}@interleave.test`, `10.1.${i >> 8}.${i & 255}`);
    await call(base, cookie, "POST", "classes.join", { joinCode: "DEMO01" });
    const attempt = await call<{ id: string; questions: { exercise: { parameters: Record<string, number> } }[] }>(base, cookie, "POST", "attempts.start", { assignmentId: created.id });
    const { DOWNLOADS = 0, DELAY = 0 } = attempt.questions[0]!.exercise.parameters;
    answers = { printed: `took ${(DOWNLOADS * DELAY).toFixed(1)} s\n`, "wall-time": DOWNLOADS * DELAY };
    cookies.push(cookie);
    attempts.push(attempt.id);
  }
  return { cookies, attempts, answers };
}

async function signIn(base: string, email: string, password: string, ip: string): Promise<string> {
  return authCookie(base, "sign-in/email", { email, password }, ip);
}

async function signUp(base: string, email: string, ip: string): Promise<string> {
  return authCookie(base, "sign-up/email", { email, password: "bench-password-1", name: email.split("@")[0] }, ip);
}

// Sign-in is rate limited per address; the benchmark's learners come from distinct ones (TRUST_PROXY).
async function authCookie(base: string, route: string, body: unknown, ip: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base.replace("127.0.0.1", "localhost"), "x-forwarded-for": ip },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function call<T = unknown>(base: string, cookie: string, method: "GET" | "POST", procedure: string, input?: unknown): Promise<T> {
  const response = await request(base, cookie, method, procedure, input);
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok || !body.result) throw new Error(`${procedure}: ${response.status} ${body.error?.message ?? ""}`);
  return body.result.data;
}

function request(base: string, cookie: string, method: "GET" | "POST", procedure: string, input?: unknown): Promise<Response> {
  const query = method === "GET" && input !== undefined ? `?input=${encodeURIComponent(JSON.stringify(input))}` : "";
  return fetch(`${base}/api/trpc/${procedure}${query}`, {
    method,
    headers: { "content-type": "application/json", cookie },
    body: method === "POST" ? JSON.stringify(input) : undefined,
  });
}

// The measured calls go through node:http with kept-alive connections: fetch costs the client several
// times more CPU, taken from the two cores it shares with the server and the database.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One tRPC call of the measured loops; resolves to whether it succeeded. */
function trpc(base: string, cookie: string, method: "GET" | "POST", procedure: string, input?: unknown): Promise<boolean> {
  const query = method === "GET" && input !== undefined ? `?input=${encodeURIComponent(JSON.stringify(input))}` : "";
  const body = method === "POST" ? JSON.stringify(input) : undefined;
  const headers = { "content-type": "application/json", cookie, ...(body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) }) };
  return new Promise((resolve, reject) => {
    const call = http.request(`${base}/api/trpc/${procedure}${query}`, { method, agent, headers }, (response) => {
      response.on("error", reject).on("end", () => resolve(response.statusCode === 200));
      response.resume();
    });
    call.on("error", reject).end(body);
  });
}

/** One closed loop per learner: the next request leaves when the previous one answered. */
async function closedLoops(cookies: string[], send: (cookie: string, learner: number, i: number) => Promise<boolean>): Promise<{ samples: Sample[]; seconds: number }> {
  const samples: Sample[] = [];
  const started = performance.now();
  const end = started + SECONDS * 1000;
  await Promise.all(
    cookies.map(async (cookie, learner) => {
      for (let i = 0; performance.now() < end; i++) {
        const t0 = performance.now();
        const ok = await send(cookie, learner, i).catch(() => false);
        samples.push({ ms: performance.now() - t0, ok });
      }
    }),
  );
  return { samples, seconds: (performance.now() - started) / 1000 };
}

function report(name: string, run: { samples: Sample[]; seconds: number }): void {
  const sorted = run.samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
  const errors = run.samples.filter((s) => !s.ok).length;
  console.log(
    `${name.padEnd(30)} ${String(run.samples.length).padStart(7)} requests  ${(run.samples.length / run.seconds).toFixed(0).padStart(5)} req/s` +
      `  p50 ${at(50)} ms  p95 ${at(95)} ms  p99 ${at(99)} ms  errors ${errors}`,
  );
}

async function countStored(databaseUrl: string, succeeded: number): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ stored: number; keys: number; graded: number }[]>`
      select count(*)::int as stored, count(distinct (attempt_id, idempotency_key))::int as keys,
             count(*) filter (where status = 'graded')::int as graded
      from submissions where idempotency_key like 'bench-%'`;
    const verdict = row!.stored === succeeded && row!.keys === succeeded ? "each stored once" : "MISMATCH";
    console.log(`database: ${row!.stored} submissions stored (${row!.keys} distinct keys, ${row!.graded} graded) for ${succeeded} successful submits: ${verdict}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

await main();
