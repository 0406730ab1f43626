// Exact binary/decimal arithmetic on doubles via bigint: the basis of correctly rounded results.

/** Number of bits of a non-negative bigint (0 for 0n). */
export function bitLength(n: bigint): number {
  if (n === 0n) return 0;
  const hex = n.toString(16);
  const lead = Number.parseInt(hex[0] ?? "0", 16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(lead));
}

/** x * 2**e, exact whenever the result is representable (steps keep intermediates in range). */
export function ldexp(x: number, e: number): number {
  let result = x;
  let rest = e;
  while (rest > 1000) {
    result *= 2 ** 1000;
    rest -= 1000;
  }
  while (rest < -1000) {
    result *= 2 ** -1000;
    rest += 1000;
  }
  return result * 2 ** rest;
}

/** A finite double as sign * mantissa * 2**exponent with an integer mantissa (0n for zeros). */
export interface BinaryParts {
  negative: boolean;
  mantissa: bigint;
  exponent: number;
}

/** Decomposes a finite double exactly. */
export function binaryParts(x: number): BinaryParts {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const negative = high >>> 31 === 1;
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  if (biased === 0) return { negative, mantissa: fraction, exponent: -1074 };
  return { negative, mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** floor(a / b) and the remainder, for a >= 0, b > 0, rounded half to even. */
function divRoundHalfEven(a: bigint, b: bigint): bigint {
  const q = a / b;
  const twice = (a - q * b) * 2n;
  if (twice > b || (twice === b && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/**
 * The double nearest to a / b (ties to even) for a >= 0, b > 0; Infinity when it overflows.
 * Keeps 55+ quotient bits plus a sticky bit so the single rounding in Number() is correct;
 * subnormal results are rounded at 2**-1074 directly to avoid double rounding.
 */
export function ratioToFloat(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const shift = 55 - (bitLength(a) - bitLength(b));
  const num = shift >= 0 ? a << BigInt(shift) : a;
  const den = shift >= 0 ? b : b << BigInt(-shift);
  const q = num / den;
  const topExponent = bitLength(q) - 1 - shift;
  if (topExponent > 1023) return Infinity;
  if (topExponent >= -1022) {
    const sticky = num % den === 0n ? 0n : 1n;
    return ldexp(Number(q | sticky), -shift);
  }
  return ldexp(Number(divRoundHalfEven(a << 1074n, b)), -1074);
}

/** Rounds a / b (a, b > 0 or a >= 0) to the nearest integer, ties to even. */
export function roundRatioHalfEven(a: bigint, b: bigint): bigint {
  return divRoundHalfEven(a, b);
}

/**
 * The exact decimal value of a finite double's magnitude as `digits * 10**exponent10`
 * (digits without sign; "0" for zero).
 */
export function exactDecimal(x: number): { digits: bigint; exponent10: number } {
  const { mantissa, exponent } = binaryParts(x);
  if (exponent >= 0) return { digits: mantissa << BigInt(exponent), exponent10: 0 };
  // m / 2**k == m * 5**k / 10**k
  return { digits: mantissa * 5n ** BigInt(-exponent), exponent10: exponent };
}

// Fixed-point arithmetic with FRACTION_BITS binary places, for correctly rounded pow.
const FRACTION_BITS = 160n;
const ONE = 1n << FRACTION_BITS;

/** 2·atanh(z) = ln((1 + z) / (1 − z)) for a fixed-point |z| <= 1/3. */
function twiceAtanh(z: bigint): bigint {
  const zSquared = (z * z) >> FRACTION_BITS;
  let sum = 0n;
  let power = z;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = (power * zSquared) / ONE; // truncates toward zero, so negative powers also reach 0
  }
  return 2n * sum;
}

const LN2 = twiceAtanh(ONE / 3n); // ln 2 = 2·atanh(1/3)

/** ln(x) in fixed point for a positive finite double, via x = m·2**e with m near 1. */
function fixedLog(x: number): bigint {
  const { mantissa, exponent } = binaryParts(x);
  const bits = bitLength(mantissa);
  let scale = 1n << BigInt(bits - 1); // m = mantissa / scale in [1, 2)
  let twos = exponent + bits - 1;
  if (mantissa * mantissa > 2n * scale * scale) {
    scale <<= 1n; // keep m in [√½, √2) so the series converges fast
    twos += 1;
  }
  const z = ((mantissa - scale) << FRACTION_BITS) / (mantissa + scale);
  return BigInt(twos) * LN2 + twiceAtanh(z);
}

/** exp(r) in fixed point for |r| <= ln 2 (Taylor series). */
function fixedExp(r: bigint): bigint {
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r) / (n << FRACTION_BITS);
    sum += term;
  }
  return sum;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b > a ? q - 1n : q;
}

/**
 * x ** y for a positive finite x and a finite y, correctly rounded (like glibc's pow, unlike V8's
 * Math.pow): exp(y·ln x) evaluated with 160 fraction bits, then one rounding. Infinity on overflow.
 */
export function powPositive(x: number, y: number): number {
  const { negative, mantissa, exponent } = binaryParts(y);
  const product = fixedLog(x) * mantissa;
  let t = exponent >= 0 ? product << BigInt(exponent) : product >> BigInt(-exponent);
  if (negative) t = -t;
  const k = floorDiv(t + LN2 / 2n, LN2);
  if (k > 1100n) return Infinity;
  if (k < -1200n) return 0;
  const value = fixedExp(t - k * LN2);
  const twos = Number(k) - Number(FRACTION_BITS);
  return twos >= 0 ? ratioToFloat(value << BigInt(twos), 1n) : ratioToFloat(value, 1n << BigInt(-twos));
}
