// Every program of the golden corpus and every conformance case that runs today, with the fast path
// off, forced on (translated at the first back edge) and lazy: the whole RunResult — stdout, stderr,
// exit code, wall time, instruction count, per-process and per-thread CPU times, the trace with its
// timestamps — must be identical. Determinism is a product principle: the fast path may only change
// how long a run takes in real time.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { runProgram, type RunOptions, type RunResult, type SourceFile } from "../../src/index.ts";
import { readProgramFile, readProgramFolder } from "../support/programs.ts";

const testsDir = fileURLToPath(new URL("..", import.meta.url));
const goldenDir = join(testsDir, "golden", "cases");
const conformanceDir = join(testsDir, "conformance", "cases");

interface Program {
  tag: string;
  files: SourceFile[];
  options: RunOptions;
}

/** No real-time budget: a loaded test machine must not end one run early and not the other. */
const BASE: RunOptions = { maxInstructions: 50_000_000, trace: true };

function goldenPrograms(): Program[] {
  return readdirSync(goldenDir)
    .filter((entry) => entry.endsWith(".expected.json"))
    .sort()
    .map((entry) => {
      const name = entry.slice(0, -".expected.json".length);
      const folder = join(goldenDir, name);
      const files = existsSync(folder) && statSync(folder).isDirectory() ? readProgramFolder(folder) : readProgramFile(goldenDir, `${name}.py`);
      const options = name.startsWith("budget_") ? { ...BASE, maxInstructions: 1_000_000 } : BASE;
      return { tag: `golden ${name}`, files, options };
    });
}

/** check.py's flags as RunOptions (a sample's --runs is dropped: one run per flag set is compared). */
function optionsFromFlags(flags: readonly string[]): RunOptions {
  const options: RunOptions = { ...BASE };
  for (let i = 0; i < flags.length; i += 2) {
    const [flag, value] = [flags[i], flags[i + 1] ?? ""];
    if (flag === "--model") options.model = value as RunOptions["model"];
    else if (flag === "--cores") options.cores = Number(value);
    else if (flag === "--stdout") options.stdout = value as RunOptions["stdout"];
    else if (flag === "--seed") options.seed = Number(value);
  }
  return options;
}

function conformancePrograms(): Program[] {
  const folders = readdirSync(conformanceDir).filter((entry) => statSync(join(conformanceDir, entry)).isDirectory()).sort();
  return folders.flatMap((name) => {
    const spec = JSON.parse(readFileSync(join(conformanceDir, name, "expect.json"), "utf8")) as { checks: { cmd: string; flags?: string[] }[] };
    const flagSets = new Set(spec.checks.filter((check) => check.cmd === "run" || check.cmd === "sample").map((check) => JSON.stringify(check.flags ?? [])));
    const files = readProgramFolder(join(conformanceDir, name));
    return [...flagSets].map((flags) => ({ tag: `conformance ${name} ${flags}`, files, options: optionsFromFlags(JSON.parse(flags) as string[]) }));
  });
}

/** The run's result, or what it threw (a SimulatorError for a construct outside the subset). */
function run(program: Program, fastPath: RunOptions["fastPath"]): RunResult | { thrown: string } {
  try {
    return runProgram(program.files, { ...program.options, fastPath });
  } catch (error) {
    return { thrown: String(error) };
  }
}

describe("the fast path changes no result", () => {
  const golden = goldenPrograms();
  const conformance = conformancePrograms();

  test("the corpora are there", () => {
    expect(golden.length).toBeGreaterThan(90);
    expect(conformance.length).toBeGreaterThan(20);
  });

  test.each(golden)("$tag", (program) => {
    expect(run(program, "eager")).toEqual(run(program, "off"));
  }, 120_000);

  test.each(conformance)("$tag", (program) => {
    const interpreted = run(program, "off");
    expect(run(program, "eager")).toEqual(interpreted);
    expect(run(program, "lazy")).toEqual(interpreted);
  }, 300_000);
});

describe("an instruction budget ends the run at the same instruction", () => {
  const threads = `import threading


def countdown(n):
    while n > 0:
        n -= 1


workers = [threading.Thread(target=countdown, args=(20_000,)) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("done")
`;
  const files = [{ name: "main.py", text: threads }];
  // Budgets landing at every offset inside an iteration, early (thread start-up) and late (mid-loop).
  const budgets = [...Array.from({ length: 9 }, (_, i) => 60_000 + i), ...Array.from({ length: 9 }, (_, i) => 400_003 + 97 * i)];

  test.each(budgets)("budget %i", (maxInstructions) => {
    const program: Program = { tag: "threads", files, options: { ...BASE, maxInstructions } };
    const interpreted = run(program, "off");
    expect(interpreted).toMatchObject({ timedOut: true, instructions: maxInstructions });
    expect(run(program, "eager")).toEqual(interpreted);
    expect(run(program, "lazy")).toEqual(interpreted);
  });
});
