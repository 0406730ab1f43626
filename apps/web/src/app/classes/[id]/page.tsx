"use client";
import { useParams } from "next/navigation";
import { ClassPage } from "@/components/teacher/class-page";

export default function Page() {
  const { id } = useParams<{ id: string }>();
  return <ClassPage classId={id} />;
}
