// Built-in sequence, set and dict operators: concatenation, repetition, set algebra, dict union,
// slice index computation and printf-style `%` formatting of str.

import { typeError } from "./exceptions.ts";
import { isIntLike } from "./numbers.ts";
import { keyPolicy, typeName } from "./objects.ts";
import { sliceIndices as primitiveSliceIndices } from "./primitives/sequence.ts";
import type { Int } from "./primitives/int.ts";
import { ascii, str, repr } from "./repr.ts";
import { percentFormat as primitivePercent, type PercentArgs, type PercentOps, type PercentValue } from "./primitives/percent.ts";
import { primitive } from "./exceptions.ts";
import { getItem } from "./objects.ts";
import type { PySlice} from "./values.ts";
import { None, PyBytes, PyDict, PyFloat, PyList, PySet, PyTuple, type PyValue, type VmContext } from "./values.ts";

export function sequenceConcat(a: PyValue, b: PyValue, inplace: boolean): PyValue | undefined {
  if (typeof a === "string") {
    if (typeof b === "string") return a + b;
    throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
  }
  if (a instanceof PyList) {
    if (b instanceof PyList) {
      if (inplace) {
        a.items.push(...b.items);
        return a;
      }
      return new PyList([...a.items, ...b.items]);
    }
    if (inplace && (b instanceof PyTuple || typeof b === "string")) {
      a.items.push(...(typeof b === "string" ? [...b] : b.items));
      return a;
    }
    throw typeError(`can only concatenate list (not "${typeName(b)}") to list`);
  }
  if (a instanceof PyTuple) {
    if (b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
    throw typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
  }
  return undefined;
}

export function sequenceRepeat(seq: PyValue, count: PyValue): PyValue | undefined {
  const isSeq = typeof seq === "string" || seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyBytes;
  if (!isSeq) return undefined;
  if (!isIntLike(count)) {
    if (count instanceof PyFloat || typeof count === "string" || count instanceof PyList || count instanceof PyTuple) {
      throw typeError(`can't multiply sequence by non-int of type '${typeName(count)}'`);
    }
    return undefined;
  }
  const n = Math.max(0, Number(count));
  if (typeof seq === "string") return seq.repeat(n);
  if (seq instanceof PyBytes) return repeatBytes(seq.bytes, n);
  const items: PyValue[] = [];
  for (let i = 0; i < n; i++) items.push(...seq.items);
  return seq instanceof PyList ? new PyList(items) : new PyTuple(items);
}

function repeatBytes(bytes: Uint8Array, n: number): PyBytes {
  const out = new Uint8Array(bytes.length * n);
  for (let i = 0; i < n; i++) out.set(bytes, i * bytes.length);
  return new PyBytes(out);
}

/** Set algebra in CPython's order of insertions (setobject.c), so iteration order matches. */
export function setOperation(vm: VmContext, a: PySet, b: PySet, symbol: string, inplace: boolean): PyValue | undefined {
  const policy = keyPolicy(vm);
  const has = (set: PySet, key: PyValue): boolean => set.table.find(policy, key) !== undefined;
  const fresh = (): PySet => new PySet(a.frozen);
  let result: PySet;
  switch (symbol) {
    case "|":
      result = inplace ? a : fresh();
      if (!inplace) result.table.mergeSet(policy, a.table);
      result.table.mergeSet(policy, b.table);
      return result;
    case "&": {
      const [small, large] = b.table.size > a.table.size ? [a, b] : [b, a];
      result = fresh();
      for (const key of small.table.keys()) if (has(large, key)) result.table.set(policy, key, None);
      break;
    }
    case "-":
      result = fresh();
      if (a.table.size >> 2 > b.table.size) {
        result.table.mergeSet(policy, a.table);
        for (const key of b.table.keys()) result.table.delete(policy, key);
      } else {
        for (const key of a.table.keys()) if (!has(b, key)) result.table.set(policy, key, None);
      }
      break;
    case "^":
      result = fresh();
      result.table.mergeSet(policy, b.table);
      for (const key of a.table.keys()) {
        if (!result.table.delete(policy, key)) result.table.set(policy, key, None);
      }
      break;
    default:
      return undefined;
  }
  if (!inplace) return result;
  a.table.clear();
  a.table.mergeSet(policy, result.table);
  return a;
}

export function dictUnion(vm: VmContext, a: PyDict, b: PyDict, inplace: boolean): PyDict {
  const policy = keyPolicy(vm);
  const result = inplace ? a : new PyDict();
  if (!inplace) for (const entry of a.table.live()) result.table.set(policy, entry.key, entry.value);
  for (const entry of b.table.live()) result.table.set(policy, entry.key, entry.value);
  return result;
}

/** slice.indices(length) plus the slice's length: [start, stop, step, count] (primitives/sequence.ts). */
export function sliceIndices(_vm: VmContext, slice: PySlice, length: number): [number, number, number, number] {
  const part = (v: PyValue): Int | boolean | null => {
    if (v === None) return null;
    if (!isIntLike(v)) throw typeError("slice indices must be integers or None or have an __index__ method");
    return v;
  };
  const bounds = primitive(() => primitiveSliceIndices(length, part(slice.start), part(slice.stop), part(slice.step)));
  return [bounds.start, bounds.stop, bounds.step, bounds.length];
}

/** `format % args` (printf-style) through the primitives' implementation. */
export function percentFormat(vm: VmContext, format: string, args: PyValue): string {
  const ops: PercentOps<PyValue> = {
    classify: (v): PercentValue =>
      isIntLike(v) ? { kind: "int", value: v } : v instanceof PyFloat ? { kind: "float", value: v.value }
        : typeof v === "string" ? { kind: "str", value: v } : { kind: "other", typeName: typeName(v) },
    str: (v) => str(vm, v),
    repr: (v) => repr(vm, v),
    ascii: (v) => ascii(vm, v),
    getItem: (mapping, key) => getItem(vm, mapping, key),
  };
  const percentArgs: PercentArgs<PyValue> =
    args instanceof PyTuple ? { tuple: args.items } : { single: args, isMapping: args instanceof PyDict };
  return primitive(() => primitivePercent(format, percentArgs, ops));
}
