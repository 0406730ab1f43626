// Browser tests against the built app (`next build` first; turbo's e2e task depends on build).
// Playwright cannot download browsers here, so it drives a system Chromium (Debian's by default).
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { freePort } from "./e2e/free-port";

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];


const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  throw new Error(`No Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
}

const port = Number(process.env.E2E_PORT) || (await freePort());
// Set once in the main process and inherited by workers, so both agree on port and data dir.
process.env.E2E_PORT = String(port);
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "interleave-e2e-"));
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  globalTeardown: "./e2e/teardown.ts",
  timeout: 60_000,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  outputDir: "test-results",
  use: {
    baseURL,
    screenshot: "on",
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: "tsx server/start.ts",
    url: `${baseURL}/api/trpc/health.overview`,
    timeout: 120_000,
    stdout: "pipe",
    // A fresh embedded database, whatever DATABASE_URL the caller has.
    env: { PORT: String(port), INTERLEAVE_DATA_DIR: process.env.E2E_DATA_DIR, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  },
});
