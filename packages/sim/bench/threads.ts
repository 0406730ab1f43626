// The seeds' headline experiment: 4 threads each counting down N under `gil` on 4 cores. Prints the
// simulated wall time (next to one task alone: one GIL makes it ≈ 4×), the simulator's real time and
// peak RSS, and python3's real time on the same program in the same run. Figures only, no verdict.
// Usage: pnpm --filter @interleave/sim bench:threads [--scale S] [--fast-path off|lazy|eager]
//        (S = 1: N = 50,000,000; the fast path is lazy by default, as in every run)
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runProgram, type RunOptions, type RunResult } from "../src/index.ts";

const FULL_N = 50_000_000;
const THREADS = 4;

function scaleArgument(): number {
  const at = process.argv.indexOf("--scale");
  const scale = at >= 0 ? Number(process.argv[at + 1]) : 1;
  if (!(scale > 0)) throw new Error("--scale needs a positive number");
  return scale;
}

function fastPathArgument(): NonNullable<RunOptions["fastPath"]> {
  const at = process.argv.indexOf("--fast-path");
  const mode = at >= 0 ? process.argv[at + 1] : "lazy";
  if (mode !== "off" && mode !== "lazy" && mode !== "eager") throw new Error("--fast-path needs off, lazy or eager");
  return mode;
}

function program(n: number, threads: number): string {
  return `import threading


def countdown(n):
    while n > 0:
        n -= 1


workers = [threading.Thread(target=countdown, args=(${n},)) for _ in range(${threads})]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("done")
`;
}

function simulate(text: string, n: number, threads: number): { result: RunResult; realSeconds: number; cpuSeconds: number } {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = runProgram([{ name: "main.py", text }], {
    model: "gil",
    cores: 4,
    maxInstructions: 20 * n * threads + 1_000_000,
    maxRealMs: 3_600_000,
    now: () => performance.now(),
    fastPath,
  });
  const cpu = process.cpuUsage(cpuStarted);
  return { result, realSeconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** Runs the file under python3 from a python3 parent that reports the child's real and CPU seconds. */
const TIMER = `import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run([sys.executable, sys.argv[1]], check=True, stdout=subprocess.DEVNULL)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(time.perf_counter() - start, usage.ru_utime + usage.ru_stime)`;

/** python3's real and CPU seconds on the file, or undefined when python3 is missing or fails. */
function cpythonSeconds(path: string): { real: number; cpu: number } | undefined {
  const run = spawnSync("python3", ["-c", TIMER, path], { encoding: "utf8" });
  if (run.status !== 0) return undefined;
  const [real, cpu] = run.stdout.trim().split(" ").map(Number);
  return real !== undefined && cpu !== undefined ? { real, cpu } : undefined;
}

const n = Math.round(FULL_N * scaleArgument());
const fastPath = fastPathArgument();
const four = program(n, THREADS);
const folder = mkdtempSync(join(tmpdir(), "interleave-bench-"));
const path = join(folder, "threads.py");
writeFileSync(path, four);

const alone = simulate(program(n, 1), n, 1);
const { result, realSeconds, cpuSeconds } = simulate(four, n, THREADS);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const cpython = cpythonSeconds(path);

console.log(`${THREADS} threads × countdown(${n.toLocaleString("en")}) under gil on 4 cores (fast path ${fastPath})`);
if (result.timedOut || result.stdout !== "done\n") console.log(`  the run did not complete: ${result.timeoutReason ?? result.stderr}`);
console.log(`  simulated wall time   ${(result.wallNs / 1e9).toFixed(3)} s  (one task alone: ${(alone.result.wallNs / 1e9).toFixed(3)} s, ratio ${(result.wallNs / alone.result.wallNs).toFixed(2)})`);
console.log(`  instructions          ${(result.instructions / 1e6).toFixed(1)} M`);
console.log(`  simulator real time   ${realSeconds.toFixed(2)} s, CPU ${cpuSeconds.toFixed(2)} s  (${(result.instructions / 1e6 / cpuSeconds).toFixed(1)} M instructions per CPU second)`);
console.log(`  simulator peak RSS    ${peakRssMb.toFixed(0)} MB`);
if (cpython === undefined) console.log("  python3               not available");
else {
  console.log(`  python3 real time     ${cpython.real.toFixed(2)} s, CPU ${cpython.cpu.toFixed(2)} s`);
  console.log(`  simulator / CPython   real ${(realSeconds / cpython.real).toFixed(2)}, CPU ${(cpuSeconds / cpython.cpu).toFixed(2)}`);
}
