// `npm test`: install what is missing, then every check — lint, types, unit and integration tests
// (database tests on PGlite and, with TEST_DATABASE_URL, on PostgreSQL), browser tests against the
// built app. Ends with one plain "N passed, M failed" line and a non-zero exit on any failure.
import { spawn } from "node:child_process";
import { childEnv, ensureToolchain, log, repoRoot } from "./lib/setup.mjs";

const steps = [
  { title: "Lint, typecheck, unit and integration tests", args: ["run", "lint", "typecheck", "test"] },
  { title: "Browser tests (Playwright + Chromium) against the built app", args: ["run", "e2e", "--filter=@interleave/web"] },
];

await ensureToolchain();
log(
  process.env.TEST_DATABASE_URL
    ? "Database tests run on PGlite and on PostgreSQL (TEST_DATABASE_URL)"
    : "Database tests run on PGlite only (set TEST_DATABASE_URL to add PostgreSQL)",
);

const totals = { passed: 0, failed: 0 };
for (const step of steps) {
  log(step.title);
  const { code, counts } = await runCounting(["exec", "turbo", ...step.args, "--continue=dependencies-successful"]);
  totals.passed += counts.passed;
  // A failing step that reported no failed test (lint, types, a crash) still counts once.
  totals.failed += code !== 0 && counts.failed === 0 ? 1 : counts.failed;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);

/** Runs pnpm, echoing its output, and adds up the test counts vitest and Playwright print. */
function runCounting(args) {
  return new Promise((resolve) => {
    const counts = { passed: 0, failed: 0 };
    const child = spawn("pnpm", args, { cwd: repoRoot, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    const scan = (stream, sink) => {
      let pending = "";
      stream.on("data", (chunk) => {
        sink.write(chunk);
        const lines = (pending + chunk).split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) addCounts(counts, line);
      });
      stream.on("end", () => addCounts(counts, pending));
    };
    scan(child.stdout, process.stdout);
    scan(child.stderr, process.stderr);
    child.on("close", (code) => resolve({ code: code ?? 1, counts }));
  });
}

// vitest: "Tests  1 failed | 12 passed (13)"; Playwright: "  3 passed (13.5s)" / "  1 failed".
function addCounts(counts, rawLine) {
  const line = rawLine.replace(/\x1b\[[0-9;]*m/g, "").replace(/^[^\s]+:\w+:\s/, "");
  const vitest = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (vitest) {
    counts.passed += Number(/(\d+) passed/.exec(vitest[1])?.[1] ?? 0);
    counts.failed += Number(/(\d+) failed/.exec(vitest[1])?.[1] ?? 0);
    return;
  }
  const playwright = /^\s+(\d+) (passed|failed)(?: \(|$)/.exec(line);
  if (playwright) counts[playwright[2]] += Number(playwright[1]);
}
