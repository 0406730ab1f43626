"use client";
// Runs simulator requests in a Web Worker (src/workers/sim.worker.ts), one at a time. Cancel
// terminates the worker (it is busy inside the simulator) and starts a fresh one for the next request.
import type { ExploreProgress } from "@interleave/sim";
import { useCallback, useEffect, useRef, useState } from "react";
import type { SimFailure, SimRequest, SimResponse } from "@/workers/protocol";

export type SimJob = Exclude<SimResponse, { kind: "progress" } | { kind: "error" }>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
export type SimJobRequest = DistributiveOmit<SimRequest, "id">;

export type SimWorkerState =
  | { status: "idle" }
  | { status: "busy"; kind: SimRequest["kind"]; progress?: ExploreProgress }
  | { status: "done"; job: SimJob }
  | { status: "failed"; error: SimFailure }
  | { status: "cancelled"; kind: SimRequest["kind"]; progress?: ExploreProgress };

function startWorker(): Worker {
  return new Worker(new URL("../../workers/sim.worker.ts", import.meta.url), { type: "module" });
}

export function useSimWorker() {
  const workerRef = useRef<Worker | null>(null);
  const nextId = useRef(1);
  const [state, setState] = useState<SimWorkerState>({ status: "idle" });

  const worker = useCallback((): Worker => {
    workerRef.current ??= startWorker();
    return workerRef.current;
  }, []);

  useEffect(() => () => workerRef.current?.terminate(), []);

  const submit = useCallback(
    (request: SimJobRequest) => {
      const id = nextId.current++;
      const w = worker();
      setState({ status: "busy", kind: request.kind });
      w.onmessage = (event: MessageEvent<SimResponse>) => {
        const response = event.data;
        if (response.id !== id) return;
        if (response.kind === "progress") setState({ status: "busy", kind: request.kind, progress: response.progress });
        else if (response.kind === "error") setState({ status: "failed", error: response.error });
        else setState({ status: "done", job: response });
      };
      w.onerror = (event) => {
        event.preventDefault();
        setState({ status: "failed", error: { name: "Error", message: event.message, text: `The simulator's worker failed: ${event.message}` } });
      };
      w.postMessage({ ...request, id } satisfies SimRequest);
    },
    [worker],
  );

  const cancel = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
    setState((previous) => (previous.status === "busy" ? { status: "cancelled", kind: previous.kind, progress: previous.progress } : previous));
  }, []);

  return { state, submit, cancel };
}
