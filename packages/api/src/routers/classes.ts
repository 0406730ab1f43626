import { schema } from "@interleave/db";
import { TRPCError } from "@trpc/server";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { isEnrolled, isStaffOf, loadClass, requireStaff } from "../access.ts";
import { classGradesCsv } from "../csv.ts";
import { newId, newJoinCode } from "../ids.ts";
import { className, id, joinCode } from "../inputs.ts";
import { publicProcedure, roleProcedure, router, signedInProcedure } from "../trpc.ts";

const classSummary = {
  id: schema.classes.id,
  name: schema.classes.name,
  joinCode: schema.classes.joinCode,
  teacher: schema.user.name,
};

export const classesRouter = router({
  /** Teachers see the classes they own; admins see every class. */
  list: roleProcedure("teacher", "admin").query(({ ctx }) => {
    const query = ctx.db.select(classSummary).from(schema.classes).innerJoin(schema.user, eq(schema.classes.teacherId, schema.user.id));
    const owned = ctx.user.role === "admin" ? query : query.where(eq(schema.classes.teacherId, ctx.user.id));
    return owned.orderBy(asc(schema.classes.name));
  }),
  /** The classes the caller is enrolled in (a learner's). */
  mine: signedInProcedure.query(({ ctx }) =>
    ctx.db
      .select({ id: schema.classes.id, name: schema.classes.name, teacher: schema.user.name })
      .from(schema.enrollments)
      .innerJoin(schema.classes, eq(schema.enrollments.classId, schema.classes.id))
      .innerJoin(schema.user, eq(schema.classes.teacherId, schema.user.id))
      .where(eq(schema.enrollments.userId, ctx.user.id))
      .orderBy(asc(schema.classes.name)),
  ),
  byJoinCode: publicProcedure.input(z.object({ joinCode })).query(async ({ ctx, input }) => {
    const [found] = await ctx.db
      .select({ name: schema.classes.name, teacher: schema.user.name })
      .from(schema.classes)
      .innerJoin(schema.user, eq(schema.classes.teacherId, schema.user.id))
      .where(eq(schema.classes.joinCode, input.joinCode));
    return found ?? null;
  }),
  get: signedInProcedure.input(z.object({ classId: id })).query(async ({ ctx, input }) => {
    const klass = await loadClass(ctx, input.classId);
    const staff = isStaffOf(ctx, klass);
    if (!staff && !(await isEnrolled(ctx, klass.id))) throw new TRPCError({ code: "FORBIDDEN", message: "Not your class" });
    const [teacher] = await ctx.db.select({ name: schema.user.name }).from(schema.user).where(eq(schema.user.id, klass.teacherId));
    return { id: klass.id, name: klass.name, teacher: teacher?.name ?? "", joinCode: staff ? klass.joinCode : null };
  }),
  create: roleProcedure("teacher", "admin")
    .input(z.object({ name: className }))
    .mutation(async ({ ctx, input }) => {
      for (let tries = 0; tries < 5; tries++) {
        const row = { id: newId(), name: input.name, joinCode: newJoinCode(), teacherId: ctx.user.id };
        const inserted = await ctx.db.insert(schema.classes).values(row).onConflictDoNothing().returning();
        if (inserted[0]) return inserted[0];
      }
      throw new Error("could not find a free join code");
    }),
  rename: signedInProcedure.input(z.object({ classId: id, name: className })).mutation(async ({ ctx, input }) => {
    await requireStaff(ctx, input.classId);
    await ctx.db.update(schema.classes).set({ name: input.name }).where(eq(schema.classes.id, input.classId));
    return { id: input.classId, name: input.name };
  }),
  /** A learner joins with the code the teacher hands out; joining twice is harmless. */
  join: roleProcedure("learner")
    .input(z.object({ joinCode }))
    .mutation(async ({ ctx, input }) => {
      const [klass] = await ctx.db.select().from(schema.classes).where(eq(schema.classes.joinCode, input.joinCode));
      if (!klass) throw new TRPCError({ code: "NOT_FOUND", message: "No class has this join code" });
      await ctx.db.insert(schema.enrollments).values({ classId: klass.id, userId: ctx.user.id }).onConflictDoNothing();
      return { id: klass.id, name: klass.name };
    }),
  members: signedInProcedure.input(z.object({ classId: id })).query(async ({ ctx, input }) => {
    await requireStaff(ctx, input.classId);
    return ctx.db
      .select({ id: schema.user.id, name: schema.user.name, email: schema.user.email, joinedAt: schema.enrollments.joinedAt })
      .from(schema.enrollments)
      .innerJoin(schema.user, eq(schema.enrollments.userId, schema.user.id))
      .where(eq(schema.enrollments.classId, input.classId))
      .orderBy(asc(schema.user.name));
  }),
  /** Removes the enrollment; the learner's past work stays (it belongs to the assignments). */
  removeMember: signedInProcedure.input(z.object({ classId: id, userId: id })).mutation(async ({ ctx, input }) => {
    await requireStaff(ctx, input.classId);
    const removed = await ctx.db
      .delete(schema.enrollments)
      .where(and(eq(schema.enrollments.classId, input.classId), eq(schema.enrollments.userId, input.userId)))
      .returning();
    if (removed.length === 0) throw new TRPCError({ code: "NOT_FOUND", message: "Not a member of this class" });
    return { removed: true };
  }),
  /** The class's grades as CSV: one row per learner, one column per assignment, then the total. */
  exportCsv: signedInProcedure.input(z.object({ classId: id })).query(async ({ ctx, input }) => {
    const klass = await requireStaff(ctx, input.classId);
    return { filename: `${klass.name.replace(/[^\w-]+/g, "-")}-grades.csv`, csv: await classGradesCsv(ctx.db, klass.id) };
  }),
});

