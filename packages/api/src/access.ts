// Ownership checks shared by the routers. Roles are checked by the procedure builders; these check
// that the row belongs to the caller: a teacher's own class, a learner's own enrollment or attempt.
import { schema } from "@interleave/db";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "./trpc.ts";

export type ClassRow = typeof schema.classes.$inferSelect;
export type AssignmentRow = typeof schema.assignments.$inferSelect;
export type AttemptRow = typeof schema.attempts.$inferSelect;

export const forbidden = (message: string) => new TRPCError({ code: "FORBIDDEN", message });
export const notFound = (what: string) => new TRPCError({ code: "NOT_FOUND", message: `No such ${what}` });

export async function loadClass(ctx: SignedInContext, classId: string): Promise<ClassRow> {
  const [found] = await ctx.db.select().from(schema.classes).where(eq(schema.classes.id, classId));
  if (!found) throw notFound("class");
  return found;
}

export function isStaffOf(ctx: SignedInContext, klass: ClassRow): boolean {
  return ctx.user.role === "admin" || (ctx.user.role === "teacher" && klass.teacherId === ctx.user.id);
}

/** The class, if the caller teaches it or is an admin. */
export async function requireStaff(ctx: SignedInContext, classId: string): Promise<ClassRow> {
  const klass = await loadClass(ctx, classId);
  if (!isStaffOf(ctx, klass)) throw forbidden("Only the class's teacher or an admin may do this");
  return klass;
}

export async function isEnrolled(ctx: SignedInContext, classId: string, userId = ctx.user.id): Promise<boolean> {
  const [row] = await ctx.db
    .select({ userId: schema.enrollments.userId })
    .from(schema.enrollments)
    .where(and(eq(schema.enrollments.classId, classId), eq(schema.enrollments.userId, userId)));
  return Boolean(row);
}

export type AssignmentAccess = { assignment: AssignmentRow; klass: ClassRow; staff: boolean };

/** Staff see every assignment of their classes; an enrolled learner sees published and closed ones. */
export async function requireAssignment(ctx: SignedInContext, assignmentId: string): Promise<AssignmentAccess> {
  const [assignment] = await ctx.db.select().from(schema.assignments).where(eq(schema.assignments.id, assignmentId));
  if (!assignment) throw notFound("assignment");
  const klass = await loadClass(ctx, assignment.classId);
  if (isStaffOf(ctx, klass)) return { assignment, klass, staff: true };
  if (ctx.user.role === "learner" && assignment.status !== "draft" && (await isEnrolled(ctx, klass.id))) {
    return { assignment, klass, staff: false };
  }
  throw forbidden("This assignment is not yours");
}

export async function requireAssignmentStaff(ctx: SignedInContext, assignmentId: string): Promise<AssignmentAccess> {
  const access = await requireAssignment(ctx, assignmentId);
  if (!access.staff) throw forbidden("Only the class's teacher or an admin may do this");
  return access;
}

/** The attempt and its assignment: its learner always (work stays visible), staff of the class. */
export async function requireAttempt(ctx: SignedInContext, attemptId: string): Promise<AssignmentAccess & { attempt: AttemptRow; owner: boolean }> {
  // One query on the submit path: the attempt with its assignment and class.
  const [found] = await ctx.db
    .select({ attempt: schema.attempts, assignment: schema.assignments, klass: schema.classes })
    .from(schema.attempts)
    .innerJoin(schema.assignments, eq(schema.attempts.assignmentId, schema.assignments.id))
    .innerJoin(schema.classes, eq(schema.assignments.classId, schema.classes.id))
    .where(eq(schema.attempts.id, attemptId));
  if (!found) throw notFound("attempt");
  const owner = found.attempt.userId === ctx.user.id;
  const staff = isStaffOf(ctx, found.klass);
  if (!owner && !staff) throw forbidden("This attempt is not yours");
  return { ...found, staff, owner };
}

/** Answers are released immediately, after the due date, or never (to learners; staff always see them). */
export function answersReleased(assignment: Pick<AssignmentRow, "answerRelease" | "dueAt">, now: Date): boolean {
  if (assignment.answerRelease === "immediately") return true;
  if (assignment.answerRelease === "never") return false;
  return assignment.dueAt !== null && now >= assignment.dueAt;
}
