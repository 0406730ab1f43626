// Misconception models (RunOptions.misconception): simulations of wrong mental models, so a learner's
// wrong answer can be recognised. Each is compared with what CPython (the default model) does.
import { describe, expect, test } from "vitest";
import type { RunOptions } from "../../src/index.ts";
import { runProgram, testRunOptions } from "../support/simulator.ts";

function run(source: string, options: RunOptions = {}) {
  return runProgram([{ name: "main.py", text: source }], testRunOptions(options));
}

const CALL_RACE = `
import threading
counter = 0
def one():
    return 1
def bump():
    global counter
    for _ in range(200_000):
        counter = counter + one()
threads = [threading.Thread(target=bump) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
`;

const COUNTDOWN = `
import threading
def countdown(n):
    while n > 0:
        n -= 1
workers = [threading.Thread(target=countdown, args=(300_000,)) for _ in range(2)]
for w in workers: w.start()
for w in workers: w.join()
`;

describe("misconceptions", { timeout: 60_000 }, () => {
  test("atomic-statements: `counter = counter + one()` loses no update", () => {
    expect(Number(run(CALL_RACE).stdout)).toBeLessThan(800_000);
    expect(run(CALL_RACE, { misconception: "atomic-statements" }).stdout).toBe("800000\n");
  });

  test("threads-parallel: CPU-bound threads overlap as if there were no GIL", () => {
    const gil = run(COUNTDOWN).wallNs;
    const parallel = run(COUNTDOWN, { misconception: "threads-parallel" }).wallNs;
    expect(gil / parallel).toBeGreaterThan(1.7);
  });

  test("threads-sequential: each started thread finishes before the starter goes on", () => {
    const source = `
import threading, time
def work(name, pause):
    time.sleep(pause)
    print(name)
a = threading.Thread(target=work, args=("a", 0.2))
b = threading.Thread(target=work, args=("b", 0.1))
a.start()
print("started a")
b.start()
a.join()
b.join()
`;
    expect(run(source).stdout).toBe("started a\nb\na\n");
    expect(run(source, { misconception: "threads-sequential" }).stdout).toBe("a\nstarted a\nb\n");
  });

  test("fork-shares-memory: the child's changes reach the parent", () => {
    const source = "import os\nitems = [1]\npid = os.fork()\nif pid == 0:\n    items.append(2)\n    os._exit(0)\nos.waitpid(pid, 0)\nprint(items)\n";
    expect(run(source).stdout).toBe("[1]\n");
    expect(run(source, { misconception: "fork-shares-memory" }).stdout).toBe("[1, 2]\n");
  });

  test("never-buffered: a fork copies no pending output, even to a pipe", () => {
    const source = "import os\nprint('before')\nif os.fork() != 0:\n    os.wait()\n";
    expect(run(source, { stdout: "pipe" }).stdout).toBe("before\nbefore\n");
    expect(run(source, { stdout: "pipe", misconception: "never-buffered" }).stdout).toBe("before\n");
  });
});
