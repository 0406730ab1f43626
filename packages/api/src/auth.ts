// better-auth on the drizzle schema: email + password, a server-controlled `role` on the user.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config, Database } from "@interleave/db";
import { schema } from "@interleave/db";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { SessionCache } from "./session-cache.ts";

export type AuthOptions = {
  db: Database;
  secret: string;
  baseUrl: string;
  /** Force rate limiting on or off; by default better-auth enables it in production only. */
  rateLimit?: boolean;
  /** Forgets a cached session when it ends or its user changes. */
  sessions?: SessionCache;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); see apps/web/server/serve.ts. */
  trustedProxies?: string[];
};

export function createAuth(options: AuthOptions) {
  return betterAuth({
    baseURL: options.baseUrl,
    trustedOrigins: loopbackAliases(options.baseUrl),
    secret: options.secret,
    database: drizzleAdapter(options.db, {
      provider: "pg",
      schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification },
    }),
    emailAndPassword: { enabled: true },
    user: {
      additionalFields: {
        // input: false — a sign-up can never choose its own role.
        role: { type: ["learner", "teacher", "admin"], required: false, defaultValue: "learner", input: false },
      },
    },
    databaseHooks: {
      session: { delete: { after: async (session) => options.sessions?.forgetSession(session.token) } },
      user: { update: { after: async (user) => options.sessions?.forgetUser(user.id) } },
    },
    // The default allows 3 sign-ins per 10 s per address, which trips a classroom behind one NAT
    // (and a script signing in the four demo accounts). Still bounded against password guessing.
    rateLimit: { enabled: options.rateLimit, customRules: { "/sign-in/email": { window: 60, max: 30 } } },
    // better-auth skips the origin (CSRF) check when NODE_ENV=test; keep it on so tests see production.
    advanced: {
      disableOriginCheck: false,
      // The rate limit keys on the client's address. The web server sets X-Forwarded-For to the
      // socket's address, or appends it when the connection comes from a trusted proxy; better-auth
      // then reads the address right of the last trusted proxy.
      ipAddress: { trustedProxies: options.trustedProxies ?? [] },
      // Secure (and __Secure- prefixed) whenever the app is served over https; never readable by scripts.
      useSecureCookies: new URL(options.baseUrl).protocol === "https:",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** http://localhost:3000 is also reached as 127.0.0.1 or [::1]; a browser there must sign in too. */
function loopbackAliases(baseUrl: string): string[] {
  const url = new URL(baseUrl);
  if (url.hostname !== "localhost") return [];
  return ["127.0.0.1", "[::1]"].map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
}

/**
 * The secret from BETTER_AUTH_SECRET, else one generated once and kept in the data folder, so the
 * embedded default needs no configuration and no secret ever sits in the repository.
 */
export async function loadAuthSecret(config: Config): Promise<string> {
  if (config.authSecret) return config.authSecret;
  const file = path.join(config.dataDir, "auth-secret");
  const existing = await readFile(file, "utf8").catch(() => undefined);
  if (existing?.trim()) return existing.trim();
  await mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600, flag: "wx" }).catch(() => undefined);
  // Re-read: if another process won the race, its secret is the one on disk.
  return (await readFile(file, "utf8")).trim();
}
