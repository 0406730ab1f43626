// Generator methods called from Python or native code: __next__, send, throw and close, each run
// on a nested loop (genobject.c's gen_send_ex, gen_throw, gen_close), through `yield from` delegates.

import { Op } from "../bytecode/opcodes.ts";
import { defineMethod } from "./builtins-types.ts";
import { newException, pyError, PyThrow, typeError } from "./exceptions.ts";
import { ReturnMode, type Frame } from "./frames.ts";
import { jumpToHandler, runNested, tracebackEntry } from "./interp.ts";
import type { Machine } from "./machine.ts";
import { exceptionTypeNamed, GENERATOR, isInstance, isSubtype, BASE_EXCEPTION } from "./types.ts";
import { getAttrOrUndefined } from "./attrs.ts";
import { None, PyException, PyGenerator, PyType, type PyValue, type VmContext } from "./values.ts";

/** next()/send(): the yielded value, or StopIteration carrying what the generator returned. */
export function generatorStep(vm: VmContext, gen: PyGenerator, sent: PyValue): PyValue {
  if (gen.finished) throw pyError("StopIteration");
  const value = vm.resumeGenerator(gen, sent);
  if (value !== undefined) return value;
  throw returned(gen);
}

/** StopIteration(value) for a generator that just returned `value` (plain StopIteration for None). */
function returned(gen: PyGenerator): PyThrow {
  const result = gen.returnValue;
  gen.returnValue = None;
  return result === None ? pyError("StopIteration") : pyError("StopIteration", result);
}

/** `yield from` in progress: the frame is suspended right after the YIELD_VALUE of a SEND loop. */
function isDelegating(frame: Frame): boolean {
  const code = frame.code.code;
  return code[frame.pc * 2] === Op.RESUME && (code[frame.pc * 2 + 1] as number) >= 2;
}

/**
 * Raises `exc` at the generator's paused yield and runs it on to its next yield (the value) or its
 * end (StopIteration with its return value); an exception it does not handle propagates. A generator
 * paused in `yield from` passes `exc` to its delegate first (PEP 380, genobject.c's _gen_throw).
 */
function raiseAtYield(m: Machine, gen: PyGenerator, exc: PyException): PyValue {
  if (gen.running) throw pyError("ValueError", "generator already executing");
  const frame = gen.frame as Frame;
  if (!gen.started || gen.finished) {
    gen.finished = true;
    throw new PyThrow(exc);
  }
  let raised = exc;
  if (isDelegating(frame)) {
    const outcome = throwIntoDelegate(m, gen, frame.stack[frame.sp - 1] as PyValue, exc);
    if (outcome.kind === "yielded") return outcome.value;
    if (outcome.kind === "returned") return finishYieldFrom(m, gen, frame, outcome.value);
    raised = outcome.exception;
  }
  const thread = m.thread;
  if (raised.context === null && thread.handled instanceof PyException && thread.handled !== raised) raised.context = thread.handled;
  raised.traceback.unshift(tracebackEntry(frame));
  if (!jumpToHandler(frame, raised)) {
    gen.finished = true;
    throw new PyThrow(raised);
  }
  return runToNextYield(m, gen, frame);
}

function runToNextYield(m: Machine, gen: PyGenerator, frame: Frame): PyValue {
  gen.running = true;
  m.pushFrame(m.thread, frame, ReturnMode.GeneratorNested);
  const value = runNested(m, m.thread);
  if (value !== undefined) return value;
  throw returned(gen);
}

type DelegateOutcome =
  | { kind: "yielded"; value: PyValue }
  | { kind: "returned"; value: PyValue }
  | { kind: "raise"; exception: PyException };

/**
 * throw()/close() reaching a `yield from`: GeneratorExit closes the delegate, then is raised in the
 * delegator; another exception goes to the delegate's throw() (raised in the delegator when it has
 * none). The delegate yields (passed on), returns (the `yield from` ends with its value) or raises.
 */
function throwIntoDelegate(m: Machine, gen: PyGenerator, delegate: PyValue, exc: PyException): DelegateOutcome {
  const closing = isInstance(exc, exceptionTypeNamed("GeneratorExit"));
  gen.running = true;
  try {
    if (closing) {
      closeIterator(m, delegate);
      return { kind: "raise", exception: exc };
    }
    if (delegate instanceof PyGenerator) return { kind: "yielded", value: raiseAtYield(m, delegate, exc) };
    const method = getAttrOrUndefined(m, delegate, "throw");
    if (method === undefined) return { kind: "raise", exception: exc };
    return { kind: "yielded", value: m.call(method, [exc]) };
  } catch (error) {
    if (!(error instanceof PyThrow)) throw error;
    if (!closing && isInstance(error.exception, exceptionTypeNamed("StopIteration"))) {
      return { kind: "returned", value: error.exception.args.items[0] ?? None };
    }
    return { kind: "raise", exception: error.exception };
  } finally {
    gen.running = false;
  }
}

/** genobject.c's gen_close_iter: close() a generator, or call the iterator's close method if it has one. */
function closeIterator(m: Machine, iterator: PyValue): void {
  if (iterator instanceof PyGenerator) {
    closeGenerator(m, iterator);
    return;
  }
  const method = getAttrOrUndefined(m, iterator, "close");
  if (method !== undefined) m.call(method, []);
}

/** The delegate returned `value`: the `yield from` (SEND two instructions back) ends with it, and the generator runs on. */
function finishYieldFrom(m: Machine, gen: PyGenerator, frame: Frame, value: PyValue): PyValue {
  const send = frame.pc - 2;
  frame.stack[frame.sp - 1] = value;
  frame.pc = send + 1 + (frame.code.code[send * 2 + 1] as number);
  return runToNextYield(m, gen, frame);
}

/** throw(type[, value]) or throw(instance): the exception instance to raise. */
function exceptionToThrow(vm: VmContext, args: PyValue[]): PyException {
  const [first, value] = args;
  if (first instanceof PyException) return first;
  if (first instanceof PyType && isSubtype(first, BASE_EXCEPTION)) {
    if (value instanceof PyException) return value;
    const created = vm.call(first, value === undefined || value === None ? [] : [value]);
    return created as PyException;
  }
  throw typeError("exceptions must be classes or instances deriving from BaseException, not " + (first === undefined ? "NoneType" : "object"));
}

/** close(): GeneratorExit at the paused yield; yielding again is a RuntimeError. */
function closeGenerator(m: Machine, gen: PyGenerator): PyValue {
  if (!gen.started || gen.finished) {
    gen.finished = true;
    return None;
  }
  try {
    raiseAtYield(m, gen, newException(exceptionTypeNamed("GeneratorExit"), []));
  } catch (error) {
    const ended = error instanceof PyThrow &&
      (isInstance(error.exception, exceptionTypeNamed("GeneratorExit")) || isInstance(error.exception, exceptionTypeNamed("StopIteration")));
    if (ended) return None;
    throw error;
  }
  throw pyError("RuntimeError", "generator ignored GeneratorExit");
}

defineMethod(GENERATOR, "__next__", (vm, [self]) => generatorStep(vm, self as PyGenerator, None));
defineMethod(GENERATOR, "send", (vm, [self, value]) => generatorStep(vm, self as PyGenerator, value ?? None));
defineMethod(GENERATOR, "throw", (vm, [self, ...args]) => raiseAtYield(vm as Machine, self as PyGenerator, exceptionToThrow(vm, args)));
defineMethod(GENERATOR, "close", (vm, [self]) => closeGenerator(vm as Machine, self as PyGenerator));
