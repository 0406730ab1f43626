"use client";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { AttemptView } from "@/components/attempt/attempt-view";
import { QueryView } from "@/components/states";
import { useTRPC } from "@/lib/trpc";

/** A learner's attempt as their teacher sees it: every submission, with the answers. */
export default function Page() {
  const { id } = useParams<{ id: string }>();
  const trpc = useTRPC();
  const attempt = useQuery(trpc.attempts.get.queryOptions({ attemptId: id }));
  return <QueryView query={attempt}>{(data) => <AttemptView attempt={data} editable={false} />}</QueryView>;
}
