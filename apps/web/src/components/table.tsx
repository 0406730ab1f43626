import type { ReactNode } from "react";

/** A scrollable table with a header row; the body's rows are the children. */
export function Table({ columns, children, testId, className }: { columns: ReactNode[]; children: ReactNode; testId?: string; className?: string }) {
  return (
    <div className="table-wrap">
      <table data-testid={testId} className={className}>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th scope="col" key={i}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
