"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Empty, QueryView } from "@/components/states";
import { formatDate } from "@/lib/format";
import { useTRPC } from "@/lib/trpc";
import type { RouterOutputs } from "@/lib/types";
import { AssignmentSettingsFields, settingsValid, type AssignmentSettings } from "./assignment-settings";
import { ItemStatistics } from "./item-statistics";
import { RegradeForm } from "./regrade-form";

type Assignment = RouterOutputs["assignments"]["get"];

/** A teacher's (or admin's) view of one assignment: status, settings, submissions, statistics, regrade. */
export function ManageAssignment({ assignmentId }: { assignmentId: string }) {
  const trpc = useTRPC();
  const assignment = useQuery(trpc.assignments.get.queryOptions({ assignmentId }));
  return (
    <QueryView query={assignment} what="Loading the assignment">
      {(a) => (
        <>
          <p>
            <Link href={`/classes/${a.classId}`}>← Back to the class</Link>
          </p>
          <h1>{a.title}</h1>
          <StatusBar assignment={a} />
          <h2>Exercises</h2>
          <ol>
            {a.items.map((item) => (
              <li key={item.position}>
                {item.title} <span className="muted">({item.concepts.join(", ")} · {item.maxScore} points)</span>
              </li>
            ))}
          </ol>
          <Submissions assignmentId={assignmentId} />
          <ItemStatistics assignmentId={assignmentId} />
          <RegradeForm assignment={a} />
          <SettingsEditor assignment={a} />
        </>
      )}
    </QueryView>
  );
}

function StatusBar({ assignment }: { assignment: Assignment }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.assignments.get.queryKey({ assignmentId: assignment.id }) });
  const publish = useMutation(trpc.assignments.publish.mutationOptions({ onSuccess: refresh }));
  const close = useMutation(trpc.assignments.close.mutationOptions({ onSuccess: refresh }));
  const error = publish.error ?? close.error;
  return (
    <div className="row" style={{ alignItems: "center" }}>
      <span>
        Status: <strong data-testid="assignment-status">{assignment.status}</strong>
      </span>
      <span className="muted">
        Opens {formatDate(assignment.opensAt)} · due {formatDate(assignment.dueAt)}
      </span>
      {assignment.status !== "published" && (
        <button onClick={() => publish.mutate({ assignmentId: assignment.id })} disabled={publish.isPending}>
          Publish
        </button>
      )}
      {assignment.status === "published" && (
        <button className="secondary" onClick={() => close.mutate({ assignmentId: assignment.id })} disabled={close.isPending}>
          Close
        </button>
      )}
      {error && (
        <span role="alert" className="notice error">
          {error.message}
        </span>
      )}
    </div>
  );
}

function Submissions({ assignmentId }: { assignmentId: string }) {
  const trpc = useTRPC();
  const attempts = useQuery(trpc.attempts.listForAssignment.queryOptions({ assignmentId }));
  const report = useQuery(trpc.progress.assignment.queryOptions({ assignmentId }));
  return (
    <section aria-labelledby="submissions-heading">
      <h2 id="submissions-heading">Submissions per learner</h2>
      <QueryView query={report}>
        {(r) =>
          r.learners.length === 0 ? (
            <Empty>No learners in this class yet.</Empty>
          ) : (
            <div className="table-wrap">
              <table data-testid="learner-scores">
                <thead>
                  <tr>
                    <th scope="col">Learner</th>
                    {r.items.map((item) => (
                      <th scope="col" key={item.position}>
                        {item.position + 1}. {item.title}
                      </th>
                    ))}
                    <th scope="col">Total</th>
                    <th scope="col">Attempt</th>
                  </tr>
                </thead>
                <tbody>
                  {r.learners.map((learner) => {
                    const attempt = attempts.data?.find((a) => a.userId === learner.id);
                    return (
                      <tr key={learner.id}>
                        <th scope="row">{learner.name}</th>
                        {learner.questions.map((q) => (
                          <td key={q.position}>{q.best === null ? "—" : `${q.best} / ${q.maxScore}`}</td>
                        ))}
                        <td>
                          {learner.score} / {learner.maxScore}
                        </td>
                        <td>{attempt ? <Link href={`/attempts/${attempt.id}`}>View {learner.name}&apos;s answers</Link> : <span className="muted">not started</span>}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
    </section>
  );
}

function SettingsEditor({ assignment }: { assignment: Assignment }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [settings, setSettings] = useState<AssignmentSettings>(() => ({
    title: assignment.title,
    opensAt: assignment.opensAt ? new Date(assignment.opensAt) : null,
    dueAt: assignment.dueAt ? new Date(assignment.dueAt) : null,
    attemptsAllowed: assignment.attemptsAllowed,
    latePolicy: assignment.latePolicy,
    latePenalty: assignment.latePenalty,
    answerRelease: assignment.answerRelease,
    practiceAfterDue: assignment.practiceAfterDue,
  }));
  const update = useMutation(trpc.assignments.update.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.assignments.get.queryKey({ assignmentId: assignment.id }) }) }));
  return (
    <details>
      <summary>
        <h2 style={{ display: "inline" }}>Change the settings</h2>
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ assignmentId: assignment.id, ...settings });
        }}
      >
        <AssignmentSettingsFields value={settings} onChange={setSettings} />
        <button type="submit" disabled={!settingsValid(settings) || update.isPending}>
          Save settings
        </button>{" "}
        {update.isSuccess && <span role="status">Saved.</span>}
        {update.isError && <span role="alert" className="notice error">{update.error.message}</span>}
      </form>
    </details>
  );
}
