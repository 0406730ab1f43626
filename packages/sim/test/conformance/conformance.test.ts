// The shared conformance cases (what CPython 3.11 did), judged as check.py judges them but in-process.
// Every run and sample check and every ratio runs; checks of a command that does not exist yet
// (explore) are counted against PENDING_COMMANDS with the milestone that brings it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { exploreProgram, type RunOptions } from "../../src/index.ts";
import { readProgramFolder } from "../support/programs.ts";
import { runProgram, sampleProgram, testRunOptions } from "../support/simulator.ts";
import { judge, type CaseSpec, type Check, type Json } from "./judge.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const casesDir = join(here, "cases");
/** The shared originals: ../shared/conformance from the repo root (absent in a plain clone). */
const sharedDir = resolve(here, "../../../../../shared/conformance");

/**
 * Explore checks that do not pass yet ("case [index]" as in expect.json), with why; every other check
 * runs — each `run`, `sample` and `explore` check of every case, and every ratio. A check is listed,
 * never silently skipped. None is listed now.
 */
const EXPLORE_PENDING: Record<string, string> = {};
/**
 * Explore's budget per check: deterministic (distinct states), so a check passes or fails the same
 * way on a loaded machine; every check completes well within it.
 */
const EXPLORE_MAX_STATES = 200_000;
/** Vitest's limit for one explore check: far above what any needs, only a guard against a hang. */
const EXPLORE_TEST_TIMEOUT_MS = 900_000;

const caseFolders = readdirSync(casesDir)
  .filter((entry) => statSync(join(casesDir, entry)).isDirectory())
  .sort();

function readSpec(name: string): CaseSpec {
  return JSON.parse(readFileSync(join(casesDir, name, "expect.json"), "utf8")) as CaseSpec;
}

/** check.py's flags (added to the defaults --model gil --cores 4 --stdout terminal) as RunOptions. */
function runOptionsFromFlags(flags: readonly string[]): RunOptions {
  const options: RunOptions = {};
  for (let i = 0; i < flags.length; i += 2) {
    const [flag, value] = [flags[i], flags[i + 1] ?? ""];
    if (flag === "--model") options.model = value as RunOptions["model"];
    else if (flag === "--cores") options.cores = Number(value);
    else if (flag === "--stdout") options.stdout = value as RunOptions["stdout"];
    else if (flag === "--seed") options.seed = Number(value);
    else throw new Error(`conformance flag ${flag} is not mapped to RunOptions`);
  }
  return options;
}

/** What `interleave <cmd> … --json` would print, as parsed JSON. */
function commandResult(name: string, check: Check): Json {
  const files = readProgramFolder(join(casesDir, name));
  const flags = [...(check.flags ?? [])];
  if (check.cmd === "sample") {
    const at = flags.indexOf("--runs");
    const runs = Number(flags[at + 1]);
    flags.splice(at, 2);
    const result = sampleProgram(files, { ...testRunOptions(runOptionsFromFlags(flags)), runs });
    return JSON.parse(JSON.stringify(result)) as Json;
  }
  if (check.cmd === "explore") {
    const at = flags.indexOf("--max-executions");
    const maxExecutions = at >= 0 ? Number(flags.splice(at, 2)[1]) : undefined;
    // No real-time budget: the host clock is left out, so only deterministic budgets can cut the search.
    const { now: _clock, maxRealMs: _realTime, ...runOptions } = testRunOptions(runOptionsFromFlags(flags));
    const options = { ...runOptions, maxStates: EXPLORE_MAX_STATES, ...(maxExecutions ? { maxExecutions } : {}) };
    return JSON.parse(JSON.stringify(exploreProgram(files, options))) as Json;
  }
  if (check.cmd !== "run") throw new Error(`${check.cmd} is not available in-process yet`);
  const result = runProgram(files, testRunOptions(runOptionsFromFlags(flags)));
  return JSON.parse(JSON.stringify(result)) as Json;
}

interface Ratio {
  a: { case: string; flags?: string[] };
  b: { case: string; flags?: string[] };
  between: [number, number];
  why: string;
}

function wallNs(side: Ratio["a"]): number {
  const files = readProgramFolder(join(casesDir, side.case));
  return runProgram(files, testRunOptions(runOptionsFromFlags(side.flags ?? []))).wallNs;
}

const ratios = (JSON.parse(readFileSync(join(casesDir, "ratios.json"), "utf8")) as { ratios: Ratio[] }).ratios;

const runnable = caseFolders.flatMap((name) =>
  readSpec(name).checks.map((check, index) => ({ name, check, id: `${name} [${index}]`, tag: `${name} [${index}] ${[check.cmd, ...(check.flags ?? [])].join(" ")}` })),
);
const runNow = runnable.filter(({ id }) => !(id in EXPLORE_PENDING));

describe("bookkeeping", () => {
  test("every check runs now, or is a listed explore check with the reason it waits", () => {
    const pending = runnable.filter(({ id }) => id in EXPLORE_PENDING);
    expect(pending.every(({ check }) => check.cmd === "explore")).toBe(true);
    expect(pending.map(({ id }) => id).sort()).toEqual(Object.keys(EXPLORE_PENDING).sort());
    expect(runNow.length + pending.length).toBe(runnable.length);
  });

  test("ratios.json names known cases", () => {
    const named = ratios.flatMap((ratio) => [ratio.a.case, ratio.b.case]);
    expect(named.filter((name) => !caseFolders.includes(name))).toEqual([]);
  });

  test.skipIf(!existsSync(sharedDir))("the copy in cases/ equals ../shared/conformance", () => {
    const original = listFiles(sharedDir);
    expect(listFiles(casesDir)).toEqual(original);
    const differing = original.filter(
      (file) => !readFileSync(join(sharedDir, file)).equals(readFileSync(join(casesDir, file))),
    );
    expect(differing).toEqual([]);
  });
});

describe("run, sample and explore checks", () => {
  test.each(runNow.filter(({ check }) => check.cmd !== "explore"))("$tag", ({ name, check }) => {
    expect(judge(check.cmd, commandResult(name, check), check.expect)).toEqual([]);
  }, 120_000);

  test.each(runNow.filter(({ check }) => check.cmd === "explore"))("$tag", ({ name, check }) => {
    expect(judge(check.cmd, commandResult(name, check), check.expect)).toEqual([]);
  }, EXPLORE_TEST_TIMEOUT_MS);
});

describe("ratios of simulated wall time", () => {
  test.each(ratios.map((ratio) => ({ ratio, tag: `${ratio.a.case} ${(ratio.a.flags ?? []).join(" ")} / ${ratio.b.case} ${(ratio.b.flags ?? []).join(" ")}` })))(
    "$tag",
    ({ ratio }) => {
      const value = wallNs(ratio.a) / wallNs(ratio.b);
      expect(value, ratio.why).toBeGreaterThanOrEqual(ratio.between[0]);
      expect(value, ratio.why).toBeLessThanOrEqual(ratio.between[1]);
    },
    120_000,
  );
});

function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files.sort();
}
