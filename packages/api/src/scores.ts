// Reading grades back: the best counted score of each learner on each question, and what a question
// is worth. Practice submissions and failed gradings never count.
import type { Database } from "@interleave/db";
import { schema } from "@interleave/db";
import type { Exercise } from "@interleave/exercises";
import { and, asc, count, eq, inArray, max } from "drizzle-orm";
import { exerciseVersions } from "./cache.ts";

export type ItemScore = { userId: string; assignmentId: string; position: number; best: number | null; submissions: number };

export async function bestScores(db: Database, assignmentIds: string[], userId?: string): Promise<ItemScore[]> {
  if (assignmentIds.length === 0) return [];
  return db
    .select({
      userId: schema.attempts.userId,
      assignmentId: schema.attempts.assignmentId,
      position: schema.submissions.position,
      best: max(schema.submissions.score),
      submissions: count(),
    })
    .from(schema.submissions)
    .innerJoin(schema.attempts, eq(schema.submissions.attemptId, schema.attempts.id))
    .where(
      and(
        inArray(schema.attempts.assignmentId, assignmentIds),
        eq(schema.submissions.practice, false),
        userId ? eq(schema.attempts.userId, userId) : undefined,
      ),
    )
    .groupBy(schema.attempts.userId, schema.attempts.assignmentId, schema.submissions.position);
}

export type ItemInfo = { assignmentId: string; position: number; versionId: string; exerciseId: string; title: string; concepts: string[]; maxScore: number; exercise: Exercise };

/** The questions of the given assignments in order, with what each is worth. */
export async function assignmentItems(db: Database, assignmentIds: string[]): Promise<ItemInfo[]> {
  if (assignmentIds.length === 0) return [];
  const rows = await db
    .select({
      assignmentId: schema.assignmentItems.assignmentId,
      position: schema.assignmentItems.position,
      versionId: schema.exerciseVersions.id,
      exerciseId: schema.exerciseVersions.exerciseId,
      title: schema.exerciseVersions.title,
      concepts: schema.exerciseVersions.concepts,
    })
    .from(schema.assignmentItems)
    .innerJoin(schema.exerciseVersions, eq(schema.assignmentItems.exerciseVersionId, schema.exerciseVersions.id))
    .where(inArray(schema.assignmentItems.assignmentId, assignmentIds))
    .orderBy(asc(schema.assignmentItems.assignmentId), asc(schema.assignmentItems.position));
  const exercises = await exerciseVersions(db, rows.map((row) => row.versionId));
  return rows.map((row) => {
    const exercise = exercises.get(row.versionId)!;
    return { ...row, exercise, maxScore: exercise.spec.questions.reduce((sum, q) => sum + q.points, 0) };
  });
}

/** Assignments learners can see (published or closed), oldest first. */
export async function visibleAssignments(db: Database, classId: string) {
  return db
    .select()
    .from(schema.assignments)
    .where(and(eq(schema.assignments.classId, classId), inArray(schema.assignments.status, ["published", "closed"])))
    .orderBy(asc(schema.assignments.createdAt), asc(schema.assignments.id));
}

export function scoreKey(userId: string, assignmentId: string, position: number): string {
  return `${userId}\u0000${assignmentId}\u0000${position}`;
}

export function indexScores(scores: ItemScore[]): Map<string, ItemScore> {
  return new Map(scores.map((s) => [scoreKey(s.userId, s.assignmentId, s.position), s]));
}
