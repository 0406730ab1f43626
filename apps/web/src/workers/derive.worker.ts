// Validates an authored exercise and derives its answers with the simulator, off the page's thread.
import { buildExercise, defaultParameters, deriveAnswers, simEngine, type DerivedAnswers, type Question } from "@interleave/exercises";

export type DeriveRequest = { id: number; slug: string; yaml: string; files: { name: string; text: string }[] };
export type DeriveResponse =
  | { id: number; kind: "invalid"; errors: string[] }
  | { id: number; kind: "derived"; derived: DerivedAnswers; questions: Question[]; elapsedMs: number }
  | { id: number; kind: "failed"; message: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null; postMessage(message: DeriveResponse): void };

scope.onmessage = ({ data }) => {
  const built = buildExercise({ slug: data.slug, path: data.slug || "exercise", yaml: data.yaml, pythonFiles: data.files });
  if (!built.ok) return scope.postMessage({ id: data.id, kind: "invalid", errors: built.errors });
  const start = performance.now();
  try {
    const derived = deriveAnswers(simEngine, built.value, defaultParameters(built.value.spec));
    scope.postMessage({ id: data.id, kind: "derived", derived, questions: built.value.spec.questions, elapsedMs: Math.round(performance.now() - start) });
  } catch (error) {
    scope.postMessage({ id: data.id, kind: "failed", message: error instanceof Error ? String(error) : String(error) });
  }
};
