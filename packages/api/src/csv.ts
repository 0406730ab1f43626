import type { Database } from "@interleave/db";
import { schema } from "@interleave/db";
import { asc, eq } from "drizzle-orm";
import { assignmentItems, bestScores, indexScores, scoreKey, visibleAssignments } from "./scores.ts";

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula-like text is defused. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function classGradesCsv(db: Database, classId: string): Promise<string> {
  const assignments = await visibleAssignments(db, classId);
  const ids = assignments.map((a) => a.id);
  const items = await assignmentItems(db, ids);
  const scores = indexScores(await bestScores(db, ids));
  const learners = await db
    .select({ id: schema.user.id, name: schema.user.name, email: schema.user.email })
    .from(schema.enrollments)
    .innerJoin(schema.user, eq(schema.enrollments.userId, schema.user.id))
    .where(eq(schema.enrollments.classId, classId))
    .orderBy(asc(schema.user.name), asc(schema.user.email));
  const maxOf = (assignmentId: string) => items.filter((i) => i.assignmentId === assignmentId).reduce((sum, i) => sum + i.maxScore, 0);
  const header = ["name", "email", ...assignments.map((a) => `${a.title} (/${maxOf(a.id)})`), `total (/${assignments.reduce((sum, a) => sum + maxOf(a.id), 0)})`];
  const rows = learners.map((learner) => {
    const perAssignment = assignments.map((a) =>
      items.filter((i) => i.assignmentId === a.id).reduce((sum, i) => sum + (scores.get(scoreKey(learner.id, a.id, i.position))?.best ?? 0), 0),
    );
    const total = perAssignment.reduce((sum, n) => sum + n, 0);
    return [learner.name, learner.email, ...perAssignment.map(round), round(total)];
  });
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
