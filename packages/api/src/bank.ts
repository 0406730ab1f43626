// Importing exercises into the database: the bank folder at start and whenever a file in it changes,
// and teacher-authored exercises. A version is the content hash, so an unchanged file adds nothing.
import { readFileSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import type { Database } from "@interleave/db";
import { schema } from "@interleave/db";
import type { Exercise } from "@interleave/exercises";
import { loadBank } from "@interleave/exercises/node";
import { and, eq, notInArray } from "drizzle-orm";

export type BankSyncResult = { imported: number; newVersions: number; archived: number; failures: { slug: string; errors: string[] }[] };

export function versionId(exerciseId: string, version: string): string {
  return `${exerciseId}@${version}`;
}

export async function syncBank(db: Database, dir: string): Promise<BankSyncResult> {
  const bank = loadBank(dir);
  let newVersions = 0;
  for (const exercise of bank.exercises) {
    const yaml = readFileSync(path.join(dir, exercise.slug, "exercise.yaml"), "utf8");
    if (await storeVersion(db, { id: exercise.slug, source: "bank", authorId: null }, { ...exercise, yaml })) newVersions += 1;
  }
  const present = bank.exercises.map((e) => e.slug);
  const archived = await db
    .update(schema.exercises)
    .set({ archived: true })
    .where(and(eq(schema.exercises.source, "bank"), eq(schema.exercises.archived, false), present.length ? notInArray(schema.exercises.id, present) : undefined))
    .returning({ id: schema.exercises.id });
  return { imported: bank.exercises.length, newVersions, archived: archived.length, failures: bank.failures };
}

type ExerciseIdentity = { id: string; source: "bank" | "teacher"; authorId: string | null };

/** Stores the exercise's version (if new) and makes it current. Returns whether the version was new. */
export async function storeVersion(db: Database, identity: ExerciseIdentity, exercise: Exercise & { yaml?: string }): Promise<boolean> {
  const id = versionId(identity.id, exercise.version);
  return db.transaction(async (tx) => {
    await tx
      .insert(schema.exercises)
      .values({ ...identity, slug: exercise.slug })
      .onConflictDoNothing();
    const inserted = await tx
      .insert(schema.exerciseVersions)
      .values({
        id,
        exerciseId: identity.id,
        version: exercise.version,
        title: exercise.spec.title,
        concepts: exercise.spec.concepts,
        difficulty: exercise.spec.difficulty,
        yaml: exercise.yaml ?? "",
        content: { slug: exercise.slug, version: exercise.version, spec: exercise.spec, files: exercise.files },
      })
      .onConflictDoNothing()
      .returning({ id: schema.exerciseVersions.id });
    await tx.update(schema.exercises).set({ currentVersionId: id, archived: false, slug: exercise.slug }).where(eq(schema.exercises.id, identity.id));
    return inserted.length > 0;
  });
}

/** Re-imports the bank shortly after files stop changing (an editor writes a file in several steps). */
export function watchBank(db: Database, dir: string, onSynced: (result: BankSyncResult | Error) => void): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => syncBank(db, dir).then(onSynced, onSynced), 300);
  });
  watcher.on("close", () => clearTimeout(timer));
  return watcher;
}
