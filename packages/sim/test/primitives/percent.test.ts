import { floatRepr } from "../../src/vm/primitives/float.ts";
import { intToString } from "../../src/vm/primitives/int.ts";
import { type PercentArgs, type PercentOps, type PercentValue, percentFormat } from "../../src/vm/primitives/percent.ts";
import { strRepr } from "../../src/vm/primitives/str.ts";
import { type Case, checkTables, crossCheck, pyFloat, randomFloat, seededRandom } from "./cpython.ts";

/** Test values: the primitive kinds plus a dict (a mapping, formatted as "other"). */
type Value = PercentValue | { kind: "dict"; entries: Record<string, Value> };

const int = (value: number | bigint | boolean): Value => ({ kind: "int", value });
const float = (value: number): Value => ({ kind: "float", value });
const str = (value: string): Value => ({ kind: "str", value });
const dict = (entries: Record<string, Value>): Value => ({ kind: "dict", entries });

function reprOf(v: Value): string {
  switch (v.kind) {
    case "int":
      return typeof v.value === "boolean" ? (v.value ? "True" : "False") : intToString(v.value);
    case "float":
      return floatRepr(v.value);
    case "str":
      return strRepr(v.value);
    case "dict":
      return `{${Object.entries(v.entries).map(([k, x]) => `${strRepr(k)}: ${reprOf(x)}`).join(", ")}}`;
    default:
      return `<${v.typeName}>`;
  }
}

const ops: PercentOps<Value> = {
  classify: (v) => (v.kind === "dict" ? { kind: "other", typeName: "dict" } : v),
  str: (v) => (v.kind === "str" ? v.value : reprOf(v)),
  repr: reprOf,
  ascii: (v) => reprOf(v).replace(/[^\x20-\x7e]/gu, (c) => `\\x${(c.codePointAt(0) ?? 0).toString(16).padStart(2, "0")}`),
  getItem: (mapping, key) => {
    const found = mapping.kind === "dict" ? mapping.entries[key] : undefined;
    if (found === undefined) throw new Error(`test mapping has no ${key}`);
    return found;
  },
};

function pyOf(v: Value): string {
  return v.kind === "float" ? pyFloat(v.value) : reprOf(v);
}

/** A case `template % (args…)` (a tuple) or `template % arg` (single). */
function tupleCase(template: string, args: readonly Value[], expected: string): Case {
  const py = `${strRepr(template)} % (${args.map(pyOf).join(", ")}${args.length === 1 ? "," : ""})`;
  return [py, expected, () => strRepr(percentFormat(template, { tuple: args }, ops))];
}
function singlePair(template: string, arg: Value): readonly [string, () => string] {
  const args: PercentArgs<Value> = { single: arg, isMapping: arg.kind === "dict" };
  return [`${strRepr(template)} % ${pyOf(arg)}`, () => strRepr(percentFormat(template, args, ops))];
}
function singleCase(template: string, arg: Value, expected: string): Case {
  const [py, actual] = singlePair(template, arg);
  return [py, expected, actual];
}

checkTables({
  percent: [
    tupleCase("%d items, %5.2f%%, %s, %r", [int(3), float(99.5), str("ok"), str("it's")], `'3 items, 99.50%, ok, "it\\'s"'`),
    singleCase("%05f", float(Infinity), "'00inf'"),
    singleCase("%-05d|", int(3), "'3    |'"),
    singleCase("%+05d", int(3), "'+0003'"),
    singleCase("% d", int(3), "' 3'"),
    singleCase("%#o", int(8), "'0o10'"),
    singleCase("%#.3x", int(5), "'0x005'"),
    singleCase("%#08x", int(255), "'0x0000ff'"),
    singleCase("%#-8x|", int(255), "'0xff    |'"),
    singleCase("%X", int(-255), "'-FF'"),
    singleCase("%e", str("a"), "!TypeError: must be real number, not str"),
    singleCase("%d", str("a"), "!TypeError: %d format: a real number is required, not str"),
    singleCase("%x", float(1.5), "!TypeError: %x format: an integer is required, not float"),
    singleCase("%c", float(1.5), "!TypeError: %c requires int or char"),
    singleCase("%c", str("ab"), "!TypeError: %c requires int or char"),
    singleCase("%c", int(-1), "!OverflowError: %c arg not in range(0x110000)"),
    singleCase("%y", int(1), "!ValueError: unsupported format character 'y' (0x79) at index 1"),
    tupleCase("abc%", [], "!ValueError: incomplete format"),
    tupleCase("%s %s", [int(1)], "!TypeError: not enough arguments for format string"),
    tupleCase("%s", [int(1), int(2)], "!TypeError: not all arguments converted during string formatting"),
    tupleCase("%(a)s", [int(1)], "!TypeError: format requires a mapping"),
    singleCase("%(a", dict({}), "!ValueError: incomplete format key"),
    singleCase("%(a)s %s", dict({ a: int(1) }), "!TypeError: not enough arguments for format string"),
    singleCase("%(a)d%% %(b)r", dict({ a: int(5), b: str("x") }), "\"5% 'x'\""),
    singleCase("%s", dict({ a: int(1) }), "\"{'a': 1}\""),
    singleCase("hi", int(5), "!TypeError: not all arguments converted during string formatting"),
    tupleCase("%*d|", [int(-5), int(3)], "'3    |'"),
    tupleCase("%.*f", [int(2), float(3.14159)], "'3.14'"),
    tupleCase("%*d", [str("x"), int(3)], "!TypeError: * wants int"),
    singleCase("%5.1s|", str("abc"), "'    a|'"),
    singleCase("%a", str("é"), `"'\\\\xe9'"`),
    tupleCase("%5%|", [], "!TypeError: not enough arguments for format string"),
    tupleCase("%i %u", [float(3.7), float(-2.2)], "'3 -2'"),
    singleCase("%d", int(true), "'1'"),
    singleCase("%s", int(true), "'True'"),
    tupleCase("%.0f %.0f", [float(0.5), float(1.5)], "'0 2'"),
    singleCase("%g", float(1e-5), "'1e-05'"),
    singleCase("%#g", float(1.0), "'1.00000'"),
    singleCase("%010.3e", float(-1.5), "'-1.500e+00'"),
    singleCase("%ld", int(5), "'5'"),
    singleCase("%d", float(NaN), "!ValueError: cannot convert float NaN to integer"),
    singleCase("%.3d", int(-5), "'-005'"),
    singleCase("%F", float(NaN), "'NAN'"),
    singleCase("%5c|", int(65), "'    A|'"),
    singleCase("%-5c|", str("x"), "'x    |'"),
    singleCase("%d", int(2n ** 80n), "'1208925819614629174706176'"),
    singleCase("%.2f", int(2), "'2.00'"),
    singleCase("%s", float(0.1), "'0.1'"),
    singleCase("%r", float(1e16), "'1e+16'"),
  ],
});

const random = seededRandom(5);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

crossCheck(
  "%-formatting of random numbers agrees with CPython",
  Array.from({ length: 1500 }, () => {
    const flags = pick(["", "-", "+", " ", "#", "0", "-0", "+0", "#0", " #"]);
    const width = pick(["", "1", "7", "12"]);
    const precision = pick(["", ".0", ".2", ".6", ".12"]);
    const type = pick(["d", "i", "x", "X", "o", "e", "E", "f", "F", "g", "G", "s", "r"]);
    const value = "dixXo".includes(type) ? int(Math.floor((random() - 0.5) * 1e7)) : float(randomFloat(random));
    return singlePair(`%${flags}${width}${precision}${type}`, value);
  }),
);
