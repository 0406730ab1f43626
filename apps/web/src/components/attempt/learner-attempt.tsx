"use client";
import { useQuery } from "@tanstack/react-query";
import { QueryView } from "@/components/states";
import { useTRPCClient } from "@/lib/trpc";
import { AttemptView } from "./attempt-view";

/** Starts (or resumes) the learner's attempt, then shows it. */
export function LearnerAttempt({ assignmentId }: { assignmentId: string }) {
  const client = useTRPCClient();
  const attempt = useQuery({
    queryKey: ["attempt-start", assignmentId],
    queryFn: () => client.attempts.start.mutate({ assignmentId }),
    staleTime: Infinity,
    retry: false,
  });
  return (
    <QueryView query={attempt} what="Preparing your exercises">
      {(data) => <AttemptView attempt={data} editable />}
    </QueryView>
  );
}
