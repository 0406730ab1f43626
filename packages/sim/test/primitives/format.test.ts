import { describe, expect, test } from "vitest";
import { formatFloat, formatInt, formatStr, parseFormatSpec } from "../../src/vm/primitives/format.ts";
import { strRepr } from "../../src/vm/primitives/str.ts";
import { type Case, checkTables, crossCheck, pyFloat, randomBigInt, randomFloat, seededRandom } from "./cpython.ts";

const intCase = (value: number | bigint | boolean, spec: string, expected: string): Case => [
  `format(${typeof value === "boolean" ? (value ? "True" : "False") : value}, ${strRepr(spec)})`,
  expected,
  () => strRepr(formatInt(value, spec)),
];
const floatCase = (value: number, spec: string, expected: string): Case => [
  `format(${pyFloat(value)}, ${strRepr(spec)})`,
  expected,
  () => strRepr(formatFloat(value, spec)),
];
const strCase = (value: string, spec: string, expected: string): Case => [
  `format(${strRepr(value)}, ${strRepr(spec)})`,
  expected,
  () => strRepr(formatStr(value, spec)),
];

checkTables({
  int: [
    intCase(42, "", "'42'"),
    intCase(42, "5", "'   42'"),
    intCase(42, "<5", "'42   '"),
    intCase(42, "^6", "'  42  '"),
    intCase(-42, "=+8", "'-     42'"),
    intCase(42, "+", "'+42'"),
    intCase(42, " ", "' 42'"),
    intCase(-5, "^+9", "'   -5    '"),
    intCase(1234567, ",", "'1,234,567'"),
    intCase(1234567, "_", "'1_234_567'"),
    intCase(1234, "08,", "'0,001,234'"),
    intCase(1, "0=+8,", "'+000,001'"),
    intCase(255, "x", "'ff'"),
    intCase(255, "#X", "'0XFF'"),
    intCase(255, "#010b", "'0b11111111'"),
    intCase(-1234567, "_x", "'-12_d687'"),
    intCase(-1234567, "#_X", "'-0X12_D687'"),
    intCase(8, "#o", "'0o10'"),
    intCase(65, "c", "'A'"),
    intCase(65, "=5c", "'    A'"),
    intCase(65, "05c", "'0000A'"),
    intCase(-1, "c", "!OverflowError: %c arg not in range(0x110000)"),
    intCase(1, "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
    intCase(1, "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
    intCase(1, ".2", "!ValueError: Precision not allowed in integer format specifier"),
    intCase(1, "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
    intCase(1, "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
    intCase(1, "\x01", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
    intCase(1, "é", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"),
    intCase(1, "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
    intCase(1, ",_", "!ValueError: Cannot specify both ',' and '_'."),
    intCase(1, "_,", "!ValueError: Cannot specify both ',' and '_'."),
    intCase(1, ",x", "!ValueError: Cannot specify ',' with 'x'."),
    intCase(1, "_c", "!ValueError: Cannot specify '_' with 'c'."),
    intCase(1, ",n", "!ValueError: Cannot specify ',' with 'n'."),
    intCase(1, ".", "!ValueError: Format specifier missing precision"),
    intCase(1, "x<", "'1'"),
    intCase(1, "<<<", "!ValueError: Unknown format code '<' for object of type 'int'"),
    intCase(1, "10000000000000000000", "!ValueError: Too many decimal digits in format string"),
    intCase(5, "\u3000>5", "'\\u3000\\u3000\\u3000\\u30005'"),
    intCase(2n ** 70n, ",", "'1,180,591,620,717,411,303,424'"),
    intCase(1, ",%", "'100.000000%'"),
    intCase(3, ".2f", "'3.00'"),
    intCase(2n ** 1025n, "f", "!OverflowError: int too large to convert to float"),
    intCase(true, "", "'True'"),
    intCase(true, ">5", "'    1'"),
    intCase(true, "s", "!ValueError: Unknown format code 's' for object of type 'bool'"),
    intCase(1234, "n", "'1234'"),
  ],
  float: [
    floatCase(1.0, "", "'1.0'"),
    floatCase(1.0, "g", "'1'"),
    floatCase(2.675, ".2f", "'2.67'"),
    floatCase(0.5, ".0f", "'0'"),
    floatCase(1.5, ".0f", "'2'"),
    floatCase(2.5, ".0f", "'2'"),
    floatCase(0.125, ".2f", "'0.12'"),
    floatCase(1e300, ".2f", "'1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00'"),
    floatCase(1234.5, "012,.1f", "'00,001,234.5'"),
    floatCase(12345.678, ",.2f", "'12,345.68'"),
    floatCase(12345.678, "_", "'12_345.678'"),
    floatCase(123456789.0, ",", "'123,456,789.0'"),
    floatCase(1e20, ",", "'1e+20'"),
    floatCase(123.0, ".3", "'1.23e+02'"),
    floatCase(12.0, ".3", "'12.0'"),
    floatCase(1e-5, "", "'1e-05'"),
    floatCase(1e-5, ".3", "'1e-05'"),
    floatCase(0.0, ".3", "'0.0'"),
    floatCase(1e16, "#", "'1.e+16'"),
    floatCase(1.0, "#", "'1.0'"),
    floatCase(1.0, "#.0e", "'1.e+00'"),
    floatCase(1234.5, "#.4g", "'1234.'"),
    floatCase(1.5, "e", "'1.500000e+00'"),
    floatCase(1.5, "G", "'1.5'"),
    floatCase(1e-10, "G", "'1E-10'"),
    floatCase(0.0001, "g", "'0.0001'"),
    floatCase(0.00001, "g", "'1e-05'"),
    floatCase(123456.0, "g", "'123456'"),
    floatCase(1234567.0, "g", "'1.23457e+06'"),
    floatCase(9.9999999, ".3g", "'10'"),
    floatCase(9.9999999, ".3e", "'1.000e+01'"),
    floatCase(0.5, "%", "'50.000000%'"),
    floatCase(3.0, ".0%", "'300%'"),
    floatCase(-0.0, "", "'-0.0'"),
    floatCase(-0.0, "z.2f", "'0.00'"),
    floatCase(-0.001, "z.2f", "'0.00'"),
    floatCase(-0.001, ".2f", "'-0.00'"),
    floatCase(-0.0, "z", "'0.0'"),
    floatCase(-Infinity, "z", "'-inf'"),
    floatCase(-0.0, "+", "'-0.0'"),
    floatCase(NaN, "+f", "'+nan'"),
    floatCase(Infinity, "010", "'0000000inf'"),
    floatCase(-Infinity, "=+10", "'-      inf'"),
    floatCase(Infinity, "E", "'INF'"),
    floatCase(NaN, "F", "'NAN'"),
    floatCase(1e22, "n", "'1e+22'"),
    floatCase(1.5, ",n", "!ValueError: Cannot specify ',' with 'n'."),
    floatCase(1.5, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
    floatCase(1.5, "z", "'1.5'"),
    floatCase(3.14159, "*^12.3f", "'***3.142****'"),
    floatCase(-3.14159, "012.3f", "'-0000003.142'"),
    floatCase(5e-324, ".3e", "'4.941e-324'"),
    floatCase(1.7976931348623157e308, ".3g", "'1.8e+308'"),
    floatCase(0.1, ".30f", "'0.100000000000000005551115123126'"),
    floatCase(99.5, ".0f", "'100'"),
    floatCase(1234567890123456768, "f", "'1234567890123456768.000000'"),
  ],
  str: [
    strCase("ab", "", "'ab'"),
    strCase("ab", ">5", "'   ab'"),
    strCase("ab", "^5", "' ab  '"),
    strCase("ab", "*<5", "'ab***'"),
    strCase("ab", "05", "'ab000'"),
    strCase("abcdef", ".3", "'abc'"),
    strCase("abcdef", "^7.2", "'  ab   '"),
    strCase("ab", "s", "'ab'"),
    strCase("a", "+", "!ValueError: Sign not allowed in string format specifier"),
    strCase("a", "+z", "!ValueError: Sign not allowed in string format specifier"),
    strCase("a", "z#", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
    strCase("a", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
    strCase("a", "=", "!ValueError: '=' alignment not allowed in string format specifier"),
    strCase("a", ",", "!ValueError: Cannot specify ',' with 's'."),
    strCase("a", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
    strCase("😀", "3", "'😀  '"),
    strCase("😀x", ".1", "'😀'"),
  ],
});

describe("parseFormatSpec", () => {
  test("splits every field", () => {
    expect(parseFormatSpec("*^+z#012,.3f", "float", ">")).toEqual({
      fill: "*",
      align: "^",
      sign: "+",
      noNegativeZero: true,
      alternate: true,
      width: 12,
      grouping: ",",
      precision: 3,
      type: "f",
    });
  });
  test("a leading 0 means fill 0 with = alignment for numbers only", () => {
    expect(parseFormatSpec("05", "int", ">")).toMatchObject({ fill: "0", align: "=", width: 5 });
    expect(parseFormatSpec("05", "str", "<")).toMatchObject({ fill: "0", align: "<", width: 5 });
  });
});

const random = seededRandom(99);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "%", "n"];
const INT_TYPES = ["", "d", "b", "o", "x", "X", "n", "e", "f", "g", "%"];

function randomSpec(types: readonly string[]): string {
  const align = pick(["", "", "<", ">", "^", "=", "*>", "0="]);
  const sign = pick(["", "", "+", "-", " "]);
  const z = types === FLOAT_TYPES ? pick(["", "", "z"]) : "";
  const alternate = pick(["", "", "#"]);
  const zero = align === "" ? pick(["", "0"]) : "";
  const width = pick(["", "", "1", "8", "15", "25"]);
  const type = pick(types);
  const grouping = type === "n" ? "" : "bxoX".includes(type) && type !== "" ? pick(["", "_"]) : pick(["", "", ",", "_"]);
  const precision = types === FLOAT_TYPES || "efg%".includes(type) && type !== "" ? pick(["", "", ".0", ".1", ".3", ".10", ".17", ".25"]) : "";
  return align + sign + z + alternate + zero + width + grouping + precision + type;
}

crossCheck(
  "format() of 2000 random floats with random specs agrees with CPython",
  Array.from({ length: 2000 }, () => {
    const x = randomFloat(random);
    const spec = randomSpec(FLOAT_TYPES);
    return [`format(${pyFloat(x)}, ${strRepr(spec)})`, () => strRepr(formatFloat(x, spec))] as const;
  }),
);

crossCheck(
  "format() of random ints with random specs agrees with CPython",
  Array.from({ length: 1500 }, () => {
    const n = random() < 0.5 ? Math.floor((random() - 0.5) * 2e6) : randomBigInt(random, 120);
    const value = typeof n === "bigint" && n >= -(2n ** 53n) + 1n && n <= 2n ** 53n - 1n ? Number(n) : n;
    const spec = randomSpec(INT_TYPES);
    return [`format(${value}, ${strRepr(spec)})`, () => strRepr(formatInt(value, spec))] as const;
  }),
);
