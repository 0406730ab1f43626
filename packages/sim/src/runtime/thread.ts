// A simulated OS thread: the VM's thread state (frames) plus what the machine tracks about it.

import type { ThreadStateName } from "../api.ts";
import type { ThreadState } from "../vm/frames.ts";
import type { PyValue } from "../vm/values.ts";
import type { Process } from "./process.ts";
import type { Wait } from "./wait.ts";

/** Where the main thread is in CPython's shutdown sequence (Py_RunMain → Py_FinalizeEx). */
export const ExitPhase = { Running: 0, ThreadingShutdown: 1, Done: 2 } as const;

export class SimThread {
  state: ThreadStateName = "new";
  /** This thread's clock: the virtual time up to which it has run (or from which it may run). */
  localNs: number;
  wait: Wait | null = null;
  /** The result a blocked call returns when the thread runs again (`push`: the call's result is not on the stack yet, after fork). */
  resume: { value: PyValue; push: boolean } | null = null;
  core = -1;
  sliceEndNs = Infinity;
  /** Released when the thread ends (`_thread._set_sentinel`); threading's join waits on it. */
  sentinel: PyValue | null = null;
  /** The callable start_new_thread was given (its repr names an uncaught exception). */
  startFunction: PyValue | null = null;
  exitPhase: number = ExitPhase.Running;
  /** Exit status decided when the main thread's code ended (SystemExit, an uncaught exception). */
  exitCode = 0;
  /** Blocked inside a native callback: its interpreter call is still on the JS stack (SimMachine.blockNested). */
  suspendedInNative = false;
  /** Counts block() calls, so a timer set for an earlier wait cannot end a later one. */
  waitSerial = 0;

  constructor(
    readonly process: Process,
    readonly vm: ThreadState,
    /** Position in its process's thread list, from 1. */
    readonly tid: number,
    /** `_thread.get_ident()`: kept by a fork child's only thread. */
    readonly ident: number,
    readonly nativeId: number,
    startNs: number,
  ) {
    this.localNs = startNs;
  }

  get name(): string {
    return this.vm.name;
  }

  get isMain(): boolean {
    return this.tid === 1;
  }

  get live(): boolean {
    return this.state !== "terminated";
  }

  /** "1000:2": the id schedules use. */
  get id(): string {
    return `${this.process.pid}:${this.tid}`;
  }
}
