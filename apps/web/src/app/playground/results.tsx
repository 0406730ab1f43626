"use client";
// What the worker answered: progress while busy, then the run, sample or exploration, or an error.
import type { ExploreOutcome, ExploreResult, RunResult, SourceFile } from "@interleave/sim";
import { useState } from "react";
import { ExploreOutcomes, ProcessTreeView, RunOutput, SampleOutcomes, RunTimeline, Stepper, stepsFromTrace, type SimWorkerState } from "@/components/sim";
import styles from "./playground.module.css";

const KIND_WORDS = { run: "Running", sample: "Sampling", explore: "Exploring", replay: "Replaying the witness" } as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export function JobStatus({ state }: { state: SimWorkerState }) {
  if (state.status === "busy") {
    const p = state.progress;
    return (
      <div role="status" className={styles.status} data-testid="job-status">
        {KIND_WORDS[state.kind]}…
        {p ? (
          <>
            {" "}
            {plural(p.executions, "execution")}, {plural(p.states, "state")}, {plural(p.outcomes, "outcome")} so far
          </>
        ) : null}
        <progress aria-label={`${KIND_WORDS[state.kind]} progress`} />
      </div>
    );
  }
  if (state.status === "cancelled") {
    const p = state.progress;
    return (
      <p role="status" className={styles.status} data-testid="job-status">
        Cancelled{p ? ` after ${plural(p.executions, "execution")} (${plural(p.outcomes, "outcome")} found)` : ""}.
      </p>
    );
  }
  return <div role="status" className={styles.statusIdle} />;
}

interface ResultsProps {
  state: SimWorkerState;
  files: SourceFile[];
  /** The last exploration, kept on screen while one of its witnesses is replayed. */
  lastExplore: ExploreResult | null;
  onReplay: (outcome: ExploreOutcome) => void;
}

export function Results({ state, files, lastExplore, onReplay }: ResultsProps) {
  if (state.status === "failed") {
    return (
      <section className={styles.results} aria-label="Error">
        <h2>The simulator stopped</h2>
        <pre role="alert" className={styles.error} data-testid="sim-error">
          {state.error.text}
        </pre>
      </section>
    );
  }
  if (state.status !== "done") {
    return state.status === "idle" ? <p className={styles.hint}>Results appear here. Run executes once with the seed; Sample runs seeds 1 to K; Explore finds every possible outcome.</p> : null;
  }
  const { job } = state;
  return (
    <section className={styles.results} aria-label="Results" data-testid="results">
      {job.kind === "run" ? <h2>Run</h2> : null}
      {job.kind === "run" ? <RunResults run={job.result} files={files} elapsedMs={job.elapsedMs} initialView="timeline" /> : null}
      {job.kind === "replay" ? (
        <>
          <h2>Witness replayed</h2>
          <RunResults run={job.result} files={files} elapsedMs={job.elapsedMs} initialView="stepper" />
          {lastExplore ? (
            <>
              <h2>Every outcome</h2>
              <ExploreOutcomes result={lastExplore} onReplay={onReplay} />
            </>
          ) : null}
        </>
      ) : null}
      {job.kind === "sample" ? (
        <>
          <h2>Sample</h2>
          <p>Took {job.elapsedMs} ms.</p>
          <SampleOutcomes result={job.result} />
        </>
      ) : null}
      {job.kind === "explore" ? (
        <>
          <h2>Every outcome</h2>
          <p>Took {job.elapsedMs} ms.</p>
          <ExploreOutcomes result={job.result} onReplay={onReplay} />
        </>
      ) : null}
    </section>
  );
}

type RunView = "timeline" | "stepper" | "processes";

function RunResults({ run, files, elapsedMs, initialView }: { run: RunResult; files: SourceFile[]; elapsedMs: number; initialView: RunView }) {
  const [view, setView] = useState<RunView>(initialView);
  const views: [RunView, string][] = [
    ["timeline", "Timeline"],
    ["stepper", "Step through"],
    ["processes", `Processes (${run.processes.length})`],
  ];
  return (
    <>
      <RunOutput run={run} elapsedMs={elapsedMs} />
      <div role="tablist" aria-label="Views of the run" className={styles.viewTabs}>
        {views.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={view === id} className={styles.tab} onClick={() => setView(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className={styles.viewPanel}>
        {view === "timeline" ? <RunTimeline run={run} /> : null}
        {view === "stepper" ? <Stepper files={files} steps={stepsFromTrace(run)} /> : null}
        {view === "processes" ? <ProcessTreeView run={run} /> : null}
      </div>
    </>
  );
}
