// From a run's trace to timeline rows: per thread, its states over time; per core, who ran on it.
import type { RunResult, ThreadStateName, TraceEvent } from "@interleave/sim";

/** What a segment shows: running (with the GIL under the GIL models), waiting for the GIL or a core, blocked, done. */
export type RunSegmentKind = "running" | "waiting" | "blocked" | "done";

export interface RunTimelineSegment {
  kind: RunSegmentKind;
  startNs: number;
  endNs: number;
  /** For a thread row: what it does ("running on core 0"); for a core row: who ran. */
  label: string;
  /** What a blocked thread waited on ("lock", "sleep", "join Thread-1 (worker)"). */
  detail?: string;
}

export interface RunTimelineRow {
  id: string;
  title: string;
  segments: RunTimelineSegment[];
}

export interface RunTimelineModel {
  wallNs: number;
  threads: RunTimelineRow[];
  cores: RunTimelineRow[];
}

interface OpenSegment {
  kind: RunSegmentKind;
  startNs: number;
  core?: number;
  detail?: string;
}

function kindOf(state: ThreadStateName): RunSegmentKind | null {
  if (state === "running") return "running";
  if (state === "runnable") return "waiting";
  if (state === "blocked") return "blocked";
  if (state === "terminated") return "done";
  return null;
}

function segmentLabel({ kind, core, detail }: OpenSegment): string {
  if (kind === "running") return core === undefined ? "running" : `running on core ${core}`;
  if (kind === "waiting") return "waiting for the GIL or a core";
  if (kind === "blocked") return detail ? `blocked: ${detail}` : "blocked";
  return "done";
}

/** One thread's segments (its events in time order) and, per core, the running ones. */
function threadSegments(events: TraceEvent[], endNs: number): { segments: RunTimelineSegment[]; byCore: Map<number, RunTimelineSegment[]> } {
  const segments: RunTimelineSegment[] = [];
  const byCore = new Map<number, RunTimelineSegment[]>();
  let open: OpenSegment | null = null;
  const close = (atNs: number) => {
    if (!open) return;
    const segment: RunTimelineSegment = { kind: open.kind, startNs: open.startNs, endNs: Math.max(atNs, open.startNs), label: segmentLabel(open), ...(open.detail ? { detail: open.detail } : {}) };
    if (segment.endNs > segment.startNs || segment.kind === "done") segments.push(segment);
    if (open.kind === "running" && open.core !== undefined && segment.endNs > segment.startNs) byCore.set(open.core, [...(byCore.get(open.core) ?? []), segment]);
    open = null;
  };
  for (const event of events) {
    if (event.kind !== "state") continue;
    const kind = kindOf(event.state);
    if (!kind) continue;
    close(event.ns);
    open = { kind, startNs: event.ns, ...(event.core !== undefined ? { core: event.core } : {}), ...(event.waitingOn ? { detail: event.waitingOn } : {}) };
  }
  close(endNs);
  return { segments, byCore };
}

/** The timeline of a run with a trace (RunOptions.trace); thread rows in the order the run lists its threads. */
export function timelineFromRun(run: Pick<RunResult, "trace" | "threads" | "wallNs">): RunTimelineModel {
  const trace = run.trace ?? [];
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of trace) {
    const key = `${event.pid}:${event.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), event]);
  }
  const wallNs = Math.max(1, run.wallNs, ...trace.map((e) => e.ns));
  const multiProcess = new Set(run.threads.map((t) => t.pid)).size > 1;
  const threads: RunTimelineRow[] = [];
  const coreSegments = new Map<number, RunTimelineSegment[]>();
  for (const thread of run.threads) {
    const key = `${thread.pid}:${thread.tid}`;
    const title = multiProcess ? `${thread.name} (pid ${thread.pid})` : thread.name;
    const events = [...(byThread.get(key) ?? [])].sort((a, b) => a.ns - b.ns);
    const { segments, byCore } = threadSegments(events, wallNs);
    threads.push({ id: key, title, segments });
    for (const [core, list] of byCore) coreSegments.set(core, [...(coreSegments.get(core) ?? []), ...list.map((s) => ({ ...s, label: title }))]);
  }
  const cores = [...coreSegments.entries()]
    .sort(([a], [b]) => a - b)
    .map(([core, segments]) => ({ id: `core-${core}`, title: `Core ${core}`, segments: segments.sort((a, b) => a.startNs - b.startNs) }));
  return { wallNs, threads, cores };
}

/** "1.25 ms", "830 µs", "412 ns". */
export function formatDuration(ns: number): string {
  if (ns >= 1e9) return `${(ns / 1e9).toPrecision(3)} s`;
  if (ns >= 1e6) return `${(ns / 1e6).toPrecision(3)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toPrecision(3)} µs`;
  return `${Math.round(ns)} ns`;
}
