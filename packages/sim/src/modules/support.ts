// Helpers shared by the native modules: the process and thread a call runs in, blocking, argument
// parsing with CPython's messages, and module/type construction.

import { SimulatorError } from "../api.ts";
import type { Machine as Vm } from "../vm/machine.ts";
import { pyError, typeError } from "../vm/exceptions.ts";
import { isIntLike } from "../vm/numbers.ts";
import { typeOf, makeBuiltinType, OBJECT } from "../vm/types.ts";
import { None, PyBuiltinFunction, PyFloat, PyModule, type NativeFn, type PyType, type PyValue, type VmContext } from "../vm/values.ts";
import type { Process } from "../runtime/process.ts";
import type { SimThread } from "../runtime/thread.ts";
import { buildWait, type WaitSpec } from "../runtime/wait.ts";

export type Kwargs = Map<string, PyValue> | null;

export function processOf(vm: VmContext): Process {
  const host = (vm as Vm).host;
  if (!host) throw new SimulatorError("this module needs the Simulator II machine");
  return host as Process;
}

export function currentThread(vm: VmContext): SimThread {
  return processOf(vm).current;
}

/**
 * Blocks the calling thread on `wait` and returns a placeholder; the machine puts the real result in
 * its place when the wait ends. Inside a nested loop (a native caller on the JS stack, which cannot be
 * suspended) the machine runs the other threads until this one may go on, and returns the result.
 */
export function block(vm: VmContext, spec: WaitSpec): PyValue {
  const process = processOf(vm);
  const wait = buildWait(spec);
  if ((vm as Vm).nestedDepth > 0) return process.machine.blockNested(process.current, wait);
  process.machine.block(process.current, wait);
  return None;
}

export function seconds(value: PyValue | undefined): number {
  if (value instanceof PyFloat) return value.value;
  if (isIntLike(value as PyValue)) return Number(value);
  throw typeError(`'${typeOf(value ?? None).name}' object cannot be interpreted as an integer`);
}

export function intArg(value: PyValue | undefined, what: string): number {
  if (value !== undefined && isIntLike(value)) return Number(value);
  throw typeError(`'${typeOf(value ?? None).name}' object cannot be interpreted as an integer${what ? "" : ""}`);
}

/** Positional-or-keyword arguments by name (CPython's argument clinic, simplified). */
export function argsByName(fname: string, names: readonly string[], args: PyValue[], kwargs: Kwargs): (PyValue | undefined)[] {
  if (args.length > names.length) throw typeError(`${fname}() takes at most ${names.length} arguments (${args.length} given)`);
  const values: (PyValue | undefined)[] = names.map((_, i) => args[i]);
  for (const [key, value] of kwargs ?? []) {
    const index = names.indexOf(key);
    if (index < 0) throw typeError(`${fname}() got an unexpected keyword argument '${key}'`);
    values[index] = value;
  }
  return values;
}

export function makeModule(name: string, entries: [string, PyValue | NativeFn][]): PyModule {
  const dict = new Map<string, PyValue>([["__name__", name], ["__doc__", None]]);
  for (const [key, value] of entries) dict.set(key, typeof value === "function" ? new PyBuiltinFunction(key, value) : value);
  return new PyModule(name, dict);
}

/** A built-in type of a native module with methods (self is args[0]). */
export function nativeType(module: string, name: string, methods: [string, NativeFn][], base: PyType = OBJECT): PyType {
  const type = makeBuiltinType(name, [base]);
  type.module = module;
  type.dict.set("__module__", module);
  for (const [method, fn] of methods) type.dict.set(method, new PyBuiltinFunction(method, fn, undefined, `${name}.${method}`));
  return type;
}

/** `fn`, counted as an operation other processes can observe (SimMachine.interProcessOps). */
export function interProcess(fn: NativeFn): NativeFn {
  return (vm, args, kwargs) => {
    processOf(vm).machine.interProcessOps++;
    return fn(vm, args, kwargs);
  };
}

export function oserror(errno: number, message: string, type: "OSError" | "ChildProcessError" | "BrokenPipeError" | "ProcessLookupError" = "OSError"): never {
  throw pyError(type, `[Errno ${errno}] ${message}`);
}
