// better-auth's core tables (user, session, account, verification) written by hand, because its
// schema generator needs Node 22; plus the platform's own tables.
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

export const roles = ["learner", "teacher", "admin"] as const;
export type Role = (typeof roles)[number];
export const roleEnum = pgEnum("role", roles);

const createdAt = () => timestamp("created_at").notNull().defaultNow();
const updatedAt = () =>
  timestamp("updated_at")
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const user = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  role: roleEnum("role").notNull().default("learner"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const session = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at").notNull(),
    token: text("token").notNull().unique(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("session_user_id_idx").on(table.userId)],
);

export const account = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at"),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at"),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("account_user_id_idx").on(table.userId)],
);

export const verification = pgTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("verification_identifier_idx").on(table.identifier)],
);

export const classes = pgTable(
  "classes",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    joinCode: text("join_code").notNull().unique(),
    teacherId: text("teacher_id")
      .notNull()
      .references(() => user.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (table) => [index("classes_teacher_id_idx").on(table.teacherId)],
);

export const enrollments = pgTable(
  "enrollments",
  {
    classId: text("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    joinedAt: timestamp("joined_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.classId, table.userId] }), index("enrollments_user_id_idx").on(table.userId)],
);

export const exerciseSources = ["bank", "teacher"] as const;
export const exerciseSourceEnum = pgEnum("exercise_source", exerciseSources);

/** An exercise's identity; its content lives in versions. Bank exercises use their folder name as id. */
export const exercises = pgTable(
  "exercises",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    source: exerciseSourceEnum("source").notNull(),
    /** The teacher who wrote it; null for the bank. */
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    currentVersionId: text("current_version_id"),
    /** A bank exercise whose folder disappeared stays (attempts reference it) but is no longer listed. */
    archived: boolean("archived").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("exercises_author_id_idx").on(table.authorId)],
);

/** One content hash of an exercise (yaml + programs); attempts and submissions keep theirs. */
export const exerciseVersions = pgTable(
  "exercise_versions",
  {
    id: text("id").primaryKey(),
    exerciseId: text("exercise_id")
      .notNull()
      .references(() => exercises.id, { onDelete: "cascade" }),
    /** The content hash from @interleave/exercises (exerciseVersion). */
    version: text("version").notNull(),
    title: text("title").notNull(),
    concepts: text("concepts").array().notNull(),
    difficulty: integer("difficulty").notNull(),
    yaml: text("yaml").notNull(),
    /** The validated exercise (spec and files) as buildExercise returned it. */
    content: jsonb("content").notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("exercise_versions_exercise_version_idx").on(table.exerciseId, table.version)],
);

export const assignmentStatuses = ["draft", "published", "closed"] as const;
export const assignmentStatusEnum = pgEnum("assignment_status", assignmentStatuses);
/** refuse: no submission after the due date; accept: late but full marks; penalty: late, minus latePenalty %. */
export const latePolicies = ["refuse", "accept", "penalty"] as const;
export const latePolicyEnum = pgEnum("late_policy", latePolicies);
export const answerReleases = ["immediately", "after-due", "never"] as const;
export const answerReleaseEnum = pgEnum("answer_release", answerReleases);

export const assignments = pgTable(
  "assignments",
  {
    id: text("id").primaryKey(),
    classId: text("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    status: assignmentStatusEnum("status").notNull().default("draft"),
    opensAt: timestamp("opens_at"),
    dueAt: timestamp("due_at"),
    /** Graded submissions allowed per question; null = unlimited. */
    attemptsAllowed: integer("attempts_allowed"),
    latePolicy: latePolicyEnum("late_policy").notNull().default("refuse"),
    latePenalty: integer("late_penalty").notNull().default(0),
    answerRelease: answerReleaseEnum("answer_release").notNull().default("after-due"),
    /** After the due date learners may keep submitting as practice: graded, never counted. */
    practiceAfterDue: boolean("practice_after_due").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("assignments_class_id_idx").on(table.classId)],
);

/** The assignment's questions: exercise versions in order (position 0, 1, …). */
export const assignmentItems = pgTable(
  "assignment_items",
  {
    assignmentId: text("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    exerciseVersionId: text("exercise_version_id")
      .notNull()
      .references(() => exerciseVersions.id, { onDelete: "restrict" }),
  },
  (table) => [primaryKey({ columns: [table.assignmentId, table.position] })],
);

/** A learner's work on an assignment: drafts per question. Its row is the lock submits serialize on. */
export const attempts = pgTable(
  "attempts",
  {
    id: text("id").primaryKey(),
    assignmentId: text("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** position → answers being edited, not yet submitted. */
    drafts: jsonb("drafts").notNull().default({}),
    startedAt: timestamp("started_at").notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex("attempts_assignment_user_idx").on(table.assignmentId, table.userId), index("attempts_user_id_idx").on(table.userId)],
);

export const submissionStatuses = ["pending", "graded", "error"] as const;
export const submissionStatusEnum = pgEnum("submission_status", submissionStatuses);

export const submissions = pgTable(
  "submissions",
  {
    id: text("id").primaryKey(),
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    exerciseVersionId: text("exercise_version_id")
      .notNull()
      .references(() => exerciseVersions.id, { onDelete: "restrict" }),
    /** 1, 2, … among the counted submissions of this question; null for practice. */
    number: integer("number"),
    idempotencyKey: text("idempotency_key").notNull(),
    answers: jsonb("answers").notNull(),
    parameters: jsonb("parameters").notNull(),
    status: submissionStatusEnum("status").notNull().default("pending"),
    score: doublePrecision("score"),
    maxScore: doublePrecision("max_score"),
    /** The grader's per-question result (score, feedback, misconception). */
    feedback: jsonb("feedback"),
    error: text("error"),
    fingerprint: text("fingerprint"),
    late: boolean("late").notNull().default(false),
    latePenalty: integer("late_penalty").notNull().default(0),
    practice: boolean("practice").notNull().default(false),
    submittedAt: timestamp("submitted_at").notNull().defaultNow(),
    gradedAt: timestamp("graded_at"),
  },
  (table) => [
    uniqueIndex("submissions_attempt_key_idx").on(table.attemptId, table.idempotencyKey),
    uniqueIndex("submissions_attempt_number_idx").on(table.attemptId, table.position, table.number),
    index("submissions_status_idx").on(table.status),
    index("submissions_version_idx").on(table.exerciseVersionId),
  ],
);

/** Answers derived by simulation, cached per fingerprint (engine + program + settings + parameters). */
export const derivedAnswers = pgTable("derived_answers", {
  fingerprint: text("fingerprint").primaryKey(),
  exerciseVersionId: text("exercise_version_id")
    .notNull()
    .references(() => exerciseVersions.id, { onDelete: "cascade" }),
  parameters: jsonb("parameters").notNull(),
  answers: jsonb("answers").notNull(),
  createdAt: createdAt(),
});

/** Every change of a recorded grade: who, why, from what to what. */
export const gradeAudit = pgTable(
  "grade_audit",
  {
    id: text("id").primaryKey(),
    submissionId: text("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    oldScore: doublePrecision("old_score"),
    newScore: doublePrecision("new_score"),
    oldStatus: submissionStatusEnum("old_status").notNull(),
    newStatus: submissionStatusEnum("new_status").notNull(),
    fromVersionId: text("from_version_id"),
    toVersionId: text("to_version_id"),
    createdAt: createdAt(),
  },
  (table) => [index("grade_audit_submission_id_idx").on(table.submissionId)],
);
