// The explorer branches by copying the machine: a thread blocked in any wait (a lock, an RLock, a pipe
// read, select, waitpid, a multiprocessing lock) must come along in the copy, its wait acting on the
// copied objects. Without that the explorer replays from an earlier copy instead: slower, the same result.
import { describe, expect, test } from "vitest";
import type { Model } from "../../src/index.ts";
import { ProgramSystem, type ProgramExecution, type ProgramOutcome } from "../../src/explore/program.ts";
import { search, type SearchResult } from "../../src/explore/search.ts";
import type { ExplorableSystem } from "../../src/explore/system.ts";

const SLOW = 300_000;

const RLOCK_CONTENTION = `import threading

guard = threading.RLock()
order = []


def enter(name):
    with guard:
        with guard:
            order.append(name)


threads = [threading.Thread(target=enter, args=(n,)) for n in "ab"]
for t in threads:
    t.start()
with guard:
    order.append("main")
for t in threads:
    t.join()
print(order)
`;

const PIPE_AND_WAITPID = `import os
import threading


def chatter():
    print("a")
    print("b")


r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    print("child")
    os.write(w, b"hi")
    os._exit(3)
os.close(w)
t = threading.Thread(target=chatter)
t.start()
print(os.read(r, 2))
print(os.waitpid(pid, 0)[1] >> 8)
t.join()
`;

const CONNECTION_AND_LOCK = `import multiprocessing
import threading


def work(conn, lock):
    with lock:
        print("child")
    conn.send("done")


def chatter():
    print("a")


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    parent_end, child_end = ctx.Pipe()
    lock = ctx.Lock()
    with lock:
        child = ctx.Process(target=work, args=(child_end, lock))
        child.start()
        t = threading.Thread(target=chatter)
        t.start()
        print("main")
    print(parent_end.poll(5))
    print(parent_end.recv())
    t.join()
    child.join()
`;

/** `system`, each execution it begins passed through `wrap`. */
function withExecutions(system: ProgramSystem, wrap: (execution: ProgramExecution) => ProgramExecution): ExplorableSystem<ProgramOutcome> {
  return { begin: () => wrap(system.begin()), outcomeKey: (outcome) => system.outcomeKey(outcome) };
}

/**
 * Explored with copies (counting the choices where none could be made), or replaying only. Replays
 * begin new machines, never copies of a sealed one: that search runs unsealed throughout (sealing
 * changes nothing a search finds, seal.test.ts).
 */
function explored(text: string, model: Model, copies: boolean): { result: SearchResult<string>; uncopied: number } {
  const system = new ProgramSystem([{ name: "main.py", text }], { model }, copies);
  let uncopied = 0;
  const counted = (execution: ProgramExecution): ProgramExecution => {
    const fork = execution.fork.bind(execution);
    execution.fork = () => {
      const copy = fork();
      if (copy === null && execution.point().kind === "choose") uncopied++;
      return copy && counted(copy);
    };
    return execution;
  };
  const uncopyable = (execution: ProgramExecution): ProgramExecution => {
    execution.fork = () => null;
    return execution;
  };
  // Looking ahead to put steps off needs copies: off in both searches, so that they can be compared.
  const result = search(withExecutions(system, copies ? counted : uncopyable), { maxExecutions: 100_000, maxStates: 100_000, randomWalkEvery: 0, deferral: "off" });
  return { result: { ...result, outcomes: result.outcomes.map((o) => ({ ...o, outcome: system.outcomeKey(o.outcome) })) }, uncopied };
}

describe("every wait can be copied", () => {
  test.each([
    ["an RLock two threads and main contend for", RLOCK_CONTENTION, "free-threaded"],
    ["a pipe read and waitpid", PIPE_AND_WAITPID, "gil"],
    ["a connection polled (select) and read, and a multiprocessing lock", CONNECTION_AND_LOCK, "gil"],
  ] as const)("%s: every state is copied, and the search finds what it finds by replaying", (_name, text, model) => {
    const copied = explored(text, model, true);
    expect(copied.result.complete).toBe(true);
    expect(copied.uncopied).toBe(0);
    expect(copied.result).toEqual(explored(text, model, false).result);
  }, SLOW);
});
