// Python str semantics on JS strings: repr, the common methods, format-string parsing, indexing.
import { PrimitiveError } from "./errors.ts";

/** Python's str.isspace() for one UTF-16 code unit (whitespace is all in the BMP). */
export function isPySpaceChar(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const NEEDS_ESCAPE = /[^\x20-\x26\x28-\x5b\x5d-\x7e]/;

/** \xhh, \uhhhh or \Uhhhhhhhh for a code point (repr, ascii, codec errors). */
export function hexEscape(code: number): string {
  if (code <= 0xff) return "\\x" + code.toString(16).padStart(2, "0");
  if (code <= 0xffff) return "\\u" + code.toString(16).padStart(4, "0");
  return "\\U" + code.toString(16).padStart(8, "0");
}

function escapeChar(ch: string, quote: string): string {
  switch (ch) {
    case "\\":
      return "\\\\";
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\t":
      return "\\t";
    case quote:
      return "\\" + quote;
  }
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return hexEscape(code);
  if (code > 0x7f && ch !== " " && NOT_PRINTABLE.test(ch)) return hexEscape(code);
  return ch;
}

/** repr(s) exactly as CPython: quote choice, backslash escapes, printable non-ASCII kept. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  if (!NEEDS_ESCAPE.test(s)) return quote + s + quote;
  let out = quote;
  for (const ch of s) out += escapeChar(ch, quote);
  return out + quote;
}

function valueError(message: string): PrimitiveError {
  return new PrimitiveError("ValueError", message);
}

/**
 * Python's start/end arguments of find/count/startswith… resolved against `length` like slice
 * bounds (negative counts from the end, then clamped); `start` may exceed `length`.
 */
function resolveRange(length: number, start?: number, end?: number): [number, number] {
  let from = start ?? 0;
  let to = end ?? length;
  if (from < 0) from = Math.max(0, from + length);
  if (to < 0) to = Math.max(0, to + length);
  return [from, Math.min(to, length)];
}

function isWhitespaceAt(s: string, i: number): boolean {
  return isPySpaceChar(s.charCodeAt(i));
}

/** str.split(sep=None, maxsplit=-1). */
export function strSplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  if (sep === null) return splitWhitespace(s, maxsplit);
  if (sep === "") throw valueError("empty separator");
  const parts: string[] = [];
  let start = 0;
  while (maxsplit < 0 || parts.length < maxsplit) {
    const at = s.indexOf(sep, start);
    if (at === -1) break;
    parts.push(s.slice(start, at));
    start = at + sep.length;
  }
  parts.push(s.slice(start));
  return parts;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const parts: string[] = [];
  let i = 0;
  while (true) {
    while (i < s.length && isWhitespaceAt(s, i)) i++;
    if (i >= s.length) return parts;
    if (maxsplit >= 0 && parts.length >= maxsplit) {
      parts.push(s.slice(i)); // the rest keeps its trailing whitespace
      return parts;
    }
    const start = i;
    while (i < s.length && !isWhitespaceAt(s, i)) i++;
    parts.push(s.slice(start, i));
  }
}

/** str.rsplit(sep=None, maxsplit=-1). */
export function strRSplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  if (maxsplit < 0) return strSplit(s, sep, maxsplit);
  if (sep === null) return rsplitWhitespace(s, maxsplit);
  if (sep === "") throw valueError("empty separator");
  const parts: string[] = [];
  let end = s.length;
  while (parts.length < maxsplit) {
    const at = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (at === -1) break;
    parts.push(s.slice(at + sep.length, end));
    end = at;
  }
  parts.push(s.slice(0, end));
  return parts.reverse();
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const parts: string[] = [];
  let i = s.length;
  while (true) {
    while (i > 0 && isWhitespaceAt(s, i - 1)) i--;
    if (i <= 0) return parts.reverse();
    if (parts.length >= maxsplit) {
      parts.push(s.slice(0, i));
      return parts.reverse();
    }
    const end = i;
    while (i > 0 && !isWhitespaceAt(s, i - 1)) i--;
    parts.push(s.slice(i, end));
  }
}

// Python's line boundaries besides \n and \r: \v, \f, \x1c-\x1e, \x85, \u2028, \u2029.
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);

/** str.splitlines(keepends=False): every Python line boundary (\r\n counts as one). */
export function strSplitLines(s: string, keepends = false): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!LINE_BREAKS.has(s.charCodeAt(i))) continue;
    const breakEnd = s[i] === "\r" && s[i + 1] === "\n" ? i + 2 : i + 1;
    lines.push(s.slice(start, keepends ? breakEnd : i));
    start = breakEnd;
    i = breakEnd - 1;
  }
  if (start < s.length) lines.push(s.slice(start));
  return lines;
}

/** sep.join(parts) for parts the caller has checked are strings. */
export function strJoin(sep: string, parts: readonly string[]): string {
  return parts.join(sep);
}

function stripSet(chars: string | null): (s: string, i: number) => boolean {
  if (chars === null) return isWhitespaceAt;
  const set = new Set(chars);
  return (s, i) => set.has(s[i]!);
}

/** str.strip(chars=None). */
export function strStrip(s: string, chars: string | null = null): string {
  return strRStrip(strLStrip(s, chars), chars);
}

/** str.lstrip(chars=None). */
export function strLStrip(s: string, chars: string | null = null): string {
  const strip = stripSet(chars);
  let i = 0;
  while (i < s.length && strip(s, i)) i++;
  return s.slice(i);
}

/** str.rstrip(chars=None). */
export function strRStrip(s: string, chars: string | null = null): string {
  const strip = stripSet(chars);
  let i = s.length;
  while (i > 0 && strip(s, i - 1)) i--;
  return s.slice(0, i);
}

/** str.replace(old, new, count=-1); an empty `old` inserts between characters. */
export function strReplace(s: string, old: string, replacement: string, count = -1): string {
  if (count < 0 && old !== "") return s.replaceAll(old, () => replacement); // a function: no "$" patterns
  let out = "";
  let start = 0;
  for (let done = 0; count < 0 || done < count; done++) {
    if (old === "") {
      if (start > s.length) break;
      const step = start < s.length ? String.fromCodePoint(s.codePointAt(start) ?? 0).length : 0;
      out += replacement + s.slice(start, start + step);
      start += step || 1;
      continue;
    }
    const at = s.indexOf(old, start);
    if (at === -1) break;
    out += s.slice(start, at) + replacement;
    start = at + old.length;
  }
  return start > s.length ? out : out + s.slice(start);
}

/** str.find(sub, start, end): index or -1. */
export function strFind(s: string, sub: string, start?: number, end?: number): number {
  const [from, to] = resolveRange(s.length, start, end);
  if (from > s.length || to - from < sub.length) return -1;
  const at = s.indexOf(sub, from);
  return at !== -1 && at + sub.length <= to ? at : -1;
}

/** str.rfind(sub, start, end): highest index or -1. */
export function strRFind(s: string, sub: string, start?: number, end?: number): number {
  const [from, to] = resolveRange(s.length, start, end);
  if (from > s.length || to - from < sub.length) return -1;
  const at = s.lastIndexOf(sub, to - sub.length);
  return at >= from ? at : -1;
}

/** str.index(sub, start, end) (ValueError: substring not found). */
export function strIndex(s: string, sub: string, start?: number, end?: number): number {
  const at = strFind(s, sub, start, end);
  if (at === -1) throw valueError("substring not found");
  return at;
}

/** str.rindex(sub, start, end). */
export function strRIndex(s: string, sub: string, start?: number, end?: number): number {
  const at = strRFind(s, sub, start, end);
  if (at === -1) throw valueError("substring not found");
  return at;
}

/** str.count(sub, start, end): non-overlapping occurrences. */
export function strCount(s: string, sub: string, start?: number, end?: number): number {
  const [from, to] = resolveRange(s.length, start, end);
  if (from > s.length || to < from) return 0;
  if (sub === "") return to - from + 1;
  let count = 0;
  for (let at = s.indexOf(sub, from); at !== -1 && at + sub.length <= to; at = s.indexOf(sub, at + sub.length)) {
    count++;
  }
  return count;
}

/** str.startswith(prefix or tuple of prefixes, start, end). */
export function strStartsWith(s: string, prefix: string | readonly string[], start?: number, end?: number): boolean {
  const [from, to] = resolveRange(s.length, start, end);
  if (from > s.length) return false;
  const prefixes = typeof prefix === "string" ? [prefix] : prefix;
  return prefixes.some((p) => to - from >= p.length && s.startsWith(p, from));
}

/** str.endswith(suffix or tuple of suffixes, start, end). */
export function strEndsWith(s: string, suffix: string | readonly string[], start?: number, end?: number): boolean {
  const [from, to] = resolveRange(s.length, start, end);
  if (from > s.length) return false;
  const suffixes = typeof suffix === "string" ? [suffix] : suffix;
  return suffixes.some((p) => to - from >= p.length && s.slice(from, to).endsWith(p));
}

/** str.upper() (full case mapping: "ß" → "SS"). */
export function strUpper(s: string): string {
  return s.toUpperCase();
}

/** str.lower(). */
export function strLower(s: string): string {
  return s.toLowerCase();
}

/** str.casefold(): full case folding ("ß" → "ss"), via upper-then-lower without final sigma. */
export function strCasefold(s: string): string {
  return s.toUpperCase().toLowerCase().replaceAll("ς", "σ");
}

// Titlecase differs from uppercase only for the Latin digraphs; expansions ("ß", "ﬁ") keep one capital.
const TITLECASE: Record<string, string> = {
  "\u01c4": "\u01c5", "\u01c5": "\u01c5", "\u01c6": "\u01c5",
  "\u01c7": "\u01c8", "\u01c8": "\u01c8", "\u01c9": "\u01c8",
  "\u01ca": "\u01cb", "\u01cb": "\u01cb", "\u01cc": "\u01cb",
  "\u01f1": "\u01f2", "\u01f2": "\u01f2", "\u01f3": "\u01f2",
};

function titleChar(ch: string): string {
  const special = TITLECASE[ch];
  if (special !== undefined) return special;
  const upper = ch.toUpperCase();
  const first = String.fromCodePoint(upper.codePointAt(0) ?? 0);
  return first + upper.slice(first.length).toLowerCase();
}

const CASED = /\p{Cased}/u;

const CASE_IGNORABLE = /\p{Case_Ignorable}/u;

/** Whether a cased letter lies in direction `step` from `i`, skipping case-ignorable characters. */
function casedNeighbour(s: string, i: number, step: 1 | -1): boolean {
  for (let j = i + step; j >= 0 && j < s.length; j += step) {
    const ch = s[j]!;
    if (CASE_IGNORABLE.test(ch)) continue;
    return CASED.test(ch);
  }
  return false;
}

/** Lowercase of the character `ch` at UTF-16 offset `i`, with the final-sigma rule (Σ → ς at a word end). */
function lowerAt(s: string, i: number, ch: string): string {
  if (ch !== "\u03a3") return ch.toLowerCase();
  return casedNeighbour(s, i, -1) && !casedNeighbour(s, i, 1) ? "\u03c2" : "\u03c3";
}

/** Maps each character with its offset. */
function mapChars(s: string, map: (ch: string, i: number) => string): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    out += map(ch, i);
    i += ch.length;
  }
  return out;
}

/** str.title(): titlecase after an uncased character, lowercase after a cased one. */
export function strTitle(s: string): string {
  let previousCased = false;
  return mapChars(s, (ch, i) => {
    const mapped = previousCased ? lowerAt(s, i, ch) : titleChar(ch);
    previousCased = CASED.test(ch);
    return mapped;
  });
}

/** str.capitalize(): first character titlecased, the rest lowercased. */
export function strCapitalize(s: string): string {
  return mapChars(s, (ch, i) => (i === 0 ? titleChar(ch) : lowerAt(s, i, ch)));
}

const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const TITLE = /\p{Lt}/u;

/** str.swapcase(). */
export function strSwapcase(s: string): string {
  return mapChars(s, (ch, i) => (UPPER.test(ch) ? lowerAt(s, i, ch) : LOWER.test(ch) ? ch.toUpperCase() : ch));
}

function every(s: string, test: (ch: string) => boolean): boolean {
  if (s === "") return false;
  for (const ch of s) if (!test(ch)) return false;
  return true;
}

const DECIMAL = /^\p{Nd}$/u;
// Numeric_Type=Digit is not exposed to JS regexes: superscripts, subscripts, circled and dingbat digits.
const DIGIT_EXTRA = /^[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]$/u;
// Han characters with a numeric value (Numeric_Type=Numeric on Lo letters).
const HAN_NUMERALS = new Set("〇一二三四五六七八九十百千万萬億兆零壹貳參肆伍陸柒捌玖拾佰仟廿卅卌弐参貮两兩");
const NUMERIC = /^\p{N}$/u;

const isDecimalChar = (ch: string): boolean => DECIMAL.test(ch);
const isDigitChar = (ch: string): boolean => DECIMAL.test(ch) || DIGIT_EXTRA.test(ch);
const isNumericChar = (ch: string): boolean => NUMERIC.test(ch) || HAN_NUMERALS.has(ch);
const isAlphaChar = (ch: string): boolean => /^\p{L}$/u.test(ch);

/** str.isdecimal(). */
export const strIsDecimal = (s: string): boolean => every(s, isDecimalChar);
/** str.isdigit() (decimal digits plus superscripts, circled digits…). */
export const strIsDigit = (s: string): boolean => every(s, isDigitChar);
/** str.isnumeric() (digits, fractions, Roman numerals, Han numerals…). */
export const strIsNumeric = (s: string): boolean => every(s, isNumericChar);
/** str.isalpha(). */
export const strIsAlpha = (s: string): boolean => every(s, isAlphaChar);
/** str.isalnum(). */
export const strIsAlnum = (s: string): boolean => every(s, (ch) => isAlphaChar(ch) || isNumericChar(ch));
/** str.isspace(). */
export const strIsSpace = (s: string): boolean => every(s, (ch) => isPySpaceChar(ch.charCodeAt(0)));
/** str.isascii(). */
export const strIsAscii = (s: string): boolean => /^\p{ASCII}*$/u.test(s);

/** str.isprintable(). */
export function strIsPrintable(s: string): boolean {
  for (const ch of s) if (ch !== " " && NOT_PRINTABLE.test(ch)) return false;
  return true;
}

/** str.isupper(): some cased character and no lowercase or titlecase one. */
export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (LOWER.test(ch) || TITLE.test(ch)) return false;
    cased ||= UPPER.test(ch);
  }
  return cased;
}

/** str.islower(). */
export function strIsLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) return false;
    cased ||= LOWER.test(ch);
  }
  return cased;
}

/** str.istitle(): uppercase/titlecase only after uncased characters, lowercase only after cased. */
export function strIsTitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (LOWER.test(ch)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

/** str.isidentifier(). */
export function strIsIdentifier(s: string): boolean {
  return /^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(s);
}

function checkFill(fill: string): void {
  if (Array.from(fill).length !== 1) {
    throw new PrimitiveError("TypeError", "The fill character must be exactly one character long");
  }
}

/** Python's len() of a str: code points (a non-BMP character is one). */
export function strLength(s: string): number {
  let length = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** str.center(width, fillchar=" ") with CPython's split of odd padding. */
export function strCenter(s: string, width: number, fill = " "): string {
  checkFill(fill);
  const margin = width - strLength(s);
  if (margin <= 0) return s;
  const left = Math.floor(margin / 2) + (margin & width & 1);
  return fill.repeat(left) + s + fill.repeat(margin - left);
}

/** str.ljust(width, fillchar=" "). */
export function strLJust(s: string, width: number, fill = " "): string {
  checkFill(fill);
  return s + fill.repeat(Math.max(0, width - strLength(s)));
}

/** str.rjust(width, fillchar=" "). */
export function strRJust(s: string, width: number, fill = " "): string {
  checkFill(fill);
  return fill.repeat(Math.max(0, width - strLength(s))) + s;
}

/** str.zfill(width): zeros after a leading sign. */
export function strZFill(s: string, width: number): string {
  const padding = width - strLength(s);
  if (padding <= 0) return s;
  const signed = s.startsWith("+") || s.startsWith("-");
  return signed ? s[0] + "0".repeat(padding) + s.slice(1) : "0".repeat(padding) + s;
}

/** str.partition(sep) → [head, sep, tail] ([s, "", ""] when absent). */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep === "") throw valueError("empty separator");
  const at = s.indexOf(sep);
  return at === -1 ? [s, "", ""] : [s.slice(0, at), sep, s.slice(at + sep.length)];
}

/** str.rpartition(sep) → [head, sep, tail] (["", "", s] when absent). */
export function strRPartition(s: string, sep: string): [string, string, string] {
  if (sep === "") throw valueError("empty separator");
  const at = s.lastIndexOf(sep);
  return at === -1 ? ["", "", s] : [s.slice(0, at), sep, s.slice(at + sep.length)];
}

/** str.expandtabs(tabsize=8): columns restart after \n and \r. */
export function strExpandTabs(s: string, tabsize = 8): string {
  let out = "";
  let column = 0;
  for (const ch of s) {
    if (ch === "\t") {
      const spaces = tabsize > 0 ? tabsize - (column % tabsize) : 0;
      out += " ".repeat(spaces);
      column += spaces;
    } else {
      out += ch;
      column = ch === "\n" || ch === "\r" ? 0 : column + 1;
    }
  }
  return out;
}

/** str * n. */
export function strRepeat(s: string, n: number): string {
  return n > 0 ? s.repeat(n) : "";
}
