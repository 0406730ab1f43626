// What explored steps say they touch decides which of them the search may treat as commuting (sleep
// sets): a footprint that leaves something out loses outcomes. Library calls share the library's state.
import { describe, expect, test } from "vitest";
import type { Model } from "../../src/index.ts";
import { ProgramSystem } from "../../src/explore/program.ts";
import { search } from "../../src/explore/search.ts";
import { independent, type ChoiceOption, type Footprint } from "../../src/explore/system.ts";
import { LOCK_ORDER_INVERSION, racingIncrements } from "./programs.ts";

const SLOW = 300_000;

/** A producer putting into a queue while a consumer asks its size twice, after `prefix` stores of its own. */
function queueSizes(prefix: number): string {
  const stores = Array.from({ length: prefix }, (_, i) => `    x = ${i}\n`).join("");
  return `import threading
import queue

q = queue.Queue()
res = None
x = 0


def producer():
    global x
${stores}    q.put(1)


def consumer():
    global res
    first = q.qsize()
    second = q.qsize()
    res = (first, second)


a = threading.Thread(target=producer)
b = threading.Thread(target=consumer)
a.start()
b.start()
a.join()
b.join()
print(res)
`;
}

const HANDSHAKE = `import threading

ready = threading.Event()
done = threading.Condition()
items = []


def worker():
    ready.wait()
    with done:
        items.append(1)
        done.notify()


t = threading.Thread(target=worker)
t.start()
ready.set()
with done:
    print(len(items))
    done.wait_for(lambda: items)
print(items)
t.join()
`;

const SEMAPHORE = `import threading

slots = threading.BoundedSemaphore(1)
order = []


def use(name):
    with slots:
        order.append(name)


threads = [threading.Thread(target=use, args=(n,)) for n in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("".join(order))
`;

function outcomesOf(text: string, model: Model, sleepSets: boolean): string[] {
  const system = new ProgramSystem([{ name: "main.py", text }], { model });
  const result = search(system, { maxExecutions: 1_000_000, maxStates: 1_000_000, sleepSets, randomWalkEvery: 0 });
  expect(result.complete).toBe(true);
  return result.outcomes.map((o) => system.outcomeKey(o.outcome)).sort();
}

describe("sleep sets lose no outcome of real programs", () => {
  const programs: [string, string][] = [
    ["a queue's size asked twice while it is filled", queueSizes(1)],
    ["the same after more stores of the producer's own", queueSizes(3)],
    ["an event and a condition", HANDSHAKE],
    ["a semaphore", SEMAPHORE],
    ["racing increments", racingIncrements(2, 2)],
    ["lock-order inversion", LOCK_ORDER_INVERSION],
  ];
  for (const model of ["gil", "free-threaded"] as const) {
    for (const [name, text] of programs) {
      test(`${model}: ${name}`, () => {
        expect(outcomesOf(text, model, true)).toEqual(outcomesOf(text, model, false));
      }, SLOW);
    }
  }
});

describe("library steps", () => {
  /** Runs the program, always choosing `thread` when it can run, and returns each of its steps' footprints. */
  function footprintsOf(text: string, thread: string): (Footprint | null)[] {
    const execution = new ProgramSystem([{ name: "main.py", text }], { model: "free-threaded" }).begin();
    const footprints: (Footprint | null)[] = [];
    for (let point = execution.point(); point.kind === "choose"; point = execution.point()) {
      const option = (point.options.find((o) => o.thread === thread) ?? point.options[0]) as ChoiceOption;
      const footprint = execution.step(option);
      if (option.thread === thread) footprints.push(footprint);
    }
    return footprints;
  }

  test("a put and a size of one queue, each after reading only the queue's name, do not commute", () => {
    const put = footprintsOf(queueSizes(0), "1000:2").find((f) => f?.reads.includes("1000:main.py:q"));
    const size = footprintsOf(queueSizes(0), "1000:3").find((f) => f?.reads.includes("1000:main.py:q"));
    expect(put?.writes).toContain("1000:<library>");
    expect(size?.writes).toContain("1000:<library>");
    expect(independent(put ?? null, size ?? null)).toBe(false);
  });

  test("a step of program code alone names only the globals it touches", () => {
    const steps = footprintsOf(racingIncrements(2, 2), "1000:2");
    expect(steps).toContainEqual({ reads: ["1000:main.py:counter"], writes: [] });
    expect(steps).toContainEqual({ reads: [], writes: ["1000:main.py:counter"] });
  });
});
