"use client";
import { useParams } from "next/navigation";
import { NewAssignment } from "@/components/teacher/new-assignment";

export default function Page() {
  const { id } = useParams<{ id: string }>();
  return <NewAssignment classId={id} />;
}
