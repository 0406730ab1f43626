// _interleave.SharedArray (NATIVES.md): zero-filled storage shared between processes (fork does not copy
// it); each element read or write is one atomic step, so `a[i] += 1` races as CPython's Value does.

import { SimulatorError } from "../api.ts";
import { indexError, typeError, valueError } from "../vm/exceptions.ts";
import { registerConstructor } from "../vm/builtins-types.ts";
import { iterableToArray } from "../vm/iteration.ts";
import { isIntLike } from "../vm/numbers.ts";
import { sliceIndices } from "../vm/sequences.ts";
import { typeOf } from "../vm/types.ts";
import { None, PyBytes, PyFloat, PyInstance, PyList, PySlice, type PyValue, type VmContext } from "../vm/values.ts";
import type { SharedBetweenProcesses } from "../runtime/copy.ts";
import { interProcess, intArg, nativeType, processOf } from "./support.ts";

const INT_BITS: Record<string, [number, boolean]> = {
  b: [8, true], B: [8, false], h: [16, true], H: [16, false], i: [32, true], I: [32, false],
  l: [64, true], L: [64, false], q: [64, true], Q: [64, false],
};

export class SharedArrayObject extends PyInstance implements SharedBetweenProcesses {
  readonly sharedBetweenProcesses = true;
  constructor(
    readonly typecode: string,
    readonly items: PyValue[],
    readonly handle: number,
  ) {
    super(SHARED_ARRAY_TYPE);
  }
}

function store(array: SharedArrayObject, value: PyValue): PyValue {
  const code = array.typecode;
  const bits = INT_BITS[code];
  if (bits) {
    if (!isIntLike(value) || typeof value === "boolean") throw typeError(`int expected instead of ${typeOf(value).name}`);
    const wrapped = bits[1] ? BigInt.asIntN(bits[0], BigInt(value)) : BigInt.asUintN(bits[0], BigInt(value));
    return Number.isSafeInteger(Number(wrapped)) ? Number(wrapped) : wrapped;
  }
  if (code === "f" || code === "d") {
    if (value instanceof PyFloat) return value;
    if (isIntLike(value)) return new PyFloat(Number(value));
    throw typeError(`must be real number, not ${typeOf(value).name}`);
  }
  if (value instanceof PyBytes && value.bytes.length === 1) return value;
  throw typeError(`one character bytes, bytearray or integer expected`);
}

function position(array: SharedArrayObject, index: PyValue | undefined): number {
  let i = intArg(index, "index");
  if (i < 0) i += array.items.length;
  if (i < 0 || i >= array.items.length) throw indexError("invalid index");
  return i;
}

function self(args: PyValue[]): SharedArrayObject {
  return args[0] as SharedArrayObject;
}

function getItem(vm: VmContext, array: SharedArrayObject, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndices(vm, key, array.items.length);
    const out: PyValue[] = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(array.items[i] as PyValue);
    return new PyList(out);
  }
  return array.items[position(array, key)] as PyValue;
}

function setItem(vm: VmContext, array: SharedArrayObject, key: PyValue, value: PyValue): PyValue {
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndices(vm, key, array.items.length);
    const values = iterableToArray(vm, value);
    const slots: number[] = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) slots.push(i);
    if (slots.length !== values.length) throw valueError("Can only assign sequence of same size");
    slots.forEach((slot, k) => (array.items[slot] = store(array, values[k] as PyValue)));
    return None;
  }
  array.items[position(array, key)] = store(array, value);
  return None;
}

const SHARED_ARRAY_TYPE = nativeType("_interleave", "SharedArray", [
  ["__len__", (_vm, args) => self(args).items.length],
  ["__getitem__", interProcess((vm, args) => getItem(vm, self(args), args[1] as PyValue))],
  ["__setitem__", interProcess((vm, args) => setItem(vm, self(args), args[1] as PyValue, args[2] as PyValue))],
]);

registerConstructor(SHARED_ARRAY_TYPE, (vm, [typecode, length]) => {
  if (typeof typecode !== "string" || !(typecode in INT_BITS || "fdc".includes(typecode))) {
    throw new SimulatorError(`SharedArray typecode ${String(typecode)} is not supported`);
  }
  const zero: PyValue = typecode === "f" || typecode === "d" ? new PyFloat(0) : typecode === "c" ? new PyBytes(new Uint8Array(1)) : 0;
  const machine = processOf(vm).machine;
  const array = new SharedArrayObject(typecode, new Array<PyValue>(intArg(length, "length")).fill(zero), machine.sharedArrays.size + 1);
  machine.sharedArrays.set(array.handle, array);
  return array;
});

export { SHARED_ARRAY_TYPE };
