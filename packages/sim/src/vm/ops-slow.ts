// Every instruction the hot loop does not handle inline. Works on the frame's own pc/sp; calls that
// run Python code push frames (so they stay preemptible) instead of recursing.

import { Op as OpTable } from "../bytecode/opcodes.ts";
import { isCodeObject, type CodeObject } from "../bytecode/code.ts";
import { SimulatorError } from "../api.ts";
import type { Frame, ThreadState } from "./frames.ts";
import { PyThrow, newException, pyError, typeError } from "./exceptions.ts";
import {
  binaryOp, contains, deleteItem, equals, getItem, keyPolicy, richCompare, setItem, truthy, typeName,
  unaryInvert, unaryNegative, unaryPositive,
} from "./objects.ts";
import { delAttr, getAttr, loadMethod, setAttr } from "./attrs.ts";
import { getIter, iterableToArray, iterNext } from "./iteration.ts";
import { exceptionTypeNamed, isInstance, isSubtype, typeOf, BASE_EXCEPTION } from "./types.ts";
import { formatValue } from "./builtins-core.ts";
import { ascii, str, repr } from "./repr.ts";
import type { Machine } from "./machine.ts";
import {
  None, PyCell, PyDict, PyException, PyFunction, PyGenerator, PyInstance, PyIterator, PyList, PySet, PySlice, PyTuple,
  PyType, type PyValue,
} from "./values.ts";
import { userMethod } from "./protocol.ts";

/** A plain local copy: case labels load from it without going through module-export getters. */
const Op = { ...OpTable };

export const Signal = { Continue: 0, StopNested: 1, Finished: 2 } as const;
type SignalValue = (typeof Signal)[keyof typeof Signal];

export function unboundLocalError(frame: Frame, index: number): PyThrow {
  const name = frame.code.varnames[index] as string;
  return pyError("UnboundLocalError", `cannot access local variable '${name}' where it is not associated with a value`);
}

/** NameError for `name` raised in `frame`, carrying what its "Did you mean" looks through. */
export function nameError(frame: Frame, name: string): PyThrow {
  const error = pyError("NameError", `name '${name}' is not defined`);
  error.exception.dict.set("name", name);
  error.exception.nameScopes = [frame.code.varnames, [...frame.globals.keys()], [...frame.builtins.keys()]];
  return error;
}

function derefName(code: CodeObject, index: number): string {
  return (index < code.cellvars.length ? code.cellvars[index] : code.freevars[index - code.cellvars.length]) as string;
}

function push(frame: Frame, value: PyValue | null): void {
  frame.stack[frame.sp++] = value as PyValue;
}

function pop(frame: Frame): PyValue {
  return frame.stack[--frame.sp] as PyValue;
}

function popN(frame: Frame, n: number): PyValue[] {
  frame.sp -= n;
  return frame.stack.slice(frame.sp, frame.sp + n);
}

function top(frame: Frame, depth = 1): PyValue {
  return frame.stack[frame.sp - depth] as PyValue;
}

export function slowOp(m: Machine, thread: ThreadState, frame: Frame, op: number, arg: number): SignalValue {
  const code = frame.code;
  switch (op) {
    case Op.PUSH_NULL:
      push(frame, null);
      return Signal.Continue;
    case Op.DELETE_FAST:
      if (frame.locals[arg] === undefined) throw unboundLocalError(frame, arg);
      frame.locals[arg] = undefined;
      return Signal.Continue;
    case Op.STORE_GLOBAL:
      frame.globals.set(code.names[arg] as string, pop(frame));
      return Signal.Continue;
    case Op.DELETE_GLOBAL: {
      const name = code.names[arg] as string;
      if (!frame.globals.delete(name)) throw nameError(frame, name);
      return Signal.Continue;
    }
    case Op.LOAD_NAME: {
      const name = code.names[arg] as string;
      const value = frame.names.get(name) ?? frame.globals.get(name) ?? frame.builtins.get(name);
      if (value === undefined) throw nameError(frame, name);
      push(frame, value);
      return Signal.Continue;
    }
    case Op.STORE_NAME:
      frame.names.set(code.names[arg] as string, pop(frame));
      return Signal.Continue;
    case Op.DELETE_NAME: {
      const name = code.names[arg] as string;
      if (!frame.names.delete(name)) throw nameError(frame, name);
      return Signal.Continue;
    }
    case Op.MAKE_CELL: {
      const argIndex = code.cell2arg[arg] ?? -1;
      frame.cells[arg] = new PyCell(argIndex >= 0 ? frame.locals[argIndex] : undefined);
      return Signal.Continue;
    }
    case Op.COPY_FREE_VARS:
      return Signal.Continue;
    case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF: {
      if (op === Op.LOAD_CLASSDEREF) {
        const own = frame.names.get(derefName(code, arg));
        if (own !== undefined) {
          push(frame, own);
          return Signal.Continue;
        }
      }
      const value = (frame.cells[arg] as PyCell).value;
      if (value === undefined) {
        const name = derefName(code, arg);
        if (arg < code.cellvars.length) {
          throw pyError("UnboundLocalError", `cannot access local variable '${name}' where it is not associated with a value`);
        }
        throw pyError("NameError", `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
      }
      push(frame, value);
      return Signal.Continue;
    }
    case Op.STORE_DEREF:
      (frame.cells[arg] as PyCell).value = pop(frame);
      return Signal.Continue;
    case Op.DELETE_DEREF:
      (frame.cells[arg] as PyCell).value = undefined;
      return Signal.Continue;
    case Op.LOAD_CLOSURE:
      push(frame, frame.cells[arg] as PyCell);
      return Signal.Continue;
    case Op.LOAD_ATTR:
      frame.stack[frame.sp - 1] = getAttr(m, top(frame), code.names[arg] as string);
      return Signal.Continue;
    case Op.STORE_ATTR: {
      const obj = pop(frame);
      const value = pop(frame);
      setAttr(m, obj, code.names[arg] as string, value);
      return Signal.Continue;
    }
    case Op.DELETE_ATTR:
      delAttr(m, pop(frame), code.names[arg] as string);
      return Signal.Continue;
    case Op.LOAD_METHOD: {
      const [method, self] = loadMethod(m, pop(frame), code.names[arg] as string);
      push(frame, method);
      push(frame, self);
      return Signal.Continue;
    }
    case Op.KW_NAMES:
      frame.kwNames = (code.consts[arg] as PyTuple).items as string[];
      return Signal.Continue;
    case Op.CALL:
      return callInstruction(m, thread, frame, arg);
    case Op.CALL_FUNCTION_EX: {
      const kwargs = arg & 1 ? pop(frame) : null;
      const args = pop(frame) as PyTuple;
      const callable = pop(frame);
      const nullSlot = frame.stack[frame.sp - 1];
      if (nullSlot === null) frame.sp--;
      return m.invoke(thread, frame, callable, [...args.items], kwargs ? dictToKwargs(kwargs) : null);
    }
    case Op.UNARY_NEGATIVE:
      frame.stack[frame.sp - 1] = unaryNegative(m, top(frame));
      return Signal.Continue;
    case Op.UNARY_POSITIVE:
      frame.stack[frame.sp - 1] = unaryPositive(m, top(frame));
      return Signal.Continue;
    case Op.UNARY_NOT:
      frame.stack[frame.sp - 1] = !truthy(m, top(frame));
      return Signal.Continue;
    case Op.UNARY_INVERT:
      frame.stack[frame.sp - 1] = unaryInvert(m, top(frame));
      return Signal.Continue;
    case Op.BINARY_OP: {
      const right = pop(frame);
      frame.stack[frame.sp - 1] = binaryOp(m, top(frame), right, arg);
      return Signal.Continue;
    }
    case Op.COMPARE_OP: {
      const right = pop(frame);
      frame.stack[frame.sp - 1] = richCompare(m, top(frame), right, arg);
      return Signal.Continue;
    }
    case Op.IS_OP: {
      const right = pop(frame);
      const same = top(frame) === right;
      frame.stack[frame.sp - 1] = arg ? !same : same;
      return Signal.Continue;
    }
    case Op.CONTAINS_OP: {
      const container = pop(frame);
      const found = contains(m, container, top(frame));
      frame.stack[frame.sp - 1] = arg ? !found : found;
      return Signal.Continue;
    }
    case Op.BINARY_SUBSCR: {
      const key = pop(frame);
      frame.stack[frame.sp - 1] = getItem(m, top(frame), key);
      return Signal.Continue;
    }
    case Op.STORE_SUBSCR: {
      const key = pop(frame);
      const container = pop(frame);
      setItem(m, container, key, pop(frame));
      return Signal.Continue;
    }
    case Op.DELETE_SUBSCR: {
      const key = pop(frame);
      deleteItem(m, pop(frame), key);
      return Signal.Continue;
    }
    case Op.BUILD_SLICE: {
      const step = arg === 3 ? pop(frame) : None;
      const stop = pop(frame);
      const start = pop(frame);
      push(frame, new PySlice(start, stop, step));
      return Signal.Continue;
    }
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP: {
      const truth = truthy(m, top(frame));
      if (truth === (op === Op.JUMP_IF_TRUE_OR_POP)) frame.pc += arg;
      else frame.sp--;
      return Signal.Continue;
    }
    case Op.POP_JUMP_FORWARD_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE: {
      const truth = truthy(m, pop(frame));
      const onTrue = op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
      const forward = op === Op.POP_JUMP_FORWARD_IF_FALSE || op === Op.POP_JUMP_FORWARD_IF_TRUE;
      if (truth === onTrue) frame.pc += forward ? arg : -arg;
      return Signal.Continue;
    }
    case Op.GET_ITER:
      frame.stack[frame.sp - 1] = getIter(m, top(frame));
      return Signal.Continue;
    case Op.FOR_ITER:
      return forIter(m, thread, frame, arg);
    case Op.RETURN_VALUE:
      return m.returnFrom(thread, frame, pop(frame));
    case Op.BUILD_TUPLE:
      push(frame, new PyTuple(popN(frame, arg)));
      return Signal.Continue;
    case Op.BUILD_LIST:
      push(frame, new PyList(popN(frame, arg)));
      return Signal.Continue;
    case Op.BUILD_SET: {
      const set = new PySet(false);
      const policy = keyPolicy(m);
      for (const item of popN(frame, arg)) set.table.set(policy, item, None);
      push(frame, set);
      return Signal.Continue;
    }
    case Op.BUILD_MAP: {
      const dict = new PyDict();
      const policy = keyPolicy(m);
      const items = popN(frame, arg * 2);
      for (let i = 0; i < items.length; i += 2) dict.table.set(policy, items[i] as PyValue, items[i + 1] as PyValue);
      push(frame, dict);
      return Signal.Continue;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = pop(frame) as PyTuple;
      const values = popN(frame, arg);
      const dict = new PyDict();
      const policy = keyPolicy(m);
      keys.items.forEach((key, i) => dict.table.set(policy, key, values[i] as PyValue));
      push(frame, dict);
      return Signal.Continue;
    }
    case Op.BUILD_STRING:
      push(frame, popN(frame, arg).join(""));
      return Signal.Continue;
    case Op.LIST_APPEND: {
      const value = pop(frame);
      (top(frame, arg) as PyList).items.push(value);
      return Signal.Continue;
    }
    case Op.SET_ADD: {
      const value = pop(frame);
      (top(frame, arg) as PySet).table.set(keyPolicy(m), value, None);
      return Signal.Continue;
    }
    case Op.MAP_ADD: {
      const value = pop(frame);
      const key = pop(frame);
      (top(frame, arg) as PyDict).table.set(keyPolicy(m), key, value);
      return Signal.Continue;
    }
    case Op.LIST_EXTEND: {
      const iterable = pop(frame);
      const list = top(frame, arg) as PyList;
      try {
        list.items.push(...iterableToArray(m, iterable));
      } catch (error) {
        if (error instanceof PyThrow && isInstance(error.exception, exceptionTypeNamed("TypeError")) && getIterFails(m, iterable)) {
          throw typeError(`Value after * must be an iterable, not ${typeName(iterable)}`);
        }
        throw error;
      }
      return Signal.Continue;
    }
    case Op.SET_UPDATE: {
      const iterable = pop(frame);
      const set = top(frame, arg) as PySet;
      const policy = keyPolicy(m);
      if (iterable instanceof PySet) set.table.mergeSet(policy, iterable.table);
      else for (const item of iterableToArray(m, iterable)) set.table.set(policy, item, None);
      return Signal.Continue;
    }
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE: {
      const other = pop(frame);
      const dict = top(frame, arg) as PyDict;
      if (!(other instanceof PyDict)) {
        throw typeError(`'${typeName(other)}' object is not a mapping`);
      }
      const policy = keyPolicy(m);
      for (const entry of other.table.live()) {
        if (op === Op.DICT_MERGE && dict.table.find(policy, entry.key)) {
          throw typeError(`got multiple values for keyword argument '${str(m, entry.key)}'`);
        }
        dict.table.set(policy, entry.key, entry.value);
      }
      return Signal.Continue;
    }
    case Op.LIST_TO_TUPLE:
      frame.stack[frame.sp - 1] = new PyTuple([...(top(frame) as PyList).items]);
      return Signal.Continue;
    case Op.UNPACK_SEQUENCE:
      unpackSequence(m, frame, arg);
      return Signal.Continue;
    case Op.UNPACK_EX:
      unpackEx(m, frame, arg & 0xff, arg >> 8);
      return Signal.Continue;
    case Op.FORMAT_VALUE: {
      const spec = arg & 4 ? (pop(frame) as string) : "";
      let value = pop(frame);
      const conversion = arg & 3;
      if (conversion === 1) value = str(m, value);
      else if (conversion === 2) value = repr(m, value);
      else if (conversion === 3) value = ascii(m, value);
      push(frame, typeof value === "string" && spec === "" ? value : formatValue(m, value, spec));
      return Signal.Continue;
    }
    case Op.MAKE_FUNCTION:
      push(frame, makeFunction(frame, arg));
      return Signal.Continue;
    case Op.LOAD_BUILD_CLASS:
      push(frame, m.buildClass);
      return Signal.Continue;
    case Op.BEFORE_WITH:
      return beforeWith(m, thread, frame);
    case Op.WITH_EXCEPT_START: {
      const exc = top(frame) as PyException;
      const exit = top(frame, 4);
      return m.invoke(thread, frame, exit, [typeOf(exc), exc, None], null);
    }
    case Op.PUSH_EXC_INFO: {
      const exc = pop(frame);
      push(frame, thread.handled);
      thread.handled = exc;
      push(frame, exc);
      return Signal.Continue;
    }
    case Op.POP_EXCEPT:
      thread.handled = pop(frame);
      return Signal.Continue;
    case Op.CHECK_EXC_MATCH: {
      const match = pop(frame);
      push(frame, exceptionMatches(top(frame), match));
      return Signal.Continue;
    }
    case Op.RERAISE: {
      const exc = pop(frame);
      throw new PyThrow(exc as PyException);
    }
    case Op.RAISE_VARARGS:
      return raiseVarargs(m, thread, frame, arg);
    case Op.LOAD_ASSERTION_ERROR:
      push(frame, exceptionTypeNamed("AssertionError"));
      return Signal.Continue;
    case Op.RETURN_GENERATOR:
      return m.returnGenerator(thread, frame);
    case Op.GET_YIELD_FROM_ITER: {
      const iterable = top(frame);
      if (!(iterable instanceof PyGenerator)) frame.stack[frame.sp - 1] = getIter(m, iterable);
      return Signal.Continue;
    }
    case Op.SEND:
      return send(m, thread, frame, arg);
    case Op.YIELD_VALUE:
      return m.yieldFrom(thread, frame, pop(frame));
    case Op.IMPORT_NAME: {
      const fromList = pop(frame);
      const level = pop(frame);
      push(frame, m.importName(code.names[arg] as string, fromList, Number(level), frame.globals));
      return Signal.Continue;
    }
    case Op.IMPORT_FROM:
      push(frame, m.importFrom(top(frame), code.names[arg] as string));
      return Signal.Continue;
    case Op.IMPORT_STAR: {
      const module = pop(frame);
      m.importStar(module, frame.names);
      return Signal.Continue;
    }
    case Op.SWAP: {
      const stack = frame.stack;
      const i = frame.sp - 1;
      const j = frame.sp - arg;
      const tmp = stack[i] as PyValue;
      stack[i] = stack[j] as PyValue;
      stack[j] = tmp;
      return Signal.Continue;
    }
    case Op.COPY:
      push(frame, top(frame, arg));
      return Signal.Continue;
    case Op.SETUP_ANNOTATIONS:
      if (!frame.names.has("__annotations__")) frame.names.set("__annotations__", new PyDict());
      return Signal.Continue;
    default:
      throw new SimulatorError(`instruction ${op} is not supported`, code.filename, frame.line);
  }
}

function getIterFails(m: Machine, value: PyValue): boolean {
  try {
    getIter(m, value);
    return false;
  } catch {
    return true;
  }
}


export function dictToKwargs(value: PyValue): Map<string, PyValue> {
  if (!(value instanceof PyDict)) throw typeError(`argument after ** must be a mapping, not ${typeName(value)}`);
  const out = new Map<string, PyValue>();
  for (const entry of value.table.live()) {
    if (typeof entry.key !== "string") throw typeError("keywords must be strings");
    out.set(entry.key, entry.value);
  }
  return out;
}

function callInstruction(m: Machine, thread: ThreadState, frame: Frame, argc: number): SignalValue {
  const kwNames = frame.kwNames;
  frame.kwNames = null;
  const stack = frame.stack;
  const base = frame.sp - argc - 2;
  const first = stack[base] as PyValue | null;
  let callable: PyValue;
  let args: PyValue[];
  if (first === null) {
    callable = stack[base + 1] as PyValue;
    args = stack.slice(base + 2, frame.sp);
  } else {
    callable = first;
    args = stack.slice(base + 1, frame.sp);
  }
  frame.sp = base;
  let kwargs: Map<string, PyValue> | null = null;
  if (kwNames && kwNames.length > 0) {
    kwargs = new Map();
    const values = args.splice(args.length - kwNames.length);
    kwNames.forEach((name, i) => (kwargs as Map<string, PyValue>).set(name, values[i] as PyValue));
  }
  return m.invoke(thread, frame, callable, args, kwargs);
}

function forIter(m: Machine, thread: ThreadState, frame: Frame, arg: number): SignalValue {
  const iterator = top(frame);
  if (iterator instanceof PyIterator) {
    const next = iterator.next(m);
    if (next === undefined) {
      frame.sp--;
      frame.pc += arg;
    } else push(frame, next);
    return Signal.Continue;
  }
  if (iterator instanceof PyGenerator) return m.resumeForIter(thread, frame, iterator, arg);
  const dunder = iterator instanceof PyInstance ? userMethod(iterator, "__next__") : undefined;
  if (dunder instanceof PyFunction) return m.callNextForIter(thread, iterator, dunder);
  const next = iterNext(m, iterator);
  if (next === undefined) {
    frame.sp--;
    frame.pc += arg;
  } else push(frame, next);
  return Signal.Continue;
}

/**
 * SEND (3.11): [receiver, value] → [receiver, yielded] to go on to YIELD_VALUE, or, when the
 * receiver is exhausted, [result] and a jump past the loop. A generator receiver resumes in a
 * pushed frame (ReturnMode.GeneratorSend finishes the instruction when it returns).
 */
function send(m: Machine, thread: ThreadState, frame: Frame, jump: number): SignalValue {
  const value = pop(frame);
  const receiver = top(frame);
  if (receiver instanceof PyGenerator && !receiver.finished) {
    m.resumeSend(thread, receiver, value);
    return Signal.Continue;
  }
  const next = receiver instanceof PyGenerator ? { done: true, value: None } : sendToIterator(m, receiver, value);
  if (next.done) {
    frame.stack[frame.sp - 1] = next.value;
    frame.pc += jump;
  } else push(frame, next.value);
  return Signal.Continue;
}

/** One step of a non-generator iterator: next() for None, else its send(). */
function sendToIterator(m: Machine, receiver: PyValue, value: PyValue): { done: boolean; value: PyValue } {
  if (value === None) {
    const next = iterNext(m, receiver);
    return next === undefined ? { done: true, value: None } : { done: false, value: next };
  }
  try {
    return { done: false, value: m.callMethod(receiver, "send", [value]) };
  } catch (error) {
    if (error instanceof PyThrow && isInstance(error.exception, exceptionTypeNamed("StopIteration"))) {
      return { done: true, value: error.exception.args.items[0] ?? None };
    }
    throw error;
  }
}

function unpackSequence(m: Machine, frame: Frame, count: number): void {
  const value = pop(frame);
  const items = value instanceof PyTuple || value instanceof PyList ? value.items : iterableToArrayForUnpack(m, value);
  if (items.length !== count) {
    if (items.length < count) {
      throw pyError("ValueError", `not enough values to unpack (expected ${count}, got ${items.length})`);
    }
    throw pyError("ValueError", `too many values to unpack (expected ${count})`);
  }
  for (let i = count - 1; i >= 0; i--) push(frame, items[i] as PyValue);
}

function iterableToArrayForUnpack(m: Machine, value: PyValue): readonly PyValue[] {
  if (getIterFails(m, value)) throw typeError(`cannot unpack non-iterable ${typeName(value)} object`);
  return iterableToArray(m, value);
}

function unpackEx(m: Machine, frame: Frame, before: number, after: number): void {
  const items = iterableToArrayForUnpack(m, pop(frame));
  if (items.length < before + after) {
    throw pyError("ValueError", `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = new PyList(items.slice(before, items.length - after) as PyValue[]);
  const ordered = [...items.slice(0, before), middle, ...items.slice(items.length - after)];
  for (let i = ordered.length - 1; i >= 0; i--) push(frame, ordered[i] as PyValue);
}

function makeFunction(frame: Frame, flags: number): PyFunction {
  const code = pop(frame);
  if (!isCodeObject(code)) throw new Error("MAKE_FUNCTION without a code object");
  const closure = flags & 8 ? ((pop(frame) as PyTuple).items as PyCell[]) : [];
  if (flags & 4) pop(frame);
  let kwdefaults: Map<string, PyValue> | null = null;
  if (flags & 2) {
    kwdefaults = new Map();
    for (const entry of (pop(frame) as PyDict).table.live()) kwdefaults.set(entry.key as string, entry.value);
  }
  const defaults = flags & 1 ? (pop(frame) as PyTuple).items : [];
  return new PyFunction(code, frame.globals, frame.builtins, defaults, kwdefaults, closure);
}

function beforeWith(m: Machine, thread: ThreadState, frame: Frame): SignalValue {
  const manager = pop(frame);
  const type = typeOf(manager);
  let exit: PyValue;
  let enter: [PyValue | null, PyValue];
  try {
    enter = loadMethod(m, manager, "__enter__");
  } catch {
    throw typeError(`'${type.name}' object does not support the context manager protocol`);
  }
  try {
    exit = getAttr(m, manager, "__exit__");
  } catch {
    throw typeError(`'${type.name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  push(frame, exit);
  const [method, self] = enter;
  if (method === null) return m.invoke(thread, frame, self, [], null);
  return m.invoke(thread, frame, method, [self], null);
}

function exceptionMatches(exc: PyValue, match: PyValue): boolean {
  const classes = match instanceof PyTuple ? match.items : [match];
  for (const cls of classes) {
    if (!(cls instanceof PyType) || !isSubtype(cls, BASE_EXCEPTION)) {
      throw typeError("catching classes that do not inherit from BaseException is not allowed");
    }
  }
  return classes.some((cls) => isInstance(exc, cls as PyType));
}

/** An exception instance from `raise X` / `raise X(...)`: classes are instantiated with no args. */
function instantiateException(m: Machine, value: PyValue, role: "raise" | "cause"): PyException | null {
  if (value instanceof PyType && isSubtype(value, BASE_EXCEPTION)) {
    const created = m.call(value, []);
    if (!(created instanceof PyException)) throw typeError("calling exception class did not return an exception");
    return created;
  }
  if (value instanceof PyException) return value;
  if (role === "cause" && value === None) return null;
  if (role === "cause") throw typeError("exception causes must derive from BaseException");
  throw typeError("exceptions must derive from BaseException");
}

function raiseVarargs(m: Machine, thread: ThreadState, frame: Frame, count: number): SignalValue {
  if (count === 0) {
    const handled = thread.handled;
    if (!(handled instanceof PyException)) throw pyError("RuntimeError", "No active exception to reraise");
    throw new PyThrow(handled);
  }
  const causeValue = count === 2 ? pop(frame) : undefined;
  const exc = instantiateException(m, pop(frame), "raise") as PyException;
  if (causeValue !== undefined) {
    exc.cause = instantiateException(m, causeValue, "cause");
    exc.suppressContext = true;
  }
  throw new PyThrow(exc);
}

export function newExceptionOf(type: PyType, args: PyValue[]): PyException {
  return newException(type, args);
}

export { equals };
