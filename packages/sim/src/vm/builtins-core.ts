// The builtins module's namespace: built-in functions, types and exception classes.

import * as I from "./primitives/int.ts";
import { floatRoundDigits, floatRound } from "./primitives/float.ts";
import { SimulatorError } from "../api.ts";
import { primitive, pyError, typeError, PyThrow } from "./exceptions.ts";
import { formatBuiltin } from "./format.ts";
import { isIntLike, isNumber, numericBinary } from "./numbers.ts";
import {
  asIndex, binaryOp, equals, hashValue, length, lessThan, truthy, typeName, unaryNegative,
} from "./objects.ts";
import { delAttr, getAttr, getAttrOrUndefined, setAttr } from "./attrs.ts";
import { getIter, iterableToArray, iterNext, isIterator } from "./iteration.ts";
import { callSpecial, plainValue, userMethod } from "./protocol.ts";
import { ascii, repr, str } from "./repr.ts";
import { keyedSortCall, sortValues } from "./sorting.ts";
import * as T from "./types.ts";
import "./methods-str.ts";
import "./methods-containers.ts";
import "./methods-bytes.ts";
import { generatorStep } from "./generators.ts";
import { dirFn, globalsFn, localsFn, varsFn } from "./introspection.ts";
import {
  Ellipsis, None, NotImplemented, PyBoundMethod, PyBuiltinFunction, PyDict, PyFloat, PyFunction, PyInstance,
  PyIterator, PyList, PyModule, PyTuple, PyType, ReversedIterator, PyBoxed, type Namespace, type NativeFn, type PyValue,
  type VmContext, PyRange, PyGenerator,
} from "./values.ts";
import { keyPolicy } from "./objects.ts";

/** format(value, spec): user __format__ first, then the built-in mini-language. */
export function formatValue(vm: VmContext, value: PyValue, spec: string): string {
  const overrides = value instanceof PyInstance || (typeof value === "object" && value.instanceDict !== undefined);
  if (overrides && userMethod(value, "__format__") !== undefined) {
    const result = callSpecial(vm, value, "__format__", [spec]);
    if (typeof result !== "string") throw typeError(`__format__ must return a str, not ${typeName(result as PyValue)}`);
    return result;
  }
  // An empty spec is str(value) (a subclass's __str__ or __repr__ included); otherwise the base type's formatting.
  if (overrides && spec === "") return str(vm, value);
  const plain = plainValue(value);
  return formatBuiltin(plain, spec, () => str(vm, plain), typeName(plain));
}

// ---------- iterators made by builtins (state in fields) ----------

class MapIterator extends PyIterator {
  constructor(readonly fn: PyValue, readonly iterators: PyValue[]) {
    super();
  }
  next(vm: VmContext): PyValue | undefined {
    const args: PyValue[] = [];
    for (const it of this.iterators) {
      const value = iterNext(vm, it);
      if (value === undefined) return undefined;
      args.push(value);
    }
    return vm.call(this.fn, args);
  }
}

class FilterIterator extends PyIterator {
  constructor(readonly fn: PyValue, readonly iterator: PyValue) {
    super();
  }
  next(vm: VmContext): PyValue | undefined {
    for (;;) {
      const value = iterNext(vm, this.iterator);
      if (value === undefined) return undefined;
      const keep = this.fn === None ? truthy(vm, value) : truthy(vm, vm.call(this.fn, [value]));
      if (keep) return value;
    }
  }
}

class ZipIterator extends PyIterator {
  constructor(readonly iterators: PyValue[], readonly strict: boolean) {
    super();
  }
  next(vm: VmContext): PyValue | undefined {
    if (this.iterators.length === 0) return undefined;
    const items: PyValue[] = [];
    for (const it of this.iterators) {
      const value = iterNext(vm, it);
      if (value === undefined) return undefined;
      items.push(value);
    }
    return new PyTuple(items);
  }
}

class EnumerateIterator extends PyIterator {
  constructor(readonly iterator: PyValue, public count: PyValue) {
    super();
  }
  next(vm: VmContext): PyValue | undefined {
    const value = iterNext(vm, this.iterator);
    if (value === undefined) return undefined;
    const index = this.count;
    this.count = binaryOp(vm, index, 1, 0);
    return new PyTuple([index, value]);
  }
}

const ITERATOR_TYPES: [{ prototype: PyIterator }, string][] = [
  [MapIterator, "map"], [FilterIterator, "filter"], [ZipIterator, "zip"], [EnumerateIterator, "enumerate"],
];
for (const [jsClass, name] of ITERATOR_TYPES) jsClass.prototype.cls = T.makeBuiltinType(name, [T.OBJECT]);

// ---------- builtin functions ----------

type Kw = Map<string, PyValue> | null;

function kwOnly(kwargs: Kw, allowed: string[], fname: string): void {
  for (const key of kwargs?.keys() ?? []) {
    if (!allowed.includes(key)) throw typeError(`'${key}' is an invalid keyword argument for ${fname}()`);
  }
}

function exactArgs(name: string, args: PyValue[], n: number): void {
  if (args.length !== n) {
    throw typeError(`${name}() takes exactly ${n === 1 ? "one argument" : `${n} arguments`} (${args.length} given)`);
  }
}

function printFn(vm: VmContext, args: PyValue[], kwargs: Kw): PyValue {
  kwOnly(kwargs, ["sep", "end", "file", "flush"], "print");
  const sep = kwargs?.get("sep") ?? None;
  const end = kwargs?.get("end") ?? None;
  if (sep !== None && typeof sep !== "string") throw typeError(`sep must be None or a string, not ${typeName(sep)}`);
  if (end !== None && typeof end !== "string") throw typeError(`end must be None or a string, not ${typeName(end)}`);
  const file = kwargs?.get("file") ?? None;
  const text = args.map((a) => str(vm, a)).join(sep === None ? " " : (sep as string));
  const write = (chunk: string): void => {
    if (file === None) vm.output.write("stdout", chunk);
    else vm.call(getAttr(vm, file, "write"), [chunk]);
  };
  // CPython writes the text and the end separately.
  write(text);
  write(end === None ? "\n" : (end as string));
  const flush = kwargs?.get("flush");
  if (flush !== undefined && truthy(vm, flush)) {
    const target = file === None ? getAttr(vm, vm.importModule("sys"), "stdout") : file;
    vm.call(getAttr(vm, target, "flush"), []);
  }
  return None;
}

function minMax(vm: VmContext, args: PyValue[], kwargs: Kw, name: "min" | "max"): PyValue {
  kwOnly(kwargs, ["key", "default"], name);
  const key = kwargs?.get("key") ?? None;
  const fallback = kwargs?.get("default");
  let items: PyValue[];
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = iterableToArray(vm, args[0] as PyValue);
  else {
    if (fallback !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    if (fallback !== undefined) return fallback;
    throw pyError("ValueError", `${name}() arg is an empty sequence`);
  }
  let best = items[0] as PyValue;
  let bestKey = key === None ? best : vm.call(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as PyValue;
    const itemKey = key === None ? item : vm.call(key, [item]);
    const better = name === "min" ? lessThan(vm, itemKey, bestKey) : lessThan(vm, bestKey, itemKey);
    if (better) {
      best = item;
      bestKey = itemKey;
    }
  }
  return best;
}

function sumFn(vm: VmContext, args: PyValue[], kwargs: Kw): PyValue {
  const items = iterableToArray(vm, args[0] as PyValue);
  let total: PyValue = kwargs?.get("start") ?? args[1] ?? 0;
  if (typeof total === "string") throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  for (const item of items) total = binaryOp(vm, total, item, 0);
  return total;
}

function roundFn(vm: VmContext, args: PyValue[], kwargs: Kw): PyValue {
  const value = plainValue(args[0] as PyValue);
  const digits = kwargs?.get("ndigits") ?? args[1] ?? None;
  if (value instanceof PyFloat) {
    if (digits === None) return primitive(() => floatRound(value.value));
    return new PyFloat(primitive(() => floatRoundDigits(value.value, digits as I.IntArg)));
  }
  if (isIntLike(value)) return digits === None ? I.unbool(value) : primitive(() => I.intRound(value, digits as I.IntArg));
  const result = callSpecial(vm, value, "__round__", digits === None ? [] : [digits]);
  if (result !== undefined) return result;
  throw typeError(`type ${typeName(value)} doesn't define __round__ method`);
}

function absFn(vm: VmContext, [value]: PyValue[]): PyValue {
  if (value instanceof PyBoxed && userMethod(value, "__abs__") === undefined) return absFn(vm, [value.value]);
  if (isIntLike(value as PyValue)) return I.intAbs(value as I.IntArg);
  if (value instanceof PyFloat) return new PyFloat(Math.abs(value.value));
  const result = callSpecial(vm, value as PyValue, "__abs__", []);
  if (result !== undefined) return result;
  throw typeError(`bad operand type for abs(): '${typeName(value as PyValue)}'`);
}

function isinstanceCheck(value: PyValue, spec: PyValue, fname: string, test: (t: PyType) => boolean): boolean {
  if (spec instanceof PyType) return test(spec);
  if (spec instanceof PyTuple) return spec.items.some((s) => isinstanceCheck(value, s, fname, test));
  throw typeError(`${fname}() arg 2 must be a type, a tuple of types, or a union`);
}

function nextFn(vm: VmContext, args: PyValue[]): PyValue {
  const it = args[0] as PyValue;
  if (!isIterator(it)) throw typeError(`'${typeName(it)}' object is not an iterator`);
  if (it instanceof PyGenerator && args.length === 1) return generatorStep(vm, it, None);
  const value = iterNext(vm, it);
  if (value !== undefined) return value;
  if (args.length > 1) return args[1] as PyValue;
  throw pyError("StopIteration");
}

function reversedFn(vm: VmContext, [seq]: PyValue[]): PyValue {
  if (seq instanceof PyList || seq instanceof PyTuple) return new ReversedIterator(seq, seq.items.length - 1);
  if (typeof seq === "string") {
    const chars = [...seq];
    return new ReversedIterator({ items: chars }, chars.length - 1);
  }
  if (seq instanceof PyRange || seq instanceof PyDict) {
    const items = iterableToArray(vm, seq);
    return new ReversedIterator({ items }, items.length - 1);
  }
  const result = callSpecial(vm, seq as PyValue, "__reversed__", []);
  if (result !== undefined) return result;
  throw typeError(`'${typeName(seq as PyValue)}' object is not reversible`);
}

function divmodFn(vm: VmContext, [a, b]: PyValue[]): PyValue {
  if (isNumber(a as PyValue) && isNumber(b as PyValue)) {
    const q = numericBinary("//", a as PyFloat, b as PyFloat) as PyValue;
    const r = numericBinary("%", a as PyFloat, b as PyFloat) as PyValue;
    return new PyTuple([q, r]);
  }
  const result = callSpecial(vm, a as PyValue, "__divmod__", [b as PyValue]);
  if (result !== undefined) return result;
  throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a as PyValue)}' and '${typeName(b as PyValue)}'`);
}

function powFn(vm: VmContext, [base, exp, mod]: PyValue[]): PyValue {
  if (mod !== undefined && mod !== None) {
    if (!isIntLike(base as PyValue) || !isIntLike(exp as PyValue) || !isIntLike(mod)) {
      throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    return primitive(() => I.intPowMod(base as I.IntArg, exp as I.IntArg, mod));
  }
  return binaryOp(vm, base as PyValue, exp as PyValue, 8);
}

function intText(prefix: string, base: number, value: PyValue | undefined): string {
  if (!isIntLike(value as PyValue)) throw typeError(`'${typeName(value as PyValue)}' object cannot be interpreted as an integer`);
  const n = I.unbool(value as I.IntArg);
  const negative = I.intIsNegative(n);
  return (negative ? "-" : "") + prefix + I.intToString(negative ? I.intNeg(n) : n, base);
}

const FUNCTIONS: [string, NativeFn][] = [
  ["print", printFn],
  ["len", (vm, args) => (exactArgs("len", args, 1), length(vm, args[0] as PyValue))],
  ["repr", (vm, args) => (exactArgs("repr", args, 1), repr(vm, args[0] as PyValue))],
  ["ascii", (vm, args) => (exactArgs("ascii", args, 1), ascii(vm, args[0] as PyValue))],
  ["sum", sumFn],
  ["min", (vm, args, kw) => minMax(vm, args, kw, "min")],
  ["max", (vm, args, kw) => minMax(vm, args, kw, "max")],
  ["sorted", (vm, args, kw) => {
    if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
    kwOnly(kw, ["key", "reverse"], "sort");
    const items = new PyList(iterableToArray(vm, args[0] as PyValue));
    const [key, reverse] = [kw?.get("key") ?? None, kw?.get("reverse") ?? false];
    return keyedSortCall(vm, "sorted_by_key", items, key, reverse) ?? new PyList(sortValues(vm, items.items, key, reverse));
  }],
  ["reversed", reversedFn],
  ["enumerate", (vm, args, kw) => new EnumerateIterator(getIter(vm, (args[0] ?? kw?.get("iterable")) as PyValue), args[1] ?? kw?.get("start") ?? 0)],
  ["zip", (vm, args, kw) => new ZipIterator(args.map((a) => getIter(vm, a)), kw?.get("strict") === true)],
  ["map", (vm, [fn, ...iterables]) => {
    if (iterables.length === 0) throw typeError("map() must have at least two arguments.");
    return new MapIterator(fn as PyValue, iterables.map((a) => getIter(vm, a)));
  }],
  ["filter", (vm, [fn, iterable]) => new FilterIterator(fn as PyValue, getIter(vm, iterable as PyValue))],
  ["isinstance", (_vm, args) => {
    exactArgs("isinstance", args, 2);
    const [value, spec] = args as [PyValue, PyValue];
    return isinstanceCheck(value, spec, "isinstance", (t) => T.isInstance(value, t));
  }],
  ["issubclass", (_vm, args) => {
    const [cls, spec] = args as [PyValue, PyValue];
    if (!(cls instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    return isinstanceCheck(cls, spec, "issubclass", (t) => T.isSubtype(cls, t));
  }],
  ["getattr", (vm, [obj, name, fallback]) => {
    if (typeof name !== "string") throw typeError(`attribute name must be string, not '${typeName(name as PyValue)}'`);
    if (fallback === undefined) return getAttr(vm, obj as PyValue, name);
    try {
      return getAttrOrUndefined(vm, obj as PyValue, name) ?? fallback;
    } catch (error) {
      if (error instanceof PyThrow && T.isInstance(error.exception, T.exceptionTypeNamed("AttributeError"))) return fallback;
      throw error;
    }
  }],
  ["setattr", (vm, [obj, name, value]) => (setAttr(vm, obj as PyValue, name as string, value as PyValue), None)],
  ["delattr", (vm, [obj, name]) => (delAttr(vm, obj as PyValue, name as string), None)],
  ["hasattr", (vm, [obj, name]) => {
    try {
      return getAttrOrUndefined(vm, obj as PyValue, name as string) !== undefined;
    } catch (error) {
      if (error instanceof PyThrow && T.isInstance(error.exception, T.exceptionTypeNamed("AttributeError"))) return false;
      throw error;
    }
  }],
  ["round", roundFn],
  ["abs", absFn],
  ["any", (vm, [it]) => iterableToArray(vm, it as PyValue).some((x) => truthy(vm, x))],
  ["all", (vm, [it]) => iterableToArray(vm, it as PyValue).every((x) => truthy(vm, x))],
  ["divmod", divmodFn],
  ["pow", powFn],
  ["hash", (vm, [value]) => hashValue(vm, value as PyValue)],
  ["id", (vm, [value]) => (typeof value === "object" ? vm.idOf(value) * 16 + 0x7f0000000000 : hashValue(vm, value as PyValue))],
  ["iter", (vm, [value]) => getIter(vm, value as PyValue)],
  ["next", nextFn],
  ["chr", (_vm, [code]) => String.fromCodePoint(asIndex(code as PyValue, "an integer is required"))],
  ["ord", (_vm, [ch]) => {
    if (typeof ch !== "string" || [...ch].length !== 1) {
      throw typeError(`ord() expected a character, but string of length ${typeof ch === "string" ? [...ch].length : 0} found`);
    }
    return ch.codePointAt(0) as number;
  }],
  ["hex", (_vm, [value]) => intText("0x", 16, value)],
  ["bin", (_vm, [value]) => intText("0b", 2, value)],
  ["oct", (_vm, [value]) => intText("0o", 8, value)],
  ["format", (vm, [value, spec]) => formatValue(vm, value as PyValue, (spec as string | undefined) ?? "")],
  ["callable", (_vm, [value]) => {
    const v = value as PyValue;
    return v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyBoundMethod || v instanceof PyType ||
      (v instanceof PyInstance && T.lookupInMro(T.typeOf(v), "__call__") !== undefined);
  }],
  ["vars", varsFn],
  ["input", () => {
    throw new SimulatorError("input() is not supported (programs have no stdin)");
  }],
  ["open", () => {
    throw new SimulatorError("open() is not supported (no file system)");
  }],
  ["globals", (vm) => globalsFn(vm)],
  ["locals", (vm) => localsFn(vm)],
  ["dir", dirFn],
  ["exit", () => {
    throw pyError("SystemExit", None);
  }],
];

const TYPES: PyType[] = [
  T.OBJECT, T.TYPE, T.INT, T.BOOL, T.FLOAT, T.STR, T.LIST, T.TUPLE, T.DICT, T.SET, T.FROZENSET, T.RANGE,
  T.SLICE, T.BYTES, T.PROPERTY, T.CLASSMETHOD, T.STATICMETHOD, T.SUPER,
];

/** A fresh builtins namespace for one machine (the functions and types themselves are shared). */
export function createBuiltins(): Namespace {
  const ns: Namespace = new Map();
  for (const [name, fn] of FUNCTIONS) ns.set(name, new PyBuiltinFunction(name, fn));
  for (const type of TYPES) ns.set(type.name, type);
  for (const [name, type] of T.allExceptionTypes()) ns.set(name, type);
  ns.set("None", None);
  ns.set("NotImplemented", NotImplemented);
  ns.set("Ellipsis", Ellipsis);
  ns.set("__name__", "builtins");
  return ns;
}

export { equals, unaryNegative, keyPolicy, PyModule, PyGenerator };
