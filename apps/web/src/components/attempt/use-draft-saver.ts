"use client";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/lib/trpc";

const DELAY_MS = 700;

/** Saves the answers a moment after the learner stops changing them. */
export function useDraftSaver(attemptId: string, position: number, enabled: boolean) {
  const trpc = useTRPC();
  const mutation = useMutation(trpc.attempts.saveDraft.mutationOptions());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [status, setStatus] = useState("");
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  function save(answers: Record<string, unknown>) {
    if (!enabled) return;
    setStatus("Unsaved changes");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      mutation.mutate(
        { attemptId, position, answers },
        { onSuccess: () => setStatus("Draft saved"), onError: (e) => setStatus(`Draft not saved: ${e.message}`) },
      );
    }, DELAY_MS);
  }
  return { save, status };
}
