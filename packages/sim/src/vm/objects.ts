// The object protocol on runtime values: truth, equality, ordering, hashing, arithmetic dispatch,
// len / item access / membership. Built-in types are handled directly; user classes through their
// dunder methods (called on the machine's nested loop).

import * as I from "./primitives/int.ts";
import { bytesIndexOf } from "./primitives/bytes.ts";
import { BINOP_SYMBOLS, COMPARE_SYMBOLS } from "../bytecode/opcodes.ts";
import { indexError, pyError, typeError } from "./exceptions.ts";
import { isIntLike, isNumber, numericBinary, numericCompare, numericHash } from "./numbers.ts";
import { callSpecial, isBuiltinSubclassInstance, isNotImplemented, plainValue, userMethod } from "./protocol.ts";
import { BUCKET_PREFIX, type KeyPolicy } from "./hashtable.ts";
import { lookupInMro, typeOf } from "./types.ts";
import { repr } from "./repr.ts";
import {
  None, PyBoxed, PyBytes, PyDict, PyDictView, PyFloat, PyInstance, PyList, PyObject, PyRange, PySet, PySlice, PyTuple, PyType,
  type PyValue, type VmContext,
} from "./values.ts";
import { setFrom } from "./builtins-types.ts";
import { sequenceConcat, sequenceRepeat, setOperation, dictUnion, sliceIndices, percentFormat } from "./sequences.ts";

/** The type's name as CPython's messages give it (tp_name: a C type of another module is named with it, e.g. `_thread.lock`). */
export function typeName(value: PyValue): string {
  const type = typeOf(value);
  return type.builtin && type.module !== "builtins" ? `${type.module}.${type.name}` : type.name;
}

// ---------- truth ----------

export function truthy(vm: VmContext, v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "bigint":
      return v !== 0n;
    case "string":
      return v.length > 0;
  }
  if (v === None) return false;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v.instanceDict !== undefined && (userMethod(v, "__bool__") ?? userMethod(v, "__len__")) !== undefined) return instanceTruth(vm, v);
  if (v instanceof PyBoxed) return truthy(vm, v.value);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.table.size > 0;
  if (v instanceof PyRange) return v.length > 0;
  if (v instanceof PyBytes) return v.bytes.length > 0;
  if (v instanceof PyInstance) return instanceTruth(vm, v);
  return true;
}

/** Truth through __bool__, else __len__, else true (user classes and overriding subclasses). */
function instanceTruth(vm: VmContext, v: PyValue): boolean {
  const bool = callSpecial(vm, v, "__bool__", []);
  if (bool !== undefined) {
    if (typeof bool !== "boolean") throw typeError(`__bool__ should return bool, returned ${typeName(bool)}`);
    return bool;
  }
  const length = callSpecial(vm, v, "__len__", []);
  return length === undefined || truthy(vm, length);
}

// ---------- equality and ordering ----------

export function equals(vm: VmContext, a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.value));
  if (isBuiltinSubclassInstance(a) || isBuiltinSubclassInstance(b)) return truthy(vm, richCompare(vm, a, b, 2));
  return builtinEquals(vm, a, b);
}

/** == on the built-in layouts (and user classes through __eq__). */
function builtinEquals(vm: VmContext, left: PyValue, right: PyValue): boolean {
  const a = plainValue(left);
  const b = plainValue(right);
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.value));
  if (typeof a === "string" || typeof b === "string") return false;
  if (isNumber(a) && isNumber(b)) return numericCompare(a, b) === 0;
  if (a instanceof PyTuple && b instanceof PyTuple) return itemsEqual(vm, a.items, b.items);
  if (a instanceof PyList && b instanceof PyList) return itemsEqual(vm, a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) return dictsEqual(vm, a, b);
  if (a instanceof PySet && b instanceof PySet) return a.table.size === b.table.size && isSubset(vm, a, b);
  if (a instanceof PyRange && b instanceof PyRange) return rangesEqual(a, b);
  if (a instanceof PyBytes && b instanceof PyBytes) return bytesEqual(a, b);
  if (a instanceof PyInstance || b instanceof PyInstance) return truthy(vm, richCompare(vm, a, b, 2));
  return false;
}

function itemsEqual(vm: VmContext, x: readonly PyValue[], y: readonly PyValue[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!equals(vm, x[i] as PyValue, y[i] as PyValue)) return false;
  return true;
}

function dictsEqual(vm: VmContext, a: PyDict, b: PyDict): boolean {
  if (a.table.size !== b.table.size) return false;
  const policy = keyPolicy(vm);
  for (const entry of a.table.live()) {
    const other = b.table.get(policy, entry.key);
    if (other === undefined || !equals(vm, entry.value, other)) return false;
  }
  return true;
}

export function isSubset(vm: VmContext, a: PySet, b: PySet): boolean {
  const policy = keyPolicy(vm);
  for (const entry of a.table.live()) if (!b.table.find(policy, entry.key)) return false;
  return true;
}

function rangesEqual(a: PyRange, b: PyRange): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  if (n === 0) return true;
  return a.start === b.start && (n === 1 || a.step === b.step);
}

function bytesEqual(a: PyBytes, b: PyBytes): boolean {
  return a.bytes.length === b.bytes.length && a.bytes.every((byte, i) => byte === b.bytes[i]);
}

const REFLECTED_COMPARE = [4, 5, 2, 3, 0, 1];
const COMPARE_DUNDERS = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

function applyOrder(order: number, op: number): boolean {
  switch (op) {
    case 0:
      return order < 0;
    case 1:
      return order <= 0;
    case 2:
      return order === 0;
    case 3:
      return order !== 0;
    case 4:
      return order > 0;
    default:
      return order >= 0;
  }
}

/** COMPARE_OP: op is the index into COMPARE_SYMBOLS. */
export function richCompare(vm: VmContext, a: PyValue, b: PyValue, op: number): PyValue {
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const result = userCompare(vm, a, b, op);
    if (result !== undefined) return result;
  }
  if (isBuiltinSubclassInstance(a) || isBuiltinSubclassInstance(b)) {
    const result = overridingCompare(vm, a, b, op);
    if (result !== undefined) return result;
    if (op === 2 || op === 3) return builtinEquals(vm, a, b) === (op === 2);
  }
  if (op === 2) return equals(vm, a, b);
  if (op === 3) return !equals(vm, a, b);
  const order = builtinOrder(vm, a, b);
  if (order === undefined) {
    throw typeError(
      `'${COMPARE_SYMBOLS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
    );
  }
  return applyOrder(order, op);
}

/** A comparison a container subclass defines (forward, then reflected); undefined when neither does. */
function overridingCompare(vm: VmContext, a: PyValue, b: PyValue, op: number): PyValue | undefined {
  const attempts: [PyValue, PyValue, number][] = [[a, b, op], [b, a, REFLECTED_COMPARE[op] as number]];
  for (const [self, other, which] of attempts) {
    const result = callSpecial(vm, self, COMPARE_DUNDERS[which] as string, [other]);
    if (result !== undefined && !isNotImplemented(result)) return result;
  }
  return undefined;
}

function userCompare(vm: VmContext, a: PyValue, b: PyValue, op: number): PyValue | undefined {
  const reflectedFirst = b instanceof PyInstance && a instanceof PyInstance && typeOf(b) !== typeOf(a) && typeOf(b).mro.includes(typeOf(a));
  const attempts: [PyValue, PyValue, number][] = reflectedFirst
    ? [[b, a, REFLECTED_COMPARE[op] as number], [a, b, op]]
    : [[a, b, op], [b, a, REFLECTED_COMPARE[op] as number]];
  for (const [self, other, which] of attempts) {
    const result = callSpecial(vm, self, COMPARE_DUNDERS[which] as string, [other]);
    if (result !== undefined && !isNotImplemented(result)) return result;
  }
  if (op === 2) return a === b;
  if (op === 3) {
    const eq = userCompare(vm, a, b, 2);
    return eq === undefined ? a !== b : !truthy(vm, eq);
  }
  return undefined;
}

/** Ordering of built-in values, or undefined when they are not orderable. */
function builtinOrder(vm: VmContext, left: PyValue, right: PyValue): number | undefined {
  const a = plainValue(left);
  const b = plainValue(right);
  if (isNumber(a) && isNumber(b)) return numericCompare(a, b);
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    return sequenceOrder(vm, a.items, b.items);
  }
  if (a instanceof PyBytes && b instanceof PyBytes) return bytesOrder(a.bytes, b.bytes);
  if (a instanceof PySet && b instanceof PySet) {
    if (equals(vm, a, b)) return 0;
    if (isSubset(vm, a, b)) return -1;
    if (isSubset(vm, b, a)) return 1;
    return NaN;
  }
  return undefined;
}

function bytesOrder(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}

function sequenceOrder(vm: VmContext, x: readonly PyValue[], y: readonly PyValue[]): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const p = x[i] as PyValue;
    const q = y[i] as PyValue;
    if (equals(vm, p, q)) continue;
    return truthy(vm, richCompare(vm, p, q, 0)) ? -1 : 1;
  }
  return x.length - y.length;
}

/** a < b as sorted() and min/max use it. */
export function lessThan(vm: VmContext, a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return truthy(vm, richCompare(vm, a, b, 0));
}

// ---------- hashing ----------

/** Deterministic str hash (CPython's is randomised per process, so no output can depend on it). */
function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0 || 1;
}

export function hashValue(vm: VmContext, v: PyValue): number | bigint {
  if (typeof v === "string") return stringHash(v);
  if (v instanceof PyBoxed) return boxedHash(vm, v);
  if (isNumber(v)) return numericHash(v);
  if (v instanceof PyTuple) return tupleHash(vm, v);
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) {
    throw typeError(`unhashable type: '${typeName(v)}'`);
  }
  if (v instanceof PySet) return v.table.keys().reduce<number>((h, k) => h ^ Number(hashValue(vm, k)), 0x1234);
  if (v instanceof PyInstance) {
    const cls = typeOf(v);
    const hash = lookupInMro(cls, "__hash__");
    if (hash === None) throw typeError(`unhashable type: '${cls.name}'`);
    const userHash = userMethod(v, "__hash__");
    if (userHash !== undefined) {
      const result = callSpecial(vm, v, "__hash__", []) as PyValue;
      if (!isIntLike(result)) throw typeError("__hash__ method should return an integer");
      return I.intHash(result);
    }
  }
  if (v instanceof PyObject) return vm.idOf(v) >> 4;
  return 0;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** CPython's tuple hash (Objects/tupleobject.c, xxHash-based), on 64-bit unsigned arithmetic. */
function tupleHash(vm: VmContext, t: PyTuple): bigint {
  let acc = XXPRIME_5;
  for (const item of t.items) {
    const lane = BigInt.asUintN(64, BigInt(hashValue(vm, item)));
    acc = BigInt.asUintN(64, acc + lane * XXPRIME_2);
    acc = BigInt.asUintN(64, (acc << 31n) | (acc >> 33n));
    acc = BigInt.asUintN(64, acc * XXPRIME_1);
  }
  acc = BigInt.asUintN(64, acc + (BigInt(t.items.length) ^ (XXPRIME_5 ^ 3527539n)));
  if (acc === BigInt.asUintN(64, -1n)) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** An int or str subclass instance hashes as its value unless its class says otherwise. */
function boxedHash(vm: VmContext, v: PyBoxed): number | bigint {
  const cls = typeOf(v);
  if (lookupInMro(cls, "__hash__") === None) throw typeError(`unhashable type: '${cls.name}'`);
  if (userMethod(v, "__hash__") === undefined) return hashValue(vm, v.value);
  const result = callSpecial(vm, v, "__hash__", []) as PyValue;
  if (!isIntLike(result)) throw typeError("__hash__ method should return an integer");
  return I.intHash(result);
}

/** Whether a user class overrides __eq__ or __hash__ (its instances need hash buckets). */
function hasUserKeySemantics(v: PyInstance): boolean {
  const cls = typeOf(v);
  return lookupInMro(cls, "__hash__") !== undefined || lookupInMro(cls, "__eq__") !== undefined;
}

/** The canonical key of a hashable value (see hashtable.ts), raising TypeError for unhashable ones. */
export function canonicalKey(vm: VmContext, v: PyValue): unknown {
  switch (typeof v) {
    case "string":
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) {
    const x = v.value;
    if (Number.isNaN(x)) return v;
    if (Number.isInteger(x) && !Number.isSafeInteger(x) && Number.isFinite(x)) return BigInt(x);
    return x;
  }
  if (v instanceof PyTuple) return `\u0001(${v.items.map((item) => tupleKeyPart(vm, item)).join(",")})`;
  if (v instanceof PyBoxed) {
    // With the built-in hash, equal hashes mean equal values: the value's own key finds the same entries.
    return userMethod(v, "__hash__") !== undefined ? `${BUCKET_PREFIX}${boxedHash(vm, v)}` : (boxedHash(vm, v), canonicalKey(vm, v.value));
  }
  if (v instanceof PyInstance && hasUserKeySemantics(v)) return `${BUCKET_PREFIX}${hashValue(vm, v)}`;
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) {
    throw typeError(`unhashable type: '${typeName(v)}'`);
  }
  if (v instanceof PySet) return `\u0001{${[...v.table.keys()].map((k) => tupleKeyPart(vm, k)).sort().join(",")}}`;
  return v;
}

function tupleKeyPart(vm: VmContext, item: PyValue): string {
  const key = canonicalKey(vm, item);
  if (typeof key === "string") return `s${key.length}:${key}`;
  if (typeof key === "number" || typeof key === "bigint") return `n${key}`;
  return `o${vm.idOf(key as PyObject)}`;
}

export function keyPolicy(vm: VmContext): KeyPolicy {
  return {
    canonical: (key) => canonicalKey(vm, key),
    equals: (a, b) => equals(vm, a, b),
    hash: (key) => BigInt(hashValue(vm, key)),
  };
}

// ---------- arithmetic ----------

const BINOP_DUNDER: Record<string, string> = {
  "+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod", "**": "pow",
  "<<": "lshift", ">>": "rshift", "&": "and", "|": "or", "^": "xor", "@": "matmul",
};

/** BINARY_OP with its NB_* operand (0..25; 13+ are the in-place forms). */
export function binaryOp(vm: VmContext, a: PyValue, b: PyValue, nb: number): PyValue {
  const inplace = nb >= 13;
  const symbol = (BINOP_SYMBOLS[inplace ? nb - 13 : nb] as string);
  if (isNumber(a) && isNumber(b) && !isBuiltinSubclassInstance(a) && !isBuiltinSubclassInstance(b)) {
    const result = numericBinary(symbol, a, b);
    if (result !== undefined) return result;
  }
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const result = userBinary(vm, a, b, symbol, inplace);
    if (result !== undefined) return result;
  } else if (a instanceof PyBoxed || b instanceof PyBoxed || isBuiltinSubclassInstance(a) || isBuiltinSubclassInstance(b)) {
    // A subclass's own operator first; else the built-in one on the values (whose result is the base type).
    const result = userBinary(vm, a, b, symbol, inplace);
    if (result !== undefined) return result;
    if (a instanceof PyBoxed || b instanceof PyBoxed) return binaryOp(vm, plainValue(a), plainValue(b), nb);
    const builtin = isNumber(a) && isNumber(b) ? numericBinary(symbol, a, b) : builtinBinary(vm, a, b, symbol, inplace);
    if (builtin !== undefined) return builtin;
  } else {
    const result = builtinBinary(vm, a, b, symbol, inplace);
    if (result !== undefined) return result;
  }
  throw unsupportedOperands(symbol + (inplace ? "=" : ""), a, b);
}

function unsupportedOperands(symbol: string, a: PyValue, b: PyValue): Error {
  if (symbol === "**" || symbol === "**=") {
    return typeError(`unsupported operand type(s) for ${symbol} or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  }
  return typeError(`unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`);
}

function userBinary(vm: VmContext, a: PyValue, b: PyValue, symbol: string, inplace: boolean): PyValue | undefined {
  const name = BINOP_DUNDER[symbol] as string;
  if (inplace) {
    const result = callSpecial(vm, a, `__i${name}__`, [b]);
    if (result !== undefined && !isNotImplemented(result)) return result;
  }
  const forward = callSpecial(vm, a, `__${name}__`, [b]);
  if (forward !== undefined && !isNotImplemented(forward)) return forward;
  if (typeOf(a) !== typeOf(b)) {
    const reflected = callSpecial(vm, b, `__r${name}__`, [a]);
    if (reflected !== undefined && !isNotImplemented(reflected)) return reflected;
  }
  return undefined;
}

function builtinBinary(vm: VmContext, a: PyValue, b: PyValue, symbol: string, inplace: boolean): PyValue | undefined {
  if (symbol === "+" && a instanceof PyBytes && b instanceof PyBytes) {
    const joined = new Uint8Array(a.bytes.length + b.bytes.length);
    joined.set(a.bytes);
    joined.set(b.bytes, a.bytes.length);
    return new PyBytes(joined);
  }
  if (symbol === "+") return sequenceConcat(a, b, inplace);
  if (symbol === "*") return sequenceRepeat(a, b) ?? sequenceRepeat(b, a);
  if (symbol === "%" && typeof a === "string") return percentFormat(vm, a, b);
  if (a instanceof PySet && b instanceof PySet) return setOperation(vm, a, b, symbol, inplace);
  if (isSetLikeView(a) || isSetLikeView(b)) return viewSetOperation(vm, a, b, symbol);
  if (a instanceof PyDict && b instanceof PyDict && symbol === "|") return dictUnion(vm, a, b, inplace);
  return undefined;
}

/** dict.keys() and dict.items() are set-like (dictviews_and and friends). */
function isSetLikeView(value: PyValue): value is PyDictView {
  return value instanceof PyDictView && value.mode !== "values";
}

/** `view & other`, `other - view`, …: both sides as sets, the result a set. */
function viewSetOperation(vm: VmContext, a: PyValue, b: PyValue, symbol: string): PyValue | undefined {
  if (!["&", "|", "-", "^"].includes(symbol)) return undefined;
  if (iterableToArrayOrNull(vm, a) === null || iterableToArrayOrNull(vm, b) === null) return undefined;
  return setOperation(vm, setFrom(vm, a, false), setFrom(vm, b, false), symbol, false);
}

export function unaryNegative(vm: VmContext, v: PyValue): PyValue {
  if (v instanceof PyBoxed && userMethod(v, "__neg__") === undefined) return unaryNegative(vm, v.value);
  if (isIntLike(v)) return I.intNeg(v);
  if (v instanceof PyFloat) return new PyFloat(-v.value);
  const result = callSpecial(vm, v, "__neg__", []);
  if (result !== undefined) return result;
  throw typeError(`bad operand type for unary -: '${typeName(v)}'`);
}

export function unaryPositive(vm: VmContext, v: PyValue): PyValue {
  if (v instanceof PyBoxed && userMethod(v, "__pos__") === undefined) return unaryPositive(vm, v.value);
  if (isIntLike(v)) return typeof v === "boolean" ? Number(v) : v;
  if (v instanceof PyFloat) return v;
  const result = callSpecial(vm, v, "__pos__", []);
  if (result !== undefined) return result;
  throw typeError(`bad operand type for unary +: '${typeName(v)}'`);
}

export function unaryInvert(vm: VmContext, v: PyValue): PyValue {
  if (v instanceof PyBoxed && userMethod(v, "__invert__") === undefined) return unaryInvert(vm, v.value);
  if (isIntLike(v)) return I.intInvert(v);
  const result = callSpecial(vm, v, "__invert__", []);
  if (result !== undefined) return result;
  throw typeError(`bad operand type for unary ~: '${typeName(v)}'`);
}

// ---------- containers ----------

export function length(vm: VmContext, v: PyValue): number {
  if (isBuiltinSubclassInstance(v)) {
    const overridden = callSpecial(vm, v, "__len__", []);
    if (overridden !== undefined) return lengthResult(overridden);
  }
  return builtinLength(vm, v);
}

/** length on the built-in layout, ignoring a subclass's overrides (what `super().__len__` reaches). */
export function builtinLength(vm: VmContext, v: PyValue): number {
  if (typeof v === "string") return [...v].length;
  if (v instanceof PyBoxed) return builtinLength(vm, v.value);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.table.size;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyBytes) return v.bytes.length;
  if (v instanceof PyDictView) return v.dict.table.size;
  const result = callSpecial(vm, v, "__len__", []);
  if (result !== undefined) return lengthResult(result);
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}

/** What a __len__ returned, checked as len() checks it. */
function lengthResult(result: PyValue): number {
  if (!isIntLike(result)) throw typeError(`'${typeName(result)}' object cannot be interpreted as an integer`);
  if (I.intIsNegative(result)) throw pyError("ValueError", "__len__() should return >= 0");
  return Number(result);
}

/** An index argument as a JS number (ints and bools; user __index__ not supported). */
export function asIndex(v: PyValue, what: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  throw typeError(what);
}

function normaliseIndex(index: number, size: number, name: string): number {
  const i = index < 0 ? index + size : index;
  if (i < 0 || i >= size) throw indexError(`${name} index out of range`);
  return i;
}

export function getItem(vm: VmContext, container: PyValue, key: PyValue): PyValue {
  if (isBuiltinSubclassInstance(container)) {
    const overridden = callSpecial(vm, container, "__getitem__", [key]);
    if (overridden !== undefined) return overridden;
  }
  return builtinGetItem(vm, container, key);
}

/** getItem on the built-in layout, ignoring a subclass's overrides (what `super().__getitem__` reaches). */
export function builtinGetItem(vm: VmContext, container: PyValue, key: PyValue): PyValue {
  if (container instanceof PyBoxed) return builtinGetItem(vm, container.value, key);
  if (container instanceof PyList || container instanceof PyTuple) {
    const name = container instanceof PyList ? "list" : "tuple";
    if (key instanceof PySlice) {
      const items = sliceItems(vm, container.items, key);
      return container instanceof PyList ? new PyList(items) : new PyTuple(items);
    }
    const index = asIndex(key, `${name} indices must be integers or slices, not ${typeName(key)}`);
    return container.items[normaliseIndex(index, container.items.length, name)] as PyValue;
  }
  if (container instanceof PyDict) {
    const found = container.table.get(keyPolicy(vm), key);
    if (found !== undefined) return found;
    if (typeOf(container) !== typeOf(new PyDict())) {
      const missing = callSpecial(vm, container, "__missing__", [key]);
      if (missing !== undefined) return missing;
    }
    throw pyError("KeyError", key);
  }
  if (typeof container === "string") {
    const chars = [...container];
    if (key instanceof PySlice) return sliceItems(vm, chars, key).join("");
    const index = asIndex(key, `string indices must be integers, not '${typeName(key)}'`);
    return chars[normaliseIndex(index, chars.length, "string")] as string;
  }
  if (container instanceof PyRange) return rangeItem(vm, container, key);
  if (container instanceof PyBytes) {
    if (key instanceof PySlice) return new PyBytes(Uint8Array.from(sliceItems(vm, [...container.bytes], key)));
    const index = asIndex(key, `byte indices must be integers or slices, not ${typeName(key)}`);
    return container.bytes[normaliseIndex(index, container.bytes.length, "index")] as number;
  }
  const result = callSpecial(vm, container, "__getitem__", [key]);
  if (result !== undefined) return result;
  if (container instanceof PyType) {
    throw typeError(`type '${container.name}' is not subscriptable`);
  }
  throw typeError(`'${typeName(container)}' object is not subscriptable`);
}

function rangeItem(vm: VmContext, range: PyRange, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(vm, key, range.length);
    const first = range.start + start * range.step;
    return new PyRange(first, first + count * step * range.step, step * range.step);
  }
  const index = asIndex(key, `range indices must be integers or slices, not ${typeName(key)}`);
  const i = index < 0 ? index + range.length : index;
  if (i < 0 || i >= range.length) throw indexError("range object index out of range");
  return range.start + i * range.step;
}

export function sliceItems<T>(vm: VmContext, items: readonly T[], slice: PySlice): T[] {
  const [start, , step, count] = sliceIndices(vm, slice, items.length);
  const out: T[] = [];
  for (let i = 0, at = start; i < count; i++, at += step) out.push(items[at] as T);
  return out;
}

export function setItem(vm: VmContext, container: PyValue, key: PyValue, value: PyValue): void {
  if (isBuiltinSubclassInstance(container)) {
    const overridden = callSpecial(vm, container, "__setitem__", [key, value]);
    if (overridden !== undefined) return;
  }
  builtinSetItem(vm, container, key, value);
}

/** setItem on the built-in layout, ignoring a subclass's overrides (what `super().__setitem__` reaches). */
export function builtinSetItem(vm: VmContext, container: PyValue, key: PyValue, value: PyValue): void {
  if (container instanceof PyList) {
    if (key instanceof PySlice) return assignSlice(vm, container, key, value);
    const index = asIndex(key, `list indices must be integers or slices, not ${typeName(key)}`);
    const i = index < 0 ? index + container.items.length : index;
    if (i < 0 || i >= container.items.length) throw indexError("list assignment index out of range");
    container.items[i] = value;
    return;
  }
  if (container instanceof PyDict) {
    container.table.set(keyPolicy(vm), key, value);
    return;
  }
  if (callSpecial(vm, container, "__setitem__", [key, value]) !== undefined) return;
  throw typeError(`'${typeName(container)}' object does not support item assignment`);
}

function assignSlice(vm: VmContext, list: PyList, slice: PySlice, value: PyValue): void {
  const [start, stop, step] = sliceIndices(vm, slice, list.items.length);
  const replacement = iterableToArray(vm, value);
  if (step !== 1) {
    const [, , , count] = sliceIndices(vm, slice, list.items.length);
    if (replacement.length !== count) {
      throw pyError("ValueError", `attempt to assign sequence of size ${replacement.length} to extended slice of size ${count}`);
    }
    for (let i = 0, at = start; i < count; i++, at += step) list.items[at] = replacement[i] as PyValue;
    return;
  }
  list.items.splice(start, Math.max(0, stop - start), ...replacement);
}

export function deleteItem(vm: VmContext, container: PyValue, key: PyValue): void {
  if (isBuiltinSubclassInstance(container)) {
    const overridden = callSpecial(vm, container, "__delitem__", [key]);
    if (overridden !== undefined) return;
  }
  builtinDeleteItem(vm, container, key);
}

/** deleteItem on the built-in layout, ignoring a subclass's overrides (what `super().__delitem__` reaches). */
export function builtinDeleteItem(vm: VmContext, container: PyValue, key: PyValue): void {
  if (container instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(vm, key, container.items.length);
      const drop = new Set<number>();
      for (let i = 0, at = start; i < count; i++, at += step) drop.add(at);
      container.items = container.items.filter((_, i) => !drop.has(i));
      return;
    }
    const index = asIndex(key, `list indices must be integers or slices, not ${typeName(key)}`);
    const i = index < 0 ? index + container.items.length : index;
    if (i < 0 || i >= container.items.length) throw indexError("list assignment index out of range");
    container.items.splice(i, 1);
    return;
  }
  if (container instanceof PyDict) {
    if (!container.table.delete(keyPolicy(vm), key)) throw pyError("KeyError", key);
    return;
  }
  if (callSpecial(vm, container, "__delitem__", [key]) !== undefined) return;
  throw typeError(`'${typeName(container)}' object doesn't support item deletion`);
}

export function contains(vm: VmContext, container: PyValue, item: PyValue): boolean {
  if (isBuiltinSubclassInstance(container)) {
    const overridden = callSpecial(vm, container, "__contains__", [item]);
    if (overridden !== undefined) return truthy(vm, overridden);
  }
  return builtinContains(vm, container, item);
}

/** contains on the built-in layout, ignoring a subclass's overrides (what `super().__contains__` reaches). */
export function builtinContains(vm: VmContext, container: PyValue, item: PyValue): boolean {
  if (container instanceof PyBoxed) return builtinContains(vm, container.value, plainValue(item));
  if (typeof container === "string") {
    if (typeof item !== "string") throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    return container.items.some((x) => x === item || equals(vm, x, item));
  }
  if (container instanceof PyDict || container instanceof PySet) return container.table.find(keyPolicy(vm), item) !== undefined;
  if (container instanceof PyDictView && container.mode === "keys") return container.dict.table.find(keyPolicy(vm), item) !== undefined;
  if (container instanceof PyBytes) return bytesContains(container.bytes, item);
  if (container instanceof PyRange) return rangeIndexOf(container, item) >= 0;
  const result = callSpecial(vm, container, "__contains__", [item]);
  if (result !== undefined) return truthy(vm, result);
  const values = iterableToArrayOrNull(vm, container);
  if (values === null) throw typeError(`argument of type '${typeName(container)}' is not iterable`);
  return values.some((x) => equals(vm, x, item));
}

/** The position of `value` in `range`, or -1 (`in`, range.index, range.count). */
export function rangeIndexOf(range: PyRange, value: PyValue): number {
  if (!isIntLike(value)) return -1;
  const n = Number(value);
  const { start, stop, step } = range;
  const inBounds = step > 0 ? n >= start && n < stop : n <= start && n > stop;
  return inBounds && (n - start) % step === 0 ? (n - start) / step : -1;
}

function bytesContains(bytes: Uint8Array, item: PyValue): boolean {
  if (isIntLike(item)) {
    const byte = Number(item);
    if (byte < 0 || byte > 255) throw pyError("ValueError", "byte must be in range(0, 256)");
    return bytes.includes(byte);
  }
  if (!(item instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeName(item)}'`);
  return bytesIndexOf(bytes, item.bytes) >= 0;
}

// Iteration lives in iteration.ts; these thin imports keep objects.ts free of cycles at load time.
import { iterableToArray, iterableToArrayOrNull } from "./iteration.ts";

export { repr };
export const COMPARE_NAMES = COMPARE_SYMBOLS;
