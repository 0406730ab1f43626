// Methods of str (self is args[0]): argument checking here, the semantics in primitives/str.ts and
// primitives/formatstring.ts (both proven against CPython).

import * as S from "./primitives/str.ts";
import { parseFormatString, type FormatField, type FormatPiece } from "./primitives/formatstring.ts";
import { primitive, pyError, typeError } from "./exceptions.ts";
import { defineMethod } from "./builtins-types.ts";
import { iterableToArray } from "./iteration.ts";
import { asIndex, getItem, typeName } from "./objects.ts";
import { getAttr } from "./attrs.ts";
import { ascii, str as toStr, repr } from "./repr.ts";
import { formatValue } from "./builtins-core.ts";
import { STR } from "./types.ts";
import { None, PyList, PyTuple, type PyValue, type VmContext } from "./values.ts";

type Kwargs = Map<string, PyValue> | null;
type Method = (vm: VmContext, self: string, args: PyValue[], kwargs: Kwargs) => PyValue;

function def(name: string, fn: Method): void {
  defineMethod(STR, name, (vm, args, kwargs) => {
    const [self, ...rest] = args;
    if (typeof self !== "string") {
      throw typeError(`descriptor '${name}' requires a 'str' object but received a '${typeName(self ?? None)}'`);
    }
    return primitive(() => fn(vm, self, rest, kwargs));
  });
}

/** An argument that is None (or absent) or a str. */
function optionalStr(value: PyValue | undefined, message: string): string | null {
  if (value === undefined || value === None) return null;
  if (typeof value !== "string") throw typeError(message);
  return value;
}

function requiredStr(value: PyValue | undefined, what: string): string {
  if (typeof value !== "string") throw typeError(`${what} must be str, not ${typeName(value ?? None)}`);
  return value;
}

/** A start/end slice bound: absent or None is no bound. */
function bound(value: PyValue | undefined): number | undefined {
  if (value === undefined || value === None) return undefined;
  return asIndex(value, "slice indices must be integers or None or have an __index__ method");
}

function intArg(value: PyValue | undefined, fallback: number): number {
  return value === undefined ? fallback : asIndex(value, `'${typeName(value)}' object cannot be interpreted as an integer`);
}

const toList = (items: string[]): PyList => new PyList(items);

function splitArgs(args: PyValue[], kwargs: Kwargs): [string | null, number] {
  const sep = optionalStr(kwargs?.get("sep") ?? args[0], `must be str or None, not ${typeName(kwargs?.get("sep") ?? args[0] ?? None)}`);
  return [sep, intArg(kwargs?.get("maxsplit") ?? args[1], -1)];
}

def("split", (_vm, s, args, kwargs) => toList(S.strSplit(s, ...splitArgs(args, kwargs))));
def("rsplit", (_vm, s, args, kwargs) => toList(S.strRSplit(s, ...splitArgs(args, kwargs))));
def("splitlines", (_vm, s, args, kwargs) => toList(S.strSplitLines(s, isTrue(kwargs?.get("keepends") ?? args[0]))));
def("join", (vm, s, [iterable]) => {
  const items = iterableToArray(vm, iterable ?? None);
  items.forEach((item, index) => {
    if (typeof item !== "string") throw typeError(`sequence item ${index}: expected str instance, ${typeName(item)} found`);
  });
  return S.strJoin(s, items as string[]);
});

/** A flag argument (keepends): ints and bools, as CPython's `p` converter reads them. */
function isTrue(value: PyValue | undefined): boolean {
  return value !== undefined && value !== false && value !== 0 && value !== None;
}

const CASE_METHODS: [string, (s: string) => string][] = [
  ["upper", S.strUpper], ["lower", S.strLower], ["casefold", S.strCasefold], ["title", S.strTitle],
  ["capitalize", S.strCapitalize], ["swapcase", S.strSwapcase],
];
for (const [name, fn] of CASE_METHODS) def(name, (_vm, s) => fn(s));

const STRIP_METHODS: [string, (s: string, chars: string | null) => string][] = [
  ["strip", S.strStrip], ["lstrip", S.strLStrip], ["rstrip", S.strRStrip],
];
for (const [name, fn] of STRIP_METHODS) {
  def(name, (_vm, s, [chars]) => fn(s, optionalStr(chars, `${name} arg must be None or str`)));
}

def("replace", (_vm, s, [old, replacement, count]) => {
  const from = requiredStr(old, "replace() argument 1");
  return S.strReplace(s, from, requiredStr(replacement, "replace() argument 2"), intArg(count, -1));
});

/** startswith/endswith take a str or a tuple of str. */
function affixes(value: PyValue | undefined, name: string): string | string[] {
  if (typeof value === "string") return value;
  if (value instanceof PyTuple) {
    return value.items.map((item) => {
      if (typeof item !== "string") throw typeError(`tuple for ${name} must only contain str, not ${typeName(item)}`);
      return item;
    });
  }
  throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(value ?? None)}`);
}
def("startswith", (_vm, s, [prefix, start, end]) => S.strStartsWith(s, affixes(prefix, "startswith"), bound(start), bound(end)));
def("endswith", (_vm, s, [suffix, start, end]) => S.strEndsWith(s, affixes(suffix, "endswith"), bound(start), bound(end)));
def("removeprefix", (_vm, s, [p]) => {
  const prefix = requiredStr(p, "removeprefix() argument");
  return prefix && s.startsWith(prefix) ? s.slice(prefix.length) : s;
});
def("removesuffix", (_vm, s, [p]) => {
  const suffix = requiredStr(p, "removesuffix() argument");
  return suffix && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s;
});

const SEARCH_METHODS: [string, (s: string, sub: string, start?: number, end?: number) => number][] = [
  ["find", S.strFind], ["rfind", S.strRFind], ["index", S.strIndex], ["rindex", S.strRIndex], ["count", S.strCount],
];
for (const [name, fn] of SEARCH_METHODS) {
  def(name, (_vm, s, [sub, start, end]) => fn(s, requiredStr(sub, name), bound(start), bound(end)));
}

const PREDICATES: [string, (s: string) => boolean][] = [
  ["isdigit", S.strIsDigit], ["isdecimal", S.strIsDecimal], ["isnumeric", S.strIsNumeric], ["isalpha", S.strIsAlpha],
  ["isalnum", S.strIsAlnum], ["isspace", S.strIsSpace], ["isascii", S.strIsAscii], ["isprintable", S.strIsPrintable],
  ["isupper", S.strIsUpper], ["islower", S.strIsLower], ["istitle", S.strIsTitle], ["isidentifier", S.strIsIdentifier],
];
for (const [name, fn] of PREDICATES) def(name, (_vm, s) => fn(s));

function fillArg(value: PyValue | undefined): string {
  if (value === undefined) return " ";
  if (typeof value !== "string") {
    throw typeError(`The fill character must be a unicode character, not ${typeName(value)}`);
  }
  return value;
}
const PAD_METHODS: [string, (s: string, width: number, fill?: string) => string][] = [
  ["center", S.strCenter], ["ljust", S.strLJust], ["rjust", S.strRJust],
];
for (const [name, fn] of PAD_METHODS) def(name, (_vm, s, [width, fill]) => fn(s, intArg(width, 0), fillArg(fill)));
def("zfill", (_vm, s, [width]) => S.strZFill(s, intArg(width, 0)));
def("expandtabs", (_vm, s, [tabsize], kwargs) => S.strExpandTabs(s, intArg(kwargs?.get("tabsize") ?? tabsize, 8)));
def("partition", (_vm, s, [sep]) => new PyTuple(S.strPartition(s, requiredStr(sep, "partition() argument"))));
def("rpartition", (_vm, s, [sep]) => new PyTuple(S.strRPartition(s, requiredStr(sep, "rpartition() argument"))));
def("format", (vm, s, args, kwargs) => formatString(vm, s, args, kwargs));

/** str.format: the template parsed by primitives/formatstring.ts, fields looked up and formatted here. */
export function formatString(vm: VmContext, template: string, args: PyValue[], kwargs: Kwargs): string {
  return primitive(() => renderPieces(vm, parseFormatString(template), args, kwargs));
}

function renderPieces(vm: VmContext, pieces: FormatPiece[], args: PyValue[], kwargs: Kwargs): string {
  return pieces.map((piece) => (typeof piece === "string" ? piece : renderField(vm, piece, args, kwargs))).join("");
}

function renderField(vm: VmContext, field: FormatField, args: PyValue[], kwargs: Kwargs): string {
  let value = fieldValue(field.key, args, kwargs);
  for (const accessor of field.accessors) {
    if (accessor.kind === "error") throw pyError("ValueError", accessor.message);
    value = accessor.kind === "attribute" ? getAttr(vm, value, accessor.name) : getItem(vm, value, accessor.key);
  }
  if (field.conversion === "r") value = repr(vm, value);
  else if (field.conversion === "a") value = ascii(vm, value);
  else if (field.conversion === "s") value = toStr(vm, value);
  return formatValue(vm, value, renderPieces(vm, field.spec, args, kwargs));
}

function fieldValue(key: number | string, args: PyValue[], kwargs: Kwargs): PyValue {
  if (typeof key === "number") {
    const value = args[key];
    if (value === undefined) throw pyError("IndexError", `Replacement index ${key} out of range for positional args tuple`);
    return value;
  }
  const named = kwargs?.get(key);
  if (named === undefined) throw pyError("KeyError", key);
  return named;
}
