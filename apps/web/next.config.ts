import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source ("just-in-time" packages).
  transpilePackages: ["@interleave/api", "@interleave/db", "@interleave/exercises", "@interleave/sim"],
  // PGlite loads its WASM and data files at run time; bundling it breaks those paths. The grading
  // workers load TypeScript through tsx at run time, outside the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "tsx"],
};

export default config;
