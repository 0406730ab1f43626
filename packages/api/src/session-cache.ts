// Sessions looked up lately, by the request's Cookie header. better-auth's lookup costs a signature
// check and a query on every request; a learner's page fires several in a row. An entry lives a few
// seconds at most (never past the session's expiry); signing out and a role change forget it at
// once in this process, other instances within SESSION_CACHE_MS.
import type { SessionUser } from "./trpc.ts";

export const SESSION_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;

type Entry = { user: SessionUser; token: string; until: number };

export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = SESSION_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(cookie: string): SessionUser | undefined {
    const entry = this.entries.get(cookie);
    if (!entry) return undefined;
    if (this.now() < entry.until) return entry.user;
    this.entries.delete(cookie);
    return undefined;
  }

  remember(cookie: string, user: SessionUser, session: { token: string; expiresAt: Date }): void {
    if (this.entries.size >= MAX_ENTRIES) this.forgetExpired();
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(cookie, { user, token: session.token, until: Math.min(this.now() + this.ttlMs, session.expiresAt.getTime()) });
  }

  /** A session ended (sign-out, revocation). */
  forgetSession(token: string): void {
    this.forgetWhere((entry) => entry.token === token);
  }

  /** A user changed (role, name) or was removed. */
  forgetUser(userId: string): void {
    this.forgetWhere((entry) => entry.user.id === userId);
  }

  private forgetExpired(): void {
    const now = this.now();
    this.forgetWhere((entry) => entry.until <= now);
  }

  private forgetWhere(test: (entry: Entry) => boolean): void {
    for (const [cookie, entry] of this.entries) if (test(entry)) this.entries.delete(cookie);
  }
}
