// The machine under each interpreter model: GIL hand-overs at eval breakers, parallel threads when
// free-threaded, deadlocks with what each thread waits on, budgets, the trace, and sample.
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { libraryFilename } from "../../src/bytecode/code.ts";
import { compileModule, librarySource } from "../../src/runtime/process.ts";
import { hasPython311, PYTHON } from "../support/python.ts";
import type { RunOptions } from "../../src/index.ts";
import { runProgram, sampleProgram, testRunOptions } from "../support/simulator.ts";

function run(source: string, options: RunOptions = {}) {
  return runProgram([{ name: "main.py", text: source }], testRunOptions(options));
}

const AUGASSIGN = `
import threading
counter = 0
def bump():
    global counter
    for _ in range(200_000):
        counter += 1
threads = [threading.Thread(target=bump) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
`;

const CALL_RACE = AUGASSIGN.replace("counter += 1", "counter = counter + one()").replace("def bump():", "def one():\n    return 1\ndef bump():");

const COUNTDOWN = `
import threading
def countdown(n):
    while n > 0:
        n -= 1
workers = [threading.Thread(target=countdown, args=(500_000,)) for _ in range(N)]
for w in workers: w.start()
for w in workers: w.join()
`;

describe("models", { timeout: 60_000 }, () => {
  test("gil: `counter += 1` in a plain loop loses no update (the holder lets go only at back-edges)", () => {
    expect(run(AUGASSIGN).stdout).toBe("800000\n");
  });

  test("gil: `counter = counter + one()` loses updates (one()'s RESUME is an eval breaker)", () => {
    const counter = Number(run(CALL_RACE).stdout);
    expect(counter).toBeGreaterThan(0);
    expect(counter).toBeLessThan(800_000);
  });

  test("gil-legacy: `counter += 1` loses updates (a switch can fall between any two instructions)", () => {
    expect(Number(run(AUGASSIGN, { model: "gil-legacy" }).stdout)).toBeLessThan(800_000);
  });

  test("free-threaded: `counter += 1` loses updates and CPU-bound threads run in parallel", () => {
    expect(Number(run(AUGASSIGN, { model: "free-threaded" }).stdout)).toBeLessThan(800_000);
    const one = run(COUNTDOWN.replace("N)]", "1)]"), { model: "free-threaded" }).wallNs;
    const four = run(COUNTDOWN.replace("N)]", "4)]"), { model: "free-threaded" }).wallNs;
    expect(four / one).toBeLessThan(1.3);
  });

  test("gil: four CPU-bound threads take four times as long as one", () => {
    const one = run(COUNTDOWN.replace("N)]", "1)]")).wallNs;
    const four = run(COUNTDOWN.replace("N)]", "4)]")).wallNs;
    expect(four / one).toBeGreaterThan(3.6);
    expect(four / one).toBeLessThan(4.4);
  });

  test("a thread's CPU time and the process's are reported", () => {
    const result = run(COUNTDOWN.replace("N)]", "2)]"));
    const workers = result.threads.filter((t) => t.tid > 1);
    expect(workers.map((t) => t.name)).toEqual(["Thread-1 (countdown)", "Thread-2 (countdown)"]);
    expect(workers.every((t) => t.state === "terminated" && t.cpuNs > 0)).toBe(true);
    expect(result.processes[0]?.cpuNs).toBeGreaterThanOrEqual(workers[0]!.cpuNs + workers[1]!.cpuNs);
  });
});

describe("deadlock and budgets", { timeout: 60_000 }, () => {
  test("every thread blocked with no timer pending is a deadlock, with what each waits on", () => {
    const result = run("import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()\nprint('never')\n");
    expect(result.deadlock).toBe(true);
    expect(result.stdout).toBe("");
    expect(result.threads).toEqual([expect.objectContaining({ name: "MainThread", state: "blocked", waitingOn: "lock" })]);
  });

  test("a parent waiting for a child that waits for ever deadlocks too", () => {
    const result = run("import os\nr, w = os.pipe()\npid = os.fork()\nif pid == 0:\n    os.read(r, 1)\nos.waitpid(pid, 0)\n");
    expect(result.deadlock).toBe(true);
    expect(result.threads.map((t) => t.waitingOn)).toEqual(["waitpid 1001", "read fd 3"]);
  });

  test("the instruction budget ends a runaway program with a reason", () => {
    const result = run("while True:\n    pass\n", { maxInstructions: 100_000 });
    expect(result.timedOut).toBe(true);
    expect(result.timeoutReason).toMatch(/^instruction budget of 100000 exhausted at main.py:[12]$/);
  });

  test("a small instruction budget leaves imports and callbacks what the program has left", () => {
    const text = "import threading\n\nt = threading.Thread(target=print, args=(sorted([3, 1, 2], key=lambda v: -v),))\nt.start()\nt.join()\n";
    const result = run(text, { maxInstructions: 100_000 });
    expect(result.timedOut).toBe(false);
    expect(result.stdout).toBe("[3, 2, 1]\n");
  });

  test("the instruction budget ends a run inside an atexit callback too", () => {
    const result = run("import atexit\n\n\ndef spin():\n    while True:\n        pass\n\n\natexit.register(spin)\nprint('registered')\n", { maxInstructions: 100_000 });
    expect(result.stdout).toBe("registered\n");
    expect(result.timedOut).toBe(true);
    expect(result.timeoutReason).toMatch(/^instruction budget of 100000 exhausted at /);
  });

  test("the real-time budget ends a run through the injected clock", () => {
    let calls = 0;
    const result = run("while True:\n    pass\n", { maxInstructions: 1e12, maxRealMs: 5, now: () => (calls++ < 2 ? 0 : 10) });
    expect(result.timedOut).toBe(true);
    expect(result.timeoutReason).toBe("real-time budget of 5 ms exhausted");
  });
});

describe("processes", { timeout: 60_000 }, () => {
  test("pids from 1000 in creation order, ppid, exit codes", () => {
    const result = run("import os\npid = os.fork()\nif pid == 0:\n    os._exit(3)\n_, status = os.waitpid(pid, 0)\nprint(os.waitstatus_to_exitcode(status))\n");
    expect(result.stdout).toBe("3\n");
    expect(result.processes.map((p) => [p.pid, p.ppid, p.exitCode])).toEqual([[1000, 0, 0], [1001, 1000, 3]]);
  });

  test("pipe mode: output sits in the buffer until exit, so a fork copies it", () => {
    const source = "import os\nprint('once')\nif os.fork() == 0:\n    pass\nelse:\n    os.wait()\n";
    expect(run(source).stdout).toBe("once\n");
    expect(run(source, { stdout: "pipe" }).stdout).toBe("once\nonce\n");
  });

  test("a child's copy of the heap still holds the code's own constants: `is` with them stays true", () => {
    const expected = "child True True\nparent True\n";
    expect(run(FORK_KEEPS_CONSTANTS).stdout).toBe(expected);
    if (hasPython311) expect(spawnSync(PYTHON, ["-c", FORK_KEEPS_CONSTANTS], { encoding: "utf8" }).stdout).toBe(expected);
  });
});

const FORK_KEEPS_CONSTANTS = `import os


def constant():
    return (1, 2.5, b"x")


kept = constant()
pid = os.fork()
if pid == 0:
    print("child", kept is constant(), kept[1] is constant()[1], flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print("parent", kept is constant())
`;

describe("compiled code", () => {
  test("the library is compiled once for every machine; a program file named like it is compiled as itself", () => {
    const threading = librarySource("threading") as string;
    const first = compileModule(threading, libraryFilename("threading"), new Map());
    expect(compileModule(threading, libraryFilename("threading"), undefined)).toBe(first);
    const impostor = compileModule("x = 1\n", libraryFilename("threading"), undefined);
    expect(impostor).not.toBe(first);
    expect(impostor.names).toEqual(["x"]);
  });
});

describe("unbuffered stdout", { timeout: 60_000 }, () => {
  test("print's text and end are two write system calls, the thread blocked between them", () => {
    const source = "print('a', 'b', sep='-', end='!\\n')\nprint('c')\n";
    const result = run(source, { stdout: "unbuffered", trace: true });
    expect(result.stdout).toBe("a-b!\nc\n");
    const writes = result.trace?.filter((e) => e.kind === "state" && e.state === "blocked" && e.waitingOn === "write to stdout");
    expect(writes).toHaveLength(2);
    expect(run(source, { trace: true }).trace?.some((e) => e.kind === "state" && e.state === "blocked")).toBe(false);
  });
});

describe("trace and sample", { timeout: 60_000 }, () => {
  test("the trace records thread states with cores, GIL hand-overs, forks, exits and writes", () => {
    const result = run("import os, threading\nt = threading.Thread(target=print, args=('hi',))\nt.start()\nt.join()\nif os.fork() == 0:\n    os._exit(0)\nos.wait()\n", { trace: true });
    const kinds = new Set(result.trace?.map((event) => event.kind));
    for (const kind of ["state", "gil", "fork", "exit", "write", "lock"]) expect(kinds.has(kind as never)).toBe(true);
    expect(result.trace?.find((e) => e.kind === "state" && e.state === "running")).toMatchObject({ core: expect.any(Number) });
    const times = result.trace?.map((event) => event.ns) ?? [];
    expect(times.every((ns) => Number.isFinite(ns) && ns >= 0)).toBe(true);
  });

  test("sample runs seeds 1..K and groups outcomes with their wall-time spread", () => {
    const result = sampleProgram([{ name: "main.py", text: CALL_RACE }], { ...testRunOptions(), runs: 3 });
    expect(result.runs).toBe(3);
    expect(result.outcomes.reduce((sum, o) => sum + o.runs, 0)).toBe(3);
    for (const outcome of result.outcomes) {
      expect(outcome.wallNs.min).toBeLessThanOrEqual(outcome.wallNs.median);
      expect(outcome.wallNs.median).toBeLessThanOrEqual(outcome.wallNs.max);
    }
  });

  test("a run is reproducible from its seed", () => {
    const a = run(CALL_RACE, { seed: 7 });
    const b = run(CALL_RACE, { seed: 7 });
    expect([a.stdout, a.wallNs]).toEqual([b.stdout, b.wallNs]);
  });
});
