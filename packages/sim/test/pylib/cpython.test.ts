// The Python library (src/pylib) on a real CPython 3.11: harness.py runs a program with the pylib
// modules in place of the standard library's (the natives of NATIVES.md being CPython's own), and
// the output must equal what the real standard library prints for the same program.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { hasPython311, PYTHON } from "../support/python.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const pylib = resolve(here, "../../src/pylib");
const harness = join(here, "harness.py");
const ownCases = join(here, "cases");
const conformanceCases = resolve(here, "../conformance/cases");

/** Conformance programs whose CPython output does not depend on timing, and that end. */
const CONFORMANCE = [
  "cpu_processes_2",
  "cpu_threads_2",
  "fork_held_lock",
  "lock_fixes_race",
  "process_pool_map",
  "race_augassign",
  "shared_then_sleep",
  "start_twice",
  "thread_local",
  "thread_states",
  "threadpool_map",
];

interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

const TIMEOUT_MS = 60_000;

function run(folder: string, args: string[]): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(PYTHON, ["-B", "-E", "-s", "-S", ...args], { cwd: folder, timeout: TIMEOUT_MS });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", fail);
    child.on("close", (exitCode) => done({ stdout, stderr: normalise(stderr, folder), exitCode }));
  });
}

/**
 * Tracebacks keep only the program's own frames: library frames name files and lines that differ
 * between the real standard library and the pylib (and the harness adds its own). Addresses vary.
 */
export function normalise(stderr: string, folder: string): string {
  const kept: string[] = [];
  let droppingFrame = false;
  for (const line of stderr.split("\n")) {
    const frame = /^ {2}File "([^"]*)"/.exec(line);
    if (frame !== null) droppingFrame = !isProgramFile(frame[1]!, folder);
    else if (!line.startsWith("    ")) droppingFrame = false;
    if (!droppingFrame) kept.push(line.replace(folder + "/", ""));
  }
  return kept.join("\n").replace(/0x[0-9a-f]+/g, "0x…").replace(SAFE_IMPORTING_HINT, "");
}

/**
 * A hint CPython 3.11.4 added to multiprocessing's "bootstrapping phase" error (the pylib has it; an
 * older 3.11 such as Debian's 3.11.2 does not): left out on both sides so any 3.11 compares.
 */
const SAFE_IMPORTING_HINT = /\n *To fix this issue, refer to the "Safe importing of main module"\n *section in https:\/\/docs\.python\.org\/3\/library\/multiprocessing\.html\n *\n/;

/** The program's own files: relative names (the harness's), or directly in its folder (python3's). */
function isProgramFile(file: string, folder: string): boolean {
  const name = file.startsWith(folder + "/") ? file.slice(folder.length + 1) : file;
  return name.endsWith(".py") && !name.includes("/");
}

async function compare(folder: string): Promise<void> {
  const expected = await run(folder, ["main.py"]);
  const actual = await run(folder, [harness, pylib, "main.py"]);
  expect(actual).toEqual(expected);
}

describe.skipIf(!hasPython311)("pylib on CPython = the standard library", () => {
  // One at a time: some print elapsed times, which other busy processes would stretch.
  describe("conformance programs", () => {
    test.each(CONFORMANCE)("%s", (name) => compare(join(conformanceCases, name)), TIMEOUT_MS);
  });
  describe("library cases", () => {
    const names = readdirSync(ownCases).sort();
    test.concurrent.each(names)("%s", (name) => compare(join(ownCases, name)), TIMEOUT_MS);
  });
});

describe("stderr normalisation", () => {
  test("drops library frames, keeps the program's, hides addresses", () => {
    const stderr = [
      "Traceback (most recent call last):",
      '  File "/p/main.py", line 3, in <module>',
      "    t.start()",
      '  File "/usr/lib/python3.11/threading.py", line 935, in start',
      "    raise RuntimeError(x)",
      '  File "<frozen runpy>", line 291, in run_path',
      "    ^^^^^^^^^^^^^^^^^^^^^",
      "RuntimeError: <function f at 0x7f00aa>",
    ].join("\n");
    expect(normalise(stderr, "/p")).toBe(
      [
        "Traceback (most recent call last):",
        '  File "main.py", line 3, in <module>',
        "    t.start()",
        "RuntimeError: <function f at 0x…>",
      ].join("\n"),
    );
  });
});
