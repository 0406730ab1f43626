import type { Database } from "@interleave/db";
import { roles } from "@interleave/db";
import type { Auth } from "./auth.ts";
import type { SessionCache } from "./session-cache.ts";
import type { Context, Services, SessionUser } from "./trpc.ts";

export async function createContext(options: { db: Database; auth: Auth; headers: Headers; services: Services }): Promise<Context> {
  return { db: options.db, user: await sessionUser(options.auth, options.headers, options.services.sessions), services: options.services };
}

/** The signed-in user: from the recent sessions when this cookie was seen lately, else from better-auth. */
async function sessionUser(auth: Auth, headers: Headers, sessions: SessionCache): Promise<SessionUser | null> {
  const cookie = headers.get("cookie");
  const recent = cookie ? sessions.get(cookie) : undefined;
  if (recent) return recent;
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const user = toSessionUser(session.user);
  if (cookie) sessions.remember(cookie, user, session.session);
  return user;
}

function toSessionUser(user: { id: string; email: string; name: string; role?: unknown }): SessionUser {
  const role = roles.find((r) => r === user.role);
  if (!role) throw new Error(`User ${user.id} has an unknown role: ${String(user.role)}`);
  return { id: user.id, email: user.email, name: user.name, role };
}
