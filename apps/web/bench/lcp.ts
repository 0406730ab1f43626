// Time to first byte and largest contentful paint of the learner dashboard and of an exercise page,
// on a warm server, in Chromium. Not a test: it prints figures (target LCP < 1.5 s).
//   pnpm --filter @interleave/web bench            (builds nothing: run `next build` first)
//   BENCH_URL=http://localhost:3000 pnpm bench      (measure a server that is already running)
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { freePort } from "../e2e/free-port.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const WARM_UP = 2;
const PAGES = [
  { name: "learner dashboard", path: "/", ready: "Assignments" },
  { name: "exercise page", path: "/assignments/demo-warm-up", ready: "Question 1" },
];


async function startServer(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "interleave-bench-"));
  const appDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/start.ts"], {
    cwd: appDir,
    stdio: "ignore",
    env: { ...process.env, PORT: String(port), INTERLEAVE_DATA_DIR: dataDir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${url}/api/trpc/health.overview`).then((r) => r.ok, () => false);
    if (ok) return { url, stop: () => (child.kill("SIGTERM"), rmSync(dataDir, { recursive: true, force: true })) };
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error("the server did not start within 2 minutes");
}

type Sample = { ttfb: number; lcp: number; element: string };

/** Loads the page and reads TTFB (navigation timing) and the last LCP candidate once the content is there. */
async function measure(page: Page, url: string, ready: string): Promise<Sample> {
  await page.goto(url, { waitUntil: "commit" });
  await page.getByText(ready, { exact: false }).first().waitFor({ timeout: 120_000 });
  await page.waitForLoadState("networkidle");
  return page.evaluate(
    () =>
      new Promise<Sample>((resolve) => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as PerformanceEntry & { element: Element | null };
          // Which element it was, so a figure can be checked against what the page shows.
          const text = last.element?.textContent?.trim().slice(0, 40) ?? "";
          resolve({ ttfb: nav.responseStart - nav.startTime, lcp: last.startTime, element: `<${last.element?.tagName.toLowerCase() ?? "?"}> "${text}"` });
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

const server = process.env.BENCH_URL ? { url: process.env.BENCH_URL, stop: () => undefined } : await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel("Email").fill("ada@interleave.test");
  await page.getByLabel("Password").fill("interleave");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${server.url}/`, { timeout: 120_000 });
  console.log(`TTFB and LCP in Chromium, ${RUNS} loads after ${WARM_UP} warm-up loads (${server.url})`);
  for (const target of PAGES) {
    const samples: Sample[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const sample = await measure(page, server.url + target.path, target.ready);
      if (i >= WARM_UP) samples.push(sample);
    }
    const lcps = samples.map((s) => s.lcp);
    console.log(
      `${target.name.padEnd(18)} TTFB median ${ms(median(samples.map((s) => s.ttfb)))}  LCP median ${ms(median(lcps))} (min ${ms(Math.min(...lcps))}, max ${ms(Math.max(...lcps))})  ${median(lcps) < 1500 ? "✓ under 1.5 s" : "✗ over 1.5 s"}`,
    );
    console.log(`${"".padEnd(18)} LCP element: ${[...new Set(samples.map((s) => s.element))].join(" | ")}`);
  }
} finally {
  await browser.close();
  server.stop();
}
