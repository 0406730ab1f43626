"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Empty, QueryView } from "@/components/states";
import { formatDate, plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc";
import type { RouterOutputs } from "@/lib/types";

type MyAssignment = RouterOutputs["assignments"]["listMine"][number];

export function LearnerDashboard({ name }: { name: string }) {
  const trpc = useTRPC();
  const classes = useQuery(trpc.classes.mine.queryOptions());
  const assignments = useQuery(trpc.assignments.listMine.queryOptions());
  return (
    <>
      <h1>Hello, {name}</h1>
      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">Assignments</h2>
        <QueryView query={assignments} what="Loading your assignments">
          {(list) => (list.length === 0 ? <Empty>No assignments yet. Join a class with the code your teacher gave you.</Empty> : <AssignmentCards list={list} />)}
        </QueryView>
      </section>
      <section aria-labelledby="classes-heading">
        <h2 id="classes-heading">Classes</h2>
        <QueryView query={classes} what="Loading your classes">
          {(list) =>
            list.length === 0 ? (
              <Empty>You are not in a class yet.</Empty>
            ) : (
              <ul>
                {list.map((c) => (
                  <li key={c.id}>
                    {c.name} <span className="muted">— {c.teacher}</span>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
        <JoinClassForm />
      </section>
    </>
  );
}

function AssignmentCards({ list }: { list: MyAssignment[] }) {
  const now = Date.now();
  return (
    <div className="cards">
      {list.map((a) => (
        <article className="card" key={a.id} aria-label={a.title}>
          <h3 style={{ marginTop: 0 }}>
            <Link href={`/assignments/${a.id}`}>{a.title}</Link>
          </h3>
          <p className="muted" style={{ margin: 0 }}>
            {a.className}
          </p>
          <p style={{ margin: "0.3rem 0" }}>
            <StatusBadge assignment={a} now={now} /> <span data-testid="assignment-score">{formatScore(a.score, a.maxScore)}</span>
          </p>
          <p className="muted" style={{ margin: 0, fontSize: "0.9rem" }}>
            {plural(a.answered, "exercise")} of {a.questions} answered
            <br />
            Opens {formatDate(a.opensAt)} · Due {formatDate(a.dueAt)}
          </p>
        </article>
      ))}
    </div>
  );
}

export function formatScore(score: number, maxScore: number): string {
  return `${Math.round(score * 100) / 100} / ${maxScore} points`;
}

function StatusBadge({ assignment, now }: { assignment: MyAssignment; now: number }) {
  if (assignment.status === "closed") return <span className="badge">Closed</span>;
  if (assignment.opensAt && new Date(assignment.opensAt).getTime() > now) return <span className="badge">Not open yet</span>;
  if (assignment.answered === assignment.questions && assignment.questions > 0) return <span className="badge good">Done</span>;
  if (assignment.dueAt && new Date(assignment.dueAt).getTime() < now) return <span className="badge bad">Past due</span>;
  if (assignment.answered > 0) return <span className="badge warn">In progress</span>;
  return <span className="badge">To do</span>;
}

function JoinClassForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [code, setCode] = useState("");
  const join = useMutation(
    trpc.classes.join.mutationOptions({
      onSuccess: async () => {
        setCode("");
        await queryClient.invalidateQueries();
      },
    }),
  );
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    join.mutate({ joinCode: code });
  }
  return (
    <form onSubmit={onSubmit} className="row" aria-label="Join a class">
      <label>
        Join code
        <input value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} maxLength={6} pattern="[A-Za-z0-9]{6}" required placeholder="ABC123" autoComplete="off" />
      </label>
      <button type="submit" disabled={join.isPending}>
        Join class
      </button>
      {join.isSuccess && (
        <p role="status" className="notice good">
          You joined {join.data.name}.
        </p>
      )}
      {join.isError && (
        <p role="alert" className="notice error">
          {join.error.message}
        </p>
      )}
    </form>
  );
}
