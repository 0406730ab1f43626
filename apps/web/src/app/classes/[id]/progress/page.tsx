"use client";
import { useParams } from "next/navigation";
import { ClassProgress } from "@/components/teacher/class-progress";

export default function Page() {
  const { id } = useParams<{ id: string }>();
  return <ClassProgress classId={id} />;
}
