// Constructors of the built-in types (int(...), list(...), Exception(...), …) and the methods of
// object and BaseException. Container methods live in methods-*.ts.

import * as I from "./primitives/int.ts";
import { floatAsIntegerRatio, floatFromString } from "./primitives/float.ts";
import { SimulatorError } from "../api.ts";
import { primitive, pyError, typeError } from "./exceptions.ts";
import { isIntLike, toFloat } from "./numbers.ts";
import { encodeText } from "./codecs.ts";
import { asIndex, keyPolicy, truthy, typeName } from "./objects.ts";
import { repr, str } from "./repr.ts";
import { callSpecial, plainValue } from "./protocol.ts";
import { iterableToArray } from "./iteration.ts";
import * as T from "./types.ts";
import { PyBoxed, PySuper, PyType } from "./values.ts";
import {
  None, PyBuiltinFunction, PyBytes, PyClassMethod, PyDict, PyException, PyFloat, PyInstance, PyList, PyProperty,
  PyRange, PySet, PySlice, PyStaticMethod, PyTuple, type PyValue, type VmContext, PyDictView
} from "./values.ts";

export type Constructor = (vm: VmContext, args: PyValue[], kwargs: Map<string, PyValue> | null, cls: PyType) => PyValue;

function noKwargs(name: string, kwargs: Map<string, PyValue> | null): void {
  if (kwargs && kwargs.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}

function atMost(name: string, args: PyValue[], max: number): void {
  if (args.length > max) throw typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
}

function intFrom(vm: VmContext, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const base = kwargs?.get("base") ?? args[1];
  const value = args[0] === undefined ? undefined : plainValue(args[0]);
  if (value === undefined) return 0;
  // Bytes are read as ASCII text (errors show them as bytes: b'x').
  if (value instanceof PyBytes) return primitive(() => I.intFromString(String.fromCharCode(...value.bytes), (base ?? 10) as I.IntArg, repr(vm, value)));
  if (base !== undefined) {
    if (typeof value !== "string") throw typeError("int() can't convert non-string with explicit base");
    return primitive(() => I.intFromString(value, base as I.IntArg));
  }
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isIntLike(value)) return value;
  if (value instanceof PyFloat) return primitive(() => I.intFromFloat(value.value));
  if (typeof value === "string") return primitive(() => I.intFromString(value, 10));
  const viaInt = callSpecial(vm, value, "__int__", []) ?? callSpecial(vm, value, "__index__", []);
  if (viaInt !== undefined) return viaInt;
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(value)}'`);
}

function floatFrom(vm: VmContext, args: PyValue[]): PyValue {
  atMost("float", args, 1);
  const value = args[0];
  if (value === undefined) return new PyFloat(0);
  if (value instanceof PyFloat) return value.instanceDict === undefined ? value : new PyFloat(value.value);
  if (value instanceof PyBoxed) return floatFrom(vm, [value.value]);
  if (isIntLike(value)) return new PyFloat(toFloat(value));
  if (typeof value === "string") return new PyFloat(primitive(() => floatFromString(value)));
  const viaFloat = callSpecial(vm, value, "__float__", []);
  if (viaFloat !== undefined) return viaFloat;
  throw typeError(`float() argument must be a string or a real number, not '${typeName(value)}'`);
}

function dictFrom(vm: VmContext, args: PyValue[], kwargs: Map<string, PyValue> | null): PyDict {
  atMost("dict", args, 1);
  const dict = new PyDict();
  const policy = keyPolicy(vm);
  const source = args[0];
  if (source instanceof PyDict) {
    for (const entry of source.table.live()) dict.table.set(policy, entry.key, entry.value);
  } else if (source !== undefined) {
    iterableToArray(vm, source).forEach((item, index) => {
      const pair = item instanceof PyTuple || item instanceof PyList ? item.items : iterableToArray(vm, item);
      if (pair.length !== 2) {
        throw pyError("ValueError", `dictionary update sequence element #${index} has length ${pair.length}; 2 is required`);
      }
      dict.table.set(policy, pair[0] as PyValue, pair[1] as PyValue);
    });
  }
  for (const [key, value] of kwargs ?? []) dict.table.set(policy, key, value);
  return dict;
}

export function setFrom(vm: VmContext, iterable: PyValue | undefined, frozen: boolean): PySet {
  const set = new PySet(frozen);
  if (iterable === undefined) return set;
  const policy = keyPolicy(vm);
  if (iterable instanceof PySet) set.table.mergeSet(policy, iterable.table);
  else for (const item of iterableToArray(vm, iterable)) set.table.set(policy, item, None);
  return set;
}

function rangeFrom(args: PyValue[]): PyRange {
  if (args.length === 0) throw typeError("range expected at least 1 argument, got 0");
  atMost("range", args, 3);
  const ints = args.map((a) => {
    if (!isIntLike(a)) throw typeError(`'${typeName(a)}' object cannot be interpreted as an integer`);
    return Number(a);
  });
  if (ints.length === 1) return new PyRange(0, ints[0] as number, 1);
  const step = ints[2] ?? 1;
  if (step === 0) throw pyError("ValueError", "range() arg 3 must not be zero");
  return new PyRange(ints[0] as number, ints[1] as number, step);
}

function exceptionFrom(_vm: VmContext, args: PyValue[], _kwargs: Map<string, PyValue> | null, cls: PyType): PyValue {
  const exc = new PyException(cls);
  exc.args = new PyTuple(args);
  return exc;
}

function bytesFrom(vm: VmContext, args: PyValue[]): PyValue {
  const source = args[0];
  if (source === undefined) return new PyBytes(new Uint8Array());
  if (typeof source === "string") {
    if (args[1] === undefined) throw typeError("string argument without an encoding");
    return encodeText(source, args[1]);
  }
  if (isIntLike(source)) return new PyBytes(new Uint8Array(Number(source)));
  return new PyBytes(Uint8Array.from(iterableToArray(vm, source).map((b) => asIndex(b, "an integer is required"))));
}

/** super(type, obj): obj an instance of type, or a subclass of it (classmethods). */
function explicitSuper([type, obj]: PyValue[]): PySuper {
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeName(type ?? None)}`);
  if (obj === undefined) throw new SimulatorError("unbound super(type) is not supported");
  const fits = obj instanceof PyType ? T.isSubtype(obj, type) : T.isInstance(obj, type);
  if (!fits) throw typeError("super(type, obj): obj must be an instance or subtype of type");
  return new PySuper(type, obj);
}

const CONSTRUCTORS = new Map<PyType, Constructor>([
  [T.OBJECT, (_vm, args) => {
    if (args.length > 0) throw typeError("object() takes no arguments");
    return new PyInstance(T.OBJECT);
  }],
  [T.INT, (vm, args, kwargs) => intFrom(vm, args, kwargs)],
  [T.BOOL, (vm, args) => (args[0] === undefined ? false : truthy(vm, args[0]))],
  [T.FLOAT, (vm, args) => floatFrom(vm, args)],
  [T.STR, (vm, args) => (args[0] === undefined ? "" : str(vm, args[0]))],
  [T.LIST, (vm, args, kwargs) => (noKwargs("list", kwargs), atMost("list", args, 1), new PyList(args[0] === undefined ? [] : iterableToArray(vm, args[0])))],
  [T.TUPLE, (vm, args) => (atMost("tuple", args, 1), new PyTuple(args[0] === undefined ? [] : iterableToArray(vm, args[0])))],
  [T.DICT, (vm, args, kwargs) => dictFrom(vm, args, kwargs)],
  [T.SET, (vm, args) => (atMost("set", args, 1), setFrom(vm, args[0], false))],
  [T.FROZENSET, (vm, args) => (atMost("frozenset", args, 1), setFrom(vm, args[0], true))],
  [T.RANGE, (_vm, args) => rangeFrom(args)],
  [T.SLICE, (_vm, args) => (args.length === 1 ? new PySlice(None, args[0] as PyValue, None) : new PySlice(args[0] ?? None, args[1] ?? None, args[2] ?? None))],
  [T.BYTES, (vm, args) => bytesFrom(vm, args)],
  [T.PROPERTY, (_vm, args, kwargs) => new PyProperty(args[0] ?? kwargs?.get("fget") ?? None, args[1] ?? kwargs?.get("fset") ?? None, args[2] ?? None)],
  [T.CLASSMETHOD, (_vm, args) => new PyClassMethod(args[0] as PyValue)],
  [T.STATICMETHOD, (_vm, args) => new PyStaticMethod(args[0] as PyValue)],
  [T.SUPER, (vm, args) => (args.length === 0 ? vm.zeroArgSuper() : explicitSuper(args))],
]);

/**
 * Makes a built-in type callable (`_thread.RLock()`, `deque()`): native modules register their types
 * once, when their module file loads, like the methods defined on built-in types below.
 */
export function registerConstructor(cls: PyType, constructor: Constructor): void {
  CONSTRUCTORS.set(cls, constructor);
}

export function constructorOf(cls: PyType): Constructor | undefined {
  if (cls.layout === "exception") return exceptionFrom;
  return CONSTRUCTORS.get(cls);
}

/** Defines a built-in method on a built-in type (self is args[0]). */
export function defineMethod(type: PyType, name: string, fn: (vm: VmContext, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue): void {
  type.dict.set(name, new PyBuiltinFunction(name, fn, undefined, `${type.name}.${name}`));
}

const objectInit = new PyBuiltinFunction("__init__", () => None, undefined, "object.__init__");
T.OBJECT.dict.set("__init__", objectInit);
const exceptionInit = new PyBuiltinFunction(
  "__init__",
  (_vm, args) => {
    const [self, ...rest] = args;
    if (self instanceof PyException) self.args = new PyTuple(rest);
    return None;
  },
  undefined,
  "BaseException.__init__",
);
T.BASE_EXCEPTION.dict.set("__init__", exceptionInit);

/** The built-in __init__ functions a class call can skip (object's takes no arguments). */
export const BUILTIN_INIT = { object: objectInit, exception: exceptionInit } as const;

defineMethod(T.PROPERTY, "setter", (_vm, [self, fset]) => new PyProperty((self as PyProperty).fget, fset ?? None, (self as PyProperty).fdel));
defineMethod(T.PROPERTY, "getter", (_vm, [self, fget]) => new PyProperty(fget ?? None, (self as PyProperty).fset, (self as PyProperty).fdel));
defineMethod(T.PROPERTY, "deleter", (_vm, [self, fdel]) => new PyProperty((self as PyProperty).fget, (self as PyProperty).fset, fdel ?? None));

defineMethod(T.INT, "bit_length", (_vm, [self]) => I.intBitLength(self as I.IntArg));
defineMethod(T.FLOAT, "is_integer", (_vm, [self]) => Number.isInteger((self as PyFloat).value));
defineMethod(T.FLOAT, "as_integer_ratio", (_vm, [self]) => new PyTuple(primitive(() => floatAsIntegerRatio((self as PyFloat).value))));

export function dictView(dict: PyDict, mode: "keys" | "values" | "items"): PyDictView {
  return new PyDictView(dict, mode);
}
