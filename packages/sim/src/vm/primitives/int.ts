// Python int semantics over `number` (safe integers) and `bigint` (beyond), always normalised.
import { PrimitiveError } from "./errors.ts";
import { bitLength, ratioToFloat, roundRatioHalfEven } from "./exact.ts";
import { isPySpaceChar, strRepr } from "./str.ts";

/** A Python int: a safe-integer `number`, or a `bigint` outside ±(2**53 − 1). */
export type Int = number | bigint;
/** What an int operation accepts: an Int or a bool (True acts as 1). */
export type IntArg = Int | boolean;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);
/** Python's hash modulus 2**61 − 1. */
export const HASH_MODULUS = (1n << 61n) - 1n;
/** sys.int_max_str_digits default: decimal conversions beyond this many digits fail. */
export const INT_MAX_STR_DIGITS = 4300;
/** Results beyond this many bits are outside the simulator (CPython would grind or run out of memory). */
const MAX_RESULT_BITS = 1 << 26;

/** Brings a bigint back to `number` when it is a safe integer. */
export function normalizeBigInt(n: bigint): Int {
  return n >= -MAX_SAFE_BIG && n <= MAX_SAFE_BIG ? Number(n) : n;
}

/** Any IntArg as a bigint. */
export function toBigInt(a: IntArg): bigint {
  if (typeof a === "bigint") return a;
  return BigInt(typeof a === "boolean" ? Number(a) : a);
}

/** A bool as 0/1, ints unchanged. */
export function unbool(a: IntArg): Int {
  return typeof a === "boolean" ? Number(a) : a;
}

function isSafe(r: number): boolean {
  return r <= MAX_SAFE && r >= -MAX_SAFE;
}

/** a + b. */
export function intAdd(a: IntArg, b: IntArg): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normalizeBigInt(toBigInt(a) + toBigInt(b));
}

/** a - b. */
export function intSub(a: IntArg, b: IntArg): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normalizeBigInt(toBigInt(a) - toBigInt(b));
}

/** a * b. */
export function intMul(a: IntArg, b: IntArg): Int {
  if (typeof a === "number" && typeof b === "number") {
    // A true product beyond the safe range rounds to a double beyond it too, so the check is exact.
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0; // + 0 turns -0 into 0
  }
  checkResultBits(bitLength(abs(toBigInt(a))) + bitLength(abs(toBigInt(b))));
  return normalizeBigInt(toBigInt(a) * toBigInt(b));
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

function checkResultBits(bits: number): void {
  if (bits > MAX_RESULT_BITS) {
    throw new PrimitiveError("Unsupported", "integer result too large for the simulator");
  }
}

function zeroDivision(message = "integer division or modulo by zero"): PrimitiveError {
  return new PrimitiveError("ZeroDivisionError", message);
}

/** a // b, rounding toward negative infinity. */
export function intFloorDiv(a: IntArg, b: IntArg): Int {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    const r = a % b; // exact for doubles; a - r is then an exact multiple of b
    const q = (a - r) / b;
    return r !== 0 && r < 0 !== b < 0 ? q - 1 : q + 0;
  }
  return intDivMod(a, b)[0];
}

/** a % b, taking the sign of b. */
export function intMod(a: IntArg, b: IntArg): Int {
  if (b === 0 || b === 0n || b === false) throw zeroDivision("integer modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b; // exact for doubles
    if (r !== 0 && r < 0 !== b < 0) return r + b;
    return r + 0;
  }
  return intDivMod(a, b)[1];
}

/** divmod(a, b) as [a // b, a % b]. */
export function intDivMod(a: IntArg, b: IntArg): [Int, Int] {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivision();
    const r = a % b;
    const q = (a - r) / b; // a - r is an exact multiple of b
    if (r !== 0 && r < 0 !== b < 0) return [q - 1, r + b];
    return [q + 0, r + 0];
  }
  const x = toBigInt(a);
  const y = toBigInt(b);
  if (y === 0n) throw zeroDivision();
  let q = x / y;
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) {
    q -= 1n;
    r += y;
  }
  return [normalizeBigInt(q), normalizeBigInt(r)];
}

/** a / b as a float, correctly rounded even for huge ints. */
export function intTrueDiv(a: IntArg, b: IntArg): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw new PrimitiveError("ZeroDivisionError", "division by zero");
    return a / b; // both exact doubles: IEEE division rounds correctly
  }
  const x = toBigInt(a);
  const y = toBigInt(b);
  if (y === 0n) throw new PrimitiveError("ZeroDivisionError", "division by zero");
  const negative = x < 0n !== y < 0n;
  const magnitude = ratioToFloat(abs(x), abs(y));
  if (magnitude === Infinity) {
    throw new PrimitiveError("OverflowError", "integer division result too large for a float");
  }
  return negative ? -magnitude : magnitude;
}

/** True when the int is below zero. */
export function intIsNegative(a: IntArg): boolean {
  return unbool(a) < 0;
}

/**
 * base ** exp for exp >= 0 (an int). A negative exponent gives a float in Python: the caller
 * checks `intIsNegative(exp)` and uses `floatPow(intToFloat(base), intToFloat(exp))` instead.
 */
export function intPow(base: IntArg, exp: IntArg): Int {
  const b = unbool(base);
  const e = unbool(exp);
  if (e < 0) throw new RangeError("intPow: negative exponent gives a float (use floatPow)");
  if (typeof b === "number" && typeof e === "number") {
    const small = smallPow(b, e);
    if (small !== undefined) return small;
  }
  const bigBase = toBigInt(b);
  if (bigBase === 0n || bigBase === 1n) return e === 0 ? 1 : Number(bigBase);
  if (bigBase === -1n) return toBigInt(e) % 2n === 0n ? 1 : -1;
  checkResultBits(bitLength(abs(bigBase)) * Number(e));
  return normalizeBigInt(bigBase ** toBigInt(e));
}

/** Square-and-multiply on doubles while every step stays a safe integer; undefined when it would not. */
function smallPow(base: number, exp: number): number | undefined {
  let result = 1;
  let square = base;
  let rest = exp;
  while (rest > 0) {
    if (rest % 2 === 1) {
      result *= square;
      if (!isSafe(result)) return undefined;
    }
    rest = Math.floor(rest / 2);
    if (rest > 0) {
      square *= square;
      if (!isSafe(square)) return undefined;
    }
  }
  return result + 0;
}

/** pow(base, exp, mod) with Python's rules (negative exp uses the modular inverse). */
export function intPowMod(base: IntArg, exp: IntArg, mod: IntArg): Int {
  let m = toBigInt(mod);
  if (m === 0n) throw new PrimitiveError("ValueError", "pow() 3rd argument cannot be 0");
  const negativeModulus = m < 0n;
  if (negativeModulus) m = -m;
  let b = positiveMod(toBigInt(base), m);
  let e = toBigInt(exp);
  if (e < 0n) {
    b = modularInverse(b, m);
    e = -e;
  }
  let result = 1n % m;
  while (e > 0n) {
    if ((e & 1n) === 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  if (negativeModulus && result !== 0n) result -= m;
  return normalizeBigInt(result);
}

function positiveMod(a: bigint, m: bigint): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

function modularInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new PrimitiveError("ValueError", "base is not invertible for the given modulus");
  return positiveMod(oldS, m);
}

function checkShiftCount(count: Int): void {
  if (count < 0) throw new PrimitiveError("ValueError", "negative shift count");
}

/** a << count. */
export function intLShift(a: IntArg, count: IntArg): Int {
  const n = unbool(count);
  checkShiftCount(n);
  const x = unbool(a);
  if (x === 0 || x === 0n) return 0;
  if (typeof x === "number" && n < 53) {
    const r = x * 2 ** Number(n);
    if (isSafe(r)) return r;
  }
  checkResultBits(bitLength(abs(toBigInt(x))) + Number(n));
  return normalizeBigInt(toBigInt(x) << toBigInt(n));
}

/** a >> count (floor semantics for negatives). */
export function intRShift(a: IntArg, count: IntArg): Int {
  const n = unbool(count);
  checkShiftCount(n);
  const x = unbool(a);
  if (typeof x === "number") {
    if (n >= 64) return x < 0 ? -1 : 0;
    return Math.floor(x / 2 ** Number(n)) + 0;
  }
  if (n > bitLength(abs(x))) return x < 0n ? -1 : 0;
  return normalizeBigInt(x >> toBigInt(n));
}

function isInt32(a: IntArg): a is number {
  return typeof a === "number" && (a | 0) === a;
}

/** a & b (two's complement on unbounded ints). */
export function intAnd(a: IntArg, b: IntArg): Int {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normalizeBigInt(toBigInt(a) & toBigInt(b));
}

/** a | b. */
export function intOr(a: IntArg, b: IntArg): Int {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normalizeBigInt(toBigInt(a) | toBigInt(b));
}

/** a ^ b. */
export function intXor(a: IntArg, b: IntArg): Int {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normalizeBigInt(toBigInt(a) ^ toBigInt(b));
}

/** ~a == -a - 1. */
export function intInvert(a: IntArg): Int {
  return intSub(-1, a);
}

/** -a. */
export function intNeg(a: IntArg): Int {
  if (typeof a === "number") return 0 - a;
  return typeof a === "boolean" ? 0 - Number(a) : normalizeBigInt(-a);
}

/** abs(a). */
export function intAbs(a: IntArg): Int {
  const x = unbool(a);
  return x < 0 ? intNeg(x) : x;
}

/** a == b (exact across number, bigint and bool). */
export function intEq(a: IntArg, b: IntArg): boolean {
  // Loose equality compares number/bigint/boolean by mathematical value, exactly.
  return a == b;
}

/** -1, 0 or 1 as a <, ==, > b. JS relational operators compare number and bigint exactly. */
export function intCompare(a: IntArg, b: IntArg): -1 | 0 | 1 {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  const x = unbool(a);
  const y = unbool(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Compares an int with a float exactly (as CPython: 2**53 + 1 > 2.0**53): -1, 0, 1, or NaN when
 * the float is NaN (every ordering is then False and only != is True).
 */
export function compareIntFloat(a: IntArg, x: number): number {
  if (Number.isNaN(x)) return NaN;
  const i = unbool(a);
  return i < x ? -1 : i > x ? 1 : 0;
}

/** float(a): correctly rounded; OverflowError beyond the float range. */
export function intToFloat(a: IntArg): number {
  if (typeof a !== "bigint") return Number(a);
  const x = Number(a); // BigInt → Number rounds to nearest, ties to even
  if (!Number.isFinite(x)) throw new PrimitiveError("OverflowError", "int too large to convert to float");
  return x;
}

/** int(x) for a float: truncates toward zero. */
export function intFromFloat(x: number): Int {
  if (Number.isNaN(x)) throw new PrimitiveError("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) {
    throw new PrimitiveError("OverflowError", "cannot convert float infinity to integer");
  }
  const t = Math.trunc(x);
  return isSafe(t) ? t + 0 : BigInt(t);
}

/** int.bit_length(). */
export function intBitLength(a: IntArg): number {
  return bitLength(abs(toBigInt(a)));
}

function digitLimitError(detail: string): PrimitiveError {
  return new PrimitiveError(
    "ValueError",
    `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion${detail}; ` +
      "use sys.set_int_max_str_digits() to increase the limit",
  );
}

/**
 * The digits of `a` in `base` (2..36), lowercase, with a leading "-" when negative and no prefix
 * (str(a) for base 10). Decimal conversion of more than 4300 digits raises ValueError as CPython.
 */
export function intToString(a: IntArg, base = 10): string {
  const x = unbool(a);
  const text = x.toString(base);
  if (base === 10 && typeof x === "bigint" && text.length - (x < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) {
    throw digitLimitError("");
  }
  return text;
}

const PREFIX_BASES: Record<string, number> = { x: 16, o: 8, b: 2 };

/**
 * int(text, base) as Python: surrounding whitespace, a sign, underscores between digits, an
 * optional 0x/0o/0b prefix matching the base (base 0: the prefix decides), Unicode decimal digits.
 */
export function intFromString(text: string, base: IntArg = 10, shown = strRepr(text)): Int {
  const radix = Number(unbool(base));
  if (radix !== 0 && (radix < 2 || radix > 36)) {
    throw new PrimitiveError("ValueError", "int() base must be >= 2 and <= 36, or 0");
  }
  const parsed = parseIntBody(asciiDigits(text), radix);
  if (parsed === undefined) {
    throw new PrimitiveError(
      "ValueError",
      `invalid literal for int() with base ${radix}: ${shown.slice(0, 200)}`,
    );
  }
  return parsed;
}

function parseIntBody(text: string, radix: number): Int | undefined {
  let start = 0;
  let end = text.length;
  while (start < end && isPySpaceChar(text.charCodeAt(start))) start++;
  while (end > start && isPySpaceChar(text.charCodeAt(end - 1))) end--;
  let body = text.slice(start, end);
  const negative = body.startsWith("-");
  if (negative || body.startsWith("+")) body = body.slice(1);
  let base = radix;
  const prefixBase = body[0] === "0" ? PREFIX_BASES[(body[1] ?? "").toLowerCase()] : undefined;
  if (prefixBase !== undefined && (radix === 0 || radix === prefixBase)) {
    base = prefixBase;
    body = body.slice(2);
    if (body.startsWith("_")) body = body.slice(1);
  } else if (radix === 0) {
    base = 10;
    // Base 0 forbids leading zeros on a non-zero decimal ("010" is invalid).
    if (/^0(_?0)*$/.test(body)) return 0;
    if (body.startsWith("0")) return undefined;
  }
  if (!isDigitRun(body, base)) return undefined;
  const digits = body.replaceAll("_", "");
  if (digits.length > INT_MAX_STR_DIGITS && (base & (base - 1)) !== 0) {
    throw digitLimitError(`: value has ${digits.length} digits`);
  }
  const magnitude = digitsToInt(digits.toLowerCase(), base);
  return negative ? intNeg(magnitude) : magnitude;
}

function isDigitRun(body: string, base: number): boolean {
  if (body === "" || body.startsWith("_") || body.endsWith("_") || body.includes("__")) return false;
  for (const ch of body) {
    if (ch !== "_" && !(digitValue(ch) < base)) return false;
  }
  return true;
}

function digitValue(ch: string): number {
  const code = ch.toLowerCase().charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  return 99;
}

function digitsToInt(digits: string, base: number): Int {
  if (digits.length <= 10) return Number.parseInt(digits, base); // 36**10 < 2**53: exact
  if (base === 10) return normalizeBigInt(BigInt(digits));
  let result = 0n;
  const chunkScale = BigInt(base) ** 10n;
  const head = digits.length % 10;
  if (head > 0) result = BigInt(Number.parseInt(digits.slice(0, head), base));
  for (let i = head; i < digits.length; i += 10) {
    result = result * chunkScale + BigInt(Number.parseInt(digits.slice(i, i + 10), base));
  }
  return normalizeBigInt(result);
}

const DECIMAL_DIGIT = /\p{Nd}/u;

/** Replaces non-ASCII Unicode decimal digits by their ASCII digit, as CPython does before parsing. */
export function asciiDigits(text: string): string {
  if (/^\p{ASCII}*$/u.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += code > 127 && DECIMAL_DIGIT.test(ch) ? String(unicodeDigitValue(code)) : ch;
  }
  return out;
}

// Unicode assigns decimal digits in contiguous runs 0..9, so the offset within the run is the value.
function unicodeDigitValue(code: number): number {
  let first = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(first - 1))) first--;
  return (code - first) % 10;
}

/** round(a, ndigits) for an int: ndigits >= 0 returns a; negative rounds half to even. */
export function intRound(a: IntArg, ndigits: IntArg): Int {
  const n = unbool(ndigits);
  const x = unbool(a);
  if (n >= 0) return x;
  const absolute = abs(toBigInt(x));
  const places = -Number(n);
  if (places > absolute.toString().length) return 0;
  const scale = 10n ** BigInt(places);
  const rounded = roundRatioHalfEven(absolute, scale) * scale;
  return normalizeBigInt(x < 0 ? -rounded : rounded);
}

/** hash(a) as CPython: sign * (|a| mod 2**61 − 1), with -1 mapped to -2. */
export function intHash(a: IntArg): Int {
  const x = unbool(a);
  if (typeof x === "number") return x === -1 ? -2 : x;
  const reduced = abs(x) % HASH_MODULUS;
  const signed = x < 0n ? -reduced : reduced;
  return signed === -1n ? -2 : normalizeBigInt(signed);
}
