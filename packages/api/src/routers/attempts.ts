import { schema } from "@interleave/db";
import type { DerivedAnswers, ParameterValues } from "@interleave/exercises";
import { TRPCError } from "@trpc/server";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { answersReleased, forbidden, isEnrolled, requireAssignment, requireAssignmentStaff, requireAttempt, type AssignmentRow, type AttemptRow } from "../access.ts";
import { newId } from "../ids.ts";
import { answers, id, idempotencyKey } from "../inputs.ts";
import { assignmentItems, type ItemInfo } from "../scores.ts";
import { storeSubmission, variantParameters } from "../submit.ts";
import { roleProcedure, router, signedInProcedure, type SignedInContext } from "../trpc.ts";
import { learnerVariant, submissionView } from "../views.ts";

const position = z.int().min(0).max(49);


/** How long starting an attempt waits for a variant's answers (choices) before answering without them. */
const START_WAIT_MS = 3_000;

/**
 * Derived answers when they exist (or, with `derive`, can be made within START_WAIT_MS; the
 * derivation goes on in the background and is cached); null otherwise.
 */
async function variantAnswers(ctx: SignedInContext, item: ItemInfo, parameters: ParameterValues, derive: boolean): Promise<DerivedAnswers | null> {
  if (!derive) {
    const [cached] = await ctx.db
      .select({ answers: schema.derivedAnswers.answers })
      .from(schema.derivedAnswers)
      .where(and(eq(schema.derivedAnswers.exerciseVersionId, item.versionId), sql`${schema.derivedAnswers.parameters} = ${JSON.stringify(parameters)}::jsonb`));
    return (cached?.answers as DerivedAnswers | undefined) ?? null;
  }
  const deriving = ctx.services.grader.derivedAnswers(item.versionId, item.exercise, parameters).catch(() => null);
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<null>((resolve) => (timer = setTimeout(resolve, START_WAIT_MS, null)));
  return Promise.race([deriving, waited]).finally(() => clearTimeout(timer));
}

async function attemptView(ctx: SignedInContext, attempt: AttemptRow, assignment: AssignmentRow, options: { staff: boolean; derive: boolean }) {
  const released = options.staff || answersReleased(assignment, ctx.services.now());
  const items = await assignmentItems(ctx.db, [assignment.id]);
  const submissions = await ctx.db.select().from(schema.submissions).where(eq(schema.submissions.attemptId, attempt.id)).orderBy(asc(schema.submissions.submittedAt));
  const questions = await Promise.all(
    items.map(async (item) => {
      const parameters = variantParameters(item.exercise, attempt);
      const derived = await variantAnswers(ctx, item, parameters, options.derive);
      return {
        position: item.position,
        versionId: item.versionId,
        maxScore: item.maxScore,
        exercise: learnerVariant(item.exercise, parameters, derived),
        explanation: released ? item.exercise.spec.explanation : null,
        draft: (attempt.drafts as Record<string, unknown>)[String(item.position)] ?? null,
        submissions: submissions.filter((s) => s.position === item.position).map((s) => submissionView(s, released)),
      };
    }),
  );
  return {
    id: attempt.id,
    userId: attempt.userId,
    startedAt: attempt.startedAt,
    assignment: {
      id: assignment.id,
      title: assignment.title,
      status: assignment.status,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      attemptsAllowed: assignment.attemptsAllowed,
      latePolicy: assignment.latePolicy,
      latePenalty: assignment.latePenalty,
      answerRelease: assignment.answerRelease,
      practiceAfterDue: assignment.practiceAfterDue,
    },
    answersReleased: released,
    questions,
  };
}

async function requireOwnAttempt(ctx: SignedInContext, attemptId: string) {
  const access = await requireAttempt(ctx, attemptId);
  if (!access.owner) throw forbidden("Only the learner whose attempt it is may change it");
  if (!(await isEnrolled(ctx, access.klass.id))) throw forbidden("You are no longer a member of this class");
  return access;
}

function itemAt(items: ItemInfo[], at: number): ItemInfo {
  const item = items.find((i) => i.position === at);
  if (!item) throw new TRPCError({ code: "NOT_FOUND", message: `The assignment has no question ${at}` });
  return item;
}

export const attemptsRouter = router({
  /** Starts (or resumes) the learner's attempt: their variant of every question, drafts, submissions. */
  start: roleProcedure("learner")
    .input(z.object({ assignmentId: id }))
    .mutation(async ({ ctx, input }) => {
      const { assignment } = await requireAssignment(ctx, input.assignmentId);
      if (assignment.opensAt && ctx.services.now() < assignment.opensAt) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "This assignment is not open yet" });
      await ctx.db.insert(schema.attempts).values({ id: newId(), assignmentId: assignment.id, userId: ctx.user.id }).onConflictDoNothing();
      const [attempt] = await ctx.db
        .select()
        .from(schema.attempts)
        .where(and(eq(schema.attempts.assignmentId, assignment.id), eq(schema.attempts.userId, ctx.user.id)));
      return attemptView(ctx, attempt!, assignment, { staff: false, derive: true });
    }),
  get: signedInProcedure.input(z.object({ attemptId: id })).query(async ({ ctx, input }) => {
    const { attempt, assignment, staff } = await requireAttempt(ctx, input.attemptId);
    return attemptView(ctx, attempt, assignment, { staff, derive: false });
  }),
  /** Every learner's attempt at an assignment (staff). */
  listForAssignment: signedInProcedure.input(z.object({ assignmentId: id })).query(async ({ ctx, input }) => {
    await requireAssignmentStaff(ctx, input.assignmentId);
    return ctx.db
      .select({ id: schema.attempts.id, userId: schema.attempts.userId, name: schema.user.name, email: schema.user.email, startedAt: schema.attempts.startedAt })
      .from(schema.attempts)
      .innerJoin(schema.user, eq(schema.attempts.userId, schema.user.id))
      .where(eq(schema.attempts.assignmentId, input.assignmentId))
      .orderBy(asc(schema.user.name));
  }),
  saveDraft: roleProcedure("learner")
    .input(z.object({ attemptId: id, position, answers }))
    .mutation(async ({ ctx, input }) => {
      const { attempt } = await requireOwnAttempt(ctx, input.attemptId);
      itemAt(await assignmentItems(ctx.db, [attempt.assignmentId]), input.position);
      // jsonb_set in SQL: two drafts of different questions saved at once both survive.
      await ctx.db
        .update(schema.attempts)
        .set({ drafts: sql`jsonb_set(${schema.attempts.drafts}, ${`{${input.position}}`}::text[], ${JSON.stringify(input.answers)}::jsonb)` })
        .where(eq(schema.attempts.id, attempt.id));
      return { saved: true };
    }),
  /** Stores the answers, grades them, returns the result. Retrying with the same key returns the same submission. */
  submit: roleProcedure("learner")
    .input(z.object({ attemptId: id, position, answers, idempotencyKey }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.services.now();
      const grader = ctx.services.grader;
      const gradeAtHand = grader.gradeAtHand.bind(grader);
      const { row, assignment } = await storeSubmission(ctx.db, { ...input, userId: ctx.user.id, limiter: ctx.services.submitLimiter, now, gradeAtHand });
      const graded = row.status === "pending" ? await grader.gradeSubmission(row.id, row) : row;
      // undefined: another request (a retry, or the grading at start) recorded the grade first.
      const current = graded ?? (await ctx.db.select().from(schema.submissions).where(eq(schema.submissions.id, row.id)))[0]!;
      return submissionView(current, answersReleased(assignment, now));
    }),
});
