// _collections.deque (CPython: Modules/_collectionsmodule.c): native, so each operation is one atomic
// step, as CPython's C deque is. Fork copies it with the heap.

import { pyError, typeError, indexError } from "../vm/exceptions.ts";
import { registerConstructor } from "../vm/builtins-types.ts";
import { iterableToArray } from "../vm/iteration.ts";
import { equals } from "../vm/objects.ts";
import { isIntLike } from "../vm/numbers.ts";
import { repr } from "../vm/repr.ts";
import { None, PyInstance, SeqIterator, type PyModule, type PyValue, type VmContext } from "../vm/values.ts";
import { argsByName, makeModule, nativeType } from "./support.ts";

class DequeObject extends PyInstance {
  items: PyValue[] = [];
  maxlen: number | null = null;
}

function self(args: PyValue[]): DequeObject {
  return args[0] as DequeObject;
}

function trim(deque: DequeObject, fromLeft: boolean): void {
  if (deque.maxlen === null) return;
  while (deque.items.length > deque.maxlen) {
    if (fromLeft) deque.items.shift();
    else deque.items.pop();
  }
}

function popFrom(deque: DequeObject, left: boolean): PyValue {
  if (deque.items.length === 0) throw indexError("pop from an empty deque");
  return (left ? deque.items.shift() : deque.items.pop()) as PyValue;
}

function index(deque: DequeObject, value: PyValue | undefined): number {
  if (!isIntLike(value as PyValue)) throw typeError("sequence index must be integer, not 'str'");
  let i = Number(value);
  if (i < 0) i += deque.items.length;
  if (i < 0 || i >= deque.items.length) throw indexError("deque index out of range");
  return i;
}

function dequeRepr(vm: VmContext, deque: DequeObject): string {
  const body = `[${deque.items.map((item) => repr(vm, item)).join(", ")}]`;
  return deque.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${deque.maxlen})`;
}

const DEQUE_TYPE = nativeType("collections", "deque", [
  ["append", (_vm, args) => {
    const deque = self(args);
    deque.items.push(args[1] as PyValue);
    trim(deque, true);
    return None;
  }],
  ["appendleft", (_vm, args) => {
    const deque = self(args);
    deque.items.unshift(args[1] as PyValue);
    trim(deque, false);
    return None;
  }],
  ["pop", (_vm, args) => popFrom(self(args), false)],
  ["popleft", (_vm, args) => popFrom(self(args), true)],
  ["clear", (_vm, args) => {
    self(args).items.length = 0;
    return None;
  }],
  ["extend", (vm, args) => {
    const deque = self(args);
    deque.items.push(...iterableToArray(vm, args[1] as PyValue));
    trim(deque, true);
    return None;
  }],
  ["remove", (vm, args) => {
    const deque = self(args);
    const at = deque.items.findIndex((item) => equals(vm, item, args[1] as PyValue));
    if (at < 0) throw pyError("ValueError", "deque.remove(x): x not in deque");
    deque.items.splice(at, 1);
    return None;
  }],
  ["__len__", (_vm, args) => self(args).items.length],
  ["__bool__", (_vm, args) => self(args).items.length > 0],
  ["__iter__", (_vm, args) => new SeqIterator({ items: [...self(args).items] })],
  ["__getitem__", (_vm, args) => self(args).items[index(self(args), args[1])] as PyValue],
  ["__contains__", (vm, args) => self(args).items.some((item) => equals(vm, item, args[1] as PyValue))],
  ["__repr__", (vm, args) => dequeRepr(vm, self(args))],
]);

// A deque has no __dict__ (CPython's deque type): `d.x = 1` is an AttributeError.
DEQUE_TYPE.instancesHaveNoDict = true;

registerConstructor(DEQUE_TYPE, (vm, args, kwargs) => {
  const [iterable, maxlen] = argsByName("deque", ["iterable", "maxlen"], args, kwargs);
  const deque = new DequeObject(DEQUE_TYPE);
  if (maxlen !== undefined && maxlen !== None) {
    if (!isIntLike(maxlen) || Number(maxlen) < 0) throw pyError("ValueError", "maxlen must be non-negative");
    deque.maxlen = Number(maxlen);
  }
  if (iterable !== undefined && iterable !== None) deque.items = iterableToArray(vm, iterable);
  trim(deque, true);
  return deque;
});

export function collectionsModule(): PyModule {
  return makeModule("_collections", [["deque", DEQUE_TYPE]]);
}
