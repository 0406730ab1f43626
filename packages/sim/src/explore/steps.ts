// Where an explored thread may be interrupted, and what its instructions touch. Partial-order
// reduction: an instruction that touches only the thread's own state (its frame, fresh objects,
// primitive values) commutes with every other thread's steps, so it needs no scheduling point in
// front of it (so are reads of names no code ever binds, calls that only bind arguments in a new frame,
// and a module's loops over lists no other code can reach: see privacy.ts); instructions on globals
// name the global they read or write, so steps on different globals commute; everything else is
// "unknown" and depends on every other step (always sound).
// Library code is a unit of its own (see inLibraryCode): its instructions touch the process's library
// state, named as one thing, so library steps of one process never commute with each other.

import { Op } from "../bytecode/opcodes.ts";
import { isLibraryCode } from "../bytecode/code.ts";
import { ReturnMode, type Frame } from "../vm/frames.ts";
import { None, PyBoundMethod, PyBuiltinFunction, PyFloat, PyFunction, PyInstance, PyList, PyModule, PyRange, PyTuple, PyType, RangeIterator, SeqIterator, type PyValue } from "../vm/values.ts";
import { lookupInMro, typeOf } from "../vm/types.ts";
import type { SimThread } from "../runtime/thread.ts";
import type { Footprint } from "./system.ts";
import type { PrivateNames } from "./privacy.ts";

/** Instructions that read and write only the frame (value stack, locals, cells it made) and constants. */
const OWN_STATE_ONLY = new Set<number>([
  Op.NOP, Op.POP_TOP, Op.PUSH_NULL, Op.RESUME, Op.LOAD_CONST, Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST,
  Op.MAKE_CELL, Op.COPY_FREE_VARS, Op.LOAD_CLOSURE, Op.PRECALL, Op.KW_NAMES, Op.JUMP_FORWARD, Op.JUMP_BACKWARD,
  Op.JUMP_BACKWARD_NO_INTERRUPT, Op.SWAP, Op.COPY, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.BUILD_SLICE, Op.IS_OP,
  Op.LOAD_ASSERTION_ERROR, Op.MAKE_FUNCTION, Op.PUSH_EXC_INFO, Op.POP_EXCEPT,
]);

/** Instructions private when their operands are primitive values (no user method can run). */
const PRIVATE_ON_PRIMITIVES = new Map<number, number>([
  [Op.BINARY_OP, 2], [Op.COMPARE_OP, 2], [Op.UNARY_NEGATIVE, 1], [Op.UNARY_POSITIVE, 1], [Op.UNARY_NOT, 1],
  [Op.UNARY_INVERT, 1], [Op.POP_JUMP_FORWARD_IF_FALSE, 1], [Op.POP_JUMP_FORWARD_IF_TRUE, 1],
  [Op.POP_JUMP_BACKWARD_IF_FALSE, 1], [Op.POP_JUMP_BACKWARD_IF_TRUE, 1], [Op.JUMP_IF_FALSE_OR_POP, 1],
  [Op.JUMP_IF_TRUE_OR_POP, 1],
]);

const BACKWARD_CONDITIONAL = new Set<number>([Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE]);
const CALLS = new Set<number>([Op.CALL, Op.CALL_FUNCTION_EX]);

function isPrimitive(value: PyValue | undefined): boolean {
  const type = typeof value;
  return type === "number" || type === "string" || type === "boolean" || type === "bigint" || value === None || value instanceof PyFloat;
}

/** The instruction `thread` executes next, or undefined when it has no frame. */
export function nextInstruction(thread: SimThread): { frame: Frame; op: number; arg: number } | undefined {
  const frame = thread.vm.top;
  if (!frame) return undefined;
  return { frame, op: frame.code.code[frame.pc * 2] as number, arg: frame.code.code[frame.pc * 2 + 1] as number };
}

/**
 * Library code (threading, queue, multiprocessing in src/pylib) runs without scheduling points until
 * it blocks or calls back into the program: its objects guard their state with locks, so each call
 * takes effect at one instant (it is linearizable), and interleaving inside it adds states, not outcomes.
 */
export function inLibraryCode(thread: SimThread): boolean {
  const frame = thread.vm.top;
  return frame !== undefined && isLibraryCode(frame.code);
}

const NAME_OPS = new Set<number>([Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME, Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL]);

/** Whether the thread's next instruction can run without a scheduling point in front of it. */
export function nextIsPrivate(thread: SimThread, privateNames: PrivateNames): boolean {
  if (thread.resume) return false;
  const next = nextInstruction(thread);
  if (!next) return false;
  const { frame, op, arg } = next;
  if (inLibraryCode(thread)) return true;
  if (OWN_STATE_ONLY.has(op)) return true;
  if (NAME_OPS.has(op)) {
    const name = frame.code.names[op === Op.LOAD_GLOBAL ? arg >> 1 : arg] as string;
    if (frame.names === frame.globals && privateNames.has(frame.code.filename, name)) return true;
    // A global or built-in nobody ever binds reads what it read when the program started.
    return (op === Op.LOAD_GLOBAL || op === Op.LOAD_NAME) && privateNames.unchangingName(frame.code, name);
  }
  const operands = PRIVATE_ON_PRIMITIVES.get(op);
  if (operands !== undefined) {
    for (let i = 1; i <= operands; i++) if (!isPrimitive(frame.stack[frame.sp - i])) return false;
    return true;
  }
  // A for loop over range() or a tuple: the iterator lives on the loop's value stack only.
  if (op === Op.FOR_ITER) return isPrivateIterator(frame.stack[frame.sp - 1]) || privateNames.iteratesConfinedList(frame.code, frame.pc);
  if (op === Op.CALL) return callIsPrivate(thread, frame, arg);
  // iter() of a built-in sequence makes an iterator without reading the sequence.
  if (op === Op.GET_ITER) return isPlainSequence(frame.stack[frame.sp - 1]);
  if (op === Op.LOAD_METHOD) return findsFixedMethod(frame.stack[frame.sp - 1] as PyValue, frame.code.names[arg] as string, privateNames);
  // Returning to a caller frame of the same thread (the last return ends the thread: visible).
  if (op === Op.RETURN_VALUE) return frame.returnMode === ReturnMode.Normal && thread.vm.frames.length > 1;
  return false;
}

/** Built-ins that, given primitive values only, compute a fresh value from them and touch nothing else. */
const PURE_BUILTINS = new Set(["len", "abs", "min", "max", "round", "divmod", "pow", "chr", "ord"]);
const PURE_TYPES = new Set(["range", "int", "float", "str", "bool"]);

/**
 * CALL of a Python function (or a method bound to one) only binds the arguments in a new frame of this
 * thread: a function's code, defaults and closure cells never change once it is made (what the body
 * then does is judged instruction by instruction). A pure built-in on primitive values touches nothing shared.
 */
function callIsPrivate(thread: SimThread, frame: Frame, argc: number): boolean {
  const base = frame.sp - argc - 2;
  const first = frame.stack[base] as PyValue | null;
  const callable = first === null ? (frame.stack[base + 1] as PyValue) : first;
  if (callable instanceof PyFunction) return true;
  if (callable instanceof PyBoundMethod) return callable.func instanceof PyFunction;
  for (let i = first === null ? base + 2 : base + 1; i < frame.sp; i++) if (!isPrimitive(frame.stack[i] as PyValue)) return false;
  if (callable instanceof PyType) return callable.builtin && PURE_TYPES.has(callable.name);
  return callable instanceof PyBuiltinFunction && callable.self === undefined && PURE_BUILTINS.has(callable.name) && thread.process.vm.builtins.get(callable.name) === callable;
}

function isPrivateIterator(value: PyValue | undefined): boolean {
  if (value instanceof RangeIterator) return true;
  return value instanceof SeqIterator && (typeof value.seq === "string" || value.seq instanceof PyTuple);
}

function isPlainSequence(value: PyValue | undefined): boolean {
  if (typeof value === "string") return true;
  return (value instanceof PyList || value instanceof PyTuple || value instanceof PyRange) && value.instanceDict === undefined;
}

/** LOAD_METHOD finding a method no code can rebind, on the class of an object without its own: nothing read can change. */
function findsFixedMethod(object: PyValue, name: string, privateNames: PrivateNames): boolean {
  if (!(object instanceof PyInstance) || !privateNames.fixedAttribute(name)) return false;
  const method = lookupInMro(typeOf(object), name);
  return (method instanceof PyFunction || (method instanceof PyBuiltinFunction && !method.qualname.startsWith("@"))) && !object.dict.has(name);
}

/**
 * What library code touches: its own modules' state (locks, conditions, queues, the threads it keeps),
 * and objects the program handed it, which the program's own steps touch only in steps of unknown
 * footprint (method calls, attributes, items). Named per process: other processes' observations are
 * dependent anyway (see ProgramExecution.step).
 */
export function libraryFootprint(pid: number): Footprint {
  const name = `${pid}:<library>`;
  return { reads: [name], writes: [name] };
}

/**
 * Whether a library instruction may touch more than the library's state: when it reaches a program
 * module's namespace (pickle looking up a function by name), as program steps name globals one by one.
 */
export function libraryInstructionReachesProgram(thread: SimThread, isProgramModule: (module: PyModule) => boolean): boolean {
  const next = nextInstruction(thread);
  return next === undefined || instructionReachesProgram(next.frame, next.op, next.arg, isProgramModule);
}

/** The same for instruction `op arg` about to run in `frame` (whose value stack is as it runs it). */
export function instructionReachesProgram(frame: Frame, op: number, arg: number, isProgramModule: (module: PyModule) => boolean): boolean {
  if (MODULE_ATTRIBUTE_OPS.has(op)) {
    const object = frame.stack[frame.sp - 1];
    if (object instanceof PyModule && isProgramModule(object)) return true;
    if (op === Op.LOAD_ATTR && NAMESPACE_ATTRIBUTES.has(frame.code.names[arg] as string)) return true;
  }
  if (op === Op.CALL) {
    for (let i = frame.sp - arg - 2; i < frame.sp; i++) {
      const operand = frame.stack[i];
      if (operand instanceof PyModule && isProgramModule(operand)) return true;
    }
  }
  return false;
}

const MODULE_ATTRIBUTE_OPS = new Set<number>([Op.LOAD_ATTR, Op.STORE_ATTR, Op.DELETE_ATTR, Op.LOAD_METHOD]);
/** Attributes that hand out a namespace (a module's or a function's globals). */
const NAMESPACE_ATTRIBUTES = new Set(["__dict__", "__globals__"]);

/** What the thread's next instruction touches, when it is not private: globals by name, else unknown. */
export function nextFootprint(thread: SimThread): Footprint | null {
  const next = nextInstruction(thread);
  if (!next || thread.resume) return null;
  const { frame, op, arg } = next;
  const where = `${thread.process.pid}:${frame.code.filename}`;
  if (op === Op.LOAD_GLOBAL) return { reads: [`${where}:${frame.code.names[arg >> 1]}`], writes: [] };
  if (op === Op.STORE_GLOBAL) return { reads: [], writes: [`${where}:${frame.code.names[arg]}`] };
  // Module-level code reads and writes its globals by name.
  if (frame.names === frame.globals && (op === Op.LOAD_NAME || op === Op.STORE_NAME)) {
    const name = `${where}:${frame.code.names[arg]}`;
    return op === Op.LOAD_NAME ? { reads: [name], writes: [] } : { reads: [], writes: [name] };
  }
  return null;
}

/** Whether the instruction just run was an eval-breaker point (where `gil` lets the GIL go). */
export function wasEvalBreaker(before: { frame: Frame; op: number; pc: number }, thread: SimThread): boolean {
  const { frame, op, pc } = before;
  if (inLibraryCode(thread)) return false;
  if (op === Op.RESUME || op === Op.JUMP_BACKWARD) return true;
  if (BACKWARD_CONDITIONAL.has(op)) return frame.pc <= pc;
  return CALLS.has(op) && thread.vm.top === frame;
}

/** Merges what two parts of one step touched. */
export function union(a: Footprint | null, b: Footprint | null): Footprint | null {
  if (a === null || b === null) return null;
  // Library code touches the same name instruction after instruction: nothing new.
  if (b.reads.every((name) => a.reads.includes(name)) && b.writes.every((name) => a.writes.includes(name))) return a;
  return { reads: [...a.reads, ...b.reads], writes: [...a.writes, ...b.writes] };
}
