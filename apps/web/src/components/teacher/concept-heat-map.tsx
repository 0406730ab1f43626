"use client";
import { useQueries, useQuery } from "@tanstack/react-query";
import { heatColour } from "@/components/charts";
import { Empty, QueryView } from "@/components/states";
import { percent } from "@/lib/format";
import { useTRPC } from "@/lib/trpc";

/** Learners × concepts: each learner's share of the points of the questions tagged with a concept. */
export function ConceptHeatMap({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const members = useQuery(trpc.classes.members.queryOptions({ classId }));
  const classConcepts = useQuery(trpc.progress.concepts.queryOptions({ classId }));
  const learners = useQueries({ queries: (members.data ?? []).map((m) => trpc.progress.learner.queryOptions({ classId, userId: m.id })) });
  return (
    <section aria-labelledby="heat-heading">
      <h2 id="heat-heading">Concept mastery</h2>
      <QueryView query={classConcepts}>
        {(concepts) =>
          concepts.length === 0 || !members.data?.length ? (
            <Empty>Mastery appears once the class has learners and published assignments.</Empty>
          ) : (
            <div className="table-wrap">
              <table className="heat" data-testid="heat-map">
                <thead>
                  <tr>
                    <th scope="col">Learner</th>
                    {concepts.map((c) => (
                      <th scope="col" key={c.concept} style={{ fontSize: "0.8rem" }}>
                        {c.concept}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {members.data.map((m, i) => {
                    const progress = learners[i]?.data;
                    return (
                      <tr key={m.id}>
                        <th scope="row">{m.name}</th>
                        {concepts.map((c) => {
                          const f = progress?.concepts.find((x) => x.concept === c.concept)?.fraction ?? null;
                          return (
                            <td key={c.concept} className="cell" style={{ background: heatColour(f) }}>
                              {progress ? percent(f) : "…"}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                  <tr>
                    <th scope="row">Whole class</th>
                    {concepts.map((c) => (
                      <td key={c.concept} className="cell" style={{ background: heatColour(c.fraction), fontWeight: 600 }}>
                        {percent(c.fraction)}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
    </section>
  );
}
