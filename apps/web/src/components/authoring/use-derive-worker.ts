"use client";
import { useEffect, useRef, useState } from "react";
import type { DeriveRequest, DeriveResponse } from "@/workers/derive.worker";

const DEBOUNCE_MS = 800;

export type DeriveState = { id: 0; kind: "working" } | DeriveResponse;

/** Re-validates and re-derives a moment after the draft stops changing; a newer draft replaces an older run. */
export function useDeriveWorker(draft: Omit<DeriveRequest, "id">) {
  const [state, setState] = useState<DeriveState>({ id: 0, kind: "working" });
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(1);
  const key = JSON.stringify(draft);
  useEffect(() => {
    const timer = setTimeout(() => {
      // A run still going is for an older draft: end it rather than wait.
      worker.current?.terminate();
      const w = new Worker(new URL("../../workers/derive.worker.ts", import.meta.url), { type: "module" });
      worker.current = w;
      const id = nextId.current++;
      setState({ id: 0, kind: "working" });
      w.onmessage = (event: MessageEvent<DeriveResponse>) => event.data.id === id && setState(event.data);
      w.onerror = (event) => setState({ id, kind: "failed", message: event.message });
      w.postMessage({ ...(JSON.parse(key) as Omit<DeriveRequest, "id">), id } satisfies DeriveRequest);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  useEffect(() => () => worker.current?.terminate(), []);
  return state;
}
