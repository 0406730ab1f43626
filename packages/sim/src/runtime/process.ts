// A simulated process: its own heap (a VM Machine with its sys.modules), threads, GIL, fds, stdout and
// stderr buffers, children and exit status. It is the VM's host: output and time go through it.

import type { Machine as Vm } from "../vm/machine.ts";
import type { VmHost } from "../vm/host.ts";
import type { PyBuiltinFunction, PyModule, PyValue } from "../vm/values.ts";
import { PYLIB, PYLIB_PACKAGES } from "../pylib/sources.generated.ts";
import { nativeModule } from "../modules/index.ts";
import { BUILTINS_HELPER_MODULE, BUILTINS_HELPER_SOURCE } from "../modules/builtins-extra.ts";
import type { SimMachine } from "./machine.ts";
import type { SimThread } from "./thread.ts";
import { FdTable } from "./files.ts";
import { Prng } from "./prng.ts";
import { compileSource } from "../compiler/pipeline.ts";
import { libraryModuleOf, type CodeObject } from "../bytecode/code.ts";
import type { OutStream } from "./streams.ts";

/**
 * The library's code objects, compiled once for every machine of this JS process: the library's sources
 * are constants and code objects are immutable, so this only saves time (compiling threading takes
 * longer than a small program's whole exploration), never changes a result.
 */
const libraryCode = new Map<string, CodeObject>();

/** The Python source of library module `name` (undefined: not a library module). */
export function librarySource(name: string): string | undefined {
  if (name === BUILTINS_HELPER_MODULE) return BUILTINS_HELPER_SOURCE;
  return PYLIB[name];
}

/**
 * `text` compiled as `filename`, from `cache` when it was compiled before (the library's modules from
 * the process-wide cache, whatever `cache` is).
 */
export function compileModule(text: string, filename: string, cache: Map<string, CodeObject> | undefined): CodeObject {
  const module = libraryModuleOf(filename);
  const memo = module !== undefined && librarySource(module) === text ? libraryCode : cache;
  const key = `${filename}\n${text}`;
  let code = memo?.get(key);
  if (code === undefined) {
    code = compileSource(text, filename);
    memo?.set(key, code);
  }
  return code;
}

/** CPython's GIL state for one process (ceval_gil.h): holder, waiters, when the drop request is due. */
export class Gil {
  holder: SimThread | null = null;
  readonly waiters: SimThread[] = [];
  /** When a waiter's switch-interval timeout expires and it sets the drop request. */
  requestAtNs = Infinity;
}

export type ProcessStatus = "running" | "zombie" | "reaped";

export class Process implements VmHost {
  vm!: Vm;
  readonly threads: SimThread[] = [];
  readonly gil = new Gil();
  fds = new FdTable();
  readonly children = new Set<number>();
  status: ProcessStatus = "running";
  exitCode: number | null = null;
  /** Killed by a signal (waitpid's status is the signal number). */
  signal = 0;
  /** os.register_at_fork callbacks (copied into a fork child with the heap). */
  atFork: { before: PyValue[]; child: PyValue[]; parent: PyValue[] } = { before: [], child: [], parent: [] };
  /** atexit.register: function, args, kwargs. */
  readonly atexit: [PyValue, PyValue[], Map<string, PyValue> | null][] = [];
  /** The VM's own print (the process's builtins hold the unbuffered-aware one, modules/print.ts). */
  vmPrint!: PyBuiltinFunction;
  /** The thread executing now (natives act on it). */
  current!: SimThread;

  /**
   * `random`'s generator, seeded by the run and the pid: a forked child gets a fresh one, as CPython's
   * random reseeds itself in a child (os.register_at_fork).
   */
  random: Prng;

  constructor(
    readonly machine: SimMachine,
    readonly pid: number,
    readonly ppid: number,
    public stdout: OutStream,
    public stderr: OutStream,
  ) {
    this.random = this.freshRandom();
  }

  /** `random`'s generator as the process starts it (and `random.seed()` restarts it): the run's seed and the pid. */
  freshRandom(): Prng {
    return new Prng(this.machine.config.seed * 65_537 + this.pid);
  }

  get cpuNs(): number {
    return this.threads.reduce((sum, t) => sum + t.vm.cpuNs, 0);
  }

  get mainThread(): SimThread {
    return this.threads[0] as SimThread;
  }

  write(stream: "stdout" | "stderr", text: string): void {
    // A flush is a write system call: it takes time (and under `unbuffered` print's text and end are two).
    if ((stream === "stdout" ? this.stdout : this.stderr).write(text)) {
      this.advance(this.machine.costs.syscallNs);
      this.machine.interProcessOps++;
    }
    this.machine.trace.record(this.current, { kind: "write", stream, text });
  }

  flush(stream: "stdout" | "stderr"): void {
    const out = stream === "stdout" ? this.stdout : this.stderr;
    if (out.pending) this.machine.interProcessOps++;
    out.flush();
  }

  nowNs(): number {
    return this.current.localNs + (this.current.vm.cpuNs - this.machine.cpuMark);
  }

  advance(ns: number): void {
    this.current.localNs += ns;
  }

  nativeModule(vm: Vm, name: string): PyModule | undefined {
    return nativeModule(vm, name);
  }

  compile(text: string, filename: string): CodeObject {
    return compileModule(text, filename, this.machine.config.codeCache);
  }

  librarySource(name: string): string | undefined {
    return librarySource(name);
  }

  libraryPackage(name: string): boolean {
    return PYLIB_PACKAGES.has(name);
  }
}
