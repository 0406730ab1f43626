// exploreProgram on real programs through the Simulator II machine: lost updates per model, deadlocks,
// witnesses that replay to their outcome, budgets that cut cleanly.
import { describe, expect, test } from "vitest";
import { exploreProgram, replaySchedule, type ExploreOptions, type ExploreResult } from "../../src/index.ts";
import { ProgramSystem, type ProgramExecution } from "../../src/explore/program.ts";
import { independent, type ChoiceOption, type Point } from "../../src/explore/system.ts";
import { search } from "../../src/explore/search.ts";
import { diningPhilosophers, LOCK_ORDER_INVERSION, racingIncrements } from "./programs.ts";

const SLOW = 120_000;

function explore(text: string, options: ExploreOptions = {}): ExploreResult {
  return exploreProgram([{ name: "main.py", text }], { maxRealMs: 100_000, now: () => performance.now(), ...options });
}

function outputs(result: ExploreResult): string[] {
  return result.outcomes.map((o) => o.stdout);
}

describe("lost updates", () => {
  test("free-threaded, 2 threads x 1 increment: 1 or 2", () => {
    const result = explore(racingIncrements(2, 1), { model: "free-threaded" });
    expect(result.complete).toBe(true);
    expect(outputs(result)).toEqual(["1\n", "2\n"]);
    expect(result.outcomes.find((o) => o.stdout === "1\n")?.preemptions).toBeGreaterThan(0);
    expect(result.outcomes.find((o) => o.stdout === "2\n")?.preemptions).toBe(0);
  }, SLOW);

  test("gil, counter += 1: no update is lost", () => {
    const result = explore(racingIncrements(2, 2), { model: "gil" });
    expect(result.complete).toBe(true);
    expect(outputs(result)).toEqual(["4\n"]);
  }, SLOW);

  test("gil, a call between load and store: updates can be lost", () => {
    const program = racingIncrements(2, 1, "counter = counter + int(1)").replace("int(1)", "one()").replace("counter = 0\n", "counter = 0\n\n\ndef one():\n    return 1\n");
    const result = explore(program, { model: "gil" });
    expect(result.complete).toBe(true);
    expect(outputs(result)).toEqual(["1\n", "2\n"]);
  }, SLOW);
});

describe("states", () => {
  test("two orders of steps that commute reach one state: who ran last is no part of it", () => {
    const execution = new ProgramSystem([{ name: "main.py", text: racingIncrements(2, 2) }], { model: "free-threaded" }).begin();
    let point = execution.point();
    // On to the first state where the two workers (and nothing else) can run.
    while (point.kind === "choose" && !(point.options.length === 2 && point.options.every((o) => o.thread !== "MainThread"))) {
      execution.step(point.options[0] as ChoiceOption);
      point = execution.point();
    }
    if (point.kind !== "choose") throw new Error("the workers never both run");
    const [first, second] = point.options as [ChoiceOption, ChoiceOption];
    const ends = [[first, second], [second, first]].map((order) => {
      const copy = execution.fork() as ProgramExecution;
      const footprints = order.map((option) => {
        copy.point();
        return copy.step(option);
      });
      copy.point();
      return { footprint: footprints[0] ?? null, fingerprint: copy.fingerprint() };
    });
    expect(independent(ends[0]?.footprint ?? null, ends[1]?.footprint ?? null)).toBe(true);
    expect(ends[0]?.fingerprint).toBe(ends[1]?.fingerprint);
  }, SLOW);

  test("main, woken in start(), has its step to join put off while the workers race: fewer states and executions, the same outcomes", () => {
    const explored = (deferral: "woken" | "off") => {
      const system = new ProgramSystem([{ name: "main.py", text: racingIncrements(2, 4) }], { model: "free-threaded" });
      const result = search(system, { maxExecutions: 1_000_000, maxStates: 1_000_000, deferral });
      expect(result.complete).toBe(true);
      return { ...result, outputs: result.outcomes.map((o) => o.outcome.stdout).sort() };
    };
    const put = explored("woken");
    const all = explored("off");
    expect(put.outputs).toEqual(["2\n", "3\n", "4\n", "5\n", "6\n", "7\n", "8\n"]);
    expect(put.outputs).toEqual(all.outputs);
    // 1,001 states and 640 executions against 1,228 and 875 when written.
    expect(put.states).toBeLessThan(all.states * 0.85);
    expect(put.executions).toBeLessThan(all.executions * 0.8);
  }, SLOW);
});

describe("witnesses", () => {
  test("every witness replays to its outcome, with a trace on request", () => {
    const result = explore(racingIncrements(2, 1), { model: "free-threaded" });
    for (const outcome of result.outcomes) {
      const replay = replaySchedule([{ name: "main.py", text: racingIncrements(2, 1) }], outcome.schedule, { trace: true });
      expect(replay.stdout).toBe(outcome.stdout);
      expect(replay.exitCode).toBe(outcome.exitCode);
      expect(replay.trace?.length).toBeGreaterThan(0);
    }
  }, SLOW);

  test("a traced replay records each instruction of the program's own code, with its line and the plain globals after it", () => {
    const text = racingIncrements(2, 1);
    const lost = explore(text, { model: "free-threaded" }).outcomes.find((o) => o.stdout === "1\n");
    const replay = replaySchedule([{ name: "main.py", text }], lost!.schedule, { trace: true });
    const instructions = (replay.trace ?? []).flatMap((event) => (event.kind === "instruction" ? [event] : []));
    expect(instructions.every((event) => event.file === "main.py")).toBe(true);
    expect(instructions[0]).toMatchObject({ opname: "RESUME", offset: 0, variables: {} });
    // Offsets as `dis` prints them: LOAD_GLOBAL carries 5 inline cache entries, so the next instruction is 12 bytes on.
    const load = instructions.findIndex((event) => event.opname === "LOAD_GLOBAL" && event.tid !== 1);
    expect(instructions[load + 1]!.offset - instructions[load]!.offset).toBe(12);
    const stores = instructions.filter((event) => event.opname === "STORE_GLOBAL" && event.tid !== 1);
    expect(stores.map((event) => event.variables.counter)).toEqual(["1", "1"]);
    expect(instructions.at(-1)?.variables.counter).toBe("1");
    expect(replaySchedule([{ name: "main.py", text }], lost!.schedule).trace).toBeUndefined();
  }, SLOW);

  test("a witness names real choices only: where one thread alone can run, nothing is chosen", () => {
    const text = racingIncrements(2, 2);
    for (const outcome of explore(text, { model: "free-threaded" }).outcomes) {
      const execution = new ProgramSystem([{ name: "main.py", text }], { model: "free-threaded" }).begin();
      let forced = 0;
      const pastForced = (): Point<unknown> => {
        let point = execution.point();
        for (; point.kind === "choose" && point.options[0]?.forced; point = execution.point()) {
          forced++;
          execution.step(point.options[0]);
        }
        return point;
      };
      for (const choice of outcome.schedule.choices) {
        const point = pastForced();
        const option = point.kind === "choose" && point.options.length > 1 ? point.options.find((o) => o.id === choice) : undefined;
        expect(option).toBeDefined();
        execution.step(option as ChoiceOption);
      }
      expect(pastForced()).toMatchObject({ kind: "end", outcome: { stdout: outcome.stdout } });
      // Main ends the program alone, after the workers.
      expect(forced).toBeGreaterThan(0);
    }
  }, SLOW);

  test("a schedule that does not fit the program is refused", () => {
    const schedule = { engine: "0.1.0", model: "free-threaded" as const, cores: 4, stdout: "terminal" as const, choices: ["1000:9"] };
    expect(() => replaySchedule([{ name: "main.py", text: racingIncrements(2, 1) }], schedule)).toThrow(/choice 1 of the schedule \(1000:9\) is not possible here/);
  });
});

describe("deadlock", () => {
  test("gil: no eval-breaker point between the two with statements, so no deadlock", () => {
    const result = explore(LOCK_ORDER_INVERSION);
    expect(result.complete).toBe(true);
    expect(result.outcomes.some((o) => o.deadlock)).toBe(false);
  }, SLOW);

  test("free-threaded lock-order inversion: both orders, or both threads blocked for ever", () => {
    const result = explore(LOCK_ORDER_INVERSION, { model: "free-threaded" });
    expect(result.complete).toBe(true);
    const deadlock = result.outcomes.find((o) => o.deadlock);
    expect(deadlock?.waiting?.map((t) => t.waitingOn)).toEqual(expect.arrayContaining(["lock"]));
    expect(outputs(result)).toEqual(expect.arrayContaining(["backward done\nforward done\n", "forward done\nbackward done\n"]));
    const replay = replaySchedule([{ name: "main.py", text: LOCK_ORDER_INVERSION }], deadlock!.schedule);
    expect(replay.deadlock).toBe(true);
  }, SLOW);

  test("dining philosophers (5): random walks find the deadlock the depth-first search reaches last", () => {
    const text = diningPhilosophers(5);
    const result = explore(text, { model: "free-threaded", maxExecutions: 3000 });
    expect(result.complete).toBe(false);
    const deadlock = result.outcomes.find((o) => o.deadlock);
    // Every philosopher holds one fork and waits for the other; the main thread waits to join the first.
    expect(deadlock?.waiting?.map((t) => [t.name, t.waitingOn])).toEqual([["MainThread", "lock"], ...[1, 2, 3, 4, 5].map((n) => [`Thread-${n} (dine)`, "lock"])]);
    const replay = replaySchedule([{ name: "main.py", text }], deadlock!.schedule);
    expect(replay.deadlock).toBe(true);
    // Without the walks, the same budget finds no deadlock: the first forks are the last choices DFS revisits.
    const systematic = explore(text, { model: "free-threaded", maxExecutions: 3000, randomWalkEvery: 0 });
    expect(systematic.outcomes.some((o) => o.deadlock)).toBe(false);
  }, SLOW);
});

describe("budgets", () => {
  test("max executions cuts cleanly, with what was found so far", () => {
    const result = explore(racingIncrements(2, 2), { model: "free-threaded", maxExecutions: 3 });
    expect(result).toMatchObject({ complete: false, stoppedBy: "max executions 3 reached", executions: 3 });
    expect(result.outcomes.length).toBeGreaterThan(0);
  }, SLOW);

  test("a preemption bound says it cut the search", () => {
    const result = explore(racingIncrements(2, 1), { model: "free-threaded", preemptions: 0 });
    expect(result).toMatchObject({ complete: false, stoppedBy: "preemption bound 0" });
    expect(outputs(result)).toEqual(["2\n"]);
  }, SLOW);

  test("progress reports come, and returning false cancels", () => {
    const seen: number[] = [];
    const result = explore(racingIncrements(2, 4), {
      model: "free-threaded",
      onProgress: (p) => {
        seen.push(p.executions);
        return false;
      },
    });
    expect(result).toMatchObject({ complete: false, stoppedBy: "cancelled" });
    expect(seen).toEqual([256]);
  }, SLOW);
});

describe("processes under gil: each has its own GIL, so they interleave at every operation the other can see", () => {
  const SHARED_VALUE = [
    "import multiprocessing",
    "",
    "def bump(counter):",
    "    counter.value += 1",
    "",
    "if __name__ == '__main__':",
    "    ctx = multiprocessing.get_context('fork')",
    "    counter = ctx.Value('i', 0)",
    "    workers = [ctx.Process(target=bump, args=(counter,)) for _ in range(2)]",
    "    for w in workers:",
    "        w.start()",
    "    for w in workers:",
    "        w.join()",
    "    print(counter.value)",
    "",
  ].join("\n");

  test("two processes racing on a shared Value without its lock can lose an update", () => {
    const result = explore(SHARED_VALUE);
    expect(result.complete).toBe(true);
    expect(outputs(result)).toEqual(["1\n", "2\n"]);
  }, SLOW);

  test("under atomic-statements the library code of `counter.value += 1` is part of the statement: none is lost", () => {
    const result = explore(SHARED_VALUE, { misconception: "atomic-statements" });
    expect(result.complete).toBe(true);
    expect(outputs(result)).toEqual(["2\n"]);
  }, SLOW);

  test("threads inside one process still switch only at eval-breaker points while another process runs", () => {
    const program = [
      "import os, threading",
      "counter = 0",
      "def work():",
      "    global counter",
      "    for _ in range(2):",
      "        counter += 1",
      "if os.fork() == 0:",
      "    threads = [threading.Thread(target=work) for _ in range(2)]",
      "    for t in threads: t.start()",
      "    for t in threads: t.join()",
      "    print('child', counter)",
      "else:",
      "    print('parent')",
      "    os.wait()",
      "",
    ].join("\n");
    const result = explore(program);
    expect(result.complete).toBe(true);
    expect(outputs(result).sort()).toEqual(["child 4\nparent\n", "parent\nchild 4\n"]);
  }, SLOW);

  test("a blocking call inside a native callback (atexit joining a child) lets the other threads run, and says the search is not complete", () => {
    // A timed wait may end at once: then queue.get raises Empty, and main's exit joins the child from
    // multiprocessing's atexit callback, a blocking call inside native code. The child still finishes.
    // The child's two threads (main and the queue's feeder) run there on the machine's own schedule,
    // which the explorer cannot branch from: the search must not claim to be complete.
    const program = [
      "import multiprocessing",
      "def work(queue, lock):",
      "    with lock:",
      "        queue.put('done')",
      "if __name__ == '__main__':",
      "    ctx = multiprocessing.get_context('fork')",
      "    queue = ctx.Queue()",
      "    lock = ctx.Lock()",
      "    child = ctx.Process(target=work, args=(queue, lock))",
      "    with lock:",
      "        child.start()",
      "    print(queue.get(timeout=5))",
      "    child.join()",
      "",
    ].join("\n");
    const result = explore(program);
    expect(result.complete).toBe(false);
    expect(result.stoppedBy).toMatch(/native callback .* ran the other threads on one schedule/);
    expect(result.outcomes.map((o) => [o.exitCode, o.stdout, o.deadlock])).toEqual([
      [1, "", false],
      [0, "done\n", false],
    ]);
  }, SLOW);

  test("a deadlock reached inside a native callback's blocking call is an outcome, not a failure", () => {
    // Main ends holding the lock the child waits for: multiprocessing's atexit join never returns.
    // Only the child's one thread can run inside that call: no choice is left out, the search is complete.
    const program = [
      "import multiprocessing",
      "def work(lock):",
      "    lock.acquire()",
      "if __name__ == '__main__':",
      "    ctx = multiprocessing.get_context('fork')",
      "    lock = ctx.Lock()",
      "    lock.acquire()",
      "    ctx.Process(target=work, args=(lock,)).start()",
      "",
    ].join("\n");
    const result = explore(program);
    expect(result.complete).toBe(true);
    expect(result.outcomes.map((o) => [o.deadlock, o.waiting?.map((t) => t.waitingOn)])).toEqual([[true, ["waitpid 1001", "multiprocessing lock"]]]);
  }, SLOW);
});
