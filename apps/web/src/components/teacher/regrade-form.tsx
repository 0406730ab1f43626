"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/lib/trpc";
import type { RouterOutputs } from "@/lib/types";

/** Grades every submission to one exercise of the assignment again (after a fix), with a reason for the audit. */
export function RegradeForm({ assignment }: { assignment: RouterOutputs["assignments"]["get"] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [position, setPosition] = useState(assignment.items[0]?.position ?? 0);
  const [reason, setReason] = useState("");
  const regrade = useMutation(trpc.grading.regradeQuestion.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }));
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    regrade.mutate({ assignmentId: assignment.id, position, reason });
  }
  return (
    <section aria-labelledby="regrade-heading">
      <h2 id="regrade-heading">Regrade</h2>
      <form onSubmit={onSubmit} className="row">
        <label>
          Exercise
          <select value={position} onChange={(e) => setPosition(Number(e.target.value))}>
            {assignment.items.map((item) => (
              <option key={item.position} value={item.position}>
                {item.position + 1}. {item.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Reason (for the audit log)
          <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
        </label>
        <button type="submit" className="secondary" disabled={regrade.isPending || !reason.trim()}>
          {regrade.isPending ? "Regrading…" : "Regrade submissions"}
        </button>
      </form>
      {regrade.isSuccess && (
        <p role="status" className="notice good">
          Regraded {regrade.data.regraded} submissions; {regrade.data.changed} grades changed.
        </p>
      )}
      {regrade.isError && (
        <p role="alert" className="notice error">
          {regrade.error.message}
        </p>
      )}
    </section>
  );
}
