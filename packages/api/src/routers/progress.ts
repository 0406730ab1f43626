import type { Database } from "@interleave/db";
import { schema } from "@interleave/db";
import type { QuestionGrade } from "@interleave/exercises";
import { TRPCError } from "@trpc/server";
import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { isEnrolled, isStaffOf, loadClass, requireAssignmentStaff, requireStaff } from "../access.ts";
import { id } from "../inputs.ts";
import { assignmentItems, bestScores, indexScores, scoreKey, visibleAssignments, type ItemInfo } from "../scores.ts";
import { questionStats, type QuestionObservation } from "../stats.ts";
import { router, signedInProcedure } from "../trpc.ts";

type Totals = { score: number; maxScore: number };

/** One learner in one class: per assignment, per question, per concept. */
async function learnerProgress(db: Database, classId: string, userId: string) {
  const assignments = await visibleAssignments(db, classId);
  const items = await assignmentItems(db, assignments.map((a) => a.id));
  const scores = indexScores(await bestScores(db, assignments.map((a) => a.id), userId));
  const concepts = new Map<string, Totals>();
  const perAssignment = assignments.map((a) => {
    const questions = items
      .filter((i) => i.assignmentId === a.id)
      .map((i) => {
        const score = scores.get(scoreKey(userId, a.id, i.position));
        for (const concept of i.concepts) addTo(concepts, concept, score?.best ?? 0, i.maxScore);
        return { position: i.position, title: i.title, concepts: i.concepts, best: score?.best ?? null, submissions: score?.submissions ?? 0, maxScore: i.maxScore };
      });
    return { id: a.id, title: a.title, status: a.status, dueAt: a.dueAt, questions, ...sumOf(questions) };
  });
  return { userId, assignments: perAssignment, concepts: [...concepts].map(([concept, t]) => ({ concept, ...t, fraction: fraction(t) })) };
}

function addTo(map: Map<string, Totals>, key: string, score: number, maxScore: number): void {
  const totals = map.get(key) ?? { score: 0, maxScore: 0 };
  totals.score += score;
  totals.maxScore += maxScore;
  map.set(key, totals);
}

function sumOf(questions: { best: number | null; maxScore: number }[]): Totals {
  return { score: questions.reduce((s, q) => s + (q.best ?? 0), 0), maxScore: questions.reduce((s, q) => s + q.maxScore, 0) };
}

const fraction = (t: Totals) => (t.maxScore ? Math.round((1000 * t.score) / t.maxScore) / 1000 : null);

/** Each learner's latest graded, counted submission per question of the assignment. */
async function latestGraded(db: Database, assignmentId: string) {
  const rows = await db
    .select({ userId: schema.attempts.userId, submission: schema.submissions })
    .from(schema.submissions)
    .innerJoin(schema.attempts, eq(schema.submissions.attemptId, schema.attempts.id))
    .where(and(eq(schema.attempts.assignmentId, assignmentId), eq(schema.submissions.status, "graded"), eq(schema.submissions.practice, false)))
    .orderBy(desc(schema.submissions.submittedAt));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const key = `${row.userId}\u0000${row.submission.position}`;
    if (!latest.has(key)) latest.set(key, row);
  }
  return [...latest.values()];
}

async function assignmentReport(db: Database, assignmentId: string, classId: string) {
  const items = await assignmentItems(db, [assignmentId]);
  const latest = await latestGraded(db, assignmentId);
  const learners = await db
    .select({ id: schema.user.id, name: schema.user.name, email: schema.user.email })
    .from(schema.enrollments)
    .innerJoin(schema.user, eq(schema.enrollments.userId, schema.user.id))
    .where(eq(schema.enrollments.classId, classId))
    .orderBy(asc(schema.user.name));
  const scores = indexScores(await bestScores(db, [assignmentId]));
  const rows = learners.map((learner) => {
    const questions = items.map((i) => ({ position: i.position, best: scores.get(scoreKey(learner.id, assignmentId, i.position))?.best ?? null, maxScore: i.maxScore }));
    return { ...learner, questions, ...sumOf(questions) };
  });
  const totalOf = new Map<string, number>();
  for (const row of latest) totalOf.set(row.userId, (totalOf.get(row.userId) ?? 0) + (row.submission.score ?? 0));
  return { learners: rows, items: items.map((item) => itemReport(item, latest, totalOf)) };
}

function itemReport(item: ItemInfo, latest: Awaited<ReturnType<typeof latestGraded>>, totalOf: Map<string, number>) {
  const mine = latest.filter((row) => row.submission.position === item.position);
  const questions = item.exercise.spec.questions.map((question) => {
    const observations: QuestionObservation[] = mine.flatMap(({ userId, submission }) => {
      const graded = (submission.feedback as QuestionGrade[] | null)?.find((q) => q.id === question.id);
      if (!graded) return [];
      return [
        {
          fraction: graded.max ? graded.score / graded.max : 0,
          correct: graded.correct,
          restScore: (totalOf.get(userId) ?? 0) - graded.score,
          answer: (submission.answers as Record<string, unknown>)[question.id],
          misconception: graded.misconception,
          parameters: submission.parameters as Record<string, unknown>,
        },
      ];
    });
    return { id: question.id, kind: question.kind, prompt: question.prompt, ...questionStats(observations) };
  });
  return { position: item.position, title: item.title, versionId: item.versionId, concepts: item.concepts, questions };
}

export const progressRouter = router({
  /** A learner's own progress in a class; staff may ask for any member. */
  learner: signedInProcedure.input(z.object({ classId: id, userId: id.optional() })).query(async ({ ctx, input }) => {
    const klass = await loadClass(ctx, input.classId);
    const userId = input.userId ?? ctx.user.id;
    const allowed = isStaffOf(ctx, klass) ? await isEnrolled(ctx, klass.id, userId) : userId === ctx.user.id && (await isEnrolled(ctx, klass.id));
    if (!allowed) throw new TRPCError({ code: "FORBIDDEN", message: "Not your progress to see" });
    return learnerProgress(ctx.db, klass.id, userId);
  }),
  /** Per learner and per question: % correct, discrimination, common wrong answers, per parameter value. */
  assignment: signedInProcedure.input(z.object({ assignmentId: id })).query(async ({ ctx, input }) => {
    const { assignment } = await requireAssignmentStaff(ctx, input.assignmentId);
    return assignmentReport(ctx.db, assignment.id, assignment.classId);
  }),
  /** The class per concept: every learner's share of the points of the questions tagged with it. */
  concepts: signedInProcedure.input(z.object({ classId: id })).query(async ({ ctx, input }) => {
    await requireStaff(ctx, input.classId);
    const members = await ctx.db.select({ id: schema.enrollments.userId }).from(schema.enrollments).where(eq(schema.enrollments.classId, input.classId));
    const assignments = await visibleAssignments(ctx.db, input.classId);
    const items = await assignmentItems(ctx.db, assignments.map((a) => a.id));
    const scores = await bestScores(ctx.db, assignments.map((a) => a.id));
    return conceptTable(items, indexScores(scores.filter((s) => members.some((m) => m.id === s.userId))), members.map((m) => m.id));
  }),
});

function conceptTable(items: ItemInfo[], scores: ReturnType<typeof indexScores>, learnerIds: string[]) {
  const concepts = new Map<string, Totals & { questions: number }>();
  for (const item of items) {
    for (const concept of item.concepts) {
      const entry = concepts.get(concept) ?? { score: 0, maxScore: 0, questions: 0 };
      entry.questions += 1;
      for (const learner of learnerIds) {
        entry.score += scores.get(scoreKey(learner, item.assignmentId, item.position))?.best ?? 0;
        entry.maxScore += item.maxScore;
      }
      concepts.set(concept, entry);
    }
  }
  return [...concepts].map(([concept, t]) => ({ concept, questions: t.questions, learners: learnerIds.length, fraction: fraction(t) })).sort((a, b) => a.concept.localeCompare(b.concept));
}

