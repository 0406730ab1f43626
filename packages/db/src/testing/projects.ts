// Vitest projects that run a package's tests once per database backend: always on PGlite, and on
// PostgreSQL too when TEST_DATABASE_URL is set. The project name ("db:pglite", "db:postgres")
// prefixes every test line, so the output shows which backend ran.
import { fileURLToPath } from "node:url";
import { readConfig } from "../env.ts";

const setupFile = (backend: string) => fileURLToPath(new URL(`./global-setup-${backend}.ts`, import.meta.url));

export function databaseTestProjects(env: Record<string, string | undefined> = process.env) {
  const backends = readConfig(env).testDatabaseUrl ? ["pglite", "postgres"] : ["pglite"];
  return backends.map((backend) => ({
    extends: true as const,
    test: { name: `db:${backend}`, globalSetup: [setupFile(backend)] },
  }));
}
