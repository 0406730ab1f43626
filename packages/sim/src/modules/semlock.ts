// _multiprocessing.SemLock (CPython: Modules/_multiprocessing/semaphore.c): a semaphore shared between
// processes. The counter is shared (fork does not copy it); the Python object with its owner and
// recursion count is per process, as CPython's is.

import { pyError, valueError } from "../vm/exceptions.ts";
import { registerConstructor } from "../vm/builtins-types.ts";
import { None, PyInstance, PyStaticMethod, PyBuiltinFunction, type PyValue, type VmContext } from "../vm/values.ts";
import type { SharedBetweenProcesses } from "../runtime/copy.ts";
import { argsByName, block, currentThread, interProcess, intArg, makeModule, nativeType, processOf, seconds, type Kwargs } from "./support.ts";
import type { PyModule } from "../vm/values.ts";

const RECURSIVE_MUTEX = 0;
const SEM_VALUE_MAX = 2147483647;

export class SharedSemaphore implements SharedBetweenProcesses {
  readonly sharedBetweenProcesses = true;
  constructor(
    public value: number,
    readonly handle: number,
  ) {}
}

export class SemLockObject extends PyInstance {
  count = 0;
  /** "pid:ident" of the owner (the last acquirer). */
  owner = "";
  constructor(readonly sem: SharedSemaphore, kind: number, maxvalue: number, name: PyValue) {
    super(SEMLOCK_TYPE);
    this.dict.set("kind", kind);
    this.dict.set("maxvalue", maxvalue);
    this.dict.set("name", name);
    this.dict.set("handle", sem.handle);
  }

  get kind(): number {
    return this.dict.get("kind") as number;
  }

  get maxvalue(): number {
    return this.dict.get("maxvalue") as number;
  }
}

function me(vm: VmContext): string {
  return `${processOf(vm).pid}:${currentThread(vm).ident}`;
}

function self(args: PyValue[]): SemLockObject {
  return args[0] as SemLockObject;
}

function acquire(vm: VmContext, lock: SemLockObject, args: PyValue[], kwargs: Kwargs): PyValue {
  const [blockArg, timeoutArg] = argsByName("acquire", ["block", "timeout"], args, kwargs);
  const owner = me(vm);
  if (lock.kind === RECURSIVE_MUTEX && lock.count > 0 && lock.owner === owner) {
    lock.count++;
    return true;
  }
  if (takeSemLock(lock, owner)) return true;
  if (blockArg !== undefined && !blockArg) return false;
  const timeout = timeoutArg === undefined || timeoutArg === None ? Infinity : Math.max(0, seconds(timeoutArg)) * 1e9;
  return block(vm, {
    reason: "multiprocessing lock",
    on: lock.sem,
    context: lock,
    deadline: processOf(vm).nowNs() + timeout,
    attemptOn: (_sem, context) => semLockAttempt(context as SemLockObject, owner),
  });
}

/** Takes the semaphore for `owner` ("pid:ident") if it is above zero. */
function takeSemLock(lock: SemLockObject, owner: string): boolean {
  if (lock.sem.value <= 0) return false;
  lock.sem.value--;
  lock.count++;
  lock.owner = owner;
  return true;
}

function semLockAttempt(lock: SemLockObject, owner: string): (timedOut: boolean) => PyValue | undefined {
  return (timedOut) => (takeSemLock(lock, owner) ? true : timedOut ? false : undefined);
}

function release(vm: VmContext, lock: SemLockObject): PyValue {
  if (lock.kind === RECURSIVE_MUTEX) {
    if (lock.count === 0 || lock.owner !== me(vm)) throw pyError("AssertionError", "attempt to release recursive lock not owned by thread");
    if (lock.count > 1) {
      lock.count--;
      return None;
    }
  } else if (lock.sem.value >= lock.maxvalue) {
    throw valueError("semaphore or lock released too many times");
  }
  lock.sem.value++;
  lock.count = Math.max(0, lock.count - 1);
  const process = processOf(vm);
  process.machine.wake(lock.sem, process.nowNs());
  return None;
}

const SEMLOCK_TYPE = nativeType("_multiprocessing", "SemLock", [
  ["acquire", interProcess((vm, args, kwargs) => acquire(vm, self(args), args.slice(1), kwargs))],
  ["__enter__", interProcess((vm, args) => acquire(vm, self(args), [], null))],
  ["release", interProcess((vm, args) => release(vm, self(args)))],
  ["__exit__", interProcess((vm, args) => release(vm, self(args)))],
  ["_count", (_vm, args) => self(args).count],
  ["_is_mine", (vm, args) => self(args).count > 0 && self(args).owner === me(vm)],
  ["_get_value", interProcess((_vm, args) => self(args).sem.value)],
  ["_is_zero", interProcess((_vm, args) => self(args).sem.value === 0)],
  ["_after_fork", (_vm, args) => {
    self(args).count = 0;
    return None;
  }],
]);
SEMLOCK_TYPE.dict.set("SEM_VALUE_MAX", SEM_VALUE_MAX);
SEMLOCK_TYPE.dict.set("_rebuild", new PyStaticMethod(new PyBuiltinFunction("_rebuild", (vm, [handle, kind, maxvalue, name]) => {
  const sem = processOf(vm).machine.semaphores.get(intArg(handle, "handle")) as SharedSemaphore | undefined;
  if (!sem) throw pyError("FileNotFoundError", "[Errno 2] No such file or directory");
  return new SemLockObject(sem, intArg(kind, "kind"), intArg(maxvalue, "maxvalue"), name ?? None);
})));

registerConstructor(SEMLOCK_TYPE, (vm, args, kwargs) => {
  const [kind, value, maxvalue, name] = argsByName("SemLock", ["kind", "value", "maxvalue", "name", "unlink"], args, kwargs);
  const machine = processOf(vm).machine;
  const sem = new SharedSemaphore(intArg(value, "value"), machine.semaphores.size + 1);
  machine.semaphores.set(sem.handle, sem);
  return new SemLockObject(sem, intArg(kind, "kind"), intArg(maxvalue, "maxvalue"), name ?? None);
});

export function multiprocessingNativeModule(): PyModule {
  return makeModule("_multiprocessing", [
    ["SemLock", SEMLOCK_TYPE],
    ["sem_unlink", () => None],
  ]);
}
