// What a learner may see. Exercise specs hold no answers, but the explanation and the expected exit
// code give them away, and a grade's feedback and missed outcomes name the right answer: those stay
// hidden until the assignment releases its answers.
import type { DerivedAnswers, Exercise, ParameterValues, QuestionGrade } from "@interleave/exercises";
import { variantFiles } from "@interleave/exercises";

export function learnerExercise(exercise: Exercise) {
  const { spec } = exercise;
  return {
    slug: exercise.slug,
    title: spec.title,
    summary: spec.summary,
    concepts: spec.concepts,
    difficulty: spec.difficulty,
    prompt: spec.prompt,
    machine: spec.machine,
    files: exercise.files,
    questions: spec.questions,
  };
}

/** The learner's variant: their program (parameters in place), and the choices of multi-select questions. */
export function learnerVariant(exercise: Exercise, parameters: ParameterValues, derived: DerivedAnswers | null) {
  const choices = Object.fromEntries(
    (derived?.questions ?? []).flatMap((q) => (q.kind === "possible-outputs" ? [[q.id, q.choices] as const] : [])),
  );
  return {
    ...learnerExercise(exercise),
    files: variantFiles(exercise, parameters),
    parameters,
    /** question id → the outputs to pick from (possible-outputs questions). */
    choices,
    /** Why choices are missing: the simulator could not derive this variant's answers yet. */
    unavailable: derived ? null : "This variant's answers are not derived (yet): choices may be missing; reload in a moment.",
  };
}

type SubmissionRow = {
  id: string;
  position: number;
  number: number | null;
  status: "pending" | "graded" | "error";
  score: number | null;
  maxScore: number | null;
  feedback: unknown;
  error: string | null;
  answers: unknown;
  late: boolean;
  latePenalty: number;
  practice: boolean;
  submittedAt: Date;
  gradedAt: Date | null;
};

export function submissionView(row: SubmissionRow, released: boolean) {
  const questions = (row.feedback as QuestionGrade[] | null) ?? [];
  return {
    id: row.id,
    position: row.position,
    number: row.number,
    status: row.status,
    score: row.score,
    maxScore: row.maxScore,
    error: row.error,
    answers: row.answers,
    late: row.late,
    latePenalty: row.latePenalty,
    practice: row.practice,
    submittedAt: row.submittedAt,
    gradedAt: row.gradedAt,
    answersReleased: released,
    questions: questions.map((q) =>
      released
        ? q
        : { id: q.id, kind: q.kind, score: q.score, max: q.max, correct: q.correct },
    ),
  };
}

export type SubmissionView = ReturnType<typeof submissionView>;
