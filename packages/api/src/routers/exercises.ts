import { schema } from "@interleave/db";
import type { DerivedAnswers, Exercise, ParameterValues } from "@interleave/exercises";
import { buildExercise, CONCEPTS, defaultParameters, parameterValue } from "@interleave/exercises";
import { TRPCError } from "@trpc/server";
import { and, arrayContains, asc, eq, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { forbidden, notFound } from "../access.ts";
import { storeVersion } from "../bank.ts";
import { simulationBudget } from "../grading/grader.ts";
import { newId } from "../ids.ts";
import { id, sourceFiles } from "../inputs.ts";
import { roleProcedure, router, signedInProcedure, type SignedInContext } from "../trpc.ts";
import { learnerExercise } from "../views.ts";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase words joined by hyphens");
const authored = z.object({ slug, yaml: z.string().max(100_000), files: sourceFiles });

type ExerciseRow = typeof schema.exercises.$inferSelect;

/** Bank exercises are everyone's; a teacher's own exercises are theirs (and every admin's). */
function visibleTo(ctx: SignedInContext): SQL | undefined {
  if (ctx.user.role === "admin") return undefined;
  if (ctx.user.role === "learner") return eq(schema.exercises.source, "bank");
  return or(eq(schema.exercises.source, "bank"), eq(schema.exercises.authorId, ctx.user.id));
}

function canEdit(ctx: SignedInContext, row: ExerciseRow): boolean {
  return row.source === "teacher" && (ctx.user.role === "admin" || row.authorId === ctx.user.id);
}

/** Validates with the exercises package; every problem becomes one line of the error. */
function validate(input: z.infer<typeof authored>): Exercise & { yaml: string } {
  const built = buildExercise({ slug: input.slug, path: input.slug, yaml: input.yaml, pythonFiles: input.files });
  if (!built.ok) throw new TRPCError({ code: "BAD_REQUEST", message: built.errors.join("\n") });
  return { ...built.value, yaml: input.yaml };
}

export async function loadVisibleExercise(ctx: SignedInContext, exerciseId: string): Promise<ExerciseRow> {
  const [row] = await ctx.db.select().from(schema.exercises).where(and(eq(schema.exercises.id, exerciseId), visibleTo(ctx)));
  if (!row) throw notFound("exercise");
  return row;
}

async function currentVersion(ctx: SignedInContext, row: ExerciseRow) {
  const [version] = await ctx.db.select().from(schema.exerciseVersions).where(eq(schema.exerciseVersions.id, row.currentVersionId ?? ""));
  if (!version) throw notFound("exercise version");
  return version;
}

export const exercisesRouter = router({
  /** The bank (and the caller's own exercises), filtered by concept and difficulty. No answers. */
  list: signedInProcedure
    .input(z.object({ concept: z.enum(CONCEPTS).optional(), difficulty: z.int().min(1).max(5).optional() }).default({}))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db
        .select({
          id: schema.exercises.id,
          source: schema.exercises.source,
          versionId: schema.exerciseVersions.id,
          title: schema.exerciseVersions.title,
          concepts: schema.exerciseVersions.concepts,
          difficulty: schema.exerciseVersions.difficulty,
          content: schema.exerciseVersions.content,
        })
        .from(schema.exercises)
        .innerJoin(schema.exerciseVersions, eq(schema.exercises.currentVersionId, schema.exerciseVersions.id))
        .where(
          and(
            eq(schema.exercises.archived, false),
            visibleTo(ctx),
            input.concept ? arrayContains(schema.exerciseVersions.concepts, [input.concept]) : undefined,
            input.difficulty ? eq(schema.exerciseVersions.difficulty, input.difficulty) : undefined,
          ),
        )
        .orderBy(asc(schema.exerciseVersions.difficulty), asc(schema.exerciseVersions.title));
      return rows.map(({ content, ...row }) => ({ ...row, summary: (content as Exercise).spec.summary, questions: (content as Exercise).spec.questions.length }));
    }),
  /** Learners get the stripped view; teachers and admins the whole exercise with its YAML and versions. */
  get: signedInProcedure.input(z.object({ exerciseId: id })).query(async ({ ctx, input }) => {
    const row = await loadVisibleExercise(ctx, input.exerciseId);
    const version = await currentVersion(ctx, row);
    const exercise = version.content as Exercise;
    if (ctx.user.role === "learner") return { id: row.id, source: row.source, versionId: version.id, view: "learner" as const, exercise: learnerExercise(exercise) };
    const versions = await ctx.db
      .select({ id: schema.exerciseVersions.id, version: schema.exerciseVersions.version, createdAt: schema.exerciseVersions.createdAt })
      .from(schema.exerciseVersions)
      .where(eq(schema.exerciseVersions.exerciseId, row.id))
      .orderBy(asc(schema.exerciseVersions.createdAt));
    return { id: row.id, source: row.source, versionId: version.id, view: "full" as const, exercise, yaml: version.yaml, editable: canEdit(ctx, row), versions };
  }),
  create: roleProcedure("teacher", "admin")
    .input(authored)
    .mutation(async ({ ctx, input }) => {
      const exercise = validate(input);
      const exerciseId = `t-${newId()}`;
      await storeVersion(ctx.db, { id: exerciseId, source: "teacher", authorId: ctx.user.id }, exercise);
      return { id: exerciseId, versionId: `${exerciseId}@${exercise.version}`, version: exercise.version };
    }),
  /** A new version when the content changed; assignments keep the version they were built with. */
  update: roleProcedure("teacher", "admin")
    .input(authored.extend({ exerciseId: id }))
    .mutation(async ({ ctx, input }) => {
      const row = await loadVisibleExercise(ctx, input.exerciseId);
      if (!canEdit(ctx, row)) throw forbidden(row.source === "bank" ? "Bank exercises are edited as files in exercises/" : "Only the author may edit this exercise");
      const exercise = validate(input);
      const created = await storeVersion(ctx.db, { id: row.id, source: "teacher", authorId: row.authorId }, exercise);
      return { id: row.id, versionId: `${row.id}@${exercise.version}`, version: exercise.version, newVersion: created };
    }),
  /** Validates a draft and derives its answers (for the default or given parameters): the teacher's check. */
  preview: roleProcedure("teacher", "admin")
    .input(authored.extend({ parameters: z.record(z.string(), parameterValue).optional() }))
    .mutation(async ({ ctx, input }) => {
      const exercise = validate(input);
      const parameters: ParameterValues = input.parameters ?? defaultParameters(exercise.spec);
      try {
        const derived = await ctx.services.grader.pool.run<DerivedAnswers>({ kind: "derive", exercise, parameters, timeBudgetMs: simulationBudget(ctx.services.grader.pool.timeoutMs) });
        return { ok: true as const, version: exercise.version, parameters, derived };
      } catch (error) {
        return { ok: false as const, version: exercise.version, parameters, error: error instanceof Error ? error.message : String(error) };
      }
    }),
});
