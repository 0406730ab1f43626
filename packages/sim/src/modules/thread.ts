// _thread (CPython: Modules/_threadmodule.c) per NATIVES.md: thread start, locks, idents, sentinels,
// thread-local data and the excepthook threading reports uncaught thread exceptions with.

import { pyError, typeError } from "../vm/exceptions.ts";
import { registerConstructor } from "../vm/builtins-types.ts";
import { getAttr } from "../vm/attrs.ts";
import { iterableToArray } from "../vm/iteration.ts";
import { formatException } from "../vm/traceback.ts";
import { exceptionTypeNamed, isSubtype } from "../vm/types.ts";
import { str } from "../vm/repr.ts";
import type { Machine as Vm } from "../vm/machine.ts";
import type { ThreadState } from "../vm/frames.ts";
import {
  None, PyDict, PyFloat, PyFunction, PyBoundMethod, PyBuiltinFunction, PyInstance, PyTuple, PyType, type Namespace, type PyModule, type PyValue,
} from "../vm/values.ts";
import { LOCK_TYPE, RLOCK_TYPE, TIMEOUT_MAX, newLock } from "./locks.ts";
import { currentThread, makeModule, nativeType, processOf } from "./support.ts";

/**
 * `_thread._local`: each thread sees its own attribute namespace. The object keeps its VM (a fork maps
 * it to the child's), whose current thread state selects the namespace.
 */
export class LocalObject extends PyInstance {
  readonly perThread = new Map<ThreadState, Namespace>();
  constructor(
    cls: PyType,
    readonly vm: Vm,
  ) {
    super(cls);
    // Replace PyInstance's own `dict` field by the per-thread accessor below.
    delete (this as { dict?: Namespace }).dict;
  }
}
Object.defineProperty(LocalObject.prototype, "dict", {
  get(this: LocalObject): Namespace {
    const thread = this.vm.thread;
    let namespace = this.perThread.get(thread);
    if (!namespace) {
      namespace = new Map();
      this.perThread.set(thread, namespace);
      thread.localTables.push(this.perThread);
    }
    return namespace;
  },
});

/** A thread has ended: its data in every `_local` it touched goes (and with it what only that data kept alive). */
export function dropThreadLocals(thread: ThreadState): void {
  for (const table of thread.localTables) table.delete(thread);
  thread.localTables.length = 0;
}

const LOCAL_TYPE = nativeType("_thread", "_local", []);
registerConstructor(LOCAL_TYPE, (vm, args, kwargs, cls) => {
  if (args.length > 0 || (kwargs && kwargs.size > 0)) throw typeError("Initialization arguments are not supported");
  return new LocalObject(cls, vm as Vm);
});

const EXCEPT_HOOK_ARGS = nativeType("_thread", "_ExceptHookArgs", []);
const HOOK_FIELDS = ["exc_type", "exc_value", "exc_traceback", "thread"];
registerConstructor(EXCEPT_HOOK_ARGS, (vm, args) => {
  const values = iterableToArray(vm, args[0] ?? new PyTuple([]));
  if (values.length !== 4) throw typeError(`_thread._ExceptHookArgs() takes a 4-sequence (${values.length}-sequence given)`);
  const instance = new PyInstance(EXCEPT_HOOK_ARGS);
  HOOK_FIELDS.forEach((field, i) => instance.dict.set(field, values[i] as PyValue));
  return instance;
});

function isCallable(value: PyValue): boolean {
  return value instanceof PyFunction || value instanceof PyBoundMethod || value instanceof PyBuiltinFunction || value instanceof PyType;
}

function startNewThread(vm: Vm, args: PyValue[]): PyValue {
  const [fn, fnArgs, fnKwargs] = args;
  if (fn === undefined || !isCallable(fn)) throw typeError("first arg must be callable");
  if (!(fnArgs instanceof PyTuple)) throw typeError("2nd arg must be a tuple");
  if (fnKwargs !== undefined && fnKwargs !== None && !(fnKwargs instanceof PyDict)) throw typeError("optional 3rd arg must be a dictionary");
  let kwargs: Map<string, PyValue> | null = null;
  if (fnKwargs instanceof PyDict) {
    kwargs = new Map();
    for (const entry of fnKwargs.table.live()) kwargs.set(entry.key as string, entry.value);
  }
  const process = processOf(vm);
  return process.machine.startThread(process, fn, [...fnArgs.items], kwargs);
}

function exceptHook(vm: Vm, hookArgs: PyValue): PyValue {
  const excType = getAttr(vm, hookArgs, "exc_type");
  if (excType instanceof PyType && isSubtype(excType, exceptionTypeNamed("SystemExit"))) return None;
  const thread = getAttr(vm, hookArgs, "thread");
  const name = thread === None ? String(currentThread(vm).ident) : str(vm, getAttr(vm, thread, "name"));
  const value = getAttr(vm, hookArgs, "exc_value");
  const lookup = processOf(vm).machine.config.sourceLookup;
  const traceback = value instanceof PyInstance && "traceback" in value ? formatException(vm, value as never, lookup) : "";
  vm.output.write("stderr", `Exception in thread ${name}:\n${traceback}`);
  return None;
}

export function threadModule(vm: Vm): PyModule {
  void vm;
  return makeModule("_thread", [
    ["start_new_thread", (v, args) => startNewThread(v as Vm, args)],
    ["start_new", (v, args) => startNewThread(v as Vm, args)],
    ["allocate_lock", () => newLock()],
    ["allocate", () => newLock()],
    ["LockType", LOCK_TYPE],
    ["RLock", RLOCK_TYPE],
    ["get_ident", (v) => currentThread(v).ident],
    ["get_native_id", (v) => currentThread(v).nativeId],
    ["_set_sentinel", (v) => {
      const lock = newLock();
      currentThread(v).sentinel = lock;
      return lock;
    }],
    ["_count", (v) => processOf(v).threads.filter((t) => t.live && !t.isMain).length],
    ["stack_size", () => 0],
    ["daemon_threads_allowed", () => true],
    ["_local", LOCAL_TYPE],
    ["_excepthook", (v, args) => exceptHook(v as Vm, args[0] ?? None)],
    ["_ExceptHookArgs", EXCEPT_HOOK_ARGS],
    ["error", exceptionTypeNamed("RuntimeError")],
    ["TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX)],
  ]);
}

export function raiseNotImplemented(name: string): never {
  throw pyError("NotImplementedError", name);
}
