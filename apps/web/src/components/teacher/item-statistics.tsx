"use client";
import { useQuery } from "@tanstack/react-query";
import { Empty, QueryView } from "@/components/states";
import { Table } from "@/components/table";
import { misconceptionName } from "@/lib/misconceptions";
import { useTRPC } from "@/lib/trpc";
import type { RouterOutputs } from "@/lib/types";

type ItemReport = RouterOutputs["progress"]["assignment"]["items"][number];

/** Per question: how many answered, % correct, discrimination, the most common wrong answers and their misconceptions. */
export function ItemStatistics({ assignmentId }: { assignmentId: string }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.progress.assignment.queryOptions({ assignmentId }));
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">Item statistics</h2>
      <QueryView query={report}>{(r) => (r.items.length === 0 ? <Empty>No exercises.</Empty> : r.items.map((item) => <ItemTable key={item.position} item={item} />))}</QueryView>
    </section>
  );
}

function ItemTable({ item }: { item: ItemReport }) {
  return (
    <>
      <h3>
        {item.position + 1}. {item.title}
      </h3>
      <Table testId="item-stats" columns={["Question", "Answered", "Correct", "Discrimination", "Most common wrong answers"]}>
          {item.questions.map((q) => (
            <tr key={q.id}>
              <td>
                {q.prompt} <span className="badge">{q.kind}</span>
              </td>
              <td>{q.answered}</td>
              <td>{q.percentCorrect === null ? "—" : `${q.percentCorrect}%`}</td>
              <td>{q.discrimination ?? "—"}</td>
              <td>
                {q.commonWrongAnswers.length === 0 ? (
                  <span className="muted">none</span>
                ) : (
                  <ul style={{ margin: 0, paddingLeft: "1rem" }}>
                    {q.commonWrongAnswers.map((w, i) => (
                      <li key={i}>
                        <code>{formatAnswer(w.answer)}</code> × {w.count}
                        {w.misconception && <span className="badge warn"> {misconceptionName(w.misconception)}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </Table>
    </>
  );
}

function formatAnswer(answer: unknown): string {
  const text = typeof answer === "string" ? answer : JSON.stringify(answer);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text.replace(/\n/g, "⏎");
}
