// Shared by start.mjs and test.mjs: plain Node, no dependencies, safe to run again and again.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const toolsBin = path.join(repoRoot, ".tools", "bin");
const installStamp = path.join(repoRoot, "node_modules", ".interleave-install-stamp");

/** Environment for every child: quiet tools, and our pnpm on PATH (turbo looks it up there). */
export const childEnv = {
  ...process.env,
  PATH: [toolsBin, process.env.PATH].join(path.delimiter),
  COREPACK_ENABLE_DOWNLOAD_PROMPT: "0",
  COREPACK_INTEGRITY_KEYS: "0",
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  TURBO_NO_UPDATE_NOTIFIER: "1",
};

export function log(message) {
  console.log(`\x1b[1m▸ ${message}\x1b[0m`);
}

export function fail(message) {
  console.error(`\x1b[31m✗ ${message}\x1b[0m`);
  process.exit(1);
}

/** Runs a command with inherited output; resolves to its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, env: childEnv, stdio: "inherit", ...options });
    child.on("error", (error) => fail(`${command}: ${error.message}`));
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrFail(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) fail(`${command} ${args.join(" ")} exited with ${code}`);
}

function hasPnpm() {
  return spawnSync("pnpm", ["--version"], { env: childEnv, stdio: "ignore", cwd: repoRoot }).status === 0;
}

/** pnpm through corepack (bundled with Node), installed into .tools/bin, never system-wide. */
async function ensurePnpm() {
  if (hasPnpm()) return;
  log("Installing pnpm with corepack into .tools/bin");
  mkdirSync(toolsBin, { recursive: true }); // corepack refuses a missing directory
  await runOrFail("corepack", ["enable", "--install-directory", toolsBin, "pnpm"]);
  if (!hasPnpm()) fail("pnpm is still not runnable after `corepack enable`; is the npm registry reachable?");
}

function lockHash() {
  return createHash("sha256").update(readFileSync(path.join(repoRoot, "pnpm-lock.yaml"))).digest("hex");
}

/** `pnpm install` only when node_modules is missing or was installed from another lockfile. */
async function ensureDependencies() {
  const wanted = lockHash();
  const installed = existsSync(installStamp) ? readFileSync(installStamp, "utf8").trim() : "";
  if (installed === wanted) return;
  log("Installing dependencies (pnpm install --frozen-lockfile)");
  await runOrFail("pnpm", ["install", "--frozen-lockfile"]);
  writeFileSync(installStamp, `${wanted}\n`);
}

export async function ensureToolchain() {
  const [major] = process.versions.node.split(".").map(Number);
  if (major < 20) fail(`Interleave needs Node.js 20 or newer; this is ${process.version}`);
  await ensurePnpm();
  await ensureDependencies();
}
