// format(value, spec) for int, float and str: CPython's format-spec mini-language (Python/formatter_unicode.c).
import { PrimitiveError } from "./errors.ts";
import { exactDecimal, roundRatioHalfEven } from "./exact.ts";
import { floatRepr, shortestDigits } from "./float.ts";
import { type IntArg, intToFloat, intToString, unbool } from "./int.ts";

type Align = "<" | ">" | "^" | "=";

/** A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
export interface FormatSpec {
  fill: string;
  align: Align;
  sign: "+" | "-" | " " | "";
  /** `z`: coerce negative zero (after rounding) to positive zero. */
  noNegativeZero: boolean;
  alternate: boolean;
  /** -1 when absent. */
  width: number;
  grouping: "," | "_" | "";
  /** -1 when absent. */
  precision: number;
  /** "" when absent. */
  type: string;
}

function valueError(message: string): PrimitiveError {
  return new PrimitiveError("ValueError", message);
}

function readInteger(spec: string, start: number): { value: number; end: number } {
  let end = start;
  while (end < spec.length && spec[end]! >= "0" && spec[end]! <= "9") end++;
  const value = end === start ? -1 : Number(spec.slice(start, end));
  if (value > 2 ** 63 - 1) throw valueError("Too many decimal digits in format string");
  return { value, end };
}

/** Describes a format code in error messages as CPython does (printable ASCII as is, else \xNN). */
function codeName(code: string): string {
  const point = code.codePointAt(0) ?? 0;
  return point > 32 && point < 128 ? code : `\\x${point.toString(16)}`;
}

const ALIGNS = "<>^=";

/**
 * Parses a format spec with CPython's rules and errors; `typeName` names the value's type in
 * "Invalid format specifier" messages and `defaultAlign` is ">" for numbers, "<" for str.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultAlign: Align): FormatSpec {
  const chars = Array.from(spec); // code points: the fill may be outside the BMP
  const result: FormatSpec = {
    fill: " ",
    align: defaultAlign,
    sign: "",
    noNegativeZero: false,
    alternate: false,
    width: -1,
    grouping: "",
    precision: -1,
    type: "",
  };
  let pos = 0;
  let fillGiven = false;
  let alignGiven = false;
  if (chars.length >= 2 && ALIGNS.includes(chars[1]!)) {
    result.fill = chars[0]!;
    result.align = chars[1] as Align;
    fillGiven = alignGiven = true;
    pos = 2;
  } else if (chars.length >= 1 && ALIGNS.includes(chars[0]!)) {
    result.align = chars[0] as Align;
    alignGiven = true;
    pos = 1;
  }
  const at = (i: number): string => chars[i] ?? "";
  if (at(pos) === "+" || at(pos) === "-" || at(pos) === " ") result.sign = at(pos++) as FormatSpec["sign"];
  if (at(pos) === "z") {
    result.noNegativeZero = true;
    pos++;
  }
  if (at(pos) === "#") {
    result.alternate = true;
    pos++;
  }
  if (!fillGiven && at(pos) === "0") {
    result.fill = "0";
    if (!alignGiven && defaultAlign === ">") result.align = "=";
    pos++;
  }
  const rest = chars.slice(pos).join("");
  const width = readInteger(rest, 0);
  result.width = width.value;
  let i = width.end;
  if (rest[i] === ",") {
    result.grouping = ",";
    i++;
  }
  if (rest[i] === "_") {
    if (result.grouping !== "") throw valueError("Cannot specify both ',' and '_'.");
    result.grouping = "_";
    i++;
  }
  if (rest[i] === "," && result.grouping === "_") throw valueError("Cannot specify both ',' and '_'.");
  if (rest[i] === ".") {
    const precision = readInteger(rest, i + 1);
    if (precision.value === -1) throw valueError("Format specifier missing precision");
    result.precision = precision.value;
    i = precision.end;
  }
  const typeChars = Array.from(rest.slice(i));
  if (typeChars.length > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  result.type = typeChars[0] ?? "";
  checkGrouping(result, typeName === "str" ? "s" : result.type);
  return result;
}

const GROUPABLE_TYPES = new Set(["", "d", "e", "f", "g", "E", "F", "G", "%"]);

function checkGrouping(spec: FormatSpec, type: string): void {
  if (spec.grouping === "" || GROUPABLE_TYPES.has(type)) return;
  if (spec.grouping === "_" && "boxX".includes(type)) return; // every four digits
  throw valueError(`Cannot specify '${spec.grouping}' with '${codeName(type)}'.`);
}

function unknownCode(type: string, typeName: string): PrimitiveError {
  return valueError(`Unknown format code '${codeName(type)}' for object of type '${typeName}'`);
}

/** Python's len(): code points, not UTF-16 units. */
function pyLength(s: string): number {
  let surrogates = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) {
      surrogates++;
    }
  }
  return s.length - surrogates;
}

/** Pads `text` (its Python length `length`) to `width` as `align` says ("=" is handled by callers). */
function pad(text: string, length: number, width: number, align: Align, fill: string): string {
  const total = width - length;
  if (total <= 0) return text;
  if (align === "<") return text + fill.repeat(total);
  if (align === "^") {
    const left = Math.floor(total / 2);
    return fill.repeat(left) + text + fill.repeat(total - left);
  }
  return fill.repeat(total) + text;
}

/**
 * Inserts separators every `groupSize` digits, zero-padding to `minWidth` characters, exactly as
 * CPython's _PyUnicode_InsertThousandsGrouping (so "08," formats 1234 as "0,001,234").
 */
function groupDigits(digits: string, minWidth: number, separator: string, groupSize: number): string {
  if (separator === "") return digits.padStart(minWidth, "0");
  const groups: string[] = [];
  let remaining = digits.length;
  let min = minWidth;
  while (true) {
    const size = Math.min(groupSize, Math.max(remaining, min, 1));
    const taken = Math.max(0, Math.min(remaining, size));
    groups.push("0".repeat(Math.max(0, size - remaining)) + digits.slice(remaining - taken, remaining));
    remaining -= taken;
    min -= size;
    if (remaining <= 0 && min <= 0) break;
    min -= separator.length;
  }
  return groups.reverse().join(separator);
}

/** The parts of a formatted number, laid out as CPython's calc_number_widths/fill_number. */
interface NumberParts {
  negative: boolean;
  prefix: string;
  /** Integer digits (grouped and zero-filled); "" when there are none (inf, nan, %c). */
  digits: string;
  /** Everything after the integer digits: decimal point, fraction, exponent, "%". */
  remainder: string;
}

function layoutNumber(parts: NumberParts, spec: FormatSpec, groupSize: number): string {
  const sign = parts.negative ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
  const fixedLength = sign.length + parts.prefix.length + pyLength(parts.remainder);
  const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - fixedLength : 0;
  const separator = spec.grouping === "" ? "" : spec.grouping;
  const digits = parts.digits === "" ? "" : groupDigits(parts.digits, minWidth, separator, groupSize);
  const number = digits + parts.remainder;
  const length = fixedLength + pyLength(digits);
  if (spec.align === "=") {
    const padding = spec.width - length;
    return sign + parts.prefix + (padding > 0 ? spec.fill.repeat(padding) : "") + number;
  }
  return pad(sign + parts.prefix + number, length, spec.width, spec.align, spec.fill);
}

const INT_BASES: Record<string, number> = { b: 2, o: 8, x: 16, X: 16, d: 10, n: 10, "": 10 };

/** format(value, spec) for an int or a bool (an empty spec gives str(value)), as int.__format__. */
export function formatInt(value: IntArg, spec: string): string {
  if (spec === "") return typeof value === "boolean" ? (value ? "True" : "False") : intToString(value);
  const parsed = parseFormatSpec(spec, typeof value === "boolean" ? "bool" : "int", ">");
  const type = parsed.type;
  if ("eEfFgG%".includes(type) && type !== "") return formatParsedFloat(intToFloat(value), parsed, "int");
  if (!(type in INT_BASES) && type !== "c") throw unknownCode(type, typeof value === "boolean" ? "bool" : "int");
  if (parsed.precision !== -1) throw valueError("Precision not allowed in integer format specifier");
  if (parsed.noNegativeZero) {
    throw valueError("Negative zero coercion (z) not allowed in integer format specifier");
  }
  const n = unbool(value);
  if (type === "c") return formatIntAsChar(n, parsed);
  const base = INT_BASES[type] ?? 10;
  const negative = n < 0;
  let digits = intToString(negative ? -n : n, base);
  if (type === "X") digits = digits.toUpperCase();
  const prefix = parsed.alternate && base !== 10 ? "0" + (type === "X" ? "X" : type) : "";
  return layoutNumber({ negative, prefix, digits, remainder: "" }, parsed, base === 10 ? 3 : 4);
}

function formatIntAsChar(n: number | bigint, spec: FormatSpec): string {
  if (spec.sign !== "") throw valueError("Sign not allowed with integer format specifier 'c'");
  if (spec.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
  if (n < 0 || n > 0x10ffff) throw new PrimitiveError("OverflowError", "%c arg not in range(0x110000)");
  const char = String.fromCodePoint(Number(n));
  return layoutNumber({ negative: false, prefix: "", digits: "", remainder: char }, spec, 3);
}

/** Decimal digits (trailing zeros stripped, "0" for zero) and the point position, like _Py_dg_dtoa. */
interface Digits {
  digits: string;
  /** The value is 0.d1d2d3… × 10**decpt. */
  decpt: number;
}

function stripZeros(digits: string, decpt: number): Digits {
  const stripped = digits.replace(/0+$/, "");
  return stripped === "" ? { digits: "0", decpt: 1 } : { digits: stripped, decpt };
}

/** dtoa mode 0: shortest round-trip digits. */
function shortest(x: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const { digits, exponent } = shortestDigits(x);
  return { digits, decpt: exponent + 1 };
}

/** dtoa mode 2: `count` significant digits of the exact value, rounded half to even. */
function significant(x: number, count: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const { digits, exponent10 } = exactDecimal(x);
  let text = digits.toString();
  let decpt = text.length + exponent10;
  if (text.length > count) {
    text = roundRatioHalfEven(digits, 10n ** BigInt(text.length - count)).toString();
    if (text.length > count) {
      text = text.slice(0, count); // 999… rounded up to 1000…
      decpt++;
    }
  }
  return stripZeros(text, decpt);
}

/** dtoa mode 3: the exact value rounded half to even at 10**-places. */
function fixed(x: number, places: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const { digits, exponent10 } = exactDecimal(x);
  const shift = exponent10 + places;
  const scaled = shift >= 0 ? digits * 10n ** BigInt(shift) : roundRatioHalfEven(digits, 10n ** BigInt(-shift));
  const text = scaled.toString();
  return stripZeros(text, text.length - places);
}

/**
 * Number.prototype.toFixed rounds exactly but breaks ties away from zero; a tie needs
 * x == odd / 2**(precision + 1), so without that the fast path matches round-half-even.
 */
function toFixedIsExact(magnitude: number, precision: number): boolean {
  return magnitude < 1e21 && precision <= 100 && !Number.isInteger(magnitude * 2 ** (precision + 1));
}

/**
 * Lays digits out as CPython's format_float_short: zero padding up to `minEnd` digit positions,
 * the point dropped when nothing follows it (unless `alternate`), then the exponent.
 */
function composeDigits(d: Digits, useExp: boolean, minEnd: number, addDot0: boolean, alternate: boolean, upper: boolean): string {
  let decpt = d.decpt;
  let exponent = 0;
  if (useExp) {
    exponent = decpt - 1;
    decpt = 1;
  }
  const end = Math.max(minEnd, !useExp && addDot0 ? decpt + 1 : decpt);
  const { digits } = d;
  let out: string;
  if (decpt <= 0) out = "0." + "0".repeat(-decpt) + digits;
  else if (decpt <= digits.length) out = digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out = digits + "0".repeat(decpt - digits.length) + ".";
  out += "0".repeat(Math.max(0, end - Math.max(digits.length, decpt)));
  if (out.endsWith(".") && !alternate) out = out.slice(0, -1);
  if (!useExp) return out;
  const mark = upper ? "E" : "e";
  return out + mark + (exponent < 0 ? "-" : "+") + String(Math.abs(exponent)).padStart(2, "0");
}

/**
 * The unpadded digits of |x| for a float presentation type ("r" is repr; "" with a precision is
 * "g" that keeps a ".0"), as PyOS_double_to_string.
 */
function floatBody(x: number, type: string, precision: number, alternate: boolean): string {
  const upper = type === "E" || type === "F" || type === "G";
  if (!Number.isFinite(x)) {
    const text = Number.isNaN(x) ? "nan" : "inf";
    return upper ? text.toUpperCase() : text;
  }
  const magnitude = Math.abs(x);
  switch (type.toLowerCase()) {
    case "e":
      return composeDigits(significant(magnitude, precision + 1), true, precision + 1, false, alternate, upper);
    case "f": {
      if (toFixedIsExact(magnitude, precision)) {
        const text = magnitude.toFixed(precision);
        return alternate && precision === 0 ? text + "." : text;
      }
      const d = fixed(magnitude, precision);
      return composeDigits(d, false, d.decpt + precision, false, alternate, upper);
    }
    case "r": {
      const d = shortest(magnitude);
      return composeDigits(d, d.decpt <= -4 || d.decpt > 16, d.digits.length, true, alternate, upper);
    }
    default: {
      // "g", and "" with a precision (which adds ".0" and switches to exponents one digit earlier)
      const p = precision === 0 ? 1 : precision;
      const addDot0 = type === "";
      const d = significant(magnitude, p);
      const useExp = d.decpt <= -4 || d.decpt > (addDot0 ? p - 1 : p);
      return composeDigits(d, useExp, alternate ? p : d.digits.length, addDot0, alternate, upper);
    }
  }
}

/** format(x, spec) for a float, as float.__format__. */
export function formatFloat(x: number, spec: string): string {
  if (spec === "") return floatRepr(x);
  return formatParsedFloat(x, parseFormatSpec(spec, "float", ">"), "float");
}

function formatParsedFloat(x: number, spec: FormatSpec, typeName: string): string {
  const type = spec.type;
  if (!"eEfFgGn%".includes(type) && type !== "") throw unknownCode(type, typeName);
  let value = x;
  let bodyType = type === "n" ? "g" : type === "%" ? "f" : type;
  if (type === "%") value *= 100;
  let precision = spec.precision;
  if (type === "" && precision < 0) bodyType = "r";
  if (precision < 0) precision = 6;
  let body = floatBody(value, bodyType, precision, spec.alternate);
  if (type === "%") body += "%";
  let negative = value < 0 || Object.is(value, -0);
  const roundsToZero = Number.isFinite(value) && !/[1-9]/.test(body.replace(/e.*$/i, ""));
  if (negative && spec.noNegativeZero && roundsToZero) negative = false;
  const digitsEnd = body.search(/[^0-9]/);
  const split = digitsEnd === -1 ? body.length : digitsEnd;
  return layoutNumber({ negative, prefix: "", digits: body.slice(0, split), remainder: body.slice(split) }, spec, 3);
}

/** format(s, spec) for a str, as str.__format__. */
export function formatStr(s: string, spec: string): string {
  if (spec === "") return s;
  const parsed = parseFormatSpec(spec, "str", "<");
  if (parsed.type !== "" && parsed.type !== "s") throw unknownCode(parsed.type, "str");
  if (parsed.sign !== "") throw valueError("Sign not allowed in string format specifier");
  if (parsed.noNegativeZero) {
    throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  }
  if (parsed.alternate) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (parsed.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  let text = s;
  let length = pyLength(s);
  if (parsed.precision >= 0 && length > parsed.precision) {
    text = Array.from(s).slice(0, parsed.precision).join("");
    length = parsed.precision;
  }
  return pad(text, length, parsed.width, parsed.align, parsed.fill);
}

/** The digits of a float for a %-format conversion (e, f, g, r…), sign excluded. */
export function floatDigitsForPercent(x: number, type: string, precision: number, alternate: boolean): string {
  return floatBody(x, type, precision, alternate);
}
