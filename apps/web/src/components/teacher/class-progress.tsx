"use client";
import { useQueries, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { CompletionBar, ScoreHistogram } from "@/components/charts";
import { Empty, QueryError, QueryView } from "@/components/states";
import { useTRPC } from "@/lib/trpc";
import { ConceptHeatMap } from "./concept-heat-map";
import { DownloadCsvButton } from "./download-csv";
import { ItemStatistics } from "./item-statistics";

export function ClassProgress({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const klass = useQuery(trpc.classes.get.queryOptions({ classId }));
  const assignments = useQuery(trpc.assignments.listForClass.queryOptions({ classId }));
  if (klass.isError) return <QueryError error={klass.error} />;
  return (
    <>
      <p>
        <Link href={`/classes/${classId}`}>← Back to the class</Link>
      </p>
      <h1>Progress{klass.data ? `: ${klass.data.name}` : ""}</h1>
      <p>
        <DownloadCsvButton classId={classId} />
      </p>
      <QueryView query={assignments} what="Loading the assignments">
        {(list) => {
          const visible = list.filter((a) => a.status !== "draft");
          return visible.length === 0 ? <Empty>No published assignments yet.</Empty> : <AssignmentCharts assignments={visible} />;
        }}
      </QueryView>
      <ConceptHeatMap classId={classId} />
      {assignments.data
        ?.filter((a) => a.status !== "draft")
        .map((a) => (
          <details key={a.id}>
            <summary>Item statistics: {a.title}</summary>
            <ItemStatistics assignmentId={a.id} />
          </details>
        ))}
    </>
  );
}

function AssignmentCharts({ assignments }: { assignments: { id: string; title: string }[] }) {
  const trpc = useTRPC();
  const reports = useQueries({ queries: assignments.map((a) => trpc.progress.assignment.queryOptions({ assignmentId: a.id })) });
  return (
    <section aria-labelledby="per-assignment-heading">
      <h2 id="per-assignment-heading">Per assignment</h2>
      <div className="cards" data-testid="assignment-charts">
        {assignments.map((a, i) => {
          const report = reports[i]!;
          return (
            <article className="card" key={a.id}>
              <h3 style={{ marginTop: 0 }}>
                <Link href={`/assignments/${a.id}`}>{a.title}</Link>
              </h3>
              <QueryView query={report}>
                {(r) => {
                  const finished = r.learners.filter((l) => l.questions.every((q) => q.best !== null)).length;
                  return (
                    <>
                      <CompletionBar done={finished} total={r.learners.length} label={a.title} />
                      <ScoreHistogram fractions={r.learners.filter((l) => l.questions.some((q) => q.best !== null)).map((l) => (l.maxScore ? l.score / l.maxScore : 0))} label={a.title} />
                    </>
                  );
                }}
              </QueryView>
            </article>
          );
        })}
      </div>
    </section>
  );
}
