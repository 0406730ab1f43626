// A toy model of threads for testing the search: each thread is a list of operations on shared
// variables, locks and an output. Small enough to enumerate every interleaving by brute force, so the
// reductions can be checked against the exact outcome sets.

import type { ChoiceOption, Execution, ExplorableSystem, Footprint, Point } from "../../src/explore/system.ts";

export type Op =
  | { op: "load"; reg: string; from: string }
  | { op: "add"; reg: string; k: number }
  | { op: "store"; to: string; reg: string }
  | { op: "lock"; lock: string }
  | { op: "unlock"; lock: string }
  | { op: "print"; reg: string }
  | { op: "pick"; reg: string; values: number[] };

export interface ToyOutcome {
  out: string;
  vars: Record<string, number>;
  deadlock: boolean;
}

interface ToyState {
  pcs: number[];
  regs: Record<string, number>[];
  vars: Record<string, number>;
  locks: Record<string, number>;
  out: string;
}

/** Private operations run without a scheduling point in front of them. */
function isPrivate(op: Op): boolean {
  return op.op === "add";
}

export class ToyExecution implements Execution<ToyOutcome> {
  constructor(
    private readonly threads: readonly Op[][],
    private readonly state: ToyState,
    private readonly forkable: Forkable,
  ) {
    if (forkable !== "never") this.fork = () => (this.copyable() ? new ToyExecution(threads, structuredClone(this.state), forkable) : null);
  }

  /** "sometimes": only states with an even step count can be copied (the rest are replayed). */
  private copyable(): boolean {
    return this.forkable === "always" || this.state.pcs.reduce((a, b) => a + b, 0) % 2 === 0;
  }

  fork?: () => ToyExecution | null;

  point(): Point<ToyOutcome> {
    const options: ChoiceOption[] = [];
    this.threads.forEach((ops, t) => {
      const op = ops[this.state.pcs[t] as number];
      if (!op || !this.enabled(op)) return;
      if (op.op === "pick") for (const v of op.values) options.push({ id: `T${t}=${v}`, thread: `T${t}`, kind: "value" });
      else options.push({ id: `T${t}`, thread: `T${t}`, kind: "run" });
    });
    if (options.length > 0) return { kind: "choose", options };
    const deadlock = this.threads.some((ops, t) => (this.state.pcs[t] as number) < ops.length);
    return { kind: "end", outcome: { out: this.state.out, vars: { ...this.state.vars }, deadlock } };
  }

  /** A lock operation waits while another holds the lock (locks are not reentrant). */
  private enabled(op: Op): boolean {
    return op.op !== "lock" || (this.state.locks[op.lock] ?? -1) === -1;
  }

  step(option: ChoiceOption): Footprint {
    const t = Number(option.thread.slice(1));
    const value = option.kind === "value" ? Number(option.id.split("=")[1]) : 0;
    const footprint = this.apply(t, value);
    const ops = this.threads[t] as Op[];
    while ((this.state.pcs[t] as number) < ops.length && isPrivate(ops[this.state.pcs[t] as number] as Op)) this.apply(t, 0);
    // A thread whose next operation takes a lock may wait on it: the step names the lock (see Execution.step).
    const next = ops[this.state.pcs[t] as number];
    return next?.op === "lock" ? { reads: [...footprint.reads, next.lock], writes: footprint.writes } : footprint;
  }

  private apply(t: number, value: number): Footprint {
    const s = this.state;
    const op = (this.threads[t] as Op[])[s.pcs[t] as number] as Op;
    const regs = s.regs[t] as Record<string, number>;
    s.pcs[t] = (s.pcs[t] as number) + 1;
    switch (op.op) {
      case "load":
        regs[op.reg] = s.vars[op.from] ?? 0;
        return { reads: [op.from], writes: [] };
      case "add":
        regs[op.reg] = (regs[op.reg] ?? 0) + op.k;
        return { reads: [], writes: [] };
      case "store":
        s.vars[op.to] = regs[op.reg] ?? 0;
        return { reads: [], writes: [op.to] };
      case "lock":
        s.locks[op.lock] = t;
        return { reads: [], writes: [op.lock] };
      case "unlock":
        s.locks[op.lock] = -1;
        return { reads: [], writes: [op.lock] };
      case "print":
        s.out += `${regs[op.reg] ?? 0};`;
        return { reads: [], writes: ["stdout"] };
      case "pick":
        regs[op.reg] = value;
        return { reads: [], writes: [] };
    }
  }

  fingerprint(): string {
    return JSON.stringify(this.state);
  }
}

/** Whether executions can be copied to branch from: always, never (replay), or only some states. */
export type Forkable = "always" | "never" | "sometimes";

export class ToySystem implements ExplorableSystem<ToyOutcome> {
  constructor(
    readonly threads: readonly Op[][],
    private readonly forkable: Forkable = "always",
  ) {}

  begin(): ToyExecution {
    const state: ToyState = { pcs: this.threads.map(() => 0), regs: this.threads.map(() => ({})), vars: {}, locks: {}, out: "" };
    return new ToyExecution(this.threads, state, this.forkable);
  }

  outcomeKey(outcome: ToyOutcome): string {
    return toyOutcomeKey(outcome);
  }
}

export function toyOutcomeKey(outcome: ToyOutcome): string {
  const vars = Object.keys(outcome.vars)
    .sort()
    .map((k) => `${k}=${outcome.vars[k]}`);
  return `${outcome.deadlock ? "deadlock " : ""}${outcome.out} ${vars.join(",")}`;
}

/** Every interleaving, no reduction: outcome key → fewest preemptions. */
export function bruteForce(system: ToySystem): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (prefix: ChoiceOption[], last: string | null, preemptions: number): void => {
    const exec = system.begin();
    for (const option of prefix) exec.step(option);
    const point = exec.point();
    if (point.kind === "end") {
      const key = toyOutcomeKey(point.outcome);
      found.set(key, Math.min(found.get(key) ?? Infinity, preemptions));
      return;
    }
    const lastCanGo = point.options.some((o) => o.thread === last);
    for (const option of point.options) {
      const preempts = last !== null && lastCanGo && option.thread !== last;
      walk([...prefix, option], option.thread, preemptions + (preempts ? 1 : 0));
    }
  };
  walk([], null, 0);
  return found;
}

/** `threads` threads each adding 1 to `x` `times` times, as load / add / store. */
export function increments(threads: number, times: number): ToySystem {
  const body: Op[] = [];
  for (let i = 0; i < times; i++) body.push({ op: "load", reg: "r", from: "x" }, { op: "add", reg: "r", k: 1 }, { op: "store", to: "x", reg: "r" });
  return new ToySystem(Array.from({ length: threads }, () => body));
}
