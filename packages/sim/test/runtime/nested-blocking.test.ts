// Blocking inside a native callback (a generator consumed by list(), sorted(), a module imported):
// the machine runs the other threads from inside the call until this one may go on.
import { describe, expect, test } from "vitest";
import { runProgram, testRunOptions } from "../support/simulator.ts";

function run(source: string) {
  return runProgram([{ name: "main.py", text: source }], testRunOptions());
}

describe("blocking calls inside native callbacks", { timeout: 60_000 }, () => {
  test("list(executor.map(…)) waits for the pool's threads", () => {
    const source = `from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(5))))
`;
    const result = run(source);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("[0, 1, 4, 9, 16]\n");
  });

  test("a generator consumed by sorted() sleeps while other threads run", () => {
    const source = `import threading
import time

log = []


def ticker():
    for i in range(3):
        log.append(i)
        time.sleep(0.01)


def slow():
    for n in (3, 1, 2):
        time.sleep(0.015)
        yield n


t = threading.Thread(target=ticker)
t.start()
print(sorted(slow()), log)
t.join()
`;
    expect(run(source).stdout).toBe("[1, 2, 3] [0, 1, 2]\n");
  });

  test("a deadlock inside a callback ends the run as a deadlock", () => {
    const source = "import threading\nlock = threading.Lock()\nlock.acquire()\ndef gen():\n    lock.acquire()\n    yield 1\nprint(list(gen()))\n";
    const result = run(source);
    expect(result.deadlock).toBe(true);
    expect(result.threads).toEqual([expect.objectContaining({ state: "blocked", waitingOn: "lock" })]);
  });
});
