"use client";
// The processes of a run as a tree (a fork's child under its parent), each with what it wrote.
// Output per process comes from the trace's write events (text written into the process's stream,
// as the process wrote it; a buffered stream reaches the terminal when flushed).
import type { ProcessInfo, RunResult } from "@interleave/sim";
import styles from "./sim.module.css";

export interface ProcessTreeViewProps {
  run: Pick<RunResult, "processes" | "trace">;
}

interface ProcessOutput {
  stdout: string;
  stderr: string;
}

function outputsByPid(run: ProcessTreeViewProps["run"]): Map<number, ProcessOutput> {
  const outputs = new Map<number, ProcessOutput>();
  for (const event of run.trace ?? []) {
    if (event.kind !== "write") continue;
    const output = outputs.get(event.pid) ?? { stdout: "", stderr: "" };
    output[event.stream] += event.text;
    outputs.set(event.pid, output);
  }
  return outputs;
}

export function ProcessTreeView({ run }: ProcessTreeViewProps) {
  const outputs = outputsByPid(run);
  const pids = new Set(run.processes.map((p) => p.pid));
  const roots = run.processes.filter((p) => !pids.has(p.ppid));
  if (roots.length === 0) return <p className={styles.empty}>No processes.</p>;
  return (
    <ul className={styles.tree} aria-label="Process tree" data-testid="process-tree">
      {roots.map((p) => (
        <ProcessNode key={p.pid} process={p} all={run.processes} outputs={outputs} hasTrace={Boolean(run.trace)} />
      ))}
    </ul>
  );
}

function exitText(code: number | null): string {
  if (code === null) return "still running";
  if (code < 0) return `killed by signal ${-code}`;
  return `exit code ${code}`;
}

function ProcessNode({ process, all, outputs, hasTrace }: { process: ProcessInfo; all: ProcessInfo[]; outputs: Map<number, ProcessOutput>; hasTrace: boolean }) {
  const children = all.filter((p) => p.ppid === process.pid);
  const output = outputs.get(process.pid);
  return (
    <li className={styles.process} data-testid={`process-${process.pid}`}>
      <div className={styles.processHeading}>
        pid {process.pid}
        {process.ppid > 0 ? `, child of ${process.ppid}` : ""} — {exitText(process.exitCode)}
      </div>
      {hasTrace && !output ? <div className={styles.empty}>wrote nothing</div> : null}
      {output?.stdout ? <pre className={styles.pre} aria-label={`stdout of pid ${process.pid}`}>{output.stdout}</pre> : null}
      {output?.stderr ? <pre className={`${styles.pre} ${styles.stderr}`} aria-label={`stderr of pid ${process.pid}`}>{output.stderr}</pre> : null}
      {children.length > 0 ? (
        <ul>
          {children.map((child) => (
            <ProcessNode key={child.pid} process={child} all={all} outputs={outputs} hasTrace={hasTrace} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
