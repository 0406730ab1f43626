import { schema, type Database } from "@interleave/db";
import { TRPCError } from "@trpc/server";
import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { requireAssignmentStaff } from "../access.ts";
import { id } from "../inputs.ts";
import { roleProcedure, router, signedInProcedure } from "../trpc.ts";

const reason = z.string().trim().min(1, "say why (it goes into the audit log)").max(500);

export const gradingRouter = router({
  /**
   * After an exercise fix: grade every submission to one question of the assignment again, optionally
   * on a newer version of the same exercise (the question then uses it). Each change is audited.
   */
  regradeQuestion: signedInProcedure
    .input(z.object({ assignmentId: id, position: z.int().min(0), toVersionId: id.optional(), reason }))
    .mutation(async ({ ctx, input }) => {
      await requireAssignmentStaff(ctx, input.assignmentId);
      const [item] = await ctx.db
        .select()
        .from(schema.assignmentItems)
        .where(and(eq(schema.assignmentItems.assignmentId, input.assignmentId), eq(schema.assignmentItems.position, input.position)));
      if (!item) throw new TRPCError({ code: "NOT_FOUND", message: "No such question" });
      if (input.toVersionId) await checkSameExercise(ctx.db, item.exerciseVersionId, input.toVersionId);
      const result = await ctx.services.grader.regrade({
        versionId: item.exerciseVersionId,
        toVersionId: input.toVersionId,
        assignmentId: input.assignmentId,
        actorId: ctx.user.id,
        reason: input.reason,
      });
      if (input.toVersionId) {
        await ctx.db
          .update(schema.assignmentItems)
          .set({ exerciseVersionId: input.toVersionId })
          .where(and(eq(schema.assignmentItems.assignmentId, input.assignmentId), eq(schema.assignmentItems.position, input.position)));
      }
      return result;
    }),
  /** Every submission made on a version, in every class (admin). */
  regradeVersion: roleProcedure("admin")
    .input(z.object({ versionId: id, reason }))
    .mutation(({ ctx, input }) => ctx.services.grader.regrade({ versionId: input.versionId, actorId: ctx.user.id, reason: input.reason })),
  /** The grade changes of an assignment's submissions, newest first. */
  audit: signedInProcedure.input(z.object({ assignmentId: id })).query(async ({ ctx, input }) => {
    await requireAssignmentStaff(ctx, input.assignmentId);
    const attemptIds = ctx.db.select({ id: schema.attempts.id }).from(schema.attempts).where(eq(schema.attempts.assignmentId, input.assignmentId));
    const submissionIds = ctx.db.select({ id: schema.submissions.id }).from(schema.submissions).where(inArray(schema.submissions.attemptId, attemptIds));
    return ctx.db
      .select({ entry: schema.gradeAudit, actor: schema.user.name })
      .from(schema.gradeAudit)
      .leftJoin(schema.user, eq(schema.gradeAudit.actorId, schema.user.id))
      .where(inArray(schema.gradeAudit.submissionId, submissionIds))
      .orderBy(desc(schema.gradeAudit.createdAt));
  }),
});

async function checkSameExercise(db: Database, fromId: string, toId: string) {
  const rows = await db.select({ id: schema.exerciseVersions.id, exerciseId: schema.exerciseVersions.exerciseId }).from(schema.exerciseVersions).where(inArray(schema.exerciseVersions.id, [fromId, toId]));
  const from = rows.find((r) => r.id === fromId);
  const to = rows.find((r) => r.id === toId);
  if (!to || from?.exerciseId !== to.exerciseId) throw new TRPCError({ code: "BAD_REQUEST", message: "The new version must be a version of the same exercise" });
}
