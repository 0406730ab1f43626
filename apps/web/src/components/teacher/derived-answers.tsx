"use client";
// The answers the simulator derived, per question, in words a teacher can check at a glance.
import type { DerivedAnswers, DerivedQuestion, Question } from "@interleave/exercises";
import { formatNs, showOutput } from "@/lib/format";
import { misconceptionName } from "@/lib/misconceptions";

export function DerivedAnswersView({ derived, questions }: { derived: DerivedAnswers; questions: Question[] }) {
  return (
    <div data-testid="derived-answers">
      {derived.questions.map((d) => (
        <div key={d.id} className="question">
          <strong>{questions.find((q) => q.id === d.id)?.prompt ?? d.id}</strong> <span className="badge">{d.kind}</span>
          <DerivedAnswer derived={d} />
        </div>
      ))}
      {derived.models.length > 0 && (
        <details>
          <summary>What the misconception models predict</summary>
          {derived.models.map((m) => (
            <div key={m.misconception}>
              <h4>{misconceptionName(m.misconception)}</h4>
              {m.questions.map((d) => (
                <div key={d.id}>
                  <em>{d.id}</em>: <DerivedAnswer derived={d} />
                </div>
              ))}
            </div>
          ))}
        </details>
      )}
      <p className="muted">
        {derived.stats.runs} runs, {derived.stats.explorations} explorations ({derived.stats.executions} executions){derived.stats.incomplete ? `, ${derived.stats.incomplete} cut short by a bound` : ""}
      </p>
    </div>
  );
}

function DerivedAnswer({ derived }: { derived: DerivedQuestion }) {
  switch (derived.kind) {
    case "output":
      return <pre>{showOutput(derived.stdout)}</pre>;
    case "possible-outputs":
      return (
        <div>
          {derived.outcomes.length} possible outputs{derived.choices.length > derived.outcomes.length ? ` + ${derived.choices.length - derived.outcomes.length} distractors` : ""}:
          {derived.choices.map((c) => (
            <pre key={c} style={{ borderColor: derived.outcomes.some((o) => o.stdout === c) ? "var(--good)" : "var(--bad)" }}>
              {derived.outcomes.some((o) => o.stdout === c) ? "✓ " : "✗ distractor: "}
              {showOutput(c)}
            </pre>
          ))}
        </div>
      );
    case "value-set":
      return <span> values {derived.values.map((v) => v.value).join(", ")}</span>;
    case "count":
      return <span> counts {derived.counts.map((c) => c.count).join(", ")}</span>;
    case "duration":
      return <span> {formatNs(derived.wallNs)}</span>;
    case "faster":
      return (
        <span>
          {" "}
          {derived.answer === "same" ? "about the same" : `${derived.answer} is faster`} (a {formatNs(derived.aWallNs)}, b {formatNs(derived.bWallNs)})
        </span>
      );
    case "deadlock":
      return <span> {derived.possible ? "can deadlock" : "never deadlocks"}</span>;
    case "order":
      return (
        <div>
          {derived.orders.map((o, i) => (
            <pre key={i}>{o.lines.join("\n")}</pre>
          ))}
        </div>
      );
    case "state-at":
      return <span> {derived.state}</span>;
  }
}
