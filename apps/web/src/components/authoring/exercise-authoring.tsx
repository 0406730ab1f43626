"use client";
import { useMutation } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { CodeEditor } from "@/components/sim/code-editor";
import { DerivedAnswersView } from "@/components/teacher/derived-answers";
import { Loading } from "@/components/states";
import { useTRPC } from "@/lib/trpc";
import { placeErrors } from "./field-errors";
import { STARTER_PYTHON, STARTER_SLUG, STARTER_YAML } from "./starter";
import { useDeriveWorker, type DeriveState } from "./use-derive-worker";

/** Write an exercise: its program, its YAML (questions, parameters); answers derived live in the browser. */
export function ExerciseAuthoring() {
  const trpc = useTRPC();
  const [slug, setSlug] = useState(STARTER_SLUG);
  const [python, setPython] = useState(STARTER_PYTHON);
  const [yaml, setYaml] = useState(STARTER_YAML);
  const files = useMemo(() => [{ name: "main.py", text: python }], [python]);
  const state = useDeriveWorker({ slug, yaml, files });
  const errors = placeErrors(slug, state.kind === "invalid" ? state.errors : []);
  const save = useMutation(trpc.exercises.create.mutationOptions());
  return (
    <>
      <h1>Author an exercise</h1>
      <div className="grid-2">
        <div className="stack">
          <label>
            Exercise id (folder name)
            <input value={slug} onChange={(e) => setSlug(e.target.value)} aria-invalid={errors.slug.length > 0} aria-describedby="slug-errors" />
          </label>
          <FieldErrors id="slug-errors" messages={errors.slug} />
          <div>
            <strong id="python-label">main.py</strong>
            <CodeEditor initialText={STARTER_PYTHON} onChange={setPython} label="main.py" />
            <FieldErrors id="python-errors" messages={errors.python} />
          </div>
          <label>
            exercise.yaml (questions, parameters, machine)
            <textarea className="mono" rows={22} value={yaml} onChange={(e) => setYaml(e.target.value)} spellCheck={false} aria-invalid={errors.yaml.length > 0} aria-describedby="yaml-errors" />
          </label>
          <FieldErrors id="yaml-errors" messages={errors.yaml.map((e) => `${e.field}: ${e.message}`)} />
          <div className="row">
            <button type="button" disabled={state.kind !== "derived" || save.isPending} onClick={() => save.mutate({ slug, yaml, files })}>
              Save exercise
            </button>
            {save.isSuccess && (
              <span role="status" className="notice good">
                Saved as version {save.data.version}: it is now in your bank.
              </span>
            )}
            {save.isError && (
              <span role="alert" className="notice error">
                {save.error.message}
              </span>
            )}
          </div>
        </div>
        <section aria-labelledby="preview-heading" aria-live="polite">
          <h2 id="preview-heading" style={{ marginTop: 0 }}>
            Derived answers (default parameters)
          </h2>
          <PreviewPanel state={state} />
        </section>
      </div>
    </>
  );
}

function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return <span id={id} hidden />;
  return (
    <ul id={id} className="notice error" data-testid={id} style={{ margin: 0, paddingLeft: "1.5rem" }}>
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

function PreviewPanel({ state }: { state: DeriveState }) {
  if (state.kind === "working") return <Loading what="Simulating" />;
  if (state.kind === "invalid") return <p className="notice warn">Fix the problems shown at the fields to see the answers.</p>;
  if (state.kind === "failed") return <p className="notice error">{state.message}</p>;
  return (
    <>
      <p className="muted">Derived in {state.elapsedMs} ms in your browser.</p>
      <DerivedAnswersView derived={state.derived} questions={state.questions} />
    </>
  );
}
