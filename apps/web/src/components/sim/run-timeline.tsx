"use client";
// The timeline of one run: a row per core and per thread, segments for running, waiting for the
// GIL (or a core), blocked and done. Segments are focusable (arrow keys move along a row) and say
// what they are; a table lists the same segments for screen readers and copying.
import type { RunResult } from "@interleave/sim";
import { useMemo, useState, type KeyboardEvent } from "react";
import { formatDuration, timelineFromRun, type RunSegmentKind, type RunTimelineRow, type RunTimelineSegment } from "./run-timeline-model";
import styles from "./sim.module.css";

export interface RunTimelineProps {
  /** A run recorded with `trace: true` (the playground's runs always are). */
  run: Pick<RunResult, "trace" | "threads" | "wallNs">;
  /** Accessible name of the figure. */
  title?: string;
}

/** Rows longer than this show their first segments only (the table says so). */
const MAX_SEGMENTS_PER_ROW = 400;

const KIND_NAMES: Record<RunSegmentKind, string> = {
  running: "running (holds the GIL)",
  waiting: "waiting for the GIL or a core",
  blocked: "blocked (I/O, sleep, lock, join)",
  done: "done",
};

function describe(row: RunTimelineRow, segment: RunTimelineSegment): string {
  return `${row.title}: ${segment.label}, ${formatDuration(segment.startNs)} to ${formatDuration(segment.endNs)} (${formatDuration(segment.endNs - segment.startNs)})`;
}

export function RunTimeline({ run, title = "Timeline" }: RunTimelineProps) {
  const model = useMemo(() => timelineFromRun(run), [run]);
  const [focused, setFocused] = useState<string | null>(null);
  if (!run.trace || run.trace.length === 0) return <p className={styles.empty}>No trace was recorded for this run.</p>;
  return (
    <figure className={styles.timeline} aria-label={title} data-testid="timeline">
      <figcaption className={styles.legend}>
        {(Object.keys(KIND_NAMES) as RunSegmentKind[]).map((kind) => (
          <span key={kind} className={styles.legendItem}>
            <span className={`${styles.swatch} ${styles[kind]}`} aria-hidden="true" />
            {KIND_NAMES[kind]}
          </span>
        ))}
      </figcaption>
      <RowGroup heading="Cores" rows={model.cores} wallNs={model.wallNs} onFocusSegment={setFocused} />
      <RowGroup heading="Threads" rows={model.threads} wallNs={model.wallNs} onFocusSegment={setFocused} />
      <div className={styles.axis} aria-hidden="true">
        <span>0</span>
        <span>{formatDuration(model.wallNs)}</span>
      </div>
      <p className={styles.segmentDetail} aria-live="polite" data-testid="timeline-detail">
        {focused ?? "Hover over or focus a segment (Tab, then arrow keys) for its details."}
      </p>
      <details>
        <summary>Timeline as a table</summary>
        <TimelineTable rows={[...model.cores, ...model.threads]} />
      </details>
    </figure>
  );
}

function RowGroup({ heading, rows, wallNs, onFocusSegment }: { heading: string; rows: RunTimelineRow[]; wallNs: number; onFocusSegment: (text: string) => void }) {
  if (rows.length === 0) return null;
  return (
    <div role="group" aria-label={heading} className={styles.rowGroup}>
      <div className={styles.groupHeading}>{heading}</div>
      {rows.map((row) => (
        <div key={row.id} className={styles.row}>
          <div className={styles.rowTitle} title={row.title}>
            {row.title}
          </div>
          <SegmentTrack row={row} wallNs={wallNs} onFocusSegment={onFocusSegment} />
        </div>
      ))}
    </div>
  );
}

function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const keys: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };
  const step = keys[event.key];
  if (!step) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>("[data-segment]")];
  const index = buttons.indexOf(document.activeElement as HTMLElement);
  const next = buttons[Math.min(buttons.length - 1, Math.max(0, index + step))];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

function SegmentTrack({ row, wallNs, onFocusSegment }: { row: RunTimelineRow; wallNs: number; onFocusSegment: (text: string) => void }) {
  const shown = row.segments.slice(0, MAX_SEGMENTS_PER_ROW);
  return (
    <div className={styles.track} onKeyDown={moveFocus}>
      {shown.map((segment, i) => {
        const text = describe(row, segment);
        const left = (segment.startNs / wallNs) * 100;
        const width = Math.max(((segment.endNs - segment.startNs) / wallNs) * 100, 0.4);
        return (
          <span
            key={i}
            data-segment
            role="img"
            tabIndex={i === 0 ? 0 : -1}
            aria-label={text}
            title={text}
            className={`${styles.segment} ${styles[segment.kind]}`}
            style={{ left: `${left}%`, width: `${width}%` }}
            onFocus={() => onFocusSegment(text)}
            onMouseEnter={() => onFocusSegment(text)}
          />
        );
      })}
    </div>
  );
}

function TimelineTable({ rows }: { rows: RunTimelineRow[] }) {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">What</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
        </tr>
      </thead>
      <tbody>
        {rows.flatMap((row) =>
          row.segments.slice(0, MAX_SEGMENTS_PER_ROW).map((segment, i) => (
            <tr key={`${row.id}-${i}`}>
              <td>{row.title}</td>
              <td>{segment.label}</td>
              <td>{formatDuration(segment.startNs)}</td>
              <td>{formatDuration(segment.endNs)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
