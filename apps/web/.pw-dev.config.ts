import { defineConfig } from "@playwright/test";
export default defineConfig({
  testDir: "e2e", testMatch: /(playground|stepper).*\.spec\.ts/, timeout: 60_000, workers: 1, outputDir: "/tmp/pw-mine-results",
  use: { baseURL: "http://localhost:3457", screenshot: "on", launchOptions: { executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] } },
});
