"use client";
// Every outcome an exploration found, each with its witness schedule (and a replay button when the
// host can replay one).
import type { ExploreOutcome, ExploreResult } from "@interleave/sim";
import styles from "./sim.module.css";

export interface ExploreOutcomesProps {
  result: ExploreResult;
  /** Called with an outcome to replay its witness; without it no replay button is shown. */
  onReplay?: (outcome: ExploreOutcome) => void;
}

export function ExploreOutcomes({ result, onReplay }: ExploreOutcomesProps) {
  return (
    <div data-testid="explore-outcomes">
      <p>
        {result.complete ? "Complete: " : `Incomplete (${result.stoppedBy ?? "a budget cut the search"}): `}
        {result.outcomes.length} {result.outcomes.length === 1 ? "outcome" : "outcomes"} after {result.executions.toLocaleString("en")} executions and{" "}
        {result.states.toLocaleString("en")} states.
      </p>
      <ol className={styles.outcomeList}>
        {result.outcomes.map((outcome, i) => (
          <li key={i} data-testid="explore-outcome">
            <pre className={styles.pre}>{outcome.stdout || "(nothing)"}</pre>
            <p>
              Exit code {outcome.exitCode}
              {outcome.deadlock ? ", deadlock" : ""} · reached by {outcome.executions} {outcome.executions === 1 ? "execution" : "executions"} · needs {outcome.preemptions}{" "}
              {outcome.preemptions === 1 ? "preemption" : "preemptions"}
            </p>
            {outcome.waiting?.length ? <p>Waiting: {outcome.waiting.map((t) => `${t.name} on ${t.waitingOn ?? "?"}`).join("; ")}</p> : null}
            <details>
              <summary>Witness schedule ({outcome.schedule.choices.length} choices)</summary>
              <pre className={styles.pre}>{outcome.schedule.choices.join(" → ")}</pre>
            </details>
            {onReplay ? (
              <button type="button" onClick={() => onReplay(outcome)}>
                Step through this witness
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
