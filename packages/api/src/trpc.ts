import type { Database, Role } from "@interleave/db";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Grader } from "./grading/grader.ts";
import type { RateLimiter } from "./rate-limit.ts";
import type { SessionCache } from "./session-cache.ts";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** What procedures need besides the database: the grader, the submit limit, recent sessions and the clock. */
export type Services = {
  grader: Grader;
  submitLimiter: RateLimiter;
  sessions: SessionCache;
  now: () => Date;
};

export type Context = {
  db: Database;
  user: SessionUser | null;
  services: Services;
};

const t = initTRPC.context<Context>().create();

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

export const signedInProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export function roleProcedure(...allowed: Role[]) {
  return signedInProcedure.use(({ ctx, next }) => {
    if (!allowed.includes(ctx.user.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `Only ${allowed.join(" or ")} accounts may do this` });
    }
    return next();
  });
}

export type SignedInContext = Context & { user: SessionUser };
