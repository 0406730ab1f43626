// Python float semantics: repr, floor division/modulo, pow, round, parsing and hashing.
import { PrimitiveError } from "./errors.ts";
import { binaryParts, exactDecimal, powPositive, ratioToFloat, roundRatioHalfEven } from "./exact.ts";
import { asciiDigits, HASH_MODULUS, intFromFloat, normalizeBigInt, type Int, type IntArg, unbool } from "./int.ts";
import { isPySpaceChar, strRepr } from "./str.ts";

/** Shortest round-trip digits of a finite non-zero |x| and the decimal exponent of the first digit. */
export function shortestDigits(x: number): { digits: string; exponent: number } {
  // toExponential() without an argument yields the shortest round-trip digits, as CPython's repr.
  const text = Math.abs(x).toExponential();
  const e = text.indexOf("e");
  return { digits: text.slice(0, e).replace(".", ""), exponent: Number(text.slice(e + 1)) };
}

/** Digits with the point after `pointPos` digits (zero-padded on either side), e.g. ("12", 4) → "1200". */
export function placePoint(digits: string, pointPos: number): { whole: string; fraction: string } {
  if (pointPos <= 0) return { whole: "0", fraction: "0".repeat(-pointPos) + digits };
  if (pointPos >= digits.length) return { whole: digits + "0".repeat(pointPos - digits.length), fraction: "" };
  return { whole: digits.slice(0, pointPos), fraction: digits.slice(pointPos) };
}

/** "e+16", "e-05": CPython's exponent suffix (at least two digits). */
export function exponentSuffix(exponent: number, marker = "e"): string {
  return marker + (exponent < 0 ? "-" : "+") + String(Math.abs(exponent)).padStart(2, "0");
}

/** Non-finite floats as CPython spells them, or undefined for finite ones. */
export function nonFiniteRepr(x: number): string | undefined {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  return undefined;
}

/**
 * repr(x) (== str(x)) exactly as CPython: shortest round-trip digits, positional for decimal
 * exponents -4 <= e < 16 (always with a fractional part), else scientific ("1e+16", "1.5e-07").
 */
export function floatRepr(x: number): string {
  const special = nonFiniteRepr(x);
  if (special !== undefined) return special;
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const { digits, exponent } = shortestDigits(x);
  if (exponent < -4 || exponent >= 16) {
    const rest = digits.length > 1 ? "." + digits.slice(1) : "";
    return sign + digits[0] + rest + exponentSuffix(exponent);
  }
  const { whole, fraction } = placePoint(digits, exponent + 1);
  return sign + whole + "." + (fraction === "" ? "0" : fraction);
}

/** x / y (ZeroDivisionError: float division by zero). */
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw new PrimitiveError("ZeroDivisionError", "float division by zero");
  return x / y;
}

/** CPython's float_divmod core (y != 0): the modulo takes y's sign; the quotient is the floor. */
function floatDivModUnchecked(x: number, y: number): [number, number] {
  let mod = x % y; // C fmod: exact
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floorDiv: number;
  if (div !== 0) {
    floorDiv = Math.floor(div);
    if (div - floorDiv > 0.5) floorDiv += 1;
  } else {
    floorDiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floorDiv, mod];
}

/** x // y for floats. */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw new PrimitiveError("ZeroDivisionError", "float floor division by zero");
  return floatDivModUnchecked(x, y)[0];
}

/** x % y for floats (result has the sign of y). */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw new PrimitiveError("ZeroDivisionError", "float modulo");
  return floatDivModUnchecked(x, y)[1];
}

/** divmod(x, y) for floats. */
export function floatDivMod(x: number, y: number): [number, number] {
  if (y === 0) throw new PrimitiveError("ZeroDivisionError", "float divmod()");
  return floatDivModUnchecked(x, y);
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** Special cases of CPython's float_pow, in its order; undefined when pow() proper is needed. */
function powSpecialCase(x: number, y: number): number | undefined {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (!Number.isFinite(y)) {
    const magnitude = Math.abs(x);
    if (magnitude === 1) return 1;
    return y > 0 === magnitude > 1 ? Infinity : 0;
  }
  if (!Number.isFinite(x)) {
    if (y > 0) return isOddInteger(y) ? x : Math.abs(x);
    return isOddInteger(y) ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) throw new PrimitiveError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0;
  }
  if (x === 1) return 1;
  if (x < 0 && !Number.isInteger(y)) {
    throw new PrimitiveError("Unsupported", "complex results (negative float to a fractional power) are not supported");
  }
  return undefined;
}

/**
 * x ** y for floats with CPython's special cases and errors, correctly rounded: small integer
 * exponents exactly, 0.5 by sqrt, others in 160-bit fixed point (V8's Math.pow differs from
 * glibc's pow in the last digit for about one exponent in ten).
 */
export function floatPow(x: number, y: number): number {
  const special = powSpecialCase(x, y);
  if (special !== undefined) return special;
  const negate = x < 0 && isOddInteger(y);
  const base = Math.abs(x);
  let result: number;
  if (Number.isInteger(y) && Math.abs(y) <= 512) result = exactIntegerPow(base, y);
  else result = y === 0.5 ? Math.sqrt(base) : powPositive(base, y);
  if (result === Infinity) throw new PrimitiveError("OverflowError", "(34, 'Numerical result out of range')");
  return negate ? -result : result;
}

/** base ** n for a positive finite base and a small integer n, correctly rounded. */
function exactIntegerPow(base: number, n: number): number {
  const { mantissa, exponent } = binaryParts(base);
  const k = Math.abs(n);
  const power = mantissa ** BigInt(k);
  const twos = exponent * k; // value is power * 2**twos, or its reciprocal for n < 0
  const num = twos > 0 ? power << BigInt(twos) : power;
  const den = twos < 0 ? 1n << BigInt(-twos) : 1n;
  return n > 0 ? ratioToFloat(num, den) : ratioToFloat(den, num);
}

/** round(x) → int, halves to even (round(2.5) == 2). */
export function floatRound(x: number): Int {
  if (!Number.isFinite(x)) return intFromFloat(x); // raises CPython's NaN/infinity errors
  const floor = Math.floor(x);
  const diff = x - floor; // exact
  const rounded = diff > 0.5 || (diff === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  return intFromFloat(rounded);
}

/**
 * round(x, ndigits) as CPython: rounds the exact binary value half to even at 10**-ndigits, then
 * takes the nearest double (round(2.675, 2) == 2.67). OverflowError if the result is too large.
 */
export function floatRoundDigits(x: number, ndigits: IntArg): number {
  const n = unbool(ndigits);
  if (!Number.isFinite(x) || x === 0 || n > 323) return x;
  if (n < -308) return x < 0 ? -0 : 0;
  const places = Number(n);
  const { digits, exponent10 } = exactDecimal(x);
  if (-places <= exponent10) return x;
  const rounded = roundRatioHalfEven(digits, 10n ** BigInt(-places - exponent10));
  const magnitude =
    places <= 0 ? Number(rounded * 10n ** BigInt(-places)) : ratioToFloat(rounded, 10n ** BigInt(places));
  if (magnitude === Infinity) throw new PrimitiveError("OverflowError", "rounded value too large to represent");
  return x < 0 ? -magnitude : magnitude;
}

const DIGITS = String.raw`\d(?:_?\d)*`;
const FLOAT_SYNTAX = new RegExp(
  String.raw`^[+-]?(?:(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)$`,
  "i",
);

/** float(text) as Python: whitespace, sign, underscores between digits, inf/infinity/nan. */
export function floatFromString(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isPySpaceChar(text.charCodeAt(start))) start++;
  while (end > start && isPySpaceChar(text.charCodeAt(end - 1))) end--;
  const body = asciiDigits(text.slice(start, end));
  if (!FLOAT_SYNTAX.test(body)) {
    throw new PrimitiveError("ValueError", `could not convert string to float: ${strRepr(text)}`);
  }
  const lower = body.toLowerCase();
  if (lower.endsWith("nan")) return NaN;
  if (lower.endsWith("inf") || lower.endsWith("infinity")) return lower.startsWith("-") ? -Infinity : Infinity;
  return Number(body.replaceAll("_", "")); // JS parsing is correctly rounded, as CPython's strtod
}

/** float.is_integer(). */
export function floatIsInteger(x: number): boolean {
  return Number.isInteger(x);
}

/**
 * hash(x) as CPython: equal to the int hash for integral values; m * 2**e reduced modulo 2**61 − 1
 * otherwise; ±inf hash to ±314159. NaN hashes by identity in CPython; here it is 0.
 */
export function floatHash(x: number): Int {
  if (Number.isNaN(x)) return 0;
  if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
  const { negative, mantissa, exponent } = binaryParts(x);
  // 2**61 ≡ 1 (mod 2**61 − 1), so 2**e ≡ 2**(e mod 61) also for negative e.
  const shift = BigInt(((exponent % 61) + 61) % 61);
  const reduced = ((mantissa % HASH_MODULUS) << shift) % HASH_MODULUS;
  const signed = negative ? -reduced : reduced;
  return signed === -1n ? -2 : normalizeBigInt(signed);
}

/** float.as_integer_ratio() as [numerator, denominator] (ValueError/OverflowError for nan/inf). */
export function floatAsIntegerRatio(x: number): [Int, Int] {
  if (Number.isNaN(x)) throw new PrimitiveError("ValueError", "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw new PrimitiveError("OverflowError", "cannot convert Infinity to integer ratio");
  const { negative, mantissa, exponent } = binaryParts(x);
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  while (num % 2n === 0n && den % 2n === 0n) {
    num /= 2n;
    den /= 2n;
  }
  if (num === 0n) den = 1n;
  return [normalizeBigInt(negative ? -num : num), normalizeBigInt(den)];
}
