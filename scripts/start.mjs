// `npm start`: install what is missing, build the web app (turbo skips an unchanged build), then
// migrate, seed and serve (apps/web/server/start.ts).
import path from "node:path";
import { childEnv, ensureToolchain, fail, log, repoRoot, run, runOrFail } from "./lib/setup.mjs";

await ensureToolchain();
log("Building the web app (cached when nothing changed)");
await runOrFail("pnpm", ["exec", "turbo", "run", "build", "--filter=@interleave/web", "--output-logs=new-only"]);

// Resolve the data dir against the repo root, not the app folder the server runs in.
const dataDir = path.resolve(repoRoot, process.env.INTERLEAVE_DATA_DIR || ".data");
log("Starting Interleave");
const server = run("pnpm", ["--filter", "@interleave/web", "run", "start"], {
  env: { ...childEnv, INTERLEAVE_DATA_DIR: dataDir },
});
const code = await server;
if (code !== 0) fail(`the server exited with ${code}`);
