// What the per-run global setup hands to every test file: where to clone a migrated database from.
import "vitest";

export type TestDatabaseTemplate =
  | { backend: "pglite"; dumpPath: string }
  | { backend: "postgres"; serverUrl: string; templateName: string; runId: string };

declare module "vitest" {
  export interface ProvidedContext {
    interleaveTestDatabase: TestDatabaseTemplate;
  }
}

export function withDatabaseName(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
