"use client";
import type { Question } from "@interleave/exercises";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { CodeFiles } from "@/components/code-view";
import { InlineMarkdown } from "@/components/inline-markdown";
import { AnswerInput, isAnswered } from "@/components/questions/answer-input";
import { describeMachine, plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc";
import type { Attempt, AttemptItem } from "./attempt-view";
import { useDraftSaver } from "./use-draft-saver";
import { SubmissionResult } from "./submission-result";

type Answers = Record<string, unknown>;

function initialAnswers(item: AttemptItem): Answers {
  if (item.draft && typeof item.draft === "object") return item.draft as Answers;
  const last = item.submissions.at(-1);
  return (last?.answers as Answers | undefined) ?? {};
}

export function ExerciseItem({ attemptId, item, assignment, editable }: { attemptId: string; item: AttemptItem; assignment: Attempt["assignment"]; editable: boolean }) {
  const { exercise } = item;
  const [answers, setAnswers] = useState<Answers>(() => initialAnswers(item));
  const draft = useDraftSaver(attemptId, item.position, editable);
  const submit = useSubmit(attemptId);
  // Numbered submissions count; practice ones and failed gradings have no number.
  const used = item.submissions.filter((s) => s.number !== null).length;
  const left = assignment.attemptsAllowed === null ? null : Math.max(0, assignment.attemptsAllowed - used);
  const latest = submit.data ?? item.submissions.at(-1);

  function change(question: Question, value: unknown) {
    const next = { ...answers, [question.id]: value };
    if (value === undefined) delete next[question.id];
    setAnswers(next);
    draft.save(next);
  }
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const given = Object.fromEntries(exercise.questions.filter((q) => isAnswered(q, answers[q.id])).map((q) => [q.id, answers[q.id]]));
    submit.mutate({ attemptId, position: item.position, answers: given, idempotencyKey: crypto.randomUUID() });
  }

  return (
    <article aria-labelledby={`exercise-${item.position}`}>
      <h2 id={`exercise-${item.position}`}>{exercise.title}</h2>
      <InlineMarkdown text={exercise.prompt} />
      <p>
        <strong>Machine:</strong> <span data-testid="machine">{describeMachine(exercise.machine)}</span>
        <br />
        <span className="muted">
          Concepts: {exercise.concepts.join(", ")} · difficulty {exercise.difficulty}/5 · {plural(item.maxScore, "point")}
        </span>
      </p>
      <CodeFiles files={exercise.files} />
      {exercise.unavailable && <p className="notice warn">{exercise.unavailable}</p>}
      <form onSubmit={onSubmit} aria-label="Your answers">
        {exercise.questions.map((question, i) => (
          <section key={question.id} className="question" aria-labelledby={`q-${item.position}-${question.id}`}>
            <h3 id={`q-${item.position}-${question.id}`}>
              Question {i + 1} <span className="muted">({plural(question.points, "point")})</span>
            </h3>
            <InlineMarkdown text={question.prompt} />
            <AnswerInput question={question} value={answers[question.id]} onChange={(v) => change(question, v)} choices={exercise.choices[question.id]} disabled={!editable} />
          </section>
        ))}
        {editable && (
          <div className="row" style={{ alignItems: "center" }}>
            <button type="submit" disabled={submit.isPending || left === 0}>
              {submit.isPending ? "Grading…" : "Submit answers"}
            </button>
            <span data-testid="attempts-left">{left === null ? "Unlimited attempts" : `${plural(left, "attempt")} left`}</span>
            <span className="muted" role="status" aria-live="polite">
              {draft.status}
            </span>
          </div>
        )}
        {submit.isError && (
          <p role="alert" className="notice error">
            {submit.error.message}
          </p>
        )}
      </form>
      {latest && <SubmissionResult submission={latest} questions={exercise.questions} explanation={item.explanation} program={{ files: exercise.files, machine: exercise.machine }} />}
    </article>
  );
}

function useSubmit(attemptId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.attempts.submit.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: ["attempt-start"] });
        void queryClient.invalidateQueries({ queryKey: trpc.assignments.listMine.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.attempts.get.queryKey({ attemptId }) });
      },
    }),
  );
}
