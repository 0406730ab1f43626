"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { Empty, QueryView } from "@/components/states";
import { formatDate } from "@/lib/format";
import { useTRPC } from "@/lib/trpc";
import { DownloadCsvButton } from "./download-csv";

export function ClassPage({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const klass = useQuery(trpc.classes.get.queryOptions({ classId }));
  return (
    <QueryView query={klass} what="Loading the class">
      {(c) => (
        <>
          <h1>{c.name}</h1>
          <p>
            Taught by {c.teacher}
            {c.joinCode && (
              <>
                {" "}
                · Join code <code data-testid="join-code">{c.joinCode}</code>
              </>
            )}
          </p>
          <p className="row">
            <Link className="button" href={`/classes/${classId}/assignments/new`}>
              New assignment
            </Link>
            <Link className="button secondary" href={`/classes/${classId}/progress`}>
              Class progress
            </Link>
            <DownloadCsvButton classId={classId} />
          </p>
          <div className="grid-2">
            <AssignmentList classId={classId} />
            <MemberList classId={classId} />
          </div>
        </>
      )}
    </QueryView>
  );
}

function AssignmentList({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const assignments = useQuery(trpc.assignments.listForClass.queryOptions({ classId }));
  return (
    <section aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">Assignments</h2>
      <QueryView query={assignments}>
        {(list) =>
          list.length === 0 ? (
            <Empty>No assignments yet.</Empty>
          ) : (
            <ul>
              {list.map((a) => (
                <li key={a.id}>
                  <Link href={`/assignments/${a.id}`}>{a.title}</Link> <span className={`badge ${a.status === "published" ? "good" : ""}`}>{a.status}</span>
                  <br />
                  <span className="muted">Due {formatDate(a.dueAt)}</span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function MemberList({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.classes.members.queryOptions({ classId }));
  const remove = useMutation(trpc.classes.removeMember.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.classes.members.queryKey({ classId }) }) }));
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <QueryView query={members}>
        {(list) =>
          list.length === 0 ? (
            <Empty>No learners yet: give them the join code.</Empty>
          ) : (
            <ul data-testid="members">
              {list.map((m) => (
                <li key={m.id}>
                  {m.name} <span className="muted">{m.email}</span>{" "}
                  <button
                    className="secondary small"
                    onClick={() => window.confirm(`Remove ${m.name} from the class? Their past work stays.`) && remove.mutate({ classId, userId: m.id })}
                    aria-label={`Remove ${m.name}`}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      {remove.isError && <p className="notice error">{remove.error.message}</p>}
    </section>
  );
}
