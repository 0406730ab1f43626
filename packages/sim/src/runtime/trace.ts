// The trace (RunOptions.trace): timestamped events in the order the machine commits them. A disabled
// trace records nothing, so tracing costs nothing unless asked for.

import type { TraceDetail, TraceEvent } from "../api.ts";
import type { SimThread } from "./thread.ts";

export class Trace {
  readonly events: TraceEvent[] = [];
  constructor(readonly enabled: boolean) {}

  record(thread: SimThread | undefined, detail: TraceDetail, ns?: number): void {
    if (!this.enabled || !thread) return;
    this.events.push({ ns: Math.round(ns ?? thread.localNs), pid: thread.process.pid, tid: thread.tid, ...detail });
  }
}
