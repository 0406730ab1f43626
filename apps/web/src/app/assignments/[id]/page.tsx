"use client";
import { useParams } from "next/navigation";
import { LearnerAttempt } from "@/components/attempt/learner-attempt";
import { ManageAssignment } from "@/components/teacher/manage-assignment";
import { Loading } from "@/components/states";
import { useMe } from "@/lib/session";

export default function AssignmentPage() {
  const { id } = useParams<{ id: string }>();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data) return <p>Please <a href="/sign-in">sign in</a>.</p>;
  return me.data.role === "learner" ? <LearnerAttempt assignmentId={id} /> : <ManageAssignment assignmentId={id} />;
}
