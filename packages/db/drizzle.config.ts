import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: migrations are committed SQL, never pushed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema.ts",
  out: "./drizzle",
});
