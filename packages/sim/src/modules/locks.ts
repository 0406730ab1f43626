// _thread's lock and RLock (CPython: Modules/_threadmodule.c). A lock's state lives in the heap object
// (so fork copies it: held stays held); who waits for it lives in the machine (a fork child has no waiters).

import { pyError, valueError } from "../vm/exceptions.ts";
import { address } from "../vm/repr.ts";
import { registerConstructor } from "../vm/builtins-types.ts";
import { None, PyFloat, PyInstance, PyTuple, type PyValue, type VmContext } from "../vm/values.ts";
import type { SimMachine } from "../runtime/machine.ts";
import type { SimThread } from "../runtime/thread.ts";
import { argsByName, block, currentThread, nativeType, processOf, seconds, type Kwargs } from "./support.ts";

export const TIMEOUT_MAX = 9223372036;

export class LockObject extends PyInstance {
  locked = false;
}

export class RLockObject extends PyInstance {
  owner = 0;
  count = 0;
}

/** acquire's (blocking, timeout) with CPython's checks: the deadline in ns from now, or Infinity. */
function acquireArgs(vm: VmContext, fname: string, args: PyValue[], kwargs: Kwargs): { blocking: boolean; timeoutNs: number } {
  const [blockingArg, timeoutArg] = argsByName(fname, ["blocking", "timeout"], args, kwargs);
  const blocking = blockingArg === undefined ? true : Boolean(blockingArg instanceof PyFloat ? blockingArg.value : blockingArg);
  const timeout = timeoutArg === undefined || timeoutArg === None ? -1 : seconds(timeoutArg);
  if (!blocking && timeout !== -1) throw valueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw valueError("timeout value must be positive");
  if (timeout > TIMEOUT_MAX) throw pyError("OverflowError", "timestamp out of range for platform time_t");
  void vm;
  return { blocking, timeoutNs: timeout === -1 ? Infinity : timeout * 1e9 };
}

function lockId(vm: VmContext, lock: PyInstance): string {
  return `lock@${address(vm, lock)}`;
}

function acquireLock(vm: VmContext, lock: LockObject, args: PyValue[], kwargs: Kwargs): PyValue {
  const { blocking, timeoutNs } = acquireArgs(vm, "acquire", args, kwargs);
  const process = processOf(vm);
  if (!lock.locked) {
    lock.locked = true;
    process.machine.trace.record(process.current, { kind: "lock", action: "acquire", lock: lockId(vm, lock) }, process.nowNs());
    return true;
  }
  if (!blocking) return false;
  process.machine.trace.record(process.current, { kind: "lock", action: "wait", lock: lockId(vm, lock) }, process.nowNs());
  return block(vm, {
    reason: "lock",
    on: lock,
    deadline: process.nowNs() + timeoutNs,
    attemptOn: (on) => lockAttempt(on as LockObject),
  });
}

/** A blocked acquire's retry: take the lock if it is free. */
function lockAttempt(lock: LockObject): (timedOut: boolean) => PyValue | undefined {
  return (timedOut) => {
    if (!lock.locked) {
      lock.locked = true;
      return true;
    }
    return timedOut ? false : undefined;
  };
}

function releaseLock(vm: VmContext, lock: LockObject): PyValue {
  if (!lock.locked) throw pyError("RuntimeError", "release unlocked lock");
  lock.locked = false;
  const process = processOf(vm);
  process.machine.trace.record(process.current, { kind: "lock", action: "release", lock: lockId(vm, lock) }, process.nowNs());
  process.machine.wake(lock, process.nowNs());
  return None;
}

function self<T>(args: PyValue[]): T {
  return args[0] as unknown as T;
}

export const LOCK_TYPE = nativeType("_thread", "lock", [
  ["acquire", (vm, args, kwargs) => acquireLock(vm, self(args), args.slice(1), kwargs)],
  ["acquire_lock", (vm, args, kwargs) => acquireLock(vm, self(args), args.slice(1), kwargs)],
  ["__enter__", (vm, args) => acquireLock(vm, self(args), [], null)],
  ["release", (vm, args) => releaseLock(vm, self(args))],
  ["release_lock", (vm, args) => releaseLock(vm, self(args))],
  ["__exit__", (vm, args) => releaseLock(vm, self(args))],
  ["locked", (_vm, args) => self<LockObject>(args).locked],
  ["_at_fork_reinit", (_vm, args) => {
    self<LockObject>(args).locked = false;
    return None;
  }],
  ["__repr__", (vm, args) => {
    const lock = self<LockObject>(args);
    return `<${lock.locked ? "locked" : "unlocked"} _thread.lock object at ${address(vm, lock)}>`;
  }],
]);

export function newLock(): LockObject {
  return new LockObject(LOCK_TYPE);
}

// ---------- RLock ----------

function acquireRLock(vm: VmContext, lock: RLockObject, args: PyValue[], kwargs: Kwargs): PyValue {
  const { blocking, timeoutNs } = acquireArgs(vm, "acquire", args, kwargs);
  const me = currentThread(vm).ident;
  if (lock.count > 0 && lock.owner === me) {
    lock.count++;
    return true;
  }
  if (takeRLock(lock, me)) return true;
  if (!blocking) return false;
  const process = processOf(vm);
  return block(vm, {
    reason: "RLock",
    on: lock,
    deadline: process.nowNs() + timeoutNs,
    attemptOn: (on) => rlockAttempt(on as RLockObject, me),
  });
}

/** Takes a free RLock for thread `me`. */
function takeRLock(lock: RLockObject, me: number): boolean {
  if (lock.count > 0) return false;
  lock.owner = me;
  lock.count = 1;
  return true;
}

function rlockAttempt(lock: RLockObject, me: number): (timedOut: boolean) => PyValue | undefined {
  return (timedOut) => (takeRLock(lock, me) ? true : timedOut ? false : undefined);
}

/** Condition.wait's re-acquire: the RLock back at the count and owner it had. */
function restoreAttempt(lock: RLockObject, count: number, owner: number): () => PyValue | undefined {
  return () => {
    if (lock.count > 0) return undefined;
    lock.count = count;
    lock.owner = owner;
    return None;
  };
}

function releaseRLock(vm: VmContext, lock: RLockObject): PyValue {
  if (lock.count === 0 || lock.owner !== currentThread(vm).ident) throw pyError("RuntimeError", "cannot release un-acquired lock");
  if (--lock.count === 0) {
    lock.owner = 0;
    const process = processOf(vm);
    process.machine.wake(lock, process.nowNs());
  }
  return None;
}

export const RLOCK_TYPE = nativeType("_thread", "RLock", [
  ["acquire", (vm, args, kwargs) => acquireRLock(vm, self(args), args.slice(1), kwargs)],
  ["__enter__", (vm, args) => acquireRLock(vm, self(args), [], null)],
  ["release", (vm, args) => releaseRLock(vm, self(args))],
  ["__exit__", (vm, args) => releaseRLock(vm, self(args))],
  ["_is_owned", (vm, args) => {
    const lock = self<RLockObject>(args);
    return lock.count > 0 && lock.owner === currentThread(vm).ident;
  }],
  ["_release_save", (vm, args) => {
    const lock = self<RLockObject>(args);
    if (lock.count === 0 || lock.owner !== currentThread(vm).ident) throw pyError("RuntimeError", "cannot release un-acquired lock");
    const state = new PyTuple([lock.count, lock.owner]);
    lock.count = 0;
    lock.owner = 0;
    const process = processOf(vm);
    process.machine.wake(lock, process.nowNs());
    return state;
  }],
  ["_acquire_restore", (vm, args) => {
    const lock = self<RLockObject>(args);
    const state = args[1] as PyTuple;
    const [count, owner] = state.items as [number, number];
    if (lock.count === 0) {
      lock.count = count;
      lock.owner = owner;
      return None;
    }
    return block(vm, {
      reason: "RLock",
      on: lock,
      deadline: Infinity,
      attemptOn: (on) => restoreAttempt(on as RLockObject, count, owner),
    });
  }],
  ["_at_fork_reinit", (_vm, args) => {
    const lock = self<RLockObject>(args);
    lock.count = 0;
    lock.owner = 0;
    return None;
  }],
  ["__repr__", (vm, args) => {
    const lock = self<RLockObject>(args);
    const state = lock.count > 0 ? "locked" : "unlocked";
    return `<${state} _thread.RLock object owner=${lock.owner} count=${lock.count} at ${address(vm, lock)}>`;
  }],
]);

registerConstructor(RLOCK_TYPE, () => new RLockObject(RLOCK_TYPE));
registerConstructor(LOCK_TYPE, () => newLock());
// CPython's locks have no __dict__: `lock.x = 1` is an AttributeError.
LOCK_TYPE.instancesHaveNoDict = true;
RLOCK_TYPE.instancesHaveNoDict = true;

/** A thread ended: its sentinel lock (threading's join waits on it) is released. */
export function releaseSentinel(machine: SimMachine, thread: SimThread): void {
  const sentinel = thread.sentinel;
  if (!(sentinel instanceof LockObject) || !sentinel.locked) return;
  sentinel.locked = false;
  machine.wake(sentinel, thread.localNs);
}
