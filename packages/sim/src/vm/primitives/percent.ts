// printf-style `str % args` (Objects/unicodeobject.c: PyUnicode_Format) over VM values via callbacks.
import { PrimitiveError } from "./errors.ts";
import { floatDigitsForPercent } from "./format.ts";
import { type IntArg, intFromFloat, intToString, unbool } from "./int.ts";

/** How a %-format sees one value; `other` values only work with %s, %r and %a. */
export type PercentValue =
  | { kind: "int"; value: IntArg }
  | { kind: "float"; value: number }
  | { kind: "str"; value: string }
  | { kind: "other"; typeName: string };

/** The VM's side of %-formatting: classification, str/repr/ascii and mapping lookup of its values. */
export interface PercentOps<V> {
  classify(value: V): PercentValue;
  str(value: V): string;
  repr(value: V): string;
  ascii(value: V): string;
  /** mapping[key] for "%(key)s" (the VM raises KeyError itself). */
  getItem(mapping: V, key: string): V;
}

/** The right operand: a tuple's items, or one value (`isMapping` when it is a non-tuple, non-str mapping). */
export type PercentArgs<V> = { tuple: readonly V[] } | { single: V; isMapping: boolean };

const typeError = (message: string): PrimitiveError => new PrimitiveError("TypeError", message);
const valueError = (message: string): PrimitiveError => new PrimitiveError("ValueError", message);

/** Argument cursor, mirroring CPython's (args, arglen, argidx): arglen -1 means a single object. */
interface Cursor<V> {
  items: readonly V[];
  single: boolean;
  index: number;
  mapping: V | undefined;
}

function nextArg<V>(cursor: Cursor<V>): V {
  const available = cursor.single ? 1 : cursor.items.length;
  if (cursor.index >= available) throw typeError("not enough arguments for format string");
  return cursor.items[cursor.index++]!;
}

interface Conversion {
  flags: string;
  width: number;
  precision: number;
  type: string;
}

/**
 * `template % args` as CPython: %[(key)][flags][width|*][.precision|*][h|l|L]type with types
 * d i u o x X e E f F g G c s r a %, and CPython's TypeError/ValueError messages.
 */
export function percentFormat<V>(template: string, args: PercentArgs<V>, ops: PercentOps<V>): string {
  const cursor: Cursor<V> =
    "tuple" in args
      ? { items: args.tuple, single: false, index: 0, mapping: undefined }
      : { items: [args.single], single: true, index: 0, mapping: args.isMapping ? args.single : undefined };
  let out = "";
  let pos = 0;
  while (pos < template.length) {
    const percent = template.indexOf("%", pos);
    if (percent === -1) {
      out += template.slice(pos);
      break;
    }
    out += template.slice(pos, percent);
    if (template[percent + 1] === "%") {
      out += "%";
      pos = percent + 2;
      continue;
    }
    const parsed = parseConversion(template, percent + 1, cursor, ops);
    out += formatConversion(parsed.conversion, nextArg(cursor), ops, parsed.typeIndex);
    pos = parsed.end;
  }
  if (!cursor.single && cursor.index < cursor.items.length) {
    throw typeError("not all arguments converted during string formatting");
  }
  if (cursor.single && cursor.index === 0 && cursor.mapping === undefined) {
    throw typeError("not all arguments converted during string formatting");
  }
  return out;
}

function readKey<V>(template: string, start: number, cursor: Cursor<V>, ops: PercentOps<V>): number {
  if (cursor.mapping === undefined) throw typeError("format requires a mapping");
  let depth = 1;
  let pos = start + 1;
  while (pos < template.length && depth > 0) {
    if (template[pos] === "(") depth++;
    else if (template[pos] === ")") depth--;
    pos++;
  }
  if (depth > 0) throw valueError("incomplete format key");
  const value = ops.getItem(cursor.mapping, template.slice(start + 1, pos - 1));
  cursor.items = [value];
  cursor.single = true;
  cursor.index = 0;
  return pos;
}

function starArgument<V>(cursor: Cursor<V>, ops: PercentOps<V>): number {
  const value = ops.classify(nextArg(cursor));
  if (value.kind !== "int") throw typeError("* wants int");
  return Number(unbool(value.value));
}

function parseConversion<V>(
  template: string,
  start: number,
  cursor: Cursor<V>,
  ops: PercentOps<V>,
): { conversion: Conversion; end: number; typeIndex: number } {
  let pos = start;
  if (template[pos] === "(") pos = readKey(template, pos, cursor, ops);
  let flags = "";
  while (pos < template.length && "-+ #0".includes(template[pos]!)) flags += template[pos++];
  let width = -1;
  if (template[pos] === "*") {
    width = starArgument(cursor, ops);
    if (width < 0) {
      flags += "-";
      width = -width;
    }
    pos++;
  } else {
    const digits = /^\d+/.exec(template.slice(pos))?.[0] ?? "";
    if (digits !== "") width = Number(digits);
    pos += digits.length;
  }
  let precision = -1;
  if (template[pos] === ".") {
    pos++;
    if (template[pos] === "*") {
      precision = Math.max(0, starArgument(cursor, ops));
      pos++;
    } else {
      const digits = /^\d*/.exec(template.slice(pos))?.[0] ?? "";
      precision = Number(digits || "0");
      pos += digits.length;
    }
  }
  if ("hlL".includes(template[pos] ?? "x")) pos++;
  if (pos >= template.length) throw valueError("incomplete format");
  const type = String.fromCodePoint(template.codePointAt(pos) ?? 0);
  return { conversion: { flags, width, precision, type }, end: pos + type.length, typeIndex: pos };
}

function formatConversion<V>(c: Conversion, arg: V, ops: PercentOps<V>, typeIndex: number): string {
  switch (c.type) {
    case "s":
    case "r":
    case "a": {
      const text = c.type === "s" ? ops.str(arg) : c.type === "r" ? ops.repr(arg) : ops.ascii(arg);
      const cut = c.precision >= 0 ? Array.from(text).slice(0, c.precision).join("") : text;
      return padText(cut, c);
    }
    case "%":
      return "%";
    case "c":
      return padText(charOf(ops.classify(arg)), c);
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X":
      return formatIntConversion(c, ops.classify(arg));
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      return formatFloatConversion(c, ops.classify(arg));
    default: {
      const code = c.type.codePointAt(0) ?? 0;
      throw valueError(`unsupported format character '${c.type}' (0x${code.toString(16)}) at index ${typeIndex}`);
    }
  }
}

function padText(text: string, c: Conversion): string {
  const length = Array.from(text).length;
  if (c.width <= length) return text;
  const fill = " ".repeat(c.width - length);
  return c.flags.includes("-") ? text + fill : fill + text;
}

function charOf(value: PercentValue): string {
  if (value.kind === "str" && Array.from(value.value).length === 1) return value.value;
  if (value.kind !== "int") throw typeError("%c requires int or char");
  const code = unbool(value.value);
  if (code < 0 || code > 0x10ffff) throw new PrimitiveError("OverflowError", "%c arg not in range(0x110000)");
  return String.fromCodePoint(Number(code));
}

function typeNameOf(value: PercentValue): string {
  return value.kind === "other" ? value.typeName : value.kind;
}

function formatIntConversion(c: Conversion, value: PercentValue): string {
  let n: IntArg;
  if (value.kind === "int") n = value.value;
  else if (value.kind === "float" && !"oxX".includes(c.type)) n = intFromFloat(value.value);
  else {
    const wanted = "oxX".includes(c.type) ? "an integer" : "a real number";
    throw typeError(`%${c.type} format: ${wanted} is required, not ${typeNameOf(value)}`);
  }
  const i = unbool(n);
  const base = c.type === "o" ? 8 : c.type === "x" || c.type === "X" ? 16 : 10;
  let digits = intToString(i < 0 ? -i : i, base);
  if (c.type === "X") digits = digits.toUpperCase();
  if (c.precision > digits.length) digits = digits.padStart(c.precision, "0");
  const prefix = c.flags.includes("#") && base !== 10 ? "0" + c.type : "";
  return layoutSigned(i < 0, prefix, digits, c);
}

function formatFloatConversion(c: Conversion, value: PercentValue): string {
  if (value.kind === "str" || value.kind === "other") {
    throw typeError(`must be real number, not ${typeNameOf(value)}`);
  }
  const x = value.kind === "float" ? value.value : Number(unbool(value.value));
  const precision = c.precision < 0 ? 6 : c.precision;
  const body = floatDigitsForPercent(x, c.type, precision, c.flags.includes("#"));
  return layoutSigned(x < 0 || Object.is(x, -0), "", body, c);
}

/** Sign, prefix, zero or space padding and justification as unicode_format_arg_output. */
function layoutSigned(negative: boolean, prefix: string, body: string, c: Conversion): string {
  const sign = negative ? "-" : c.flags.includes("+") ? "+" : c.flags.includes(" ") ? " " : "";
  const length = sign.length + prefix.length + body.length;
  const padding = Math.max(0, c.width - length);
  if (c.flags.includes("-")) return sign + prefix + body + " ".repeat(padding);
  if (c.flags.includes("0")) return sign + prefix + "0".repeat(padding) + body;
  return " ".repeat(padding) + sign + prefix + body;
}
