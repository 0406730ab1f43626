// Arithmetic and ordering on the numeric tower (bool ⊂ int, float) via the primitives.

import * as I from "./primitives/int.ts";
import * as F from "./primitives/float.ts";
import { primitive } from "./exceptions.ts";
import { PyFloat, type PyValue } from "./values.ts";

export type Num = number | bigint | boolean | PyFloat;

export function isIntLike(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean";
}

export function isNumber(v: PyValue): v is Num {
  return isIntLike(v) || v instanceof PyFloat;
}

export function toFloat(v: Num): number {
  return v instanceof PyFloat ? v.value : primitive(() => I.intToFloat(v));
}

const INT_OPS: Record<string, ((a: I.IntArg, b: I.IntArg) => PyValue) | undefined> = {
  "+": I.intAdd,
  "-": I.intSub,
  "*": I.intMul,
  "//": I.intFloorDiv,
  "%": I.intMod,
  "/": (a, b) => new PyFloat(I.intTrueDiv(a, b)),
  "**": (a, b) => (I.intIsNegative(b) ? new PyFloat(F.floatPow(I.intToFloat(a), I.intToFloat(b))) : I.intPow(a, b)),
  "<<": I.intLShift,
  ">>": I.intRShift,
  "&": (a, b) => (typeof a === "boolean" && typeof b === "boolean" ? a && b : I.intAnd(a, b)),
  "|": (a, b) => (typeof a === "boolean" && typeof b === "boolean" ? a || b : I.intOr(a, b)),
  "^": (a, b) => (typeof a === "boolean" && typeof b === "boolean" ? a !== b : I.intXor(a, b)),
};

const FLOAT_OPS: Record<string, ((a: number, b: number) => number) | undefined> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": F.floatTrueDiv,
  "//": F.floatFloorDiv,
  "%": F.floatMod,
  "**": F.floatPow,
};

/** a <op> b for numbers, or undefined when the operator does not apply (e.g. float << int). */
export function numericBinary(symbol: string, a: Num, b: Num): PyValue | undefined {
  if (!(a instanceof PyFloat) && !(b instanceof PyFloat)) {
    const op = INT_OPS[symbol];
    return op ? primitive(() => op(a, b)) : undefined;
  }
  const op = FLOAT_OPS[symbol];
  if (!op) return undefined;
  const x = toFloat(a);
  const y = toFloat(b);
  return new PyFloat(primitive(() => op(x, y)));
}

/** Three-way comparison of two numbers (NaN compares unordered: returns NaN). */
export function numericCompare(a: Num, b: Num): number {
  if (!(a instanceof PyFloat) && !(b instanceof PyFloat)) return I.intCompare(a, b);
  if (a instanceof PyFloat && b instanceof PyFloat) return a.value < b.value ? -1 : a.value > b.value ? 1 : a.value === b.value ? 0 : NaN;
  if (a instanceof PyFloat) {
    if (Number.isNaN(a.value)) return NaN;
    return -I.compareIntFloat(b as I.IntArg, a.value);
  }
  if (Number.isNaN((b as PyFloat).value)) return NaN;
  return I.compareIntFloat(a, (b as PyFloat).value);
}

export function numericHash(v: Num): number | bigint {
  return v instanceof PyFloat ? F.floatHash(v.value) : I.intHash(v);
}
