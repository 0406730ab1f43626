"use client";
import type { Question } from "@interleave/exercises";
import type { Schedule } from "@interleave/sim";
import type { ProgramFile } from "@/components/code-view";
import type { MachineSettings } from "@/lib/format";
import { InlineMarkdown } from "@/components/inline-markdown";
import { ReplayWitnessButton, RunProgramButton } from "./run-insight";
import { formatDate, showOutput } from "@/lib/format";
import { misconceptionName } from "@/lib/misconceptions";
import type { AttemptItem } from "./attempt-view";

type Submission = AttemptItem["submissions"][number];
type Graded = Submission["questions"][number];
type Missed = { outcome: string; schedule: Schedule | null };
type Program = { files: ProgramFile[]; machine: MachineSettings };

function fullGrade(q: Graded): { feedback?: string; misconception?: string; missed?: Missed[] } {
  return q as { feedback?: string; misconception?: string; missed?: Missed[] };
}

/** The result of the latest submission: score per question, feedback, misconception, explanation. */
export function SubmissionResult({ submission, questions, explanation, program }: { submission: Submission; questions: Question[]; explanation: string | null; program: Program }) {
  return (
    <section aria-labelledby="result-heading" className="card" style={{ marginTop: "1rem" }} data-testid="result">
      <h2 id="result-heading" style={{ marginTop: 0 }}>
        Result{submission.number ? ` of attempt ${submission.number}` : ""}
        {submission.practice ? " (practice)" : ""}
      </h2>
      <ResultHeader submission={submission} />
      {submission.questions.map((graded) => (
        <QuestionResult key={graded.id} graded={graded} question={questions.find((q) => q.id === graded.id)} program={program} />
      ))}
      {!submission.answersReleased && submission.status === "graded" && <p className="notice">The feedback and the answers are released after the due date.</p>}
      {explanation && (
        <>
          <h3>Explanation</h3>
          <InlineMarkdown text={explanation} testId="explanation" />
        </>
      )}
      {submission.answersReleased && <RunProgramButton files={program.files} machine={program.machine} />}
    </section>
  );
}

function ResultHeader({ submission }: { submission: Submission }) {
  if (submission.status === "pending") return <p className="notice warn">Waiting to be graded: the answers of this exercise cannot be derived yet.</p>;
  if (submission.status === "error") return <p className="notice error">Grading failed: {submission.error}</p>;
  return (
    <p>
      <strong data-testid="submission-score">
        Score: {submission.score} / {submission.maxScore}
      </strong>{" "}
      <span className="muted">
        submitted {formatDate(submission.submittedAt)}
        {submission.late ? ` · late (−${submission.latePenalty}%)` : ""}
      </span>
    </p>
  );
}

function QuestionResult({ graded, question, program }: { graded: Graded; question: Question | undefined; program: Program }) {
  const { feedback, misconception, missed } = fullGrade(graded);
  const name = misconceptionName(misconception);
  return (
    <div className="question" style={{ borderColor: graded.correct ? "var(--good)" : "var(--bad)" }}>
      <h3>
        {question?.prompt ?? graded.id}{" "}
        <span className={`badge ${graded.correct ? "good" : "bad"}`}>
          {graded.correct ? "Correct" : "Not quite"} · {graded.score}/{graded.max}
        </span>
      </h3>
      {feedback && <p data-testid="feedback">{feedback}</p>}
      {name && (
        <p className="notice warn" data-testid="misconception">
          <strong>Misconception:</strong> {name}
        </p>
      )}
      {missed && missed.length > 0 && (
        <details>
          <summary>Outcomes you missed ({missed.length})</summary>
          {missed.map((m, i) => (
            <div key={i}>
              <pre>{showOutput(m.outcome)}</pre>
              {m.schedule && <ReplayWitnessButton files={program.files} machine={program.machine} schedule={m.schedule} />}
            </div>
          ))}
        </details>
      )}
    </div>
  );
}
