// Programs misusing the threading, process and pipe APIs get CPython 3.11's exception and message
// (the last line of the traceback; each expectation was printed by python3 3.11).
import { describe, expect, test } from "vitest";
import { runProgram, testRunOptions } from "../support/simulator.ts";
import { Machine } from "../../src/vm/machine.ts";
import { compileSource } from "../../src/compiler/pipeline.ts";

function lastLine(text: string): string {
  return text.trimEnd().split("\n").pop() ?? "";
}

function run(source: string) {
  return runProgram([{ name: "main.py", text: source }], testRunOptions());
}

const CASES: [string, string, string][] = [
  ["join before start", "import threading\nt = threading.Thread(target=print)\nt.join()\n", "RuntimeError: cannot join thread before it is started"],
  ["start twice", "import threading\nt = threading.Thread(target=print)\nt.start()\nt.join()\nt.start()\n", "RuntimeError: threads can only be started once"],
  ["release of an unlocked lock", "import threading\nthreading.Lock().release()\n", "RuntimeError: release unlocked lock"],
  ["release of an RLock not owned", "import threading\nthreading.RLock().release()\n", "RuntimeError: cannot release un-acquired lock"],
  ["waitpid of a non-child", "import os\nos.waitpid(12345, 0)\n", "ChildProcessError: [Errno 10] No child processes"],
  ["read on a closed fd", "import os\nr, w = os.pipe()\nos.close(r)\nos.read(r, 1)\n", "OSError: [Errno 9] Bad file descriptor"],
  ["Queue.get with a timeout", "import queue\nq = queue.Queue()\nq.get(timeout=0.01)\n", "_queue.Empty"],
  ["a broken Barrier", "import threading\nb = threading.Barrier(2, timeout=0.01)\nb.wait()\n", "threading.BrokenBarrierError"],
  ["start_new_thread of a non-callable", "import _thread\n_thread.start_new_thread(1, ())\n", "TypeError: first arg must be callable"],
  ["a negative sleep", "import time\ntime.sleep(-1)\n", "ValueError: sleep length must be non-negative"],
  [
    "a lambda passed to a spawned process",
    'import multiprocessing\nif __name__ == "__main__":\n    p = multiprocessing.get_context("spawn").Process(target=lambda: None)\n    p.start()\n',
    "_pickle.PicklingError: Can't pickle <function <lambda> at 0x7f0000000040>: attribute lookup <lambda> on __main__ failed",
  ],
  ["a non-blocking acquire with a timeout", "import threading\nthreading.Lock().acquire(False, 1)\n", "ValueError: can't specify a timeout for a non-blocking call"],
];

describe("API misuse", { timeout: 60_000 }, () => {
  test.each(CASES)("%s", (_name, source, message) => {
    const result = run(source);
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(lastLine(result.stderr)).toBe(message);
  });
});

describe("modules outside the simulator", () => {
  test.each([
    ["a standard module the simulator leaves out", "x = 1\nimport subprocess\n", "module 'subprocess' is not supported"],
    ["a part of a machine module the simulator leaves out", "x = 1\nimport os.path\n", "module 'os.path' is not supported"],
  ])("%s: an error naming the module and where", (_name, source, message) => {
    expect(() => run(source)).toThrow(expect.objectContaining({ message, file: "main.py", line: 2 }));
  });

  test("a bare VM (no machine) names the machine's modules it cannot import", () => {
    for (const name of ["threading", "math", "random", "collections"]) {
      const vm = new Machine({ files: new Map(), maxInstructions: 100_000, argv: ["main.py"] });
      expect(() => vm.runModuleCode(compileSource(`import ${name}\n`, "main.py"), new Map())).toThrow(`module '${name}' needs a machine (runProgram), not a bare VM`);
    }
  });

  test("a module CPython does not have either: CPython's ModuleNotFoundError", () => {
    expect(lastLine(run("import nosuch\n").stderr)).toBe("ModuleNotFoundError: No module named 'nosuch'");
  });
});
