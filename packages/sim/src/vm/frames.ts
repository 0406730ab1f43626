// Frames and thread state: everything an executing thread needs lives here (plain fields), so a
// thread can pause after any instruction and resume later, and a machine can be copied or hashed.

import type { CodeObject } from "../bytecode/code.ts";
import { None, PyCell, type Namespace, type PyFunction, type PyGenerator, type PyValue, type PyException } from "./values.ts";

/** What happens to a frame's return value. */
export const ReturnMode = {
  /** Push it on the calling frame's stack. */
  Normal: 0,
  /** A class call's __init__: check it is None, push `initSelf` instead. */
  Init: 1,
  /** A native caller waits on a nested loop for it. */
  Nested: 2,
  /** A generator resumed by FOR_ITER: a yield pushes the value, a return ends the loop. */
  GeneratorForIter: 3,
  /** A generator resumed by native code (next(), list(gen)) on a nested loop. */
  GeneratorNested: 4,
  /** A generator resumed by SEND (`yield from`): a yield pushes the value, a return replaces the receiver and jumps. */
  GeneratorSend: 5,
  /**
   * A Python `__next__` called by FOR_ITER: its return value is pushed; a StopIteration escaping it
   * ends the loop. A pushed frame, so the iterator may block or fork like any Python code.
   */
  IterNext: 6,
} as const;

export class Frame {
  pc = 0;
  sp = 0;
  readonly stack: PyValue[];
  readonly locals: (PyValue | undefined)[];
  /** cellvars then freevars (CPython's localsplus tail). */
  readonly cells: PyCell[];
  returnMode: number = ReturnMode.Normal;
  initSelf: PyValue = None;
  generator: PyGenerator | null = null;
  /** Names of the keyword arguments of the next CALL (KW_NAMES). */
  kwNames: readonly string[] | null = null;

  constructor(
    readonly code: CodeObject,
    readonly globals: Namespace,
    readonly builtins: Namespace,
    /** The LOAD_NAME/STORE_NAME namespace: the module's globals or a class body's namespace. */
    readonly names: Namespace,
    readonly func: PyFunction | null,
  ) {
    this.stack = new Array<PyValue>(code.maxStackDepth + 1).fill(None);
    this.locals = new Array<PyValue | undefined>(code.varnames.length).fill(undefined);
    this.cells = new Array<PyCell>(code.cellvars.length + code.freevars.length);
    for (let i = 0; i < code.cellvars.length; i++) this.cells[i] = new PyCell(undefined);
    const closure = func?.closure ?? [];
    closure.forEach((cell, i) => (this.cells[code.cellvars.length + i] = cell));
  }

  /** Source line of the instruction being executed (pc has moved past it). */
  get line(): number {
    return this.code.lines[Math.max(0, this.pc - 1)] ?? this.code.firstLineNo;
  }
}

export type ThreadStatus = "runnable" | "finished" | "failed";

export class ThreadState {
  readonly frames: Frame[] = [];
  /** The exception being handled (sys.exc_info()), or None. */
  handled: PyValue = None;
  cpuNs = 0;
  instructions = 0;
  status: ThreadStatus = "runnable";
  /** Set by a blocking native call (lock, sleep, join, read…): the interpreter returns "blocked". */
  blocked = false;
  /** Set when the thread ended with an uncaught exception. */
  uncaught: PyException | null = null;
  /**
   * The per-thread tables of the `_thread._local` objects this thread has data in: its entry in each is
   * dropped when the thread ends (CPython clears a thread's local dicts at thread exit).
   */
  readonly localTables: Map<ThreadState, Namespace>[] = [];
  /** Result of the innermost nested call (ReturnMode.Nested / GeneratorNested). */
  nestedResult: PyValue | undefined = undefined;
  /** Depth of Python frames, for RecursionError. */
  constructor(
    readonly tid: number,
    public name: string,
  ) {}

  get top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }
}
