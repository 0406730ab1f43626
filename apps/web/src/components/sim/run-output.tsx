"use client";
// One run's output and figures: stdout, stderr (tracebacks and SyntaxErrors as CPython prints
// them), exit code, deadlock or budget stop, simulated wall time.
import type { RunResult } from "@interleave/sim";
import { formatDuration } from "./run-timeline-model";
import styles from "./sim.module.css";

export interface RunOutputProps {
  run: RunResult;
  /** Real time the simulation took, when the host measured it. */
  elapsedMs?: number;
}

export function RunOutput({ run, elapsedMs }: RunOutputProps) {
  return (
    <div data-testid="run-output">
      <dl className={styles.figures}>
        <dt>Exit code</dt>
        <dd data-testid="exit-code">{run.exitCode}</dd>
        <dt>Simulated wall time</dt>
        <dd>{formatDuration(run.wallNs)}</dd>
        <dt>Instructions</dt>
        <dd>{run.instructions.toLocaleString("en")}</dd>
        {elapsedMs !== undefined ? (
          <>
            <dt>Simulation took</dt>
            <dd>{elapsedMs} ms</dd>
          </>
        ) : null}
      </dl>
      {run.deadlock ? (
        <p role="alert">
          <strong>Deadlock:</strong> every live thread is blocked.{" "}
          {run.threads
            .filter((t) => t.waitingOn)
            .map((t) => `${t.name} waits on ${t.waitingOn}`)
            .join("; ")}
        </p>
      ) : null}
      {run.timedOut ? <p role="alert">Stopped by a budget: {run.timeoutReason ?? "time limit"}</p> : null}
      <h3>stdout</h3>
      {run.stdout ? <pre className={styles.pre} data-testid="stdout">{run.stdout}</pre> : <p className={styles.empty}>(nothing)</p>}
      {run.stderr ? (
        <>
          <h3>stderr</h3>
          <pre className={`${styles.pre} ${styles.stderr}`} data-testid="stderr">
            {run.stderr}
          </pre>
        </>
      ) : null}
    </div>
  );
}
