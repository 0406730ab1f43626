// Exercise versions and derived answers never change once written (ids are content hashes or
// fingerprints), so a process may keep them in memory: the submit path then reads neither the
// exercise's JSON nor its answers from the database.
import type { Database } from "@interleave/db";
import { schema } from "@interleave/db";
import type { Exercise } from "@interleave/exercises";
import { inArray } from "drizzle-orm";

/** A Map that forgets its oldest entries past a size. */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as K);
  }
}

const versions = new BoundedCache<string, Exercise>(1000);

/** The exercises of the given version ids; throws for an id that does not exist. */
export async function exerciseVersions(db: Database, ids: readonly string[]): Promise<Map<string, Exercise>> {
  const found = new Map<string, Exercise>();
  const missing = [...new Set(ids)].filter((id) => {
    const cached = versions.get(id);
    if (cached) found.set(id, cached);
    return !cached;
  });
  if (missing.length) {
    const rows = await db.select({ id: schema.exerciseVersions.id, content: schema.exerciseVersions.content }).from(schema.exerciseVersions).where(inArray(schema.exerciseVersions.id, missing));
    for (const row of rows) {
      versions.set(row.id, row.content as Exercise);
      found.set(row.id, row.content as Exercise);
    }
  }
  for (const id of ids) if (!found.has(id)) throw new Error(`exercise version ${id} does not exist`);
  return found;
}
