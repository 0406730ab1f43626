// Every procedure, called as anonymous, a learner, another learner, the class's teacher, another
// teacher and an admin: each call either succeeds or is refused, exactly as the table says.
import { schema } from "@interleave/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/index.ts";
import { openFixture, outcomeOf, TEACHER_MAIN, TEACHER_YAML, type Fixture, type Person } from "./helpers.ts";

type Caller = "anonymous" | "ada" | "bob" | "teacher" | "otherTeacher" | "admin";
const callers: Caller[] = ["anonymous", "ada", "bob", "teacher", "otherTeacher", "admin"];

type Ids = { assignmentId: string; spareAssignmentId: string; attemptId: string; teacherExerciseId: string; versionId: string };
type Row = { path: string; label?: string; input: (ids: Ids) => unknown; allowed: Caller[]; before?: () => Promise<void> };

const everyone: Caller[] = callers;
const signedIn: Caller[] = ["ada", "bob", "teacher", "otherTeacher", "admin"];
const teachers: Caller[] = ["teacher", "otherTeacher", "admin"];
const classStaff: Caller[] = ["teacher", "admin"];
const classMembers: Caller[] = ["ada", "bob", "teacher", "admin"];
const learners: Caller[] = ["ada", "bob"];
const files = [{ name: "main.py", text: TEACHER_MAIN }];

let fx: Fixture;
let ids: Ids;

const table: Row[] = [
  { path: "health.overview", input: () => undefined, allowed: everyone },
  { path: "health.ping", input: () => undefined, allowed: everyone },
  { path: "session.me", input: () => undefined, allowed: everyone },
  { path: "classes.byJoinCode", input: () => ({ joinCode: "DEMO01" }), allowed: everyone },
  { path: "classes.list", input: () => undefined, allowed: teachers },
  { path: "classes.mine", input: () => undefined, allowed: signedIn },
  { path: "classes.get", input: () => ({ classId: "demo-class" }), allowed: classMembers },
  { path: "classes.create", input: () => ({ name: "Another class" }), allowed: teachers },
  { path: "classes.rename", input: () => ({ classId: "demo-class", name: "Concurrency 101" }), allowed: classStaff },
  { path: "classes.join", input: () => ({ joinCode: "DEMO01" }), allowed: learners },
  { path: "classes.members", input: () => ({ classId: "demo-class" }), allowed: classStaff },
  {
    path: "classes.removeMember",
    input: () => ({ classId: "demo-class", userId: "l3" }),
    allowed: classStaff,
    before: async () => {
      await fx.handle.db.insert(schema.enrollments).values({ classId: "demo-class", userId: "l3" }).onConflictDoNothing();
    },
  },
  { path: "classes.exportCsv", input: () => ({ classId: "demo-class" }), allowed: classStaff },
  { path: "exercises.list", input: () => ({ concept: "io-bound" }), allowed: signedIn },
  { path: "exercises.get", label: "a bank exercise", input: () => ({ exerciseId: "io-sequential" }), allowed: signedIn },
  { path: "exercises.get", label: "a teacher's own exercise", input: (i) => ({ exerciseId: i.teacherExerciseId }), allowed: classStaff },
  { path: "exercises.create", input: () => ({ slug: "mine", yaml: TEACHER_YAML, files }), allowed: teachers },
  { path: "exercises.update", input: (i) => ({ exerciseId: i.teacherExerciseId, slug: "the-answer", yaml: TEACHER_YAML, files }), allowed: classStaff },
  { path: "exercises.preview", input: () => ({ slug: "draft", yaml: TEACHER_YAML, files }), allowed: teachers },
  { path: "assignments.create", input: () => ({ classId: "demo-class", title: "More", exerciseIds: ["io-sequential"] }), allowed: classStaff },
  { path: "assignments.update", input: (i) => ({ assignmentId: i.assignmentId, title: "Table" }), allowed: classStaff },
  { path: "assignments.publish", input: (i) => ({ assignmentId: i.spareAssignmentId }), allowed: classStaff },
  { path: "assignments.close", input: (i) => ({ assignmentId: i.spareAssignmentId }), allowed: classStaff },
  { path: "assignments.get", input: (i) => ({ assignmentId: i.assignmentId }), allowed: classMembers },
  { path: "assignments.listForClass", input: () => ({ classId: "demo-class" }), allowed: classMembers },
  { path: "assignments.listMine", input: () => undefined, allowed: learners },
  { path: "attempts.start", input: (i) => ({ assignmentId: i.assignmentId }), allowed: learners },
  { path: "attempts.get", input: (i) => ({ attemptId: i.attemptId }), allowed: ["ada", "teacher", "admin"] },
  { path: "attempts.listForAssignment", input: (i) => ({ assignmentId: i.assignmentId }), allowed: classStaff },
  { path: "attempts.saveDraft", input: (i) => ({ attemptId: i.attemptId, position: 0, answers: { printed: "x" } }), allowed: ["ada"] },
  {
    path: "attempts.submit",
    input: (i) => ({ attemptId: i.attemptId, position: 0, answers: { printed: "took 1.0 s\n" }, idempotencyKey: "table-submit" }),
    allowed: ["ada"],
  },
  { path: "grading.regradeQuestion", input: (i) => ({ assignmentId: i.assignmentId, position: 0, reason: "table" }), allowed: classStaff },
  { path: "grading.regradeVersion", input: (i) => ({ versionId: i.versionId, reason: "table" }), allowed: ["admin"] },
  { path: "grading.audit", input: (i) => ({ assignmentId: i.assignmentId }), allowed: classStaff },
  { path: "progress.learner", input: () => ({ classId: "demo-class", userId: "demo-ada" }), allowed: ["ada", "teacher", "admin"] },
  { path: "progress.assignment", input: (i) => ({ assignmentId: i.assignmentId }), allowed: classStaff },
  { path: "progress.concepts", input: () => ({ classId: "demo-class" }), allowed: classStaff },
  { path: "admin.users", input: () => ({ search: "interleave" }), allowed: ["admin"] },
  { path: "admin.setRole", input: () => ({ userId: "l3", role: "learner" }), allowed: ["admin"] },
  { path: "admin.classes", input: () => undefined, allowed: ["admin"] },
];

beforeAll(async () => {
  fx = await openFixture();
  const teacher = fx.as("teacher");
  const exercise = await teacher.exercises.create({ slug: "the-answer", yaml: TEACHER_YAML, files });
  const main = await teacher.assignments.create({ classId: "demo-class", title: "Table", exerciseIds: ["io-sequential"], attemptsAllowed: null });
  const spare = await teacher.assignments.create({ classId: "demo-class", title: "Spare", exerciseIds: ["io-sequential"] });
  await teacher.assignments.publish({ assignmentId: main.id });
  const attempt = await fx.as("ada").attempts.start({ assignmentId: main.id });
  const versionId = attempt.questions[0]!.versionId;
  ids = { assignmentId: main.id, spareAssignmentId: spare.id, attemptId: attempt.id, teacherExerciseId: exercise.id, versionId };
});
afterAll(async () => {
  await fx?.close();
});

function call(who: Caller, path: string, input: unknown): Promise<unknown> {
  const caller = fx.as(who === "anonymous" ? null : (who as Person));
  const [namespace, name] = path.split(".") as [string, string];
  const procedure = (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[namespace]![name]!;
  return procedure(input);
}

describe("authorization table", () => {
  it("covers every procedure of the router", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect([...new Set(table.map((row) => row.path))].sort()).toEqual(procedures);
  });

  for (const row of table) {
    it(`${row.path}${row.label ? ` (${row.label})` : ""}`, async () => {
      const outcomes: Record<string, string> = {};
      for (const who of callers) {
        await row.before?.();
        outcomes[who] = await outcomeOf(() => call(who, row.path, row.input(ids)));
      }
      const expected = Object.fromEntries(
        callers.map((who) => [who, row.allowed.includes(who) ? "OK" : who === "anonymous" ? "UNAUTHORIZED" : expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]),
      );
      expect(outcomes).toEqual(expected);
    });
  }
});
