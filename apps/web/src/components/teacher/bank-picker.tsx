"use client";
import { CONCEPTS } from "@interleave/exercises";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Empty, QueryView } from "@/components/states";
import { Table } from "@/components/table";
import { useTRPC } from "@/lib/trpc";
import { ExercisePreview } from "./exercise-preview";

type Concept = (typeof CONCEPTS)[number];

/** Pick exercises from the bank (and your own), filtered by concept and difficulty, in order. */
export function BankPicker({ selected, onChange }: { selected: string[]; onChange: (ids: string[]) => void }) {
  const trpc = useTRPC();
  const [concept, setConcept] = useState<Concept | "">("");
  const [difficulty, setDifficulty] = useState<number | "">("");
  const [previewId, setPreviewId] = useState<string | null>(null);
  const list = useQuery(trpc.exercises.list.queryOptions({ concept: concept || undefined, difficulty: difficulty || undefined }));
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <fieldset>
      <legend>Exercises ({selected.length} chosen)</legend>
      <div className="row">
        <label>
          Concept
          <select value={concept} onChange={(e) => setConcept(e.target.value as Concept | "")}>
            <option value="">Any concept</option>
            {CONCEPTS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          Difficulty
          <select value={difficulty} onChange={(e) => setDifficulty(e.target.value ? Number(e.target.value) : "")}>
            <option value="">Any difficulty</option>
            {[1, 2, 3, 4, 5].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryView query={list} what="Loading the bank">
        {(rows) =>
          rows.length === 0 ? (
            <Empty>No exercise matches these filters.</Empty>
          ) : (
            <div style={{ maxHeight: 360, overflowY: "auto", marginTop: "0.5rem" }}>
              <Table columns={["Use", "Exercise", "Difficulty", "Preview"]}>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <td>
                        <input type="checkbox" aria-label={`Use ${row.title}`} checked={selected.includes(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} />
                      </td>
                      <td>
                        <strong>{row.title}</strong> {row.source === "teacher" && <span className="badge">yours</span>}
                        <br />
                        <span className="muted">{row.summary}</span>
                        <br />
                        <span className="muted" style={{ fontSize: "0.85rem" }}>
                          {row.concepts.join(", ")} · {row.questions} questions
                        </span>
                      </td>
                      <td>{row.difficulty}</td>
                      <td>
                        <button type="button" className="secondary small" onClick={() => setPreviewId(previewId === row.id ? null : row.id)} aria-expanded={previewId === row.id} aria-label={`Preview ${row.title}`}>
                          {previewId === row.id ? "Hide" : "Preview"}
                        </button>
                      </td>
                    </tr>
                  ))}
                </Table>
            </div>
          )
        }
      </QueryView>
      {previewId && <ExercisePreview exerciseId={previewId} />}
    </fieldset>
  );
}
