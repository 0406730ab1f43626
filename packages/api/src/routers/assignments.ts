import { answerReleases, latePolicies, schema, type Database } from "@interleave/db";
import { TRPCError } from "@trpc/server";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { isEnrolled, loadClass, requireAssignment, requireAssignmentStaff, requireStaff, type AssignmentRow } from "../access.ts";
import { newId } from "../ids.ts";
import { id } from "../inputs.ts";
import { assignmentItems, bestScores, indexScores, scoreKey, visibleAssignments } from "../scores.ts";
import { roleProcedure, router, signedInProcedure, type SignedInContext } from "../trpc.ts";
import { loadVisibleExercise } from "./exercises.ts";

const settingFields = {
  title: z.string().trim().min(1).max(200),
  /** Exercise ids in order; each is pinned to its current version. */
  exerciseIds: z.array(id).min(1).max(50),
  opensAt: z.coerce.date().nullable(),
  dueAt: z.coerce.date().nullable(),
  /** Counted submissions per question; null = unlimited. */
  attemptsAllowed: z.int().min(1).max(100).nullable(),
  latePolicy: z.enum(latePolicies),
  latePenalty: z.int().min(0).max(100),
  answerRelease: z.enum(answerReleases),
  practiceAfterDue: z.boolean(),
};

const newAssignment = z.object({
  ...settingFields,
  opensAt: settingFields.opensAt.default(null),
  dueAt: settingFields.dueAt.default(null),
  attemptsAllowed: settingFields.attemptsAllowed.default(3),
  latePolicy: settingFields.latePolicy.default("refuse"),
  latePenalty: settingFields.latePenalty.default(0),
  answerRelease: settingFields.answerRelease.default("after-due"),
  practiceAfterDue: settingFields.practiceAfterDue.default(false),
});
/** No defaults here: a field left out stays as it is. */
const changedSettings = z.object(settingFields).partial();

function checkDates(input: { opensAt?: Date | null; dueAt?: Date | null }): void {
  if (input.opensAt && input.dueAt && input.dueAt <= input.opensAt) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "the due date must come after the opening date" });
  }
}

/** The current version of each exercise, checking the caller may use it. */
async function pinVersions(ctx: SignedInContext, exerciseIds: string[]): Promise<string[]> {
  const versions: string[] = [];
  for (const exerciseId of exerciseIds) {
    const row = await loadVisibleExercise(ctx, exerciseId);
    if (!row.currentVersionId || row.archived) throw new TRPCError({ code: "BAD_REQUEST", message: `exercise ${exerciseId} is not available` });
    versions.push(row.currentVersionId);
  }
  return versions;
}

async function replaceItems(db: Database, assignmentId: string, versionIds: string[]): Promise<void> {
  await db.delete(schema.assignmentItems).where(eq(schema.assignmentItems.assignmentId, assignmentId));
  await db.insert(schema.assignmentItems).values(versionIds.map((exerciseVersionId, position) => ({ assignmentId, position, exerciseVersionId })));
}

async function hasSubmissions(db: Database, assignmentId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(schema.submissions)
    .innerJoin(schema.attempts, eq(schema.submissions.attemptId, schema.attempts.id))
    .where(eq(schema.attempts.assignmentId, assignmentId));
  return (row?.n ?? 0) > 0;
}

async function setStatus(ctx: SignedInContext, assignmentId: string, status: AssignmentRow["status"]) {
  await requireAssignmentStaff(ctx, assignmentId);
  const [updated] = await ctx.db.update(schema.assignments).set({ status }).where(eq(schema.assignments.id, assignmentId)).returning();
  return updated!;
}

async function withItems(db: Database, assignment: AssignmentRow) {
  const items = await assignmentItems(db, [assignment.id]);
  return {
    ...assignment,
    items: items.map((i) => ({ position: i.position, exerciseId: i.exerciseId, versionId: i.versionId, title: i.title, concepts: i.concepts, maxScore: i.maxScore })),
  };
}

export const assignmentsRouter = router({
  create: roleProcedure("teacher", "admin")
    .input(newAssignment.extend({ classId: id }))
    .mutation(async ({ ctx, input }) => {
      await requireStaff(ctx, input.classId);
      checkDates(input);
      const versionIds = await pinVersions(ctx, input.exerciseIds);
      const assignmentId = newId();
      const { exerciseIds: _ids, ...columns } = input;
      await ctx.db.transaction(async (tx) => {
        await tx.insert(schema.assignments).values({ ...columns, id: assignmentId, status: "draft" });
        await replaceItems(tx, assignmentId, versionIds);
      });
      return { id: assignmentId };
    }),
  /** Any setting; the exercise list only until the first submission (grades refer to it). */
  update: signedInProcedure
    .input(changedSettings.extend({ assignmentId: id }))
    .mutation(async ({ ctx, input }) => {
      const { assignment } = await requireAssignmentStaff(ctx, input.assignmentId);
      const { assignmentId, exerciseIds, ...changes } = input;
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      checkDates({ opensAt: input.opensAt === undefined ? assignment.opensAt : input.opensAt, dueAt: input.dueAt === undefined ? assignment.dueAt : input.dueAt });
      if (exerciseIds && (await hasSubmissions(ctx.db, assignmentId))) {
        throw new TRPCError({ code: "CONFLICT", message: "learners have submitted: the exercise list can no longer change (regrade instead)" });
      }
      const versionIds = exerciseIds ? await pinVersions(ctx, exerciseIds) : null;
      await ctx.db.transaction(async (tx) => {
        if (Object.keys(defined).length) await tx.update(schema.assignments).set(defined).where(eq(schema.assignments.id, assignmentId));
        if (versionIds) await replaceItems(tx, assignmentId, versionIds);
      });
      const [updated] = await ctx.db.select().from(schema.assignments).where(eq(schema.assignments.id, assignmentId));
      return withItems(ctx.db, updated!);
    }),
  publish: signedInProcedure.input(z.object({ assignmentId: id })).mutation(({ ctx, input }) => setStatus(ctx, input.assignmentId, "published")),
  /** No more counted submissions (practice continues if the assignment allows it). */
  close: signedInProcedure.input(z.object({ assignmentId: id })).mutation(({ ctx, input }) => setStatus(ctx, input.assignmentId, "closed")),
  get: signedInProcedure.input(z.object({ assignmentId: id })).query(async ({ ctx, input }) => {
    const { assignment } = await requireAssignment(ctx, input.assignmentId);
    return withItems(ctx.db, assignment);
  }),
  /** Staff see every assignment of the class; its learners the published and closed ones. */
  listForClass: signedInProcedure.input(z.object({ classId: id })).query(async ({ ctx, input }) => {
    const klass = await loadClass(ctx, input.classId);
    const staff = ctx.user.role === "admin" || klass.teacherId === ctx.user.id;
    if (staff) {
      return ctx.db.select().from(schema.assignments).where(eq(schema.assignments.classId, klass.id)).orderBy(asc(schema.assignments.createdAt));
    }
    if (ctx.user.role !== "learner" || !(await isEnrolled(ctx, klass.id))) throw new TRPCError({ code: "FORBIDDEN", message: "Not your class" });
    return visibleAssignments(ctx.db, klass.id);
  }),
  /** A learner's assignments in every class they are in, with their score so far. */
  listMine: roleProcedure("learner").query(async ({ ctx }) => {
    const classIds = (await ctx.db.select({ id: schema.enrollments.classId }).from(schema.enrollments).where(eq(schema.enrollments.userId, ctx.user.id))).map((r) => r.id);
    if (classIds.length === 0) return [];
    const rows = await ctx.db
      .select({ assignment: schema.assignments, className: schema.classes.name })
      .from(schema.assignments)
      .innerJoin(schema.classes, eq(schema.assignments.classId, schema.classes.id))
      .where(and(inArray(schema.assignments.classId, classIds), inArray(schema.assignments.status, ["published", "closed"])))
      .orderBy(asc(schema.assignments.dueAt), asc(schema.assignments.createdAt));
    const ids = rows.map((r) => r.assignment.id);
    const items = await assignmentItems(ctx.db, ids);
    const scores = indexScores(await bestScores(ctx.db, ids, ctx.user.id));
    return rows.map(({ assignment, className }) => {
      const own = items.filter((i) => i.assignmentId === assignment.id);
      const best = own.map((i) => scores.get(scoreKey(ctx.user.id, assignment.id, i.position))?.best ?? null);
      return {
        ...assignment,
        className,
        questions: own.length,
        answered: best.filter((b) => b !== null).length,
        score: best.reduce<number>((sum, b) => sum + (b ?? 0), 0),
        maxScore: own.reduce((sum, i) => sum + i.maxScore, 0),
      };
    });
  }),
});
