// `npm start` lands here (after install and build): migrate, seed the demo when asked, print how to
// get in, then hand the port to the server (serve.ts: Next behind our X-Forwarded-For handling).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "@interleave/api";
import { lockDataDir } from "./data-dir-lock.ts";
import { demoAccounts, demoPassword, readConfig, type Config } from "@interleave/db";

try {
  const config = readConfig();
  if (!config.databaseUrl) lockDataDir(config.dataDir);
  const { seeded } = await prepareDatabase(config);
  printWelcome(config, seeded);
  startServer(config);
} catch (error) {
  // Configuration and connection problems are the user's to fix: the message, not a stack trace.
  console.error(`\nInterleave cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

function printWelcome(config: Config, seeded: boolean): void {
  const where = config.databaseUrl ? `PostgreSQL at ${new URL(config.databaseUrl).host}` : `PGlite in ${config.dataDir}`;
  console.log(`\nInterleave: database ready (${where})`);
  if (seeded) {
    console.log(`Demo accounts (password "${demoPassword}"):`);
    for (const account of demoAccounts) console.log(`  ${account.email.padEnd(26)} ${account.role}`);
  }
  console.log(`\n  ➜  http://localhost:${config.port}\n`);
}

function startServer(config: Config): void {
  const appDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const child = spawn(process.execPath, [tsx, path.join(appDir, "server", "serve.ts")], {
    cwd: appDir,
    stdio: "inherit",
    // Absolute data dir, so the server finds the same database whatever its working directory.
    env: { ...process.env, NODE_ENV: "production", INTERLEAVE_DATA_DIR: config.dataDir, PORT: String(config.port) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
