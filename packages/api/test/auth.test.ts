import { demoPassword, seedDemo, type DatabaseHandle } from "@interleave/db";
import { openTestDatabase } from "@interleave/db/testing";
import { hashPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, createCaller, createContext, createServices, forwardedFor, proxyList, type Auth } from "../src/index.ts";

const baseUrl = "http://localhost:3000";
let handle: DatabaseHandle;
let auth: Auth;

beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemo(handle.db, hashPassword);
  auth = createAuth({ db: handle.db, secret: "test-secret-that-is-long-enough-1234567890", baseUrl });
});
afterAll(async () => {
  await handle?.close();
});

function signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  return signInWith(auth, email, password, headers);
}

function signInWith(instance: Auth, email: string, password: string, headers: Record<string, string> = {}) {
  return instance.handler(
    new Request(`${baseUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": "203.0.113.7", ...headers },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe("better-auth on the drizzle schema", () => {
  it.each(["admin", "teacher", "ada", "bob"])("signs in the demo account %s@interleave.test", async (name) => {
    const response = await signIn(`${name}@interleave.test`, demoPassword);
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/session_token=/);
  });

  // A browser sends its cookies along; that is when the origin matters (cross-site request forgery).
  it("accepts a browser on 127.0.0.1 for a localhost base URL, and refuses a foreign origin", async () => {
    const browser = (origin: string) => ({ origin, cookie: "better-auth.session_token=stale" });
    expect((await signIn("ada@interleave.test", demoPassword, browser("http://127.0.0.1:3000"))).status).toBe(200);
    expect((await signIn("ada@interleave.test", demoPassword, browser("http://evil.example"))).status).toBe(403);
  });

  it("sets the session cookie HttpOnly and SameSite=Lax, and Secure behind https", async () => {
    const cookie = (await signIn("ada@interleave.test", demoPassword)).headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/);
    const httpsBase = "https://interleave.example";
    const secure = createAuth({ db: handle.db, secret: "test-secret-that-is-long-enough-1234567890", baseUrl: httpsBase });
    const response = await secure.handler(
      new Request(`${httpsBase}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: httpsBase },
        body: JSON.stringify({ email: "bob@interleave.test", password: demoPassword }),
      }),
    );
    expect(response.headers.get("set-cookie")).toMatch(/^__Secure-.*; Secure/i);
  });

  it("refuses a wrong password", async () => {
    expect((await signIn("ada@interleave.test", "not-the-password")).status).toBe(401);
  });

  it("turns the session cookie into a context user with the role from the database", async () => {
    const response = await signIn("teacher@interleave.test", demoPassword);
    const cookie = response.headers.get("set-cookie")?.split(";")[0] ?? "";
    const services = createServices(handle.db, { gradingThreads: 1, gradingTimeoutMs: 10_000, submitRateLimit: 10 });
    const context = await createContext({ db: handle.db, auth, headers: new Headers({ cookie }), services });
    await services.grader.pool.close();
    expect(context.user).toMatchObject({ email: "teacher@interleave.test", role: "teacher" });
  });

  it("gives a new sign-up the learner role, whatever it asks for", async () => {
    const response = await auth.handler(
      new Request(`${baseUrl}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: baseUrl },
        body: JSON.stringify({ email: "new@interleave.test", password: "a-long-password", name: "New", role: "admin" }),
      }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: { role: string } };
    expect(body.user.role).toBe("learner");
  });
});

describe("recent sessions", () => {
  const services = () => createServices(handle.db, { gradingThreads: 1, gradingTimeoutMs: 10_000, submitRateLimit: 10 });

  it("forget a session when it signs out", async () => {
    const svc = services();
    const withHooks = createAuth({ db: handle.db, secret: "test-secret-that-is-long-enough-1234567890", baseUrl, sessions: svc.sessions });
    const cookie = (await signInWith(withHooks, "bob@interleave.test", demoPassword)).headers.get("set-cookie")?.split(";")[0] ?? "";
    const contextOf = () => createContext({ db: handle.db, auth: withHooks, headers: new Headers({ cookie }), services: svc });
    expect((await contextOf()).user).toMatchObject({ email: "bob@interleave.test" });
    expect(svc.sessions.get(cookie)).toMatchObject({ email: "bob@interleave.test" });
    const signOut = await withHooks.handler(new Request(`${baseUrl}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: baseUrl } }));
    expect(signOut.status).toBe(200);
    expect((await contextOf()).user).toBeNull();
    await svc.grader.pool.close();
  });

  it("forget a user whose role an admin changes", async () => {
    const svc = services();
    const cookie = (await signIn("ada@interleave.test", demoPassword)).headers.get("set-cookie")?.split(";")[0] ?? "";
    const contextOf = () => createContext({ db: handle.db, auth, headers: new Headers({ cookie }), services: svc });
    const ada = (await contextOf()).user!;
    expect(ada.role).toBe("learner");
    const admin = (await createContext({ db: handle.db, auth, headers: new Headers({ cookie: (await signIn("admin@interleave.test", demoPassword)).headers.get("set-cookie")?.split(";")[0] ?? "" }), services: svc })).user;
    await createCaller({ db: handle.db, user: admin, services: svc }).admin.setRole({ userId: ada.id, role: "teacher" });
    expect((await contextOf()).user?.role).toBe("teacher");
    await svc.grader.pool.close();
  });
});

describe("sign-in rate limit", () => {
  it("lets the four demo accounts sign in back to back, and stops a burst of guesses", async () => {
    const limited = createAuth({ db: handle.db, secret: "another-secret-that-is-long-enough-12345", baseUrl, rateLimit: true });
    for (const name of ["admin", "teacher", "ada", "bob"]) {
      expect((await signInWith(limited, `${name}@interleave.test`, demoPassword)).status).toBe(200);
    }
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await signInWith(limited, "bob@interleave.test", "guess")).status);
    expect(statuses).toContain(429);
  });

  // The web server sets X-Forwarded-For with forwardedFor (apps/web/server/serve.ts).
  it("keys on the socket's address, whatever X-Forwarded-For a client writes; behind a trusted proxy, on the client's", async () => {
    const guesses = async (peer: string, proxies: string[]) => {
      const limited = createAuth({ db: handle.db, secret: "another-secret-that-is-long-enough-12345", baseUrl, rateLimit: true, trustedProxies: proxies });
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++) {
        // 192.0.2.x: addresses no other test signs in from (the limiter's memory is shared by the process).
        const header = forwardedFor(peer, `192.0.2.${i}`, proxyList(proxies));
        statuses.push((await signInWith(limited, "bob@interleave.test", "guess", { "x-forwarded-for": header })).status);
      }
      return statuses;
    };
    expect(await guesses("198.51.100.9", [])).toContain(429);
    expect(await guesses("10.0.0.2", ["10.0.0.0/8"])).not.toContain(429);
  });
});
