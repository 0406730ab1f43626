// User subclasses of built-in containers and values (`class Cache(dict)`, `class Row(tuple)`, `class Name(str)`) and the built-in
// __new__/__init__/dunder methods they reach through super(). An instance keeps its built-in layout
// (a PyList, PyDict, …) with the user class as `cls` and an attribute namespace (`instanceDict`);
// the protocol functions look for the subclass's overrides first (protocol.ts userMethod).

import { SimulatorError } from "../api.ts";
import { typeError } from "./exceptions.ts";
import { defineMethod, registerConstructor, setFrom } from "./builtins-types.ts";
import { iterableToArray } from "./iteration.ts";
import { plainValue } from "./protocol.ts";
import {
  builtinContains, builtinDeleteItem, builtinGetItem, builtinLength, builtinSetItem, hashValue, keyPolicy, typeName,
} from "./objects.ts";
import { builtinRepr } from "./repr.ts";
import * as T from "./types.ts";
import {
  None, PyBoxed, PyBuiltinFunction, PyDict, PyException, PyFloat, PyFunction, PyInstance, PyList, PySet, PyStaticMethod, PyTuple, PyType,
  SeqIterator, TableIterator, type PyObject, type PyValue, type VmContext,
} from "./values.ts";

function subclassed<T extends PyObject>(obj: T, cls: PyType): T {
  obj.cls = cls;
  obj.instanceDict = new Map();
  return obj;
}

/**
 * A new instance of user class `cls` in its built-in base's layout (object.__new__, tuple.__new__…):
 * immutable layouts take their contents from `args` here, mutable ones in __init__.
 */
export function allocateLayout(vm: VmContext, cls: PyType, args: readonly PyValue[]): PyValue {
  switch (cls.layout) {
    case "object":
      return new PyInstance(cls);
    case "exception": {
      const exc = new PyException(cls);
      exc.args = new PyTuple(args);
      return exc;
    }
    case "list":
      return subclassed(new PyList([]), cls);
    case "dict":
      return subclassed(new PyDict(), cls);
    case "set":
      return subclassed(new PySet(false), cls);
    case "tuple":
      return subclassed(new PyTuple(args[0] === undefined ? [] : iterableToArray(vm, args[0])), cls);
    case "frozenset":
      return subclassed(setFrom(vm, args[0], true), cls);
    case "int":
    case "str":
      return subclassed(new PyBoxed(vm.call(cls.layout === "int" ? T.INT : T.STR, [...args]) as number | bigint | string), cls);
    case "float":
      return subclassed(new PyFloat((vm.call(T.FLOAT, [...args]) as PyFloat).value), cls);
    default:
      throw new SimulatorError(`subclassing the built-in type ${cls.layout} is not supported`);
  }
}

/** `X.__new__(cls, …)` of a built-in base: the built-in type itself builds a plain value. */
function builtinNew(base: PyType): PyStaticMethod {
  const fn = (vm: VmContext, [cls, ...args]: PyValue[], kwargs: Map<string, PyValue> | null): PyValue => {
    if (!(cls instanceof PyType)) throw typeError(`${base.name}.__new__(X): X is not a type object (${typeName(cls ?? None)})`);
    if (!T.isSubtype(cls, base)) throw typeError(`${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
    if (cls.builtin) return vm.call(cls, base === T.OBJECT ? [] : args, kwargs);
    return allocateLayout(vm, cls, args);
  };
  return new PyStaticMethod(new PyBuiltinFunction("__new__", fn, undefined, `${base.name}.__new__`));
}

for (const base of [T.OBJECT, T.TUPLE, T.LIST, T.DICT, T.SET, T.FROZENSET, T.INT, T.STR, T.FLOAT]) base.dict.set("__new__", builtinNew(base));

/** Whether a class's __new__ is a built-in one (the class call allocates the layout itself). */
export function isBuiltinNew(value: PyValue | undefined): boolean {
  return value instanceof PyStaticMethod && value.func instanceof PyBuiltinFunction;
}

// __init__ of the mutable containers fills the instance (CPython's list_init, dict_init, set_init).
defineMethod(T.LIST, "__init__", (vm, [self, iterable]) => {
  (self as PyList).items = iterable === undefined ? [] : iterableToArray(vm, iterable);
  return None;
});
defineMethod(T.DICT, "__init__", (vm, [self, ...args], kwargs) => {
  const update = T.DICT.dict.get("update") as PyValue;
  return vm.call(update, [self as PyValue, ...args], kwargs);
});
defineMethod(T.SET, "__init__", (vm, [self, iterable]) => {
  const set = self as PySet;
  set.table.clear();
  const policy = keyPolicy(vm);
  if (iterable !== undefined) for (const item of iterableToArray(vm, iterable)) set.table.set(policy, item, None);
  return None;
});

// The dunders `super().__getitem__(k)` and friends reach: the built-in behaviour, never the override.
for (const type of [T.LIST, T.DICT, T.TUPLE, T.SET, T.FROZENSET]) {
  defineMethod(type, "__len__", (vm, [self]) => builtinLength(vm, self as PyValue));
  defineMethod(type, "__contains__", (vm, [self, item]) => builtinContains(vm, self as PyValue, item as PyValue));
  defineMethod(type, "__iter__", (_vm, [self]) => builtinIter(self as PyValue));
  defineMethod(type, "__repr__", (vm, [self]) => builtinRepr(vm, self as PyValue));
}
for (const type of [T.LIST, T.DICT, T.TUPLE]) {
  defineMethod(type, "__getitem__", (vm, [self, key]) => builtinGetItem(vm, self as PyValue, key as PyValue));
}
for (const type of [T.LIST, T.DICT]) {
  defineMethod(type, "__setitem__", (vm, [self, key, value]) => (builtinSetItem(vm, self as PyValue, key as PyValue, value as PyValue), None));
  defineMethod(type, "__delitem__", (vm, [self, key]) => (builtinDeleteItem(vm, self as PyValue, key as PyValue), None));
}

// What `__hash__ = str.__hash__` beside an own __eq__ reaches: the value's built-in hash.
for (const type of [T.INT, T.STR, T.FLOAT]) {
  defineMethod(type, "__hash__", (vm, [self]) => hashValue(vm, plainValue(self as PyValue)));
}

/** An iterator over the built-in contents, whatever __iter__ the subclass defines. */
function builtinIter(value: PyValue): PyValue {
  if (value instanceof PyList || value instanceof PyTuple) return new SeqIterator(value);
  if (value instanceof PyDict || value instanceof PySet) return new TableIterator(value.table, "keys");
  throw typeError(`'${typeName(value)}' object is not iterable`);
}

/**
 * type(name, bases, namespace) — also what a class statement ends with: the layout of the nearest
 * built-in base, the C3 MRO, __new__ made a staticmethod, and __hash__ = None beside an own __eq__.
 */
export function createClass(name: string, bases: readonly PyType[], namespace: Map<string, PyValue>): PyType {
  const baseTypes = bases.length > 0 ? [...bases] : [T.OBJECT];
  const layouts = new Set(baseTypes.map((base) => base.layout).filter((layout) => layout !== "object"));
  if (layouts.size > 1) throw typeError("multiple bases have instance lay-out conflict");
  const cls = new PyType(name, baseTypes, namespace, false, [...layouts][0] ?? "object");
  const qualname = namespace.get("__qualname__");
  cls.qualname = typeof qualname === "string" ? qualname : name;
  namespace.delete("__qualname__");
  namespace.delete("__classcell__");
  const module = namespace.get("__module__");
  cls.module = typeof module === "string" ? module : "__main__";
  try {
    cls.mro = T.computeMro(cls);
  } catch (error) {
    throw typeError((error as Error).message);
  }
  const userNew = namespace.get("__new__");
  if (userNew instanceof PyFunction) namespace.set("__new__", new PyStaticMethod(userNew));
  if (namespace.has("__eq__") && !namespace.has("__hash__")) namespace.set("__hash__", None);
  return cls;
}

/** type(x) and type(name, bases, dict). */
registerConstructor(T.TYPE, (_vm, args) => {
  if (args.length === 1) return T.typeOf(args[0] as PyValue);
  const [name, bases, dict] = args;
  if (args.length !== 3) throw typeError("type() takes 1 or 3 arguments");
  if (typeof name !== "string") throw typeError(`type.__new__() argument 1 must be str, not ${typeName(name as PyValue)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases as PyValue)}`);
  if (!(dict instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(dict as PyValue)}`);
  const namespace = new Map<string, PyValue>();
  for (const entry of dict.table.live()) namespace.set(entry.key as string, entry.value);
  if (!namespace.has("__module__")) namespace.set("__module__", "__main__");
  for (const base of bases.items) if (!(base instanceof PyType)) throw typeError("bases must be types");
  return createClass(name, bases.items as PyType[], namespace);
});
