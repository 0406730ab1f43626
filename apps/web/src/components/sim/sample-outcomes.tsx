"use client";
// The outcomes of K realistic runs (sampleProgram): each distinct output with how often it came up.
import type { SampleResult } from "@interleave/sim";
import { formatDuration } from "./run-timeline-model";
import styles from "./sim.module.css";

export function SampleOutcomes({ result }: { result: SampleResult }) {
  const sorted = [...result.outcomes].sort((a, b) => b.runs - a.runs);
  return (
    <table className={styles.table} data-testid="sample-outcomes">
      <caption>
        {sorted.length} distinct {sorted.length === 1 ? "outcome" : "outcomes"} in {result.runs} runs (seeds 1 to {result.runs})
      </caption>
      <thead>
        <tr>
          <th scope="col">Output</th>
          <th scope="col">Exit</th>
          <th scope="col">Runs</th>
          <th scope="col">Frequency</th>
          <th scope="col">Wall time (min / median / max)</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((outcome, i) => (
          <tr key={i}>
            <td>
              <pre className={styles.pre}>{outcome.stdout || "(nothing)"}</pre>
            </td>
            <td>{outcome.deadlock ? `${outcome.exitCode}, deadlock` : outcome.exitCode}</td>
            <td>{outcome.runs}</td>
            <td>{((outcome.runs / result.runs) * 100).toFixed(1)} %</td>
            <td>
              {formatDuration(outcome.wallNs.min)} / {formatDuration(outcome.wallNs.median)} / {formatDuration(outcome.wallNs.max)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
