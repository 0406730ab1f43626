"use client";
import { ExerciseAuthoring } from "@/components/authoring/exercise-authoring";

export default function Page() {
  return <ExerciseAuthoring />;
}
