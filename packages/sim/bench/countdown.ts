// Interpreter speed: `while n > 0: n -= 1` for 10M iterations at module level (LOAD_NAME/STORE_NAME)
// and inside a function (LOAD_FAST/STORE_FAST), through runProgram, next to CPython on the same file.
// Prints figures only: speed depends on the machine, so nothing here passes or fails.
// Usage: pnpm --filter @interleave/sim bench [ITERATIONS]   (default 10_000_000)
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runProgram } from "../src/index.ts";

const iterations = Number(process.argv[2] ?? 10_000_000);

const PROGRAMS: Record<string, string> = {
  "module level": `n = ${iterations}\nwhile n > 0:\n    n -= 1\n`,
  "in a function": `def countdown(n):\n    while n > 0:\n        n -= 1\n\n\ncountdown(${iterations})\n`,
};

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

function timeSimulator(text: string) {
  const started = performance.now();
  const result = runProgram([{ name: "countdown.py", text }], {
    maxInstructions: 100 * iterations,
    maxRealMs: 600_000,
    now: () => performance.now(),
  });
  return { result, realSeconds: seconds(started) };
}

/** CPython's real time on the file, minus its start-up (`python3 -c pass`), or undefined without python3. */
function timeCPython(path: string): number | undefined {
  const startup = performance.now();
  if (spawnSync("python3", ["-c", "pass"]).status !== 0) return undefined;
  const startupSeconds = seconds(startup);
  const started = performance.now();
  const run = spawnSync("python3", [path]);
  if (run.status !== 0) return undefined;
  return Math.max(seconds(started) - startupSeconds, 1e-9);
}

function benchmark(label: string, text: string, folder: string): void {
  const path = join(folder, `${label.replaceAll(" ", "_")}.py`);
  writeFileSync(path, text);
  const { result, realSeconds } = timeSimulator(text);
  const millions = result.instructions / 1e6;
  console.log(`${label}:`);
  if (result.timedOut || result.exitCode !== 0) {
    console.log(`  the run did not complete (${result.timeoutReason ?? `exit ${result.exitCode}`}): figures are partial`);
  }
  console.log(`  simulator: ${millions.toFixed(1)} M instructions in ${realSeconds.toFixed(2)} s real`);
  console.log(`             ${(millions / realSeconds).toFixed(1)} M instructions/s`);
  const cpython = timeCPython(path);
  if (cpython === undefined) {
    console.log("  CPython:   python3 not found; no comparison");
    return;
  }
  console.log(`  CPython:   ${cpython.toFixed(2)} s real (start-up subtracted)`);
  console.log(`  ratio simulator / CPython: ${(realSeconds / cpython).toFixed(2)}`);
}

const folder = mkdtempSync(join(tmpdir(), "interleave-bench-"));
console.log(`countdown from ${iterations.toLocaleString("en")} (programs in ${folder})`);
try {
  for (const [label, text] of Object.entries(PROGRAMS)) benchmark(label, text, folder);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
