"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { CodeFiles } from "@/components/code-view";
import { ErrorNotice, QueryView } from "@/components/states";
import { describeMachine } from "@/lib/format";
import { useTRPC } from "@/lib/trpc";
import { DerivedAnswersView } from "./derived-answers";

/** A bank exercise as the teacher sees it, with the answers derived on demand (default parameters). */
export function ExercisePreview({ exerciseId }: { exerciseId: string }) {
  const trpc = useTRPC();
  const exercise = useQuery(trpc.exercises.get.queryOptions({ exerciseId }));
  const preview = useMutation(trpc.exercises.preview.mutationOptions());
  return (
    <QueryView query={exercise} what="Loading the exercise">
      {(data) => {
        if (data.view !== "full") return null;
        const { exercise: ex } = data;
        return (
          <div className="card stack" data-testid="exercise-preview">
            <h3 style={{ margin: 0 }}>{ex.spec.title}</h3>
            <p style={{ margin: 0 }}>{ex.spec.prompt}</p>
            <p className="muted" style={{ margin: 0 }}>
              {describeMachine(ex.spec.machine)}
            </p>
            <CodeFiles files={ex.files} />
            <ol>
              {ex.spec.questions.map((q) => (
                <li key={q.id}>
                  {q.prompt} <span className="badge">{q.kind}</span>
                </li>
              ))}
            </ol>
            <div>
              <button type="button" className="secondary" disabled={preview.isPending} onClick={() => preview.mutate({ slug: ex.slug, yaml: data.yaml, files: ex.files })}>
                {preview.isPending ? "Simulating…" : "Derive the answers"}
              </button>
            </div>
            {preview.isError && <ErrorNotice error={preview.error} />}
            {preview.data && (preview.data.ok ? <DerivedAnswersView derived={preview.data.derived} questions={ex.spec.questions} /> : <p className="notice error">{preview.data.error}</p>)}
          </div>
        );
      }}
    </QueryView>
  );
}
