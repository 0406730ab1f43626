import { describe, expect, test } from "vitest";
import { formatInt, formatStr } from "../../src/vm/primitives/format.ts";
import { type FormatPiece, parseFormatString } from "../../src/vm/primitives/formatstring.ts";
import { PrimitiveError } from "../../src/vm/primitives/errors.ts";
import { intToString } from "../../src/vm/primitives/int.ts";
import { strRepr } from "../../src/vm/primitives/str.ts";
import { type Case, checkTables } from "./cpython.ts";

/** Values of the mini str.format used to prove the parser: ints, strs, lists and dicts of them. */
type Value = number | string | Value[] | { [key: string]: Value };

const ARGS: Value[] = ["a", 42, [10, [20, 30]], { k: "v", "0]": 7 }];
const KWARGS: Record<string, Value> = { w: 6, name: "Ann", d: { x: 1 } };
const PY_ARGS = "'a', 42, [10, [20, 30]], {'k': 'v', '0]': 7}";
const PY_KWARGS = "w=6, name='Ann', d={'x': 1}";

function repr(v: Value): string {
  if (typeof v === "number") return intToString(v);
  if (typeof v === "string") return strRepr(v);
  if (Array.isArray(v)) return `[${v.map(repr).join(", ")}]`;
  return `{${Object.entries(v).map(([k, x]) => `${strRepr(k)}: ${repr(x)}`).join(", ")}}`;
}

function lookup(container: Value, key: number | string): Value {
  const found = typeof container === "object" ? (container as Record<string | number, Value>)[key] : undefined;
  if (found === undefined) throw new Error(`KeyError ${String(key)}`);
  return found;
}

function render(pieces: readonly FormatPiece[]): string {
  return pieces
    .map((piece) => {
      if (typeof piece === "string") return piece;
      let value: Value = typeof piece.key === "number" ? lookup(ARGS, piece.key) : lookup(KWARGS, piece.key);
      for (const accessor of piece.accessors) {
        if (accessor.kind === "error") throw new PrimitiveError("ValueError", accessor.message);
        value = lookup(value, accessor.kind === "index" ? accessor.key : accessor.name);
      }
      if (piece.conversion !== "") value = repr(value);
      const spec = render(piece.spec);
      return typeof value === "number" ? formatInt(value, spec) : typeof value === "string" ? formatStr(value, spec) : repr(value);
    })
    .join("");
}

const c = (template: string, expected: string): Case => [
  `${strRepr(template)}.format(${PY_ARGS}, ${PY_KWARGS})`,
  expected,
  () => strRepr(render(parseFormatString(template))),
];

checkTables({
  format: [
    c("{0:>{w}} {name!r}", `"     a 'Ann'"`),
    c("{} {} {}", "'a 42 [10, [20, 30]]'"),
    c("{{literal}} {1:05d}", "'{literal} 00042'"),
    c("{2[1][0]} {3[k]} {d[x]}", "'20 v 1'"),
    c("{3[k]]}", "!ValueError: Only '.' or '[' may follow ']' in format field specifier"),
    c("{3[k]x}", "!ValueError: Only '.' or '[' may follow ']' in format field specifier"),
    c("{2[0}", "!ValueError: expected '}' before end of string"),
    c("x{!r:>{w}}", "\"x   'a'\""),
    c("{0!r:}", "\"'a'\""),
    c("{:{}}", `'a${" ".repeat(41)}'`),
    c("{:{:{}}}", "!ValueError: Max string recursion exceeded"),
    c("{0}{}", "!ValueError: cannot switch from manual field specification to automatic field numbering"),
    c("{}{0}", "!ValueError: cannot switch from automatic field numbering to manual field specification"),
    c("{", "!ValueError: Single '{' encountered in format string"),
    c("}", "!ValueError: Single '}' encountered in format string"),
    c("{:}}", "!ValueError: Single '}' encountered in format string"),
    c("{0!x}", "!ValueError: Unknown conversion specifier x"),
    c("{0!}", "!ValueError: unmatched '{' in format spec"),
    c("{!r", "!ValueError: unmatched '{' in format spec"),
    c("{0!rr}", "!ValueError: expected ':' after conversion specifier"),
    c("{0!", "!ValueError: end of string while looking for conversion specifier"),
    c("{0.}", "!ValueError: Empty attribute in format string"),
    c("{0[]}", "!ValueError: Empty attribute in format string"),
    c("{0[}", "!ValueError: expected '}' before end of string"),
    c("{a{}", "!ValueError: unexpected '{' in field name"),
    c("{0", "!ValueError: expected '}' before end of string"),
  ],
});

describe("parseFormatString", () => {
  test("returns literal text, keys, accessors, conversion and nested spec fields", () => {
    expect(parseFormatString("x{0.a[1][k]!s:>{w}}")).toEqual([
      "x",
      {
        key: 0,
        accessors: [
          { kind: "attribute", name: "a" },
          { kind: "index", key: 1 },
          { kind: "index", key: "k" },
        ],
        conversion: "s",
        spec: [">", { key: "w", accessors: [], conversion: "", spec: [] }],
      },
    ]);
  });
});
