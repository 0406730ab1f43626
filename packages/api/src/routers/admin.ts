import { roles, schema } from "@interleave/db";
import { TRPCError } from "@trpc/server";
import { asc, count, eq, ilike, or } from "drizzle-orm";
import { z } from "zod";
import { id } from "../inputs.ts";
import { roleProcedure, router } from "../trpc.ts";

const adminProcedure = roleProcedure("admin");

export const adminRouter = router({
  users: adminProcedure.input(z.object({ search: z.string().trim().max(100).optional() }).default({})).query(({ ctx, input }) => {
    const pattern = `%${(input.search ?? "").replace(/[\\%_]/g, "\\$&")}%`;
    return ctx.db
      .select({ id: schema.user.id, name: schema.user.name, email: schema.user.email, role: schema.user.role, createdAt: schema.user.createdAt })
      .from(schema.user)
      .where(input.search ? or(ilike(schema.user.name, pattern), ilike(schema.user.email, pattern)) : undefined)
      .orderBy(asc(schema.user.email))
      .limit(500);
  }),
  setRole: adminProcedure.input(z.object({ userId: id, role: z.enum(roles) })).mutation(async ({ ctx, input }) => {
    // An admin demoting themselves could leave nobody able to manage users.
    if (input.userId === ctx.user.id) throw new TRPCError({ code: "BAD_REQUEST", message: "You cannot change your own role" });
    const [updated] = await ctx.db.update(schema.user).set({ role: input.role }).where(eq(schema.user.id, input.userId)).returning({ id: schema.user.id, role: schema.user.role });
    if (!updated) throw new TRPCError({ code: "NOT_FOUND", message: "No such user" });
    ctx.services.sessions.forgetUser(updated.id);
    return updated;
  }),
  /** Every class with its teacher and member count. */
  classes: adminProcedure.query(async ({ ctx }) => {
    const members = ctx.db
      .select({ classId: schema.enrollments.classId, n: count().as("n") })
      .from(schema.enrollments)
      .groupBy(schema.enrollments.classId)
      .as("members");
    const rows = await ctx.db
      .select({ id: schema.classes.id, name: schema.classes.name, joinCode: schema.classes.joinCode, teacher: schema.user.name, teacherEmail: schema.user.email, members: members.n })
      .from(schema.classes)
      .innerJoin(schema.user, eq(schema.classes.teacherId, schema.user.id))
      .leftJoin(members, eq(members.classId, schema.classes.id))
      .orderBy(asc(schema.classes.name));
    return rows.map((row) => ({ ...row, members: Number(row.members ?? 0) }));
  }),
});
