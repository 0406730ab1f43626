// Explore's cost: time, executions, distinct states and peak memory for the issue's programs — racing
// increments (2 x 10 and 3 x 3, free-threaded) and dining philosophers (5) — and for forked children.
// Prints figures only: nothing passes or fails. Usage: pnpm --filter @interleave/sim bench:explore [MAX_SECONDS] (default 120)
import { exploreProgram, type ExploreOptions } from "../src/index.ts";
import { diningPhilosophers, forkedChildrenFillingArray, racingIncrements } from "../test/explore/programs.ts";

const maxSeconds = Number(process.argv[2] ?? 120);

interface Case {
  name: string;
  text: string;
  options: ExploreOptions;
  /** What the search should find, to print next to what it found. */
  wanted: string;
  /** Also measure how soon a deadlock turns up (the smallest execution budget, doubling, that finds one). */
  deadlockBudget?: true;
}

const CASES: Case[] = [
  { name: "2 threads x 10 increments", text: racingIncrements(2, 10), options: { model: "free-threaded" }, wanted: "all of 2..20, complete" },
  { name: "3 threads x 3 increments", text: racingIncrements(3, 3), options: { model: "free-threaded" }, wanted: "every final value from 2 to 9" },
  { name: "3 forked children writing a shared array", text: forkedChildrenFillingArray(3), options: { model: "gil" }, wanted: "[0, 1, 4], complete" },
  { name: "dining philosophers (5)", text: diningPhilosophers(5), options: { model: "free-threaded" }, wanted: "a deadlock", deadlockBudget: true },
];

function measure(c: Case): void {
  const started = performance.now();
  let peakRss = process.memoryUsage().rss;
  const result = exploreProgram([{ name: "main.py", text: c.text }], {
    ...c.options,
    maxExecutions: 10_000_000,
    maxRealMs: maxSeconds * 1000,
    now: () => performance.now(),
    onProgress: () => void (peakRss = Math.max(peakRss, process.memoryUsage().rss)),
  });
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const seconds = (performance.now() - started) / 1000;
  const shown = result.outcomes.map((o) => (o.deadlock ? "deadlock" : JSON.stringify(o.stdout)));
  const found = shown.length <= 24 ? shown.join(", ") : `${shown.filter((o) => o === "deadlock").length} deadlock(s) and ${shown.length} outcomes in all`;
  console.log(`${c.name} (${c.options.model}): ${seconds.toFixed(1)} s, ${result.executions} executions, ${result.states} states, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
  console.log(`  ${result.complete ? "complete" : `incomplete (${result.stoppedBy})`}; found: ${found}; wanted: ${c.wanted}`);
}

function firstDeadlock(c: Case): void {
  for (let budget = 250; budget <= 256_000; budget *= 2) {
    const started = performance.now();
    const result = exploreProgram([{ name: "main.py", text: c.text }], { ...c.options, maxExecutions: budget });
    if (result.outcomes.some((o) => o.deadlock)) {
      console.log(`  first deadlock: found with a budget of ${budget} executions (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      return;
    }
  }
  console.log("  first deadlock: none within 256,000 executions");
}

for (const c of CASES) {
  measure(c);
  if (c.deadlockBudget) firstDeadlock(c);
}
