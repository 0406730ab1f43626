// A pool of worker threads with a real-time limit per job. The clock starts when a ready thread takes
// the job (not while it waits in the queue or for a thread to load the simulator), so a burst of
// submissions cannot time out merely by queueing. A job past its limit has its thread terminated and
// fails with GradingTimeout; a crashed thread fails its job; either way a fresh thread replaces it.
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker as WorkerThread } from "node:worker_threads";
import type { GradingJob, GradingJobResult } from "./worker.ts";

export class GradingTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(`grading took longer than ${limitMs} ms and was stopped`);
    this.name = "GradingTimeout";
  }
}

export type GradingPoolOptions = { threads?: number; timeoutMs: number };

type Task = { job: GradingJob; timeoutMs: number; resolve: (value: GradingJobResult) => void; reject: (error: Error) => void };
type Slot = { worker: WorkerThread; ready: boolean; task?: Task & { id: number; timer: NodeJS.Timeout } };
type Reply = { ready: true } | { id: number; ok: true; value: GradingJobResult } | { id: number; ok: false; error: { name: string; message: string } };

// Bundlers (Next's Turbopack) try to bundle the script of any `new Worker(…)` they see, and this one
// must stay a file that loads TypeScript at run time: so the path is built with path.join rather than
// `new URL(…, import.meta.url)`, and Worker is looked up at run time.
const workerEntry = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker-entry.mjs");
const { Worker } = process.getBuiltinModule("node:worker_threads");

export class GradingPool {
  readonly timeoutMs: number;
  private readonly threads: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: GradingPoolOptions) {
    this.timeoutMs = options.timeoutMs;
    this.threads = options.threads ?? defaultThreads();
  }

  run<T extends GradingJobResult>(job: GradingJob, timeoutMs = this.timeoutMs): Promise<T> {
    if (this.closed) return Promise.reject(new Error("the grading pool is closed"));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, timeoutMs, resolve: resolve as (value: GradingJobResult) => void, reject });
      this.dispatch();
    });
  }

  /** Starts a thread and loads the worker, so the first real job does not wait for it. */
  async warmUp(): Promise<void> {
    await this.run({ kind: "warm-up" });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error("the grading pool is closed"));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new Error("the grading pool is closed"))));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.task) this.assign(slot, this.queue.shift()!);
    }
    const loading = [...this.slots].filter((slot) => !slot.ready).length;
    if (this.queue.length > loading && this.slots.size < this.threads) this.spawn();
  }

  private assign(slot: Slot, task: Task): void {
    const id = this.nextId++;
    const timer = setTimeout(() => void this.retire(slot, new GradingTimeout(task.timeoutMs)), task.timeoutMs);
    slot.task = { ...task, id, timer };
    slot.worker.postMessage({ id, job: task.job });
  }

  private spawn(): void {
    const slot: Slot = { worker: new Worker(workerEntry), ready: false };
    this.slots.add(slot);
    slot.worker.on("message", (reply: Reply) => this.onReply(slot, reply));
    slot.worker.on("error", (error) => void this.retire(slot, new Error(`the grading worker crashed: ${error.message}`)));
    slot.worker.on("exit", (code) => void this.retire(slot, new Error(`the grading worker exited (code ${code})`)));
  }

  private onReply(slot: Slot, reply: Reply): void {
    if ("ready" in reply) {
      slot.ready = true;
    } else if (slot.task?.id === reply.id) {
      const { task } = slot;
      clearTimeout(task.timer);
      slot.task = undefined;
      if (reply.ok) task.resolve(reply.value);
      else task.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
    }
    this.dispatch();
  }

  /** Ends a thread (after a timeout, a crash, or at close), failing its job; others carry on. */
  private async retire(slot: Slot, reason: Error): Promise<void> {
    if (!this.slots.delete(slot)) return;
    if (slot.task) {
      clearTimeout(slot.task.timer);
      slot.task.reject(reason);
    }
    await slot.worker.terminate();
    // A thread that dies before it is ready would die again: fail the waiting jobs instead of looping.
    if (!slot.ready) for (const task of this.queue.splice(0)) task.reject(new Error(`grading workers cannot start: ${reason.message}`));
    if (!this.closed) this.dispatch();
  }
}

function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}
