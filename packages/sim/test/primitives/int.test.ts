import { expect, test } from "vitest";
import { floatRepr } from "../../src/vm/primitives/float.ts";
import * as I from "../../src/vm/primitives/int.ts";
import type { Int } from "../../src/vm/primitives/int.ts";
import { type Case, checkTables, crossCheck, randomBigInt, seededRandom } from "./cpython.ts";

const show = (i: Int): string => I.intToString(i);
const big = (text: string): Int => I.intFromString(text);

type Binary = (a: Int, b: Int) => Int;
function binaryCases(op: string, fn: Binary, pairs: ReadonlyArray<readonly [string, string, string]>): Case[] {
  return pairs.map(([a, b, expected]) => [`(${a}) ${op} (${b})`, expected, () => show(fn(big(a), big(b)))] as const);
}

const HUGE = "123456789012345678901234567890";

checkTables({
  add: binaryCases("+", I.intAdd, [
    ["1", "2", "3"],
    ["9007199254740991", "1", "9007199254740992"],
    ["-9007199254740991", "-1", "-9007199254740992"],
    ["9007199254740992", "-1", "9007199254740991"],
    [HUGE, "-" + HUGE, "0"],
    [HUGE, "1", "123456789012345678901234567891"],
  ]),
  sub: binaryCases("-", I.intSub, [
    ["5", "7", "-2"],
    ["-9007199254740991", "1", "-9007199254740992"],
    ["9007199254740993", "2", "9007199254740991"],
  ]),
  mul: binaryCases("*", I.intMul, [
    ["6", "7", "42"],
    ["0", "-5", "0"],
    ["94906267", "94906267", "9007199515875289"],
    ["4294967296", "4294967296", "18446744073709551616"],
    ["-3", HUGE, "-370370367037037036703703703670"],
  ]),
  floordiv: binaryCases("//", I.intFloorDiv, [
    ["-7", "2", "-4"],
    ["7", "-2", "-4"],
    ["-7", "-2", "3"],
    ["7", "2", "3"],
    ["0", "-3", "0"],
    ["1", "0", "!ZeroDivisionError: integer division or modulo by zero"],
    [HUGE, "-7", "-17636684144620811271604938270"],
    ["-" + HUGE, "1000000007", "-123456788148148161865"],
    ["9007199254740993", "9007199254740993", "1"],
  ]),
  mod: binaryCases("%", I.intMod, [
    ["7", "-3", "-2"],
    ["-7", "3", "2"],
    ["-7", "-3", "-1"],
    ["-4", "2", "0"],
    ["5", "0", "!ZeroDivisionError: integer modulo by zero"],
    [HUGE, "-97", "-45"],
  ]),
  truediv: [
    ["7 / 2", "3.5", () => floatRepr(I.intTrueDiv(7, 2))],
    ["0 / -5", "-0.0", () => floatRepr(I.intTrueDiv(0, -5))],
    ["1 / 0", "!ZeroDivisionError: division by zero", () => floatRepr(I.intTrueDiv(1, 0))],
    ["10**30 / 3", "3.333333333333333e+29", () => floatRepr(I.intTrueDiv(10n ** 30n, 3))],
    ["(2**53 + 1) / 1", "9007199254740992.0", () => floatRepr(I.intTrueDiv(2n ** 53n + 1n, 1))],
    ["(2**54 + 3) / 2", "9007199254740994.0", () => floatRepr(I.intTrueDiv(2n ** 54n + 3n, 2))],
    ["10**400 / 10**399", "10.0", () => floatRepr(I.intTrueDiv(10n ** 400n, 10n ** 399n))],
    ["1 / 10**400", "0.0", () => floatRepr(I.intTrueDiv(1, 10n ** 400n))],
    ["3 / 2**1075", "1e-323", () => floatRepr(I.intTrueDiv(3, 2n ** 1075n))],
    ["-(10**320) / 3", "!OverflowError: integer division result too large for a float", () => floatRepr(I.intTrueDiv(-(10n ** 320n), 3))],
  ],
  pow: [
    ["2 ** 10", "1024", () => show(I.intPow(2, 10))],
    ["3 ** 40", "12157665459056928801", () => show(I.intPow(3, 40))],
    ["(-2) ** 63", "-9223372036854775808", () => show(I.intPow(-2, 63))],
    ["(-1) ** (10**30)", "1", () => show(I.intPow(-1, 10n ** 30n))],
    ["0 ** 0", "1", () => show(I.intPow(0, 0))],
    ["7 ** 1", "7", () => show(I.intPow(7, 1))],
    ["pow(3, 200, 1000)", "1", () => show(I.intPowMod(3, 200, 1000))],
    ["pow(3, -1, 7)", "5", () => show(I.intPowMod(3, -1, 7))],
    ["pow(5, 3, -7)", "-1", () => show(I.intPowMod(5, 3, -7))],
    ["pow(2, -1, 4)", "!ValueError: base is not invertible for the given modulus", () => show(I.intPowMod(2, -1, 4))],
    ["pow(2, 3, 0)", "!ValueError: pow() 3rd argument cannot be 0", () => show(I.intPowMod(2, 3, 0))],
    ["pow(-7, 5, 1)", "0", () => show(I.intPowMod(-7, 5, 1))],
  ],
  shift: [
    ["1 << 60", "1152921504606846976", () => show(I.intLShift(1, 60))],
    ["-3 << 2", "-12", () => show(I.intLShift(-3, 2))],
    ["1 << -1", "!ValueError: negative shift count", () => show(I.intLShift(1, -1))],
    ["-7 >> 1", "-4", () => show(I.intRShift(-7, 1))],
    ["-1 >> 100", "-1", () => show(I.intRShift(-1, 100))],
    ["5 >> 100", "0", () => show(I.intRShift(5, 100))],
    ["(2**70) >> 68", "4", () => show(I.intRShift(2n ** 70n, 68))],
    ["-(2**70) >> 200", "-1", () => show(I.intRShift(-(2n ** 70n), 200))],
    ["8 >> -2", "!ValueError: negative shift count", () => show(I.intRShift(8, -2))],
  ],
  bitwise: [
    ["-6 & 3", "2", () => show(I.intAnd(-6, 3))],
    ["(2**40 + 5) & -2", "1099511627780", () => show(I.intAnd(2 ** 40 + 5, -2))],
    ["-(2**60) | 5", "-1152921504606846971", () => show(I.intOr(-(2n ** 60n), 5))],
    ["(2**64 - 1) ^ -1", "-18446744073709551616", () => show(I.intXor(2n ** 64n - 1n, -1))],
    ["~0", "-1", () => show(I.intInvert(0))],
    ["~(2**53 - 1)", "-9007199254740992", () => show(I.intInvert(2 ** 53 - 1))],
    ["~True", "-2", () => show(I.intInvert(true))],
    ["True + True", "2", () => show(I.intAdd(true, true))],
    ["-True", "-1", () => show(I.intNeg(true))],
    ["abs(-(2**53))", "9007199254740992", () => show(I.intAbs(-(2n ** 53n)))],
  ],
  compare: [
    ["2**53 + 1 > 2.0**53", "True", () => (I.compareIntFloat(2n ** 53n + 1n, 2 ** 53) > 0 ? "True" : "False")],
    ["2**53 + 1 == 2.0**53", "False", () => (I.compareIntFloat(2n ** 53n + 1n, 2 ** 53) === 0 ? "True" : "False")],
    ["10**400 < float('inf')", "True", () => (I.compareIntFloat(10n ** 400n, Infinity) < 0 ? "True" : "False")],
    ["3 < float('nan')", "False", () => (I.compareIntFloat(3, NaN) < 0 ? "True" : "False")],
    ["2**64 == 2.0**64", "True", () => (I.compareIntFloat(2n ** 64n, 2 ** 64) === 0 ? "True" : "False")],
    ["True == 1", "True", () => (I.intEq(true, 1) ? "True" : "False")],
    ["(2**64, 2**64+1)", "(18446744073709551616, 18446744073709551617)", () => `(${show(2n ** 64n)}, ${show(I.intAdd(2n ** 64n, 1))})`],
    ["-(2**70) < -5", "True", () => (I.intCompare(-(2n ** 70n), -5) === -1 ? "True" : "False")],
  ],
  toFloat: [
    ["float(2**53 + 1)", "9007199254740992.0", () => floatRepr(I.intToFloat(2n ** 53n + 1n))],
    ["float(2**53 + 3)", "9007199254740996.0", () => floatRepr(I.intToFloat(2n ** 53n + 3n))],
    ["float(10**309)", "!OverflowError: int too large to convert to float", () => floatRepr(I.intToFloat(10n ** 309n))],
    ["int(-2.9)", "-2", () => show(I.intFromFloat(-2.9))],
    ["int(-0.5)", "0", () => show(I.intFromFloat(-0.5))],
    ["int(1e20)", "100000000000000000000", () => show(I.intFromFloat(1e20))],
    ["int(float('inf'))", "!OverflowError: cannot convert float infinity to integer", () => show(I.intFromFloat(Infinity))],
    ["int(float('nan'))", "!ValueError: cannot convert float NaN to integer", () => show(I.intFromFloat(NaN))],
  ],
  intToString: [
    ["str(-255)", "'-255'", () => `'${I.intToString(-255)}'`],
    ["format(-255, 'x')", "'-ff'", () => `'${I.intToString(-255, 16)}'`],
    ["format(2**70, 'b')", `'1${"0".repeat(70)}'`, () => `'${I.intToString(2n ** 70n, 2)}'`],
    ["len(str(10**4299))", "4300", () => String(I.intToString(10n ** 4299n).length)],
    ["str(10**4300)", "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", () => I.intToString(10n ** 4300n)],
  ],
  parse: [
    ["int('  12_3 ')", "123", () => show(I.intFromString("  12_3 "))],
    ["int('ff', 16)", "255", () => show(I.intFromString("ff", 16))],
    ["int('0xff', 16)", "255", () => show(I.intFromString("0xff", 16))],
    ["int('0x_ff', 0)", "255", () => show(I.intFromString("0x_ff", 0))],
    ["int('0b101', 0)", "5", () => show(I.intFromString("0b101", 0))],
    ["int('0o17', 0)", "15", () => show(I.intFromString("0o17", 0))],
    ["int('0b1', 16)", "177", () => show(I.intFromString("0b1", 16))],
    ["int('000', 0)", "0", () => show(I.intFromString("000", 0))],
    ["int('0_0', 0)", "0", () => show(I.intFromString("0_0", 0))],
    ["int('010', 0)", "!ValueError: invalid literal for int() with base 0: '010'", () => show(I.intFromString("010", 0))],
    ["int('x')", "!ValueError: invalid literal for int() with base 10: 'x'", () => show(I.intFromString("x"))],
    ["int(' 1_ ')", "!ValueError: invalid literal for int() with base 10: ' 1_ '", () => show(I.intFromString(" 1_ "))],
    ["int('1__0')", "!ValueError: invalid literal for int() with base 10: '1__0'", () => show(I.intFromString("1__0"))],
    ["int('_1')", "!ValueError: invalid literal for int() with base 10: '_1'", () => show(I.intFromString("_1"))],
    ["int('')", "!ValueError: invalid literal for int() with base 10: ''", () => show(I.intFromString(""))],
    ["int('- 1')", "!ValueError: invalid literal for int() with base 10: '- 1'", () => show(I.intFromString("- 1"))],
    ["int('-0x10', 16)", "-16", () => show(I.intFromString("-0x10", 16))],
    ["int('zz', 36)", "1295", () => show(I.intFromString("zz", 36))],
    ["int('1', 37)", "!ValueError: int() base must be >= 2 and <= 36, or 0", () => show(I.intFromString("1", 37))],
    ["int('\\u0663\\u0661')", "31", () => show(I.intFromString("\u0663\u0661"))],
    ["int('\\u3000 42\\n')", "42", () => show(I.intFromString("\u3000 42\n"))],
    ["int('123456789012345678901234567890', 7)", "!ValueError: invalid literal for int() with base 7: '123456789012345678901234567890'", () => show(I.intFromString(HUGE, 7))],
    ["int('1234560123456012345601234560', 7)", "89437265086937261550000", () => show(I.intFromString("1234560123456012345601234560", 7))],
    ["int('-' + '9' * 25)", "-9999999999999999999999999", () => show(I.intFromString("-" + "9".repeat(25)))],
    ["int('1_0' * 3000)", "!ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 6000 digits; use sys.set_int_max_str_digits() to increase the limit", () => show(I.intFromString("1_0".repeat(3000)))],
  ],
  round: [
    ["round(25, -1)", "20", () => show(I.intRound(25, -1))],
    ["round(35, -1)", "40", () => show(I.intRound(35, -1))],
    ["round(-25, -1)", "-20", () => show(I.intRound(-25, -1))],
    ["round(-26, -1)", "-30", () => show(I.intRound(-26, -1))],
    ["round(1234, 2)", "1234", () => show(I.intRound(1234, 2))],
    ["round(5, -1)", "0", () => show(I.intRound(5, -1))],
    ["round(15, -1)", "20", () => show(I.intRound(15, -1))],
    ["round(99, -5)", "0", () => show(I.intRound(99, -5))],
    ["round(10**20 + 5*10**9, -10)", "100000000000000000000", () => show(I.intRound(10n ** 20n + 5n * 10n ** 9n, -10))],
  ],
  hash: [
    ["hash(-1)", "-2", () => show(I.intHash(-1))],
    ["hash(-2)", "-2", () => show(I.intHash(-2))],
    ["hash(2**61 - 1)", "0", () => show(I.intHash(2n ** 61n - 1n))],
    ["hash(2**61)", "1", () => show(I.intHash(2n ** 61n))],
    ["hash(-(2**61))", "-2", () => show(I.intHash(-(2n ** 61n)))],
    ["hash(10**30)", "465258685558744706", () => show(I.intHash(10n ** 30n))],
    ["hash(True)", "1", () => show(I.intHash(true))],
  ],
  divmod: [
    ["divmod(-7, 2)", "(-4, 1)", () => `(${I.intDivMod(-7, 2).map(show).join(", ")})`],
    ["divmod(2**80, -3)", "(-402975273204876391568726, -2)", () => `(${I.intDivMod(2n ** 80n, -3).map(show).join(", ")})`],
  ],
});

test("results are normalised to numbers when they fit", () => {
  expect(I.intSub(2n ** 60n, 2n ** 60n - 5n)).toBe(5);
  expect(I.intFloorDiv(2n ** 60n, 2n ** 58n)).toBe(4);
  expect(I.intMul(0, -5)).toBe(0);
  expect(Object.is(I.intMul(0, -5), -0)).toBe(false);
  expect(Object.is(I.intFloorDiv(0, -3), -0)).toBe(false);
  expect(Object.is(I.intMod(-4, 2), -0)).toBe(false);
  expect(Object.is(I.intNeg(0), -0)).toBe(false);
  expect(I.intAdd(2 ** 53 - 1, 1)).toBe(2n ** 53n);
  expect(I.intHash(1)).toBe(1);
});

const random = seededRandom(20261122);
const OPERATORS: ReadonlyArray<readonly [string, Binary]> = [
  ["+", I.intAdd],
  ["-", I.intSub],
  ["*", I.intMul],
  ["//", I.intFloorDiv],
  ["%", I.intMod],
  ["&", I.intAnd],
  ["|", I.intOr],
  ["^", I.intXor],
];
const randomInt = (): Int => I.normalizeBigInt(randomBigInt(random, random() < 0.5 ? 60 : 200));

crossCheck(
  "random bigint arithmetic agrees with CPython",
  Array.from({ length: 2000 }, () => {
    const [op, fn] = OPERATORS[Math.floor(random() * OPERATORS.length)] ?? OPERATORS[0]!;
    const a = randomInt();
    const b = randomInt();
    return [`(${a}) ${op} (${b})`, () => show(fn(a, b))] as const;
  }),
);

crossCheck(
  "random shifts, true division, rounding and hashes agree with CPython",
  Array.from({ length: 2000 }, (_, i) => {
    const a = randomInt();
    const b = randomInt();
    const n = Math.floor(random() * 80);
    switch (i % 5) {
      case 0:
        return [`(${a}) << ${n}`, () => show(I.intLShift(a, n))] as const;
      case 1:
        return [`(${a}) >> ${n}`, () => show(I.intRShift(a, n))] as const;
      case 2:
        return [`(${a}) / (${b})`, () => floatRepr(I.intTrueDiv(a, b))] as const;
      case 3:
        return [`round(${a}, -${n % 30})`, () => show(I.intRound(a, -(n % 30)))] as const;
      default:
        return [`hash(${a})`, () => show(I.intHash(a))] as const;
    }
  }),
);

const PIECES = ["0", "1", "7", "9", "a", "F", "_", "x", "o", "b", " ", "-", "+", "\t", "z", "00", "0x", "0b", "0o"];
crossCheck(
  "int() of random strings in random bases agrees with CPython",
  Array.from({ length: 1500 }, () => {
    const text = Array.from({ length: 1 + Math.floor(random() * 7) }, () => PIECES[Math.floor(random() * PIECES.length)]).join("");
    const base = [0, 2, 8, 10, 16, 36, 10][Math.floor(random() * 7)]!;
    return [`int(${JSON.stringify(text)}, ${base})`, () => show(I.intFromString(text, base))] as const;
  }),
);
