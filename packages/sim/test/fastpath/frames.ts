// Runs one function's frame on a bare VM machine with the interpreter alone or with the fast path,
// from a chosen instruction and with a chosen budget, and reports everything the run left behind.
import { isCodeObject, type CodeObject } from "../../src/bytecode/code.ts";
import { compileSource } from "../../src/compiler/pipeline.ts";
import { Frame, ThreadState } from "../../src/vm/frames.ts";
import { execute } from "../../src/vm/interp.ts";
import type { FastPathMode } from "../../src/vm/jit.ts";
import { Machine } from "../../src/vm/machine.ts";
import { repr } from "../../src/vm/repr.ts";
import type { PyValue } from "../../src/vm/values.ts";

/** The code object of the function `name` defined at the top of `source`. */
export function functionCode(source: string, name: string): CodeObject {
  const module = compileSource(source, "main.py");
  const code = module.consts.find((c): c is CodeObject => isCodeObject(c) && c.name === name);
  if (!code) throw new Error(`no function ${name}`);
  return code;
}

/** Primitives as they are (so -0 and bigints stay visible); objects by their repr, comparable across machines. */
type Shown = PyValue | undefined | string;

function shown(vm: Machine, value: PyValue | undefined): Shown {
  return value !== null && typeof value === "object" ? `<${repr(vm, value)}>` : value;
}

export interface FrameRun {
  stop: string;
  pc: number;
  sp: number;
  stack: Shown[];
  locals: Shown[];
  cpuNs: number;
  budgetLeft: number;
  error?: string;
}

export function freshFrame(vm: Machine, code: CodeObject, args: PyValue[]): Frame {
  const globals = new Map<string, PyValue>();
  const frame = new Frame(code, globals, vm.builtins, globals, null);
  args.forEach((value, i) => (frame.locals[i] = value));
  return frame;
}

/** Calls the function `code` with `args` on a fresh thread, under `budget` instructions. */
export function runFrame(code: CodeObject, args: PyValue[], mode: FastPathMode, budget: number): FrameRun {
  const vm = new Machine({ files: new Map(), maxInstructions: budget, argv: ["main.py"] });
  vm.fastPath = mode;
  const thread = new ThreadState(1, "MainThread");
  vm.thread = thread;
  const frame = freshFrame(vm, code, args);
  thread.frames.push(frame);
  let stop: string;
  let error: string | undefined;
  try {
    const reason = execute(vm, thread, false);
    stop = reason.kind;
    if (reason.kind === "exception") error = `${reason.exception.cls.name}: ${String(reason.exception.args.items[0])}`;
  } catch (thrown) {
    stop = "thrown";
    error = String(thrown);
  }
  // A frame an exception unwound is dropped: its stack pointer is never read again.
  const live = thread.frames.includes(frame);
  return {
    stop,
    pc: frame.pc,
    sp: live ? frame.sp : -1,
    stack: live ? frame.stack.slice(0, frame.sp).map((value) => shown(vm, value)) : [],
    locals: frame.locals.map((value) => shown(vm, value)),
    cpuNs: thread.cpuNs,
    budgetLeft: vm.budget,
    ...(error === undefined ? {} : { error }),
  };
}
