// Grading submissions, exactly once each. A submission whose variant's derived answers are in memory
// is graded as it is stored, in the same transaction (gradeAtHand: a lookup). Any other is stored
// first (status pending), then graded. Derived answers are cached per fingerprint in the database;
// simulation runs in the worker pool, so a job that times out or crashes becomes status `error` with
// its message and nothing else is affected. A failed grading is our failure, not the learner's: it
// gives its attempt number up and does not count against the attempt limit.
import type { Database } from "@interleave/db";
import { schema } from "@interleave/db";
import type { Answers, DerivedAnswers, Exercise, GradeResult, ParameterValues } from "@interleave/exercises";
import { fingerprint, grade, parseAnswers, simEngine } from "@interleave/exercises";
import { and, eq, inArray } from "drizzle-orm";
import { BoundedCache, exerciseVersions } from "../cache.ts";
import { newId } from "../ids.ts";
import type { GradeColumns } from "../submit.ts";
import type { GradingPool } from "./pool.ts";

type SubmissionRow = typeof schema.submissions.$inferSelect;

export type RegradeResult = { regraded: number; changed: number };
export type RegradeOptions = {
  versionId: string;
  /** A fixed version of the same exercise the submissions move to. */
  toVersionId?: string;
  /** Only this assignment's submissions (a teacher's regrade); all of the version's otherwise. */
  assignmentId?: string;
  actorId: string;
  reason: string;
};

export class Grader {
  private readonly inFlight = new Map<string, Promise<SubmissionRow | undefined>>();
  private readonly deriving = new Map<string, Promise<DerivedAnswers>>();
  private readonly derivedCache = new BoundedCache<string, DerivedAnswers>(2000);
  /** Variants that failed to derive lately: retried only after a while, so repeated submits cannot tie up the pool. */
  private readonly failed = new BoundedCache<string, { error: Error; at: number }>(2000);

  constructor(
    private readonly db: Database,
    readonly pool: GradingPool,
    /** Records first grades; a lost one is redone by gradeAllPending at start. */
    private readonly gradeDb: Database = db,
  ) {}

  /**
   * Grades a pending submission (pass the row when it is at hand); concurrent calls for the same one
   * share the work. Resolves to the graded row, or undefined when someone else recorded the grade.
   */
  gradeSubmission(submissionId: string, pending?: SubmissionRow): Promise<SubmissionRow | undefined> {
    let running = this.inFlight.get(submissionId);
    if (!running) {
      running = this.gradePending(submissionId, pending).finally(() => this.inFlight.delete(submissionId));
      this.inFlight.set(submissionId, running);
    }
    return running;
  }

  /**
   * The grade columns of answers to a variant whose derived answers are in memory, else undefined
   * (the submission is then stored pending and graded by gradeSubmission).
   */
  gradeAtHand(exercise: Exercise, parameters: ParameterValues, answers: Answers, counted: { latePenalty: number; number: number | null }): GradeColumns | undefined {
    const key = fingerprintOf(exercise, parameters);
    const derived = this.derivedCache.get(key);
    if (!derived) return undefined;
    return gradeColumns(counted, { result: grade(exercise, derived, answers, key), fingerprint: derived.fingerprint });
  }

  /** Submissions left pending by a crash or restart; called when the server starts. */
  async gradeAllPending(): Promise<number> {
    const pending = await this.db.select({ id: schema.submissions.id }).from(schema.submissions).where(eq(schema.submissions.status, "pending"));
    await Promise.all(pending.map((row) => this.gradeSubmission(row.id)));
    return pending.length;
  }

  /** Derived answers of one variant: from the cache, else simulated once (concurrent askers share it). */
  async derivedAnswers(versionId: string, exercise: Exercise, parameters: ParameterValues): Promise<DerivedAnswers> {
    const key = fingerprintOf(exercise, parameters);
    const remembered = this.derivedCache.get(key);
    if (remembered) return remembered;
    const [cached] = await this.db.select({ answers: schema.derivedAnswers.answers }).from(schema.derivedAnswers).where(eq(schema.derivedAnswers.fingerprint, key));
    if (cached) {
      this.derivedCache.set(key, cached.answers as DerivedAnswers);
      return cached.answers as DerivedAnswers;
    }
    const failure = this.failed.get(key);
    if (failure && Date.now() - failure.at < FAILED_DERIVATION_RETRY_MS) throw failure.error;
    let deriving = this.deriving.get(key);
    if (!deriving) {
      deriving = this.deriveAndStore(versionId, exercise, parameters).finally(() => this.deriving.delete(key));
      this.deriving.set(key, deriving);
    }
    return deriving;
  }

  /**
   * Grades every graded or failed submission of a version again (optionally moving them to a fixed
   * version of the same exercise) and records each in the audit log. Pending ones are left to grading.
   */
  async regrade(options: RegradeOptions): Promise<RegradeResult> {
    const targetId = options.toVersionId ?? options.versionId;
    const target = await this.loadExercise(targetId);
    const attemptIds = options.assignmentId
      ? this.db.select({ id: schema.attempts.id }).from(schema.attempts).where(eq(schema.attempts.assignmentId, options.assignmentId))
      : undefined;
    const rows = await this.db
      .select()
      .from(schema.submissions)
      .where(
        and(
          eq(schema.submissions.exerciseVersionId, options.versionId),
          inArray(schema.submissions.status, ["graded", "error"]),
          attemptIds ? inArray(schema.submissions.attemptId, attemptIds) : undefined,
        ),
      );
    let changed = 0;
    for (const row of rows) {
      const outcome = await this.evaluate(row, target).catch((error: unknown) => ({ error: messageOf(error) }));
      if (await this.recordRegrade(row, targetId, outcome, options)) changed += 1;
    }
    return { regraded: rows.length, changed };
  }

  private async recordRegrade(row: SubmissionRow, targetId: string, outcome: Evaluation, options: { actorId: string; reason: string }): Promise<boolean> {
    const update = gradeColumns(row, outcome);
    await this.db.transaction(async (tx) => {
      await tx
        .update(schema.submissions)
        .set({ ...update, exerciseVersionId: targetId })
        .where(eq(schema.submissions.id, row.id));
      await tx.insert(schema.gradeAudit).values({
        id: newId(),
        submissionId: row.id,
        actorId: options.actorId,
        reason: options.reason,
        oldScore: row.score,
        newScore: update.score,
        oldStatus: row.status,
        newStatus: update.status,
        fromVersionId: row.exerciseVersionId,
        toVersionId: targetId,
      });
    });
    return row.score !== update.score || row.status !== update.status;
  }

  private async gradePending(submissionId: string, pending?: SubmissionRow): Promise<SubmissionRow | undefined> {
    const row = pending ?? (await this.db.select().from(schema.submissions).where(eq(schema.submissions.id, submissionId)))[0];
    if (!row || row.status !== "pending") return undefined;
    const outcome = await this.loadExercise(row.exerciseVersionId)
      .then((exercise) => this.evaluate(row, exercise))
      .catch((error: unknown) => ({ error: messageOf(error) }));
    // `status = pending` in the condition: whoever finishes first records the grade, once.
    const [graded] = await this.gradeDb
      .update(schema.submissions)
      .set(gradeColumns(row, outcome))
      .where(and(eq(schema.submissions.id, row.id), eq(schema.submissions.status, "pending")))
      .returning();
    return graded;
  }

  private async evaluate(row: SubmissionRow, exercise: Exercise & { versionId: string }): Promise<Evaluation> {
    const parsed = parseAnswers(exercise, row.answers);
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    const parameters = row.parameters as ParameterValues;
    const derived = await this.derivedAnswers(exercise.versionId, exercise, parameters);
    // Grading against derived answers is pure and takes well under a millisecond: here, not a
    // round trip through the pool, which is for simulations. The variant's fingerprint is cached.
    return { result: grade(exercise, derived, parsed.value as Answers, fingerprintOf(exercise, parameters)), fingerprint: derived.fingerprint };
  }

  private async deriveAndStore(versionId: string, exercise: Exercise, parameters: ParameterValues): Promise<DerivedAnswers> {
    const job = { kind: "derive" as const, exercise, parameters, timeBudgetMs: simulationBudget(this.pool.timeoutMs) };
    const derived = await this.pool.run<DerivedAnswers>(job).catch((error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      this.failed.set(fingerprintOf(exercise, parameters), { error: failure, at: Date.now() });
      throw failure;
    });
    await this.db
      .insert(schema.derivedAnswers)
      .values({ fingerprint: derived.fingerprint, exerciseVersionId: versionId, parameters, answers: derived })
      .onConflictDoNothing();
    this.derivedCache.set(derived.fingerprint, derived);
    return derived;
  }

  private async loadExercise(versionId: string): Promise<Exercise & { versionId: string }> {
    const exercise = (await exerciseVersions(this.db, [versionId])).get(versionId)!;
    return { ...exercise, versionId };
  }
}

const FAILED_DERIVATION_RETRY_MS = 5 * 60_000;

type Evaluation = { result: GradeResult; fingerprint: string } | { error: string };

// Hashing the program and spec costs milliseconds; a variant's fingerprint never changes.
const fingerprints = new BoundedCache<string, string>(10_000);

export function fingerprintOf(exercise: Exercise, parameters: ParameterValues): string {
  const key = `${exercise.slug}\u0000${exercise.version}\u0000${JSON.stringify(Object.entries(parameters).sort())}`;
  let known = fingerprints.get(key);
  if (!known) {
    known = fingerprint({ engineVersion: simEngine.version, files: exercise.files, spec: exercise.spec, parameters });
    fingerprints.set(key, known);
  }
  return known;
}

/** What a grading records; `counted` is the submission's late penalty and attempt number. */
function gradeColumns(counted: { latePenalty: number; number: number | null; fingerprint?: string | null }, outcome: Evaluation): GradeColumns {
  const gradedAt = new Date();
  if ("error" in outcome) {
    return { status: "error" as const, error: outcome.error, score: null, maxScore: null, feedback: null, fingerprint: counted.fingerprint ?? null, gradedAt, number: null };
  }
  const { result } = outcome;
  const score = Math.round(result.score * (1 - counted.latePenalty / 100) * 1000) / 1000;
  return { status: "graded" as const, error: null, score, maxScore: result.maxScore, feedback: result.questions, fingerprint: outcome.fingerprint, gradedAt, number: counted.number };
}

/** Most of the job's limit, so the simulator usually stops itself with its own message first. */
export function simulationBudget(jobLimitMs: number): number {
  return Math.floor(jobLimitMs * 0.8);
}

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.name && error.name !== "Error" ? `${error.name}: ${error.message}` : error.message;
}
