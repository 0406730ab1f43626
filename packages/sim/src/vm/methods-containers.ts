// Methods of list, tuple, dict and set (self is args[0]).

import { pyError, typeError } from "./exceptions.ts";
import { defineMethod, dictView, setFrom } from "./builtins-types.ts";
import { iterableToArray } from "./iteration.ts";
import { asIndex, equals, keyPolicy, typeName, isSubset, rangeIndexOf } from "./objects.ts";
import { keyedSortCall, sortValues } from "./sorting.ts";
import { setOperation } from "./sequences.ts";
import { repr } from "./repr.ts";
import * as T from "./types.ts";
import { None, PyClassMethod, PyBuiltinFunction, PyDict, PyList, type PyRange, PySet, PyTuple, type PyValue, type VmContext } from "./values.ts";

type Kw = Map<string, PyValue> | null;

function listMethod(name: string, fn: (vm: VmContext, self: PyList, args: PyValue[], kwargs: Kw) => PyValue): void {
  defineMethod(T.LIST, name, (vm, [self, ...args], kwargs) => fn(vm, self as PyList, args, kwargs));
}

function findIndex(vm: VmContext, items: readonly PyValue[], value: PyValue): number {
  return items.findIndex((x) => x === value || equals(vm, x, value));
}

listMethod("append", (_vm, self, [value]) => (self.items.push(value as PyValue), None));
listMethod("extend", (vm, self, [iterable]) => (self.items.push(...iterableToArray(vm, iterable as PyValue)), None));
listMethod("insert", (_vm, self, [index, value]) => {
  const n = self.items.length;
  let i = asIndex(index as PyValue, "'str' object cannot be interpreted as an integer");
  if (i < 0) i = Math.max(0, i + n);
  self.items.splice(Math.min(i, n), 0, value as PyValue);
  return None;
});
listMethod("pop", (_vm, self, [index]) => {
  if (self.items.length === 0) throw pyError("IndexError", "pop from empty list");
  const n = self.items.length;
  const raw = index === undefined ? n - 1 : asIndex(index, "list indices must be integers");
  const i = raw < 0 ? raw + n : raw;
  if (i < 0 || i >= n) throw pyError("IndexError", "pop index out of range");
  return self.items.splice(i, 1)[0] as PyValue;
});
listMethod("remove", (vm, self, [value]) => {
  const i = findIndex(vm, self.items, value as PyValue);
  if (i < 0) throw pyError("ValueError", "list.remove(x): x not in list");
  self.items.splice(i, 1);
  return None;
});
listMethod("index", (vm, self, [value]) => {
  const i = findIndex(vm, self.items, value as PyValue);
  if (i < 0) throw pyError("ValueError", `${repr(vm, value as PyValue)} is not in list`);
  return i;
});
listMethod("count", (vm, self, [value]) => self.items.filter((x) => equals(vm, x, value as PyValue)).length);
listMethod("reverse", (_vm, self) => (self.items.reverse(), None));
listMethod("copy", (_vm, self) => new PyList([...self.items]));
listMethod("clear", (_vm, self) => ((self.items.length = 0), None));
listMethod("sort", (vm, self, args, kwargs) => {
  if (args.length > 0) throw typeError("sort() takes no positional arguments");
  const [key, reverse] = [kwargs?.get("key") ?? None, kwargs?.get("reverse") ?? false];
  const handedOver = keyedSortCall(vm, "sort_by_key", self, key, reverse);
  if (handedOver) return handedOver;
  const sorted = sortValues(vm, self.items, key, reverse);
  self.items.splice(0, self.items.length, ...sorted);
  return None;
});

defineMethod(T.TUPLE, "count", (vm, [self, value]) => (self as PyTuple).items.filter((x) => equals(vm, x, value as PyValue)).length);
defineMethod(T.TUPLE, "index", (vm, [self, value]) => {
  const i = findIndex(vm, (self as PyTuple).items, value as PyValue);
  if (i < 0) throw pyError("ValueError", "tuple.index(x): x not in tuple");
  return i;
});

defineMethod(T.RANGE, "index", (vm, [self, value]) => {
  const i = rangeIndexOf(self as PyRange, value as PyValue);
  if (i < 0) throw pyError("ValueError", `${repr(vm, value as PyValue)} is not in range`);
  return i;
});
defineMethod(T.RANGE, "count", (_vm, [self, value]) => (rangeIndexOf(self as PyRange, value as PyValue) < 0 ? 0 : 1));

function dictMethod(name: string, fn: (vm: VmContext, self: PyDict, args: PyValue[], kwargs: Kw) => PyValue): void {
  defineMethod(T.DICT, name, (vm, [self, ...args], kwargs) => fn(vm, self as PyDict, args, kwargs));
}

dictMethod("get", (vm, self, [key, fallback]) => self.table.get(keyPolicy(vm), key as PyValue) ?? fallback ?? None);
dictMethod("keys", (_vm, self) => dictView(self, "keys"));
dictMethod("values", (_vm, self) => dictView(self, "values"));
dictMethod("items", (_vm, self) => dictView(self, "items"));
dictMethod("pop", (vm, self, [key, fallback]) => {
  const removed = self.table.delete(keyPolicy(vm), key as PyValue);
  if (removed) return removed.value;
  if (fallback !== undefined) return fallback;
  throw pyError("KeyError", key as PyValue);
});
dictMethod("popitem", (vm, self) => {
  const entries = [...self.table.live()];
  const last = entries[entries.length - 1];
  if (!last) throw pyError("KeyError", "popitem(): dictionary is empty");
  self.table.delete(keyPolicy(vm), last.key);
  return new PyTuple([last.key, last.value]);
});
dictMethod("setdefault", (vm, self, [key, fallback]) => {
  const policy = keyPolicy(vm);
  const found = self.table.get(policy, key as PyValue);
  if (found !== undefined) return found;
  self.table.set(policy, key as PyValue, fallback ?? None);
  return fallback ?? None;
});
dictMethod("update", (vm, self, [other], kwargs) => {
  const policy = keyPolicy(vm);
  if (other instanceof PyDict) for (const e of other.table.live()) self.table.set(policy, e.key, e.value);
  else if (other !== undefined) {
    for (const item of iterableToArray(vm, other)) {
      const pair = iterableToArray(vm, item);
      self.table.set(policy, pair[0] as PyValue, pair[1] as PyValue);
    }
  }
  for (const [key, value] of kwargs ?? []) self.table.set(policy, key, value);
  return None;
});
dictMethod("copy", (vm, self) => {
  const copy = new PyDict();
  const policy = keyPolicy(vm);
  for (const e of self.table.live()) copy.table.set(policy, e.key, e.value);
  return copy;
});
dictMethod("clear", (_vm, self) => (self.table.clear(), None));
T.DICT.dict.set(
  "fromkeys",
  new PyClassMethod(
    new PyBuiltinFunction("fromkeys", (vm, [, keys, value]) => {
      const dict = new PyDict();
      const policy = keyPolicy(vm);
      for (const key of iterableToArray(vm, keys as PyValue)) dict.table.set(policy, key, value ?? None);
      return dict;
    }),
  ),
);

function setMethod(type: typeof T.SET, name: string, fn: (vm: VmContext, self: PySet, args: PyValue[]) => PyValue): void {
  defineMethod(type, name, (vm, [self, ...args]) => fn(vm, self as PySet, args));
}

for (const type of [T.SET, T.FROZENSET]) {
  const algebra = (name: string, symbol: string): void =>
    setMethod(type, name, (vm, self, others) =>
      others.reduce<PySet>((acc, other) => setOperation(vm, acc, other instanceof PySet ? other : setFrom(vm, other, false), symbol, false) as PySet, self),
    );
  algebra("union", "|");
  algebra("intersection", "&");
  algebra("difference", "-");
  algebra("symmetric_difference", "^");
  setMethod(type, "issubset", (vm, self, [other]) => isSubset(vm, self, other instanceof PySet ? other : setFrom(vm, other, false)));
  setMethod(type, "issuperset", (vm, self, [other]) => isSubset(vm, other instanceof PySet ? other : setFrom(vm, other, false), self));
  setMethod(type, "isdisjoint", (vm, self, [other]) => (setOperation(vm, self, other instanceof PySet ? other : setFrom(vm, other, false), "&", false) as PySet).table.size === 0);
  setMethod(type, "copy", (vm, self) => setFrom(vm, self, self.frozen));
}
setMethod(T.SET, "add", (vm, self, [value]) => (self.table.set(keyPolicy(vm), value as PyValue, None), None));
setMethod(T.SET, "discard", (vm, self, [value]) => (self.table.delete(keyPolicy(vm), value as PyValue), None));
setMethod(T.SET, "remove", (vm, self, [value]) => {
  if (!self.table.delete(keyPolicy(vm), value as PyValue)) throw pyError("KeyError", value as PyValue);
  return None;
});
setMethod(T.SET, "pop", (vm, self) => {
  const first = self.table.ordered()[0];
  if (!first) throw pyError("KeyError", "pop from an empty set");
  self.table.delete(keyPolicy(vm), first.key);
  return first.key;
});
setMethod(T.SET, "clear", (_vm, self) => (self.table.clear(), None));
setMethod(T.SET, "update", (vm, self, others) => {
  const policy = keyPolicy(vm);
  for (const other of others) for (const item of iterableToArray(vm, other)) self.table.set(policy, item, None);
  return None;
});
setMethod(T.SET, "difference_update", (vm, self, others) => {
  const policy = keyPolicy(vm);
  for (const other of others) for (const item of iterableToArray(vm, other)) self.table.delete(policy, item);
  return None;
});

export const CONTAINER_METHODS_LOADED = typeName;
