import { databaseTestProjects } from "@interleave/db/testing/projects";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 300_000, projects: databaseTestProjects() },
});
