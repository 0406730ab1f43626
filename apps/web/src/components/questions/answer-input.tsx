"use client";
// An input that fits each question kind. Values are the answers the grader expects (duration in seconds).
import type { Question } from "@interleave/exercises";
import { DurationInput } from "./duration-input";
import { ListBuilder } from "./list-builder";
import { OrderInput } from "./order-input";
import { ChoiceInput, MultiSelect } from "./choices";

export type AnswerValue = unknown;

type Props = { question: Question; value: AnswerValue; onChange: (value: AnswerValue) => void; choices: string[] | undefined; disabled?: boolean };

const THREAD_STATES = ["new", "runnable", "running", "blocked", "terminated"] as const;

export function AnswerInput({ question, value, onChange, choices, disabled }: Props) {
  const label = `Answer to: ${question.prompt}`;
  switch (question.kind) {
    case "output":
      return (
        <label>
          <span className="sr-only">{label}</span>
          <textarea className="mono" rows={5} cols={50} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)} disabled={disabled} placeholder="What the program prints" />
        </label>
      );
    case "possible-outputs":
      if (!choices?.length) return <p className="notice warn">The choices of this question cannot be computed yet.</p>;
      return <MultiSelect legend={label} choices={choices} value={asStrings(value)} onChange={onChange} disabled={disabled} />;
    case "value-set":
      return <ListBuilder label="Value" legend={label} value={asStrings(value)} onChange={onChange} disabled={disabled} />;
    case "count":
      return <ListBuilder label="Count" legend={label} numeric value={asStrings(value)} onChange={(list) => onChange(list.map(Number))} disabled={disabled} />;
    case "duration":
      return <DurationInput label={label} seconds={typeof value === "number" ? value : null} onChange={onChange} disabled={disabled} />;
    case "faster":
      return (
        <ChoiceInput
          legend={label}
          value={typeof value === "string" ? value : null}
          options={[
            { value: "a", label: `${question.a.label} is faster` },
            { value: "b", label: `${question.b.label} is faster` },
            { value: "same", label: "About the same" },
          ]}
          onChange={onChange}
          disabled={disabled}
        />
      );
    case "deadlock":
      return (
        <ChoiceInput
          legend={label}
          value={typeof value === "boolean" ? String(value) : null}
          options={[
            { value: "true", label: "Yes, it can deadlock" },
            { value: "false", label: "No, it always finishes" },
          ]}
          onChange={(v) => onChange(v === "true")}
          disabled={disabled}
        />
      );
    case "order":
      return <OrderInput legend={label} value={Array.isArray(value) && value.length === question.lines.length ? asStrings(value) : question.lines} onChange={onChange} disabled={disabled} />;
    case "state-at":
      return (
        <label>
          State
          <select value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value || undefined)} disabled={disabled}>
            <option value="">Choose a state…</option>
            {THREAD_STATES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      );
  }
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** Whether the learner has given an answer at all (an untouched order counts as given). */
export function isAnswered(question: Question, value: AnswerValue): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  return question.kind !== "output" || String(value).length > 0;
}
