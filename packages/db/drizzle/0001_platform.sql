CREATE TYPE "public"."answer_release" AS ENUM('immediately', 'after-due', 'never');--> statement-breakpoint
CREATE TYPE "public"."assignment_status" AS ENUM('draft', 'published', 'closed');--> statement-breakpoint
CREATE TYPE "public"."exercise_source" AS ENUM('bank', 'teacher');--> statement-breakpoint
CREATE TYPE "public"."late_policy" AS ENUM('refuse', 'accept', 'penalty');--> statement-breakpoint
CREATE TYPE "public"."submission_status" AS ENUM('pending', 'graded', 'error');--> statement-breakpoint
CREATE TABLE "assignment_items" (
	"assignment_id" text NOT NULL,
	"position" integer NOT NULL,
	"exercise_version_id" text NOT NULL,
	CONSTRAINT "assignment_items_assignment_id_position_pk" PRIMARY KEY("assignment_id","position")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"class_id" text NOT NULL,
	"title" text NOT NULL,
	"status" "assignment_status" DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp,
	"due_at" timestamp,
	"attempts_allowed" integer,
	"late_policy" "late_policy" DEFAULT 'refuse' NOT NULL,
	"late_penalty" integer DEFAULT 0 NOT NULL,
	"answer_release" "answer_release" DEFAULT 'after-due' NOT NULL,
	"practice_after_due" boolean DEFAULT false NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"updated_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"assignment_id" text NOT NULL,
	"user_id" text NOT NULL,
	"drafts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"started_at" timestamp DEFAULT now() NOT NULL,
	"updated_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "derived_answers" (
	"fingerprint" text PRIMARY KEY NOT NULL,
	"exercise_version_id" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"answers" jsonb NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrollments" (
	"class_id" text NOT NULL,
	"user_id" text NOT NULL,
	"joined_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "enrollments_class_id_user_id_pk" PRIMARY KEY("class_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "exercise_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"exercise_id" text NOT NULL,
	"version" text NOT NULL,
	"title" text NOT NULL,
	"concepts" text[] NOT NULL,
	"difficulty" integer NOT NULL,
	"yaml" text NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"source" "exercise_source" NOT NULL,
	"author_id" text,
	"current_version_id" text,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"updated_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grade_audit" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"actor_id" text,
	"reason" text NOT NULL,
	"old_score" double precision,
	"new_score" double precision,
	"old_status" "submission_status" NOT NULL,
	"new_status" "submission_status" NOT NULL,
	"from_version_id" text,
	"to_version_id" text,
	"created_at" timestamp DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" text PRIMARY KEY NOT NULL,
	"attempt_id" text NOT NULL,
	"position" integer NOT NULL,
	"exercise_version_id" text NOT NULL,
	"number" integer,
	"idempotency_key" text NOT NULL,
	"answers" jsonb NOT NULL,
	"parameters" jsonb NOT NULL,
	"status" "submission_status" DEFAULT 'pending' NOT NULL,
	"score" double precision,
	"max_score" double precision,
	"feedback" jsonb,
	"error" text,
	"fingerprint" text,
	"late" boolean DEFAULT false NOT NULL,
	"late_penalty" integer DEFAULT 0 NOT NULL,
	"practice" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp DEFAULT now() NOT NULL,
	"graded_at" timestamp
);
--> statement-breakpoint
ALTER TABLE "assignment_items" ADD CONSTRAINT "assignment_items_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_items" ADD CONSTRAINT "assignment_items_exercise_version_id_exercise_versions_id_fk" FOREIGN KEY ("exercise_version_id") REFERENCES "public"."exercise_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "derived_answers" ADD CONSTRAINT "derived_answers_exercise_version_id_exercise_versions_id_fk" FOREIGN KEY ("exercise_version_id") REFERENCES "public"."exercise_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_versions" ADD CONSTRAINT "exercise_versions_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_audit" ADD CONSTRAINT "grade_audit_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_audit" ADD CONSTRAINT "grade_audit_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_exercise_version_id_exercise_versions_id_fk" FOREIGN KEY ("exercise_version_id") REFERENCES "public"."exercise_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_class_id_idx" ON "assignments" USING btree ("class_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attempts_assignment_user_idx" ON "attempts" USING btree ("assignment_id","user_id");--> statement-breakpoint
CREATE INDEX "attempts_user_id_idx" ON "attempts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "enrollments_user_id_idx" ON "enrollments" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exercise_versions_exercise_version_idx" ON "exercise_versions" USING btree ("exercise_id","version");--> statement-breakpoint
CREATE INDEX "exercises_author_id_idx" ON "exercises" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "grade_audit_submission_id_idx" ON "grade_audit" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_attempt_key_idx" ON "submissions" USING btree ("attempt_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_attempt_number_idx" ON "submissions" USING btree ("attempt_id","position","number");--> statement-breakpoint
CREATE INDEX "submissions_status_idx" ON "submissions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "submissions_version_idx" ON "submissions" USING btree ("exercise_version_id");