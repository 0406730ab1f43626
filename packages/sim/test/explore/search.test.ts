// The search against brute force on the toy model: the reductions (state caching, sleep sets) lose
// no outcome, witnesses replay to their outcome, budgets cut cleanly.
import { describe, expect, test } from "vitest";
import { search, type SearchOptions, type SearchResult } from "../../src/explore/search.ts";
import type { Execution, ExplorableSystem } from "../../src/explore/system.ts";
import { bruteForce, increments, toyOutcomeKey, ToySystem, type Op, type ToyOutcome } from "./toy.ts";

const unlimited: SearchOptions = { maxExecutions: 1e9, maxStates: 1e9 };

function keys(result: SearchResult<ToyOutcome>): string[] {
  return result.outcomes.map((o) => toyOutcomeKey(o.outcome)).sort();
}

function finalX(result: SearchResult<ToyOutcome>): number[] {
  return result.outcomes.map((o) => o.outcome.vars.x as number).sort((a, b) => a - b);
}

function replay(system: ToySystem, choices: string[]): string {
  const exec = system.begin();
  for (const choice of choices) {
    const point = exec.point();
    if (point.kind !== "choose") throw new Error(`the execution ended before ${choice}`);
    const option = point.options.find((o) => o.id === choice);
    if (!option) throw new Error(`${choice} is not enabled`);
    exec.step(option);
  }
  const end = exec.point();
  if (end.kind !== "end") throw new Error("the schedule stops before the end");
  return toyOutcomeKey(end.outcome);
}

/**
 * `system`, counting the steps of random walks and of the rest apart. Walks are copies of the first
 * execution's first copy (the search keeps it to start every walk from).
 */
function countingWalkSteps(system: ToySystem, counts: { systematic: number; walks: number }): ExplorableSystem<ToyOutcome> {
  type Role = "root" | "start" | "walk" | "other";
  let startMade = false;
  const wrap = (exec: Execution<ToyOutcome>, role: Role): Execution<ToyOutcome> => ({
    point: () => exec.point(),
    step: (option) => {
      counts[role === "walk" ? "walks" : "systematic"]++;
      return exec.step(option);
    },
    fingerprint: () => exec.fingerprint(),
    fork: () => {
      const copy = exec.fork?.() ?? null;
      if (!copy) return null;
      const made: Role = role === "root" && !startMade ? "start" : role === "start" ? "walk" : "other";
      if (made === "start") startMade = true;
      return wrap(copy, made);
    },
  });
  return { begin: () => wrap(system.begin(), "root"), outcomeKey: (outcome) => system.outcomeKey(outcome) };
}

/** A seeded generator for random toy programs (tests only). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomProgram(seed: number): ToySystem {
  const next = lcg(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const threads: Op[][] = [];
  const count = 2 + Math.floor(next() * 2);
  for (let t = 0; t < count; t++) {
    const ops: Op[] = [];
    const held: string[] = [];
    const length = 2 + Math.floor(next() * (count === 2 ? 4 : 3));
    for (let i = 0; i < length; i++) {
      const kind = pick(["load", "add", "store", "lock", "unlock", "print", "pick"]);
      const v = pick(["x", "y"]);
      if (kind === "load") ops.push({ op: "load", reg: "r", from: v });
      else if (kind === "add") ops.push({ op: "add", reg: "r", k: 1 });
      else if (kind === "store") ops.push({ op: "store", to: v, reg: "r" });
      else if (kind === "print") ops.push({ op: "print", reg: "r" });
      else if (kind === "pick") ops.push({ op: "pick", reg: "r", values: [1, 2] });
      else if (kind === "lock") {
        const lock = pick(["a", "b"]);
        if (held.includes(lock)) continue;
        held.push(lock);
        ops.push({ op: "lock", lock });
      } else if (held.length > 0) ops.push({ op: "unlock", lock: held.pop() as string });
    }
    threads.push(ops);
  }
  return new ToySystem(threads, (["always", "never", "sometimes"] as const)[seed % 3]);
}

const modes: [string, Partial<SearchOptions>][] = [
  ["no reduction", { stateCaching: false, sleepSets: false }],
  ["state caching", { stateCaching: true, sleepSets: false }],
  ["sleep sets", { stateCaching: false, sleepSets: true }],
  ["caching and sleep sets", {}],
  ["sleep sets, every step looked at ahead to be put off", { stateCaching: false, deferral: "every" }],
  ["caching and sleep sets, every step looked at ahead to be put off", { deferral: "every" }],
];

describe("the reductions lose no outcome", () => {
  for (const [name, mode] of modes) {
    test(`${name}: 150 random programs give brute force's outcome set`, () => {
      for (let seed = 1; seed <= 150; seed++) {
        const system = randomProgram(seed);
        const exact = bruteForce(system);
        const result = search(system, { ...unlimited, ...mode });
        expect(result.complete).toBe(true);
        expect(keys(result), `seed ${seed}`).toEqual([...exact.keys()].sort());
        for (const found of result.outcomes) expect(replay(system, found.choices)).toBe(toyOutcomeKey(found.outcome));
      }
    });
  }

  test("with state caching alone, preemption counts are the fewest possible", () => {
    for (let seed = 1; seed <= 150; seed++) {
      const system = randomProgram(seed);
      const exact = bruteForce(system);
      const result = search(system, { ...unlimited, sleepSets: false });
      for (const found of result.outcomes) expect(found.preemptions, `seed ${seed}`).toBe(exact.get(toyOutcomeKey(found.outcome)));
    }
  });

  test("a state is one state whoever ran last: 2 threads of 2 loads make 8 (each pair of positions but the end)", () => {
    const twoLoads: Op[] = [{ op: "load", reg: "r", from: "x" }, { op: "load", reg: "r", from: "y" }];
    const system = new ToySystem([twoLoads, twoLoads]);
    const result = search(system, { ...unlimited, sleepSets: false });
    expect(result.states).toBe(8);
    expect(result.outcomes.map((o) => o.preemptions)).toEqual([0]);
  });

  test("random walks after every execution change no outcome nor fewest preemptions, their witnesses replay, a seed repeats them", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const system = randomProgram(seed);
      const exact = bruteForce(system);
      const walked = search(system, { ...unlimited, sleepSets: false, randomWalkEvery: 1, seed });
      expect(walked.complete).toBe(true);
      expect(keys(walked), `seed ${seed}`).toEqual([...exact.keys()].sort());
      for (const found of walked.outcomes) {
        expect(found.preemptions, `seed ${seed}`).toBe(exact.get(toyOutcomeKey(found.outcome)));
        expect(replay(system, found.choices)).toBe(toyOutcomeKey(found.outcome));
      }
      expect(search(system, { ...unlimited, sleepSets: false, randomWalkEvery: 1, seed })).toEqual(walked);
    }
  });

  test("random walks run at most a quarter as many steps as the systematic search, however often they are asked for", () => {
    const counts = { systematic: 0, walks: 0 };
    const system = increments(2, 4);
    const result = search(countingWalkSteps(system, counts), { ...unlimited, randomWalkEvery: 1 });
    expect(result.complete).toBe(true);
    expect(counts.walks).toBeGreaterThan(0);
    // The share is checked before each walk: the last one may overshoot it by one execution (16 steps).
    expect(counts.walks).toBeLessThanOrEqual(counts.systematic / 4 + 16);
  });

  describe("steps put off", () => {
    // Each program below lost an outcome to an earlier version of the reduction.
    const lock = (name: string): Op => ({ op: "lock", lock: name });
    const unlock = (name: string): Op => ({ op: "unlock", lock: name });
    const print: Op = { op: "print", reg: "r" };
    const loadY: Op = { op: "load", reg: "r", from: "y" };
    const pick: Op = { op: "pick", reg: "r", values: [1, 2] };
    const add: Op = { op: "add", reg: "r", k: 1 };
    const cases: [string, Op[][]][] = [
      // T0's unlock, put off while T1 could run, would wake T1 once T1 waits for the lock: not inherited there.
      ["a step that would wake the thread that just ran", [[loadY, lock("b"), unlock("b")], [pick, lock("b"), print], [print, loadY, pick]]],
      // T1's step blocks it only while T0 holds the lock: T0's unlock changes that, so it does not commute with it.
      ["a step that blocks its thread only while a lock is held", [[lock("a"), add, unlock("a"), print, lock("a"), unlock("a")], [add, lock("a"), lock("c")]]],
    ];
    for (const [name, threads] of cases) {
      test(`${name}: brute force's outcome set, every witness replays`, () => {
        const system = new ToySystem(threads);
        const exact = [...bruteForce(system).keys()].sort();
        for (const mode of [{ deferral: "every" }, { deferral: "every", stateCaching: false }] as const) {
          const result = search(system, { ...unlimited, ...mode });
          expect(keys(result)).toEqual(exact);
          for (const found of result.outcomes) expect(replay(system, found.choices)).toBe(toyOutcomeKey(found.outcome));
        }
      });
    }
  });

  test("with both reductions, preemption counts are ones some execution needs", () => {
    for (let seed = 1; seed <= 150; seed++) {
      const system = randomProgram(seed);
      const exact = bruteForce(system);
      for (const found of search(system, unlimited).outcomes) {
        expect(found.preemptions).toBeGreaterThanOrEqual(exact.get(toyOutcomeKey(found.outcome)) as number);
      }
    }
  });
});

describe("lost updates", () => {
  test("2 threads x 1 increment: x is 1 or 2", () => {
    expect(finalX(search(increments(2, 1), unlimited))).toEqual([1, 2]);
  });

  test.each([2, 3, 4, 5])("2 threads x %i increments: x is every value from 2 to 2k", (k) => {
    const result = search(increments(2, k), unlimited);
    expect(result.complete).toBe(true);
    expect(finalX(result)).toEqual(Array.from({ length: 2 * k - 1 }, (_, i) => i + 2));
  });

  test("the final values 2 and 3 of 2 x 4 need 4 preemptions; a bound of 3 hides them and says so", () => {
    const full = search(increments(2, 4), { ...unlimited, sleepSets: false });
    expect(full.outcomes.find((o) => o.outcome.vars.x === 2)?.preemptions).toBe(4);
    const cut = search(increments(2, 4), { ...unlimited, preemptionBound: 3 });
    expect(cut.complete).toBe(false);
    expect(cut.stoppedBy).toBe("preemption bound 3");
    expect(finalX(cut)).toEqual([4, 5, 6, 7, 8]);
  });

  for (const [name, mode] of modes) {
    test(`${name}, preemption bound 1: exactly the outcomes brute force reaches with at most 1`, () => {
      for (let seed = 1; seed <= 150; seed++) {
        const system = randomProgram(seed);
        const within = [...bruteForce(system)].filter(([, preemptions]) => preemptions <= 1).map(([key]) => key);
        const result = search(system, { ...unlimited, ...mode, preemptionBound: 1 });
        expect(keys(result), `seed ${seed}`).toEqual(within.sort());
      }
    });
  }

  test("a lock around the increment leaves one outcome", () => {
    const body: Op[] = [
      { op: "lock", lock: "g" },
      { op: "load", reg: "r", from: "x" },
      { op: "add", reg: "r", k: 1 },
      { op: "store", to: "x", reg: "r" },
      { op: "unlock", lock: "g" },
    ];
    expect(finalX(search(new ToySystem([body, body, body]), unlimited))).toEqual([3]);
  });
});

describe("deadlock", () => {
  test("lock-order inversion deadlocks in some executions only", () => {
    const a: Op[] = [{ op: "lock", lock: "p" }, { op: "lock", lock: "q" }, { op: "unlock", lock: "q" }, { op: "unlock", lock: "p" }];
    const b: Op[] = [{ op: "lock", lock: "q" }, { op: "lock", lock: "p" }, { op: "unlock", lock: "p" }, { op: "unlock", lock: "q" }];
    const result = search(new ToySystem([a, b]), unlimited);
    expect(result.outcomes.map((o) => o.outcome.deadlock).sort()).toEqual([false, true]);
  });

  test("dining philosophers (5) can all hold their left fork", () => {
    const forks = ["f0", "f1", "f2", "f3", "f4"];
    const philosophers = forks.map((left, i): Op[] => {
      const right = forks[(i + 1) % 5] as string;
      return [{ op: "lock", lock: left }, { op: "lock", lock: right }, { op: "unlock", lock: right }, { op: "unlock", lock: left }];
    });
    const result = search(new ToySystem(philosophers), unlimited);
    const deadlock = result.outcomes.find((o) => o.outcome.deadlock);
    expect(deadlock?.choices).toHaveLength(5);
    expect(result.complete).toBe(true);
  });
});

describe("budgets", () => {
  test("max executions cuts cleanly with what was found so far", () => {
    const result = search(increments(3, 3), { maxExecutions: 5, maxStates: 1e9 });
    expect(result.complete).toBe(false);
    expect(result.stoppedBy).toBe("max executions 5 reached");
    expect(result.executions).toBe(5);
    expect(result.outcomes.length).toBeGreaterThan(0);
  });

  test("max states cuts cleanly", () => {
    const result = search(increments(3, 3), { maxExecutions: 1e9, maxStates: 20 });
    expect(result.complete).toBe(false);
    expect(result.stoppedBy).toBe("max states 20 reached");
  });

  test("a stop reason (real time) and a cancelling progress callback end the search", () => {
    let polls = 0;
    const timed = search(increments(3, 3), { ...unlimited, shouldStop: () => (++polls > 2 ? "real time limit 10 ms reached" : undefined) });
    expect(timed).toMatchObject({ complete: false, stoppedBy: "real time limit 10 ms reached" });
    const seen: number[] = [];
    const cancelled = search(increments(3, 3), {
      ...unlimited,
      progressEvery: 4,
      onProgress: (p) => {
        seen.push(p.executions);
        return p.executions < 8;
      },
    });
    expect(cancelled).toMatchObject({ complete: false, stoppedBy: "cancelled", executions: 8 });
    expect(seen).toEqual([4, 8]);
  });

  test("budgets that are not reached leave the search complete", () => {
    const result = search(increments(2, 2), { maxExecutions: 1000, maxStates: 1000 });
    expect(result.complete).toBe(true);
    expect(result.stoppedBy).toBeUndefined();
  });
});
