// Storing a submission in one short transaction of three statements: lock the learner's attempt row
// (the same query checks ownership, enrollment and the question), read the question's usage and the
// idempotency key, insert. Concurrent submits to one attempt queue on that lock, so they can never
// record more submissions than allowed, nor two under one key. Two round trips (pipelinedTransaction):
// BEGIN with the first two, the insert with COMMIT. The server still runs the first two one after
// the other, so the usage is read once the lock is held, with a snapshot that sees every submission
// committed before. When the variant's derived answers are at hand, the submission is graded as it
// is stored: grading is then a lookup, and the grade commits with the submission or not at all.
import type { Database } from "@interleave/db";
import { pipelinedTransaction, reusable, schema } from "@interleave/db";
import type { Answers, Exercise, ParameterValues } from "@interleave/exercises";
import { chooseParameters, parseAnswers } from "@interleave/exercises";
import { TRPCError } from "@trpc/server";
import { and, eq, getTableColumns, sql } from "drizzle-orm";
import { forbidden, notFound, type AssignmentRow, type AttemptRow } from "./access.ts";
import { BoundedCache, exerciseVersions } from "./cache.ts";
import { newId } from "./ids.ts";
import type { RateLimiter } from "./rate-limit.ts";

export type SubmissionMode = { practice: boolean; late: boolean; latePenalty: number };

/** Whether the assignment takes a submission now, and how it counts. */
export function submissionMode(assignment: SubmitAssignment, now: Date): SubmissionMode {
  const refuse = (message: string) => new TRPCError({ code: "PRECONDITION_FAILED", message });
  const practice = { practice: true, late: false, latePenalty: 0 };
  if (assignment.status === "draft") throw refuse("This assignment is not published");
  if (assignment.opensAt && now < assignment.opensAt) throw refuse("This assignment is not open yet");
  const pastDue = assignment.dueAt !== null && now > assignment.dueAt;
  if (assignment.status === "closed" || (pastDue && assignment.latePolicy === "refuse")) {
    if (assignment.practiceAfterDue && (pastDue || assignment.status === "closed")) return practice;
    throw refuse("This assignment no longer takes submissions");
  }
  if (!pastDue) return { practice: false, late: false, latePenalty: 0 };
  return { practice: false, late: true, latePenalty: assignment.latePolicy === "penalty" ? assignment.latePenalty : 0 };
}

export type SubmissionRow = typeof schema.submissions.$inferSelect;

/** The columns of the assignment a submit reads: when it takes submissions, how they count, the answer release. */
const submitAssignmentColumns = {
  status: schema.assignments.status,
  opensAt: schema.assignments.opensAt,
  dueAt: schema.assignments.dueAt,
  attemptsAllowed: schema.assignments.attemptsAllowed,
  latePolicy: schema.assignments.latePolicy,
  latePenalty: schema.assignments.latePenalty,
  answerRelease: schema.assignments.answerRelease,
  practiceAfterDue: schema.assignments.practiceAfterDue,
};
export type SubmitAssignment = Pick<AssignmentRow, keyof typeof submitAssignmentColumns>;
type SubmitAttempt = Pick<AttemptRow, "id" | "userId" | "assignmentId">;

export type SubmitRequest = {
  userId: string;
  attemptId: string;
  position: number;
  idempotencyKey: string;
  answers: unknown;
  limiter: RateLimiter;
  now: Date;
  /** The grade of these answers when the variant's derived answers are at hand, else undefined. */
  gradeAtHand?: (exercise: Exercise, parameters: ParameterValues, answers: Answers, counted: { latePenalty: number; number: number | null }) => GradeColumns | undefined;
};

/** What a graded submission records besides its answers. */
export type GradeColumns = Pick<SubmissionRow, "status" | "error" | "score" | "maxScore" | "feedback" | "fingerprint" | "gradedAt" | "number">;

/**
 * Stores the submission (graded when gradeAtHand can, else pending), or returns the one stored
 * earlier under the same key (a retry neither counts against the rate limit nor is checked again).
 * Returns the assignment too, for the answer release.
 */
export async function storeSubmission(db: Database, request: SubmitRequest): Promise<{ row: SubmissionRow; assignment: SubmitAssignment }> {
  return pipelinedTransaction(db, async (tx) => {
    const keys = { attemptId: request.attemptId, position: request.position, userId: request.userId, idempotencyKey: request.idempotencyKey };
    const [locked, [found]] = await tx.first([lockOwnAttempt(tx.db, keys), questionUsage(tx.db, keys)] as const);
    const { attempt, assignment, versionId } = ownAttempt(locked, request);
    const usage = found ?? { used: 0, lastNumber: 0, earlierId: null };
    if (usage.earlierId) {
      const [[earlier]] = await tx.last([tx.db.select().from(schema.submissions).where(eq(schema.submissions.id, usage.earlierId))] as const);
      return { row: earlier!, assignment };
    }
    if (!request.limiter.take(request.userId)) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Too many submissions; wait a minute" });
    const exercise = (await exerciseVersions(tx.db, [versionId])).get(versionId)!;
    const answers = checkedAnswers(exercise, request.answers);
    const mode = submissionMode(assignment, request.now);
    const number = mode.practice ? null : nextNumber(usage, assignment.attemptsAllowed);
    const parameters = variantParameters(exercise, attempt);
    const graded = request.gradeAtHand?.(exercise, parameters, answers, { latePenalty: mode.latePenalty, number });
    const values: PendingValues = {
      id: newId(),
      attemptId: attempt.id,
      position: request.position,
      exerciseVersionId: versionId,
      idempotencyKey: request.idempotencyKey,
      answers: request.answers,
      parameters,
      number,
      ...mode,
    };
    const insert = graded ? insertGraded(tx.db, { ...values, ...graded }) : insertPending(tx.db, values);
    const [[row]] = await tx.last([insert] as const);
    return { row: row!, assignment };
  });
}

/** The learner's variant of an exercise in this attempt (remembered: choosing hashes, and it never changes). */
export function variantParameters(exercise: Exercise, attempt: Pick<AttemptRow, "userId" | "assignmentId">): ParameterValues {
  const key = `${exercise.slug}\u0000${exercise.version}\u0000${attempt.userId}\u0000${attempt.assignmentId}`;
  let parameters = variants.get(key);
  if (!parameters) {
    parameters = chooseParameters(exercise.spec, { exerciseVersion: exercise.version, learnerId: attempt.userId, assignmentId: attempt.assignmentId });
    variants.set(key, parameters);
  }
  return parameters;
}

const variants = new BoundedCache<string, ParameterValues>(10_000);

/**
 * The attempt, locked until the transaction ends, with its assignment, whether the caller is still in
 * the class and the question's exercise version. Only the columns a submit reads: not the drafts,
 * which may be long.
 */
const lockOwnAttempt = reusable<SubmitKeys, LockedAttempt[]>("submit_lock_attempt", (db, value) =>
  db
    .select({
      attempt: { id: schema.attempts.id, userId: schema.attempts.userId, assignmentId: schema.attempts.assignmentId },
      assignment: submitAssignmentColumns,
      enrolled: sql<boolean>`exists (select 1 from ${schema.enrollments} where ${schema.enrollments.classId} = ${schema.assignments.classId} and ${schema.enrollments.userId} = ${value("userId")})`,
      versionId: schema.assignmentItems.exerciseVersionId,
    })
    .from(schema.attempts)
    .innerJoin(schema.assignments, eq(schema.attempts.assignmentId, schema.assignments.id))
    .leftJoin(schema.assignmentItems, and(eq(schema.assignmentItems.assignmentId, schema.assignments.id), eq(schema.assignmentItems.position, value("position"))))
    .where(eq(schema.attempts.id, value("attemptId")))
    .for("update", { of: schema.attempts }),
);

type SubmitKeys = { attemptId: string; position: number; userId: string; idempotencyKey: string };
type LockedAttempt = { attempt: SubmitAttempt; assignment: SubmitAssignment; enrolled: boolean; versionId: string | null };

/** The locked attempt, if it is the caller's and they are still in the class. */
function ownAttempt(locked: LockedAttempt[], request: SubmitRequest): { attempt: SubmitAttempt; assignment: SubmitAssignment; versionId: string } {
  const [found] = locked;
  if (!found) throw notFound("attempt");
  if (found.attempt.userId !== request.userId) throw forbidden("Only the learner whose attempt it is may change it");
  if (!found.enrolled) throw forbidden("You are no longer a member of this class");
  if (!found.versionId) throw new TRPCError({ code: "NOT_FOUND", message: `The assignment has no question ${request.position}` });
  return { attempt: found.attempt, assignment: found.assignment, versionId: found.versionId };
}

/**
 * The question's attempts so far and the submission already stored under the key, in one read of
 * index lookups (the key, the highest number); the count only when the assignment limits attempts.
 * Only numbered submissions count: practice ones and failed gradings have no number.
 */
const questionUsage = reusable<SubmitKeys, QuestionUsage[]>("submit_question_usage", (db, value) => {
  const s = schema.submissions;
  const atQuestion = sql`${s.attemptId} = ${value("attemptId")} and ${s.position} = ${value("position")}`;
  return db
    .select({
      used: sql<number>`(case when ${schema.assignments.attemptsAllowed} is null then 0 else (select count(${s.number}) from ${s} where ${atQuestion}) end)::int`,
      lastNumber: sql<number>`coalesce((select max(${s.number}) from ${s} where ${atQuestion}), 0)::int`,
      earlierId: sql<string | null>`(select ${s.id} from ${s} where ${s.attemptId} = ${value("attemptId")} and ${s.idempotencyKey} = ${value("idempotencyKey")})`,
    })
    .from(schema.attempts)
    .innerJoin(schema.assignments, eq(schema.attempts.assignmentId, schema.assignments.id))
    .where(eq(schema.attempts.id, value("attemptId")));
});

/** The columns a submit writes: a pending submission leaves its grade to their defaults (pending, empty). */
type GradedValues = Required<Omit<typeof schema.submissions.$inferInsert, "submittedAt">>;
type PendingValues = Omit<GradedValues, Exclude<keyof GradeColumns, "number">>;
const GRADE_COLUMNS = ["status", "error", "score", "maxScore", "feedback", "fingerprint", "gradedAt"] as const satisfies readonly (keyof GradeColumns)[];

const insertGraded = insertStatement<GradedValues>("submit_insert_graded", []);
const insertPending = insertStatement<PendingValues>("submit_insert_pending", GRADE_COLUMNS);

function insertStatement<V extends PendingValues>(name: string, defaulted: readonly string[]) {
  return reusable<V, SubmissionRow[]>(name, (db, value) => {
    const columns = Object.keys(getTableColumns(schema.submissions)).filter((key) => key !== "submittedAt" && !defaulted.includes(key));
    const values = Object.fromEntries(columns.map((key) => [key, value(key as keyof V & string)]));
    return db.insert(schema.submissions).values(values as never).returning();
  });
}

type QuestionUsage = { used: number; lastNumber: number; earlierId: string | null };

/** After the highest number so far: a failed grading gives its number up, so numbers may skip one. */
function nextNumber(usage: QuestionUsage, attemptsAllowed: number | null): number {
  if (attemptsAllowed !== null && usage.used >= attemptsAllowed) {
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: `All ${attemptsAllowed} attempts at this question are used` });
  }
  return usage.lastNumber + 1;
}

function checkedAnswers(exercise: Exercise, input: unknown): Answers {
  const parsed = parseAnswers(exercise, input);
  if (!parsed.ok) throw new TRPCError({ code: "BAD_REQUEST", message: parsed.errors.join("\n") });
  return parsed.value;
}
