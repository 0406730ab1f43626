// math (NATIVES.md; CPython: Modules/mathmodule.c): the functions CPU-bound exercise programs use, with
// CPython's results for ints of any size and its errors. exp, log and the trigonometric functions are
// JavaScript's (within an ulp of CPython's libm, so a last digit may differ).

import * as I from "../vm/primitives/int.ts";
import { floatPow } from "../vm/primitives/float.ts";
import { primitive, pyError, typeError, type PyThrow } from "../vm/exceptions.ts";
import { PrimitiveError } from "../vm/primitives/errors.ts";
import { binaryOp, typeName } from "../vm/objects.ts";
import { binopIndex } from "../bytecode/opcodes.ts";
import { iterableToArray } from "../vm/iteration.ts";
import { isIntLike } from "../vm/numbers.ts";
import { PyFloat, type PyModule, type PyValue, type VmContext } from "../vm/values.ts";
import { argsByName, makeModule } from "./support.ts";

type Unary = (x: number) => number;

/** A float argument: an int of any size or a float (CPython's "must be real number"). */
function real(value: PyValue | undefined): number {
  if (value instanceof PyFloat) return value.value;
  if (value !== undefined && isIntLike(value)) {
    const x = I.intToFloat(value);
    if (!Number.isFinite(x)) throw pyError("OverflowError", "int too large to convert to float");
    return x;
  }
  throw typeError(`must be real number, not ${value === undefined ? "NoneType" : typeName(value)}`);
}

/** An int argument (floats refused, as CPython's index conversion does). */
function integer(value: PyValue | undefined): bigint {
  if (value !== undefined && isIntLike(value)) return I.toBigInt(value);
  throw typeError(`'${value === undefined ? "NoneType" : typeName(value)}' object cannot be interpreted as an integer`);
}

const domainError = (): PyThrow => pyError("ValueError", "math domain error");

/** `f` on a real argument: a NaN from a non-NaN is a domain error, an infinity from a finite a range error. */
function floatFunction(f: Unary): (vm: VmContext, args: PyValue[]) => PyFloat {
  return (_vm, [value]) => {
    const x = real(value);
    return new PyFloat(checked(x, f(x)));
  };
}

function checked(x: number, result: number): number {
  if (Number.isNaN(result) && !Number.isNaN(x)) throw domainError();
  if (Math.abs(result) === Infinity && Number.isFinite(x)) throw pyError("OverflowError", "math range error");
  return result;
}

/** floor / ceil / trunc: an int, ints as they are. */
function rounding(f: Unary): (vm: VmContext, args: PyValue[]) => PyValue {
  return (_vm, [value]) => {
    if (value !== undefined && isIntLike(value)) return I.unbool(value);
    const x = real(value);
    return primitive(() => I.intFromFloat(f(x)));
  };
}

/** An int too large for a float (CPython takes the logarithm of those too). */
function hugeInt(value: PyValue | undefined): value is bigint {
  return typeof value === "bigint" && !Number.isFinite(Number(value));
}

/** A logarithm (`log`, `log2` or `log10`) of ints of any size: a huge one as CPython's loghelper takes it, x · 2**e. */
function logarithm(value: PyValue | undefined, log: Unary): number {
  if (hugeInt(value)) {
    if (value < 0n) throw domainError();
    const e = value.toString(2).length;
    const x = Number(value >> BigInt(e - 60)) / 2 ** 60;
    return log(x) + log(2) * e;
  }
  const x = real(value);
  if (x <= 0) throw domainError();
  return log(x);
}

function isqrt(value: PyValue | undefined): PyValue {
  const n = integer(value);
  if (n < 0n) throw pyError("ValueError", "isqrt() argument must be nonnegative");
  if (n < 2n) return I.normalizeBigInt(n);
  // Newton's iteration from above (a power of two at least the root) falls to the floor of the root.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) return I.normalizeBigInt(x);
    x = next;
  }
}

function factorial(value: PyValue | undefined): PyValue {
  const n = integer(value);
  if (n < 0n) throw pyError("ValueError", "factorial() not defined for negative values");
  let product = 1n;
  for (let k = 2n; k <= n; k++) product *= k;
  return I.normalizeBigInt(product);
}

function gcd2(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** comb(n, k) and perm(n, k): both non-negative ints (perm's k defaults to n). */
function countings(name: "comb" | "perm", args: PyValue[]): PyValue {
  const n = integer(args[0]);
  const k = name === "perm" && args[1] === undefined ? n : integer(args[1]);
  if (n < 0n) throw pyError("ValueError", "n must be a non-negative integer");
  if (k < 0n) throw pyError("ValueError", "k must be a non-negative integer");
  if (k > n) return 0;
  let result = 1n;
  if (name === "perm") for (let i = 0n; i < k; i++) result *= n - i;
  else {
    const m = k < n - k ? k : n - k;
    for (let i = 1n; i <= m; i++) result = (result * (n - m + i)) / i;
  }
  return I.normalizeBigInt(result);
}

/** Shewchuk's exact summation, rounded once at the end: fsum's correctly rounded sum. */
function fsum(values: number[]): number {
  const partials: number[] = [];
  let special = 0;
  let nan = false;
  for (const value of values) {
    if (Number.isNaN(value)) nan = true;
    if (!Number.isFinite(value)) {
      special += value;
      continue;
    }
    let x = value;
    let i = 0;
    for (const p of partials) {
      let [hi, lo] = Math.abs(x) < Math.abs(p) ? [p, x] : [x, p];
      const sum = hi + lo;
      lo -= sum - hi;
      hi = sum;
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (nan) return NaN;
  if (Number.isNaN(special)) throw pyError("ValueError", "-inf + inf in fsum");
  if (special !== 0) return special;
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n] as number;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n] as number;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Round half-even correctly when the remaining partials say which way.
    if (n > 0 && ((lo < 0 && (partials[n - 1] as number) < 0) || (lo > 0 && (partials[n - 1] as number) > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/** math.pow: `**` for floats, with math's own errors. */
function mathPow(x: number, y: number): number {
  if ((x === 0 && y < 0) || (x < 0 && Number.isFinite(y) && !Number.isInteger(y))) throw domainError();
  try {
    return floatPow(x, y);
  } catch (error) {
    if (error instanceof PrimitiveError && error.pyType === "OverflowError") throw pyError("OverflowError", "math range error");
    throw error;
  }
}

function isclose(args: PyValue[], kwargs: Map<string, PyValue> | null): boolean {
  const [a, b, relTol, absTol] = argsByName("isclose", ["a", "b", "rel_tol", "abs_tol"], args, kwargs);
  const x = real(a);
  const y = real(b);
  const rel = relTol === undefined ? 1e-9 : real(relTol);
  const abs = absTol === undefined ? 0 : real(absTol);
  if (rel < 0 || abs < 0) throw pyError("ValueError", "tolerances must be non-negative");
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
}

function prod(vm: VmContext, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const [iterable, start] = argsByName("prod", ["iterable", "start"], args, kwargs);
  let product: PyValue = start ?? 1;
  for (const item of iterableToArray(vm, iterable as PyValue)) product = binaryOp(vm, product, item, binopIndex("*"));
  return product;
}

export function mathModule(): PyModule {
  return makeModule("math", [
    ["pi", new PyFloat(Math.PI)],
    ["e", new PyFloat(Math.E)],
    ["tau", new PyFloat(2 * Math.PI)],
    ["inf", new PyFloat(Infinity)],
    ["nan", new PyFloat(NaN)],
    ["sqrt", floatFunction(Math.sqrt)],
    ["exp", floatFunction(Math.exp)],
    ["sin", floatFunction(Math.sin)],
    ["cos", floatFunction(Math.cos)],
    ["tan", floatFunction(Math.tan)],
    ["asin", floatFunction(Math.asin)],
    ["acos", floatFunction(Math.acos)],
    ["atan", floatFunction(Math.atan)],
    ["fabs", floatFunction(Math.abs)],
    ["degrees", floatFunction((x) => (x * 180) / Math.PI)],
    ["radians", floatFunction((x) => (x * Math.PI) / 180)],
    ["floor", rounding(Math.floor)],
    ["ceil", rounding(Math.ceil)],
    ["trunc", rounding(Math.trunc)],
    ["isqrt", (_vm, [n]) => isqrt(n)],
    ["factorial", (_vm, [n]) => factorial(n)],
    ["gcd", (_vm, args) => I.normalizeBigInt(args.map(integer).reduce(gcd2, 0n))],
    ["lcm", (_vm, args) => I.normalizeBigInt(args.map(integer).reduce((a, b) => (a === 0n || b === 0n ? 0n : (a * b < 0n ? -(a * b) : a * b) / gcd2(a, b)), 1n))],
    ["comb", (_vm, args) => countings("comb", args)],
    ["perm", (_vm, args) => countings("perm", args)],
    ["log", (_vm, [x, base]) => {
      const value = logarithm(x, Math.log);
      if (base === undefined) return new PyFloat(value);
      const divisor = logarithm(base, Math.log);
      if (divisor === 0) throw pyError("ZeroDivisionError", "float division by zero");
      return new PyFloat(value / divisor);
    }],
    ["log2", (_vm, [x]) => new PyFloat(logarithm(x, Math.log2))],
    ["log10", (_vm, [x]) => new PyFloat(logarithm(x, Math.log10))],
    ["pow", (_vm, [x, y]) => new PyFloat(mathPow(real(x), real(y)))],
    ["fmod", (_vm, [x, y]) => {
      const [a, b] = [real(x), real(y)];
      if (b === 0 || !Number.isFinite(a)) throw domainError();
      return new PyFloat(a % b);
    }],
    ["atan2", (_vm, [y, x]) => new PyFloat(Math.atan2(real(y), real(x)))],
    ["hypot", (_vm, args) => new PyFloat(Math.hypot(...args.map(real)))],
    ["copysign", (_vm, [x, y]) => {
      const [a, b] = [real(x), real(y)];
      return new PyFloat(Math.sign(b) === -1 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a));
    }],
    ["isfinite", (_vm, [x]) => Number.isFinite(real(x))],
    ["isinf", (_vm, [x]) => Math.abs(real(x)) === Infinity],
    ["isnan", (_vm, [x]) => Number.isNaN(real(x))],
    ["isclose", (_vm, args, kwargs) => isclose(args, kwargs)],
    ["fsum", (vm, [iterable]) => new PyFloat(fsum(iterableToArray(vm, iterable as PyValue).map(real)))],
    ["prod", prod],
  ]);
}
