// Test-only helpers: a private, migrated database per test file on the backend of the vitest project.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "../client.ts";
import { withDatabaseName, type TestDatabaseTemplate } from "./template.ts";

export { databaseTestProjects } from "./projects.ts";

export async function openTestDatabase(): Promise<DatabaseHandle> {
  const template = inject("interleaveTestDatabase");
  if (!template) throw new Error("No test database template: use databaseTestProjects() in vitest.config.ts");
  return template.backend === "pglite" ? clonePglite(template.dumpPath) : clonePostgres(template);
}

async function clonePglite(dumpPath: string): Promise<DatabaseHandle> {
  const dump = new Blob([await readFile(dumpPath)]);
  return openDatabase({ backend: "pglite", loadDataDir: dump });
}

async function clonePostgres(template: Extract<TestDatabaseTemplate, { backend: "postgres" }>) {
  const name = `interleave_t_${template.runId}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(template.serverUrl, { max: 1, onnotice: () => {} });
  await createFromTemplate(admin, name, template.templateName);
  const handle = await openDatabase({ backend: "postgres", url: withDatabaseName(template.serverUrl, name) });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  } satisfies DatabaseHandle;
}

// Two files cloning the same template at the same moment can collide ("source database is being
// accessed by other users"); a short retry resolves it.
async function createFromTemplate(admin: postgres.Sql, name: string, templateName: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`create database "${name}" template "${templateName}"`);
      return;
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
