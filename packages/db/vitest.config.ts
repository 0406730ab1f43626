import { defineConfig } from "vitest/config";
import { databaseTestProjects } from "./src/testing/projects.ts";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      ...databaseTestProjects().map((p) => ({ ...p, test: { ...p.test, include: ["test/db/**/*.test.ts"] } })),
    ],
  },
});
