// The sealed library: copies of an explored machine share it, each keeps its own values of the
// boundary objects, and sealing changes nothing a search finds; a program that writes to its library
// after all is explored again unsealed.
import { describe, expect, test } from "vitest";
import { exploreProgram } from "../../src/index.ts";
import { ProgramSystem, type ProgramExecution } from "../../src/explore/program.ts";
import { search } from "../../src/explore/search.ts";
import { SealBroken, sealedNumber } from "../../src/explore/seal.ts";
import type { PyType } from "../../src/vm/values.ts";
import { forkedChildrenFillingArray, LOCK_ORDER_INVERSION, racingIncrements } from "./programs.ts";

const SLOW = 120_000;

const QUEUE_PIPELINE = `import queue
import threading

q = queue.Queue()


def produce():
    for i in range(2):
        q.put(i)
    q.put(None)


def consume():
    while (item := q.get()) is not None:
        print("got", item)


threads = [threading.Thread(target=produce), threading.Thread(target=consume)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
`;

/** A forked child and its parent both print: the child's library is a template made at its first fork. */
const FORK_BOTH_PRINT = `import os
import threading

done = threading.Event()
threading.Thread(target=done.set).start()
pid = os.fork()
if pid == 0:
    print("child")
    os._exit(0)
print("parent")
os.waitpid(pid, 0)
done.wait()
`;

/** A child forks a grandchild: the grandchild's template is mapped from the child's; threads run in both. */
const FORK_TREE_WITH_THREADS = `import os
import threading

done = threading.Event()
threading.Thread(target=done.set).start()
if os.fork() == 0:
    threading.Thread(target=print, args=("child thread",)).start()
    if os.fork() == 0:
        print("grandchild", threading.active_count())
        os._exit(0)
    os.wait()
    print("child")
    os._exit(0)
os.wait()
done.wait()
print("parent")
`;

/** A child reads shared memory, then ends: what it saw stays in its heap, which no longer matters. */
const CHILD_SAW_SHARED_VALUE = `import multiprocessing


def work(value, log):
    seen = value.value
    value.value = seen + 10
    log.append(seen)


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    value = ctx.Value("i", 0, lock=False)
    child = ctx.Process(target=work, args=(value, []))
    child.start()
    value.value += 1
    child.join()
    print(value.value)
`;

/** The library numbers executors as they are made: after sealing here. */
const EXECUTOR_AFTER_THREAD = `import threading
from concurrent.futures import ThreadPoolExecutor

counter = 0


def work():
    global counter
    counter += 1


t = threading.Thread(target=work)
t.start()
counter += 1
with ThreadPoolExecutor(max_workers=1) as executor:
    print(executor.submit(pow, 2, 3).result())
t.join()
print(counter)
`;

function system(text: string, seal: boolean): ProgramSystem {
  return new ProgramSystem([{ name: "main.py", text }], { model: "free-threaded" }, seal);
}

/** An execution standing at its first choice, its library sealed by a first copy. */
function sealedAtFirstChoice(text: string): { sys: ProgramSystem; exec: ProgramExecution } {
  const sys = system(text, true);
  const exec = sys.begin();
  expect(exec.point().kind).toBe("choose");
  exec.fork();
  expect(sys.sealed).toBe(true);
  return { sys, exec };
}

describe("sealed library", () => {
  test.each([
    ["racing increments", racingIncrements(2, 2)],
    ["lock-order inversion", LOCK_ORDER_INVERSION],
    ["a queue between two threads", QUEUE_PIPELINE],
    ["a forked child beside its parent", FORK_BOTH_PRINT],
    ["a child forking a grandchild, with threads in each", FORK_TREE_WITH_THREADS],
    ["multiprocessing children writing a shared array", forkedChildrenFillingArray(2)],
    ["an executor made after a thread started", EXECUTOR_AFTER_THREAD],
  ])("%s: the same outcomes, executions and states as unsealed", (_name, text) => {
    const unlimited = { maxExecutions: 1e9, maxStates: 1e9 };
    const sealedSystem = system(text, true);
    const sealed = search(sealedSystem, unlimited);
    const unsealed = search(system(text, false), unlimited);
    expect(sealedSystem.sealed).toBe(true);
    expect(sealed.complete).toBe(true);
    expect({ ...sealed, outcomes: sealed.outcomes.map((o) => o.outcome.stdout).sort() }).toEqual({
      ...unsealed,
      outcomes: unsealed.outcomes.map((o) => o.outcome.stdout).sort(),
    });
  }, SLOW);

  test("a copy runs on its own values of the shared boundary objects: the original's state is untouched", () => {
    const { exec } = sealedAtFirstChoice(QUEUE_PIPELINE);
    const before = exec.fingerprint();
    const copy = exec.fork() as ProgramExecution;
    for (let point = copy.point(); point.kind === "choose"; point = copy.point()) copy.step(point.options[0]!);
    const fresh = exec.fork() as ProgramExecution;
    expect(fresh.fingerprint()).toBe(before);
    (fresh as unknown as { machineFingerprint: string | null }).machineFingerprint = null;
    expect(fresh.fingerprint()).toBe(before);
  });

  test("a forked child runs on a frozen copy of the library, the same one whenever its pid is forked", () => {
    const { exec } = sealedAtFirstChoice(FORK_BOTH_PRINT);
    const childThreading = (execution: ProgramExecution): object | undefined => {
      for (let point = execution.point(); point.kind === "choose"; point = execution.point()) {
        const child = execution.machine?.processes.find((p) => p.pid === 1001);
        if (child) return child.vm.loader.modules.get("threading");
        execution.step(point.options[0]!);
      }
      return undefined;
    };
    const first = childThreading(exec.fork() as ProgramExecution);
    const again = childThreading(exec.fork() as ProgramExecution);
    const parents = exec.machine?.processes[0]?.vm.loader.modules.get("threading");
    expect(first).toBeDefined();
    expect(again).toBe(first);
    expect(first).not.toBe(parents);
    expect(sealedNumber(first as object)).toBeGreaterThanOrEqual(0);
    expect(Object.isFrozen(first)).toBe(true);
  });

  test("the heaps of processes that ended are left out of states: the same outcomes as without state caching", () => {
    const unlimited = { maxExecutions: 1e6, maxStates: 1e6 };
    const outcomes = (stateCaching: boolean): string[] =>
      search(system(CHILD_SAW_SHARED_VALUE, true), { ...unlimited, stateCaching })
        .outcomes.map((o) => o.outcome.stdout)
        .sort();
    expect(outcomes(true)).toEqual(["10\n", "11\n", "1\n"].sort());
    expect(outcomes(false)).toEqual(outcomes(true));
  }, SLOW);

  test("the frozen library cannot be written", () => {
    const { exec } = sealedAtFirstChoice(racingIncrements(2, 1));
    const threading = exec.machine?.processes[0]?.vm.loader.modules.get("threading");
    const thread = threading?.dict.get("Thread") as PyType;
    expect(() => thread.dict.set("extra", 1)).toThrow(SealBroken);
    expect(() => (thread.name = "x")).toThrow(TypeError);
  });

  test("a program that writes to a library class is explored again unsealed, with every outcome", () => {
    const text = `import threading

counter = 0


def bump():
    global counter
    counter += 1
    threading.Thread.bumped = True


t = threading.Thread(target=bump)
t.start()
counter += 1
t.join()
print(counter, threading.Thread.bumped)
`;
    const result = exploreProgram([{ name: "main.py", text }], { model: "free-threaded" });
    expect(result.complete).toBe(true);
    expect(result.outcomes.map((o) => o.stdout).sort()).toEqual(["1 True\n", "2 True\n"]);
  }, SLOW);
});
