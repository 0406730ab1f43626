import { countRows, schema } from "@interleave/db";
import { asc, eq } from "drizzle-orm";
import { adminRouter } from "./routers/admin.ts";
import { assignmentsRouter } from "./routers/assignments.ts";
import { attemptsRouter } from "./routers/attempts.ts";
import { classesRouter } from "./routers/classes.ts";
import { exercisesRouter } from "./routers/exercises.ts";
import { gradingRouter } from "./routers/grading.ts";
import { progressRouter } from "./routers/progress.ts";
import { createCallerFactory, publicProcedure, router } from "./trpc.ts";

export const appRouter = router({
  health: router({
    /** What the database holds, for the landing page and smoke tests. */
    overview: publicProcedure.query(async ({ ctx }) => {
      const { users, classes: classCount } = await countRows(ctx.db);
      const classes = await ctx.db
        .select({ name: schema.classes.name, teacher: schema.user.name })
        .from(schema.classes)
        .innerJoin(schema.user, eq(schema.classes.teacherId, schema.user.id))
        .orderBy(asc(schema.classes.name))
        .limit(20);
      return { userCount: users, classCount, classes };
    }),
    /** Does nothing: the baseline the submit benchmark compares against. */
    ping: publicProcedure.query(() => "pong" as const),
  }),
  session: router({
    me: publicProcedure.query(({ ctx }) => ctx.user),
  }),
  classes: classesRouter,
  exercises: exercisesRouter,
  assignments: assignmentsRouter,
  attempts: attemptsRouter,
  grading: gradingRouter,
  progress: progressRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
