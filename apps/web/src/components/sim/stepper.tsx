"use client";
// Replays an execution step by step: what the acting thread does, each thread's code with its
// current line, the bytecode of that line, the shared variables, who holds the GIL, the output so far.
import { disassemble, type SourceFile } from "@interleave/sim";
import { useEffect, useMemo, useState } from "react";
import { bytecodeByLine, type BytecodeInstruction, type StepperStep, type StepperThread } from "./stepper-model";
import { formatDuration } from "./run-timeline-model";
import styles from "./sim.module.css";

export interface StepperProps {
  files: SourceFile[];
  steps: StepperStep[];
  /** Milliseconds between steps while playing. */
  playIntervalMs?: number;
}

export function Stepper({ files, steps, playIntervalMs = 600 }: StepperProps) {
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const last = steps.length - 1;
  const current = steps[Math.min(index, last)];

  useEffect(() => {
    if (!playing) return;
    if (index >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setIndex((i) => Math.min(i + 1, last)), playIntervalMs);
    return () => clearTimeout(timer);
  }, [playing, index, last, playIntervalMs]);

  if (!current) return <p className={styles.empty}>Nothing to step through: the execution recorded no steps.</p>;
  const actor = current.threads.find((t) => t.id === current.thread);
  return (
    <section className={styles.stepper} aria-label="Stepper" data-testid="stepper">
      <div className={styles.stepperControls}>
        <button type="button" onClick={() => setIndex(0)} disabled={index === 0}>
          First
        </button>
        <button type="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
          Previous
        </button>
        <button type="button" onClick={() => setPlaying((p) => !p)} disabled={index >= last && !playing} aria-pressed={playing}>
          {playing ? "Pause" : "Play"}
        </button>
        <button type="button" onClick={() => setIndex((i) => Math.min(last, i + 1))} disabled={index >= last}>
          Next
        </button>
        <input type="range" min={0} max={last} value={index} onChange={(e) => setIndex(Number(e.target.value))} aria-label="Step" aria-valuetext={`Step ${index + 1} of ${steps.length}`} />
      </div>
      <p className={styles.event} aria-live="polite" data-testid="stepper-position">
        <strong>
          Step {index + 1} of {steps.length}
        </strong>
        {current.ns !== undefined ? ` at ${formatDuration(current.ns)}` : ""}: {actor?.name ?? current.thread} {current.action}
      </p>
      <div className={styles.stepperPanels}>
        <ThreadsPanel step={current} files={files} />
        <BytecodePanel step={current} files={files} />
        <StatePanel step={current} />
      </div>
    </section>
  );
}

function stateText(thread: StepperThread, step: StepperStep): string {
  const pid = thread.id.split(":")[0] ?? "";
  return step.gilHolders[pid] === thread.id ? `${thread.state}, holds the GIL` : thread.state;
}

function ThreadsPanel({ step, files }: { step: StepperStep; files: SourceFile[] }) {
  return (
    <div className={styles.panel}>
      <h3>Threads</h3>
      {step.threads.map((thread) => {
        const location = thread.id === step.thread ? (step.location ?? thread.location) : thread.location;
        return (
          <div key={thread.id} data-testid={`stepper-thread-${thread.id}`}>
            <h4 className={thread.id === step.thread ? styles.gilHolder : undefined}>
              {thread.name} — {stateText(thread, step)}
            </h4>
            {location ? <CodeAt files={files} file={location.file} line={location.line} acting={thread.id === step.thread} /> : null}
          </div>
        );
      })}
      {step.location === undefined ? <p className={styles.empty}>This trace records no source lines; a replayed witness does.</p> : null}
    </div>
  );
}

/** The lines around `line` of `file`, with `line` highlighted (and marked as the step's own for the acting thread). */
function CodeAt({ files, file, line, acting }: { files: SourceFile[]; file: string; line: number; acting: boolean }) {
  const text = files.find((f) => f.name === file)?.text ?? "";
  const lines = text.split("\n");
  const from = Math.max(1, line - 3);
  const to = Math.min(lines.length, line + 3);
  return (
    <ol className={styles.codeLines} aria-label={`${file} around line ${line}`}>
      {lines.slice(from - 1, to).map((source, i) => {
        const number = from + i;
        return (
          <li key={number} className={`${styles.codeLine} ${number === line ? styles.currentLine : ""}`} aria-current={number === line && acting ? "step" : undefined}>
            <span className={styles.lineNumber}>{number}</span>
            <span>{source || " "}</span>
          </li>
        );
      })}
    </ol>
  );
}

function useBytecode(files: SourceFile[], file: string | undefined): Map<number, BytecodeInstruction[]> | null {
  return useMemo(() => {
    const source = files.find((f) => f.name === file);
    if (!source) return null;
    try {
      return bytecodeByLine(disassemble(source));
    } catch {
      return null;
    }
  }, [files, file]);
}

function BytecodePanel({ step, files }: { step: StepperStep; files: SourceFile[] }) {
  const byLine = useBytecode(files, step.location?.file);
  const instructions = step.location ? byLine?.get(step.location.line) : undefined;
  return (
    <div className={styles.panel}>
      <h3>Bytecode{step.location ? ` of line ${step.location.line}` : ""}</h3>
      {instructions ? (
        <ol className={styles.codeLines} data-testid="stepper-bytecode">
          {instructions.map((ins, i) => (
            <li key={i} className={ins.offset === step.instructionOffset ? styles.currentInstruction : undefined}>
              {String(ins.offset).padStart(4)} {ins.opname} {ins.argument}
            </li>
          ))}
        </ol>
      ) : (
        <p className={styles.empty}>{step.location ? "No bytecode for this line." : "Shown when the step knows its source line."}</p>
      )}
    </div>
  );
}

function StatePanel({ step }: { step: StepperStep }) {
  const holders = Object.entries(step.gilHolders);
  const names = new Map(step.threads.map((t) => [t.id, t.name]));
  return (
    <div className={styles.panel}>
      <h3>GIL</h3>
      {holders.length === 0 ? <p className={styles.empty}>Nobody has taken the GIL yet.</p> : null}
      <ul>
        {holders.map(([pid, holder]) => (
          <li key={pid} data-testid="stepper-gil">
            {holders.length > 1 ? `pid ${pid}: ` : ""}
            {holder ? `held by ${names.get(holder) ?? holder}` : "free"}
          </li>
        ))}
      </ul>
      <h3>Shared variables</h3>
      {step.variables ? (
        <table className={styles.table}>
          <tbody>
            {Object.entries(step.variables).map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className={styles.empty}>Not recorded in this trace.</p>
      )}
      <h3>Output so far</h3>
      <pre className={styles.pre} data-testid="stepper-output">{step.output || " "}</pre>
    </div>
  );
}
