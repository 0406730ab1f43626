import { describe, expect, test } from "vitest";
import { bytesRepr, utf8Decode, utf8Encode } from "../../src/vm/primitives/bytes.ts";
import * as S from "../../src/vm/primitives/str.ts";
import { normalizeIndex, sliceIndices, sliceString } from "../../src/vm/primitives/sequence.ts";
import { type Case, checkTables, crossCheck, seededRandom } from "./cpython.ts";

const r = S.strRepr;
const list = (items: readonly string[]): string => `[${items.map(r).join(", ")}]`;
const tuple = (items: readonly string[]): string => `(${items.join(", ")})`;
const bool = (b: boolean): string => (b ? "True" : "False");

/** A case "expr" whose Python value is compared with `actual` rendered as a repr. */
const c = (expr: string, expected: string, actual: () => string): Case => [expr, expected, actual];

checkTables({
  repr: [
    c("'abc'", "'abc'", () => r("abc")),
    c(`"it's"`, `"it's"`, () => r("it's")),
    c(`'say "hi"'`, `'say "hi"'`, () => r('say "hi"')),
    c(`'both \\' and "'`, `'both \\' and "'`, () => r(`both ' and "`)),
    c("'a\\nb\\tc\\rd\\\\'", "'a\\nb\\tc\\rd\\\\'", () => r("a\nb\tc\rd\\")),
    c("'\\x00\\x1f\\x7f'", "'\\x00\\x1f\\x7f'", () => r("\x00\x1f\x7f")),
    c("'é ü 中 😀'", "'é ü 中 😀'", () => r("é ü 中 😀")),
    c("'\\x85\\xa0\\u200b\\u2028\\U000e0001'", "'\\x85\\xa0\\u200b\\u2028\\U000e0001'", () => r("\x85\xa0\u200b\u2028\u{e0001}")),
    c("'\\ud800'", "'\\ud800'", () => r("\ud800")),
  ],
  split: [
    c("' a  b '.split()", "['a', 'b']", () => list(S.strSplit(" a  b "))),
    c("'  '.split()", "[]", () => list(S.strSplit("  "))),
    c("' a  b '.split(None, 1)", "['a', 'b ']", () => list(S.strSplit(" a  b ", null, 1))),
    c("' a  b '.rsplit(None, 1)", "[' a', 'b']", () => list(S.strRSplit(" a  b ", null, 1))),
    c("'a,b,,c'.split(',')", "['a', 'b', '', 'c']", () => list(S.strSplit("a,b,,c", ","))),
    c("'a,b,,c'.split(',', 2)", "['a', 'b', ',c']", () => list(S.strSplit("a,b,,c", ",", 2))),
    c("'a,b,,c'.rsplit(',', 2)", "['a,b', '', 'c']", () => list(S.strRSplit("a,b,,c", ",", 2))),
    c("''.split(',')", "['']", () => list(S.strSplit("", ","))),
    c("'aaa'.split('aa')", "['', 'a']", () => list(S.strSplit("aaa", "aa"))),
    c("'aaa'.rsplit('aa', 1)", "['a', '']", () => list(S.strRSplit("aaa", "aa", 1))),
    c("'ab'.split('')", "!ValueError: empty separator", () => list(S.strSplit("ab", ""))),
    c("'a\\u3000b\\x1cc'.split()", "['a', 'b', 'c']", () => list(S.strSplit("a\u3000b\x1cc"))),
    c("'x\\r\\ny\\rz\\x0b\\x1c'.splitlines(True)", "['x\\r\\n', 'y\\r', 'z\\x0b', '\\x1c']", () => list(S.strSplitLines("x\r\ny\rz\x0b\x1c", true))),
    c("'a\\n\\nb\\n'.splitlines()", "['a', '', 'b']", () => list(S.strSplitLines("a\n\nb\n"))),
    c("'-'.join(['a', 'b'])", "'a-b'", () => r(S.strJoin("-", ["a", "b"]))),
  ],
  strip: [
    c("'xxaxx'.strip('x')", "'a'", () => r(S.strStrip("xxaxx", "x"))),
    c("'\\x85a\\u3000'.strip()", "'a'", () => r(S.strStrip("\x85a\u3000"))),
    c("'  a  '.lstrip()", "'a  '", () => r(S.strLStrip("  a  "))),
    c("'  a  '.rstrip()", "'  a'", () => r(S.strRStrip("  a  "))),
    c("'abcba'.strip('ab')", "'c'", () => r(S.strStrip("abcba", "ab"))),
    c("'\\ufeffa'.strip()", "'\\ufeffa'", () => r(S.strStrip("\ufeffa"))),
  ],
  replace: [
    c("'abc'.replace('', '-')", "'-a-b-c-'", () => r(S.strReplace("abc", "", "-"))),
    c("'abc'.replace('', '-', 2)", "'-a-bc'", () => r(S.strReplace("abc", "", "-", 2))),
    c("'ab'.replace('', '-', 9)", "'-a-b-'", () => r(S.strReplace("ab", "", "-", 9))),
    c("''.replace('', 'x')", "'x'", () => r(S.strReplace("", "", "x"))),
    c("'aaaa'.replace('aa', 'b')", "'bb'", () => r(S.strReplace("aaaa", "aa", "b"))),
    c("'aaaa'.replace('a', 'b', 3)", "'bbba'", () => r(S.strReplace("aaaa", "a", "b", 3))),
    c("'a$b'.replace('$', '$$')", "'a$$b'", () => r(S.strReplace("a$b", "$", "$$"))),
  ],
  find: [
    c("'abc'.find('', 4)", "-1", () => String(S.strFind("abc", "", 4))),
    c("'abc'.find('', 3)", "3", () => String(S.strFind("abc", "", 3))),
    c("'abc'.find('c', -1)", "2", () => String(S.strFind("abc", "c", -1))),
    c("'abcabc'.rfind('abc', 0, 5)", "0", () => String(S.strRFind("abcabc", "abc", 0, 5))),
    c("'abcabc'.rfind('')", "6", () => String(S.strRFind("abcabc", ""))),
    c("'abcabc'.find('bc', 2)", "4", () => String(S.strFind("abcabc", "bc", 2))),
    c("'abcabc'.find('bc', 2, 5)", "-1", () => String(S.strFind("abcabc", "bc", 2, 5))),
    c("'a'.index('b')", "!ValueError: substring not found", () => String(S.strIndex("a", "b"))),
    c("'a'.rindex('b')", "!ValueError: substring not found", () => String(S.strRIndex("a", "b"))),
    c("'abc'.count('')", "4", () => String(S.strCount("abc", ""))),
    c("'abc'.count('', 1, 2)", "2", () => String(S.strCount("abc", "", 1, 2))),
    c("'abc'.count('', 5)", "0", () => String(S.strCount("abc", "", 5))),
    c("'aaaa'.count('aa')", "2", () => String(S.strCount("aaaa", "aa"))),
    c("'abc'.startswith('', 4)", "False", () => bool(S.strStartsWith("abc", "", 4))),
    c("'abc'.startswith('', 3)", "True", () => bool(S.strStartsWith("abc", "", 3))),
    c("'abc'.endswith(('x', 'bc'))", "True", () => bool(S.strEndsWith("abc", ["x", "bc"]))),
    c("'abc'.endswith('b', 0, 2)", "True", () => bool(S.strEndsWith("abc", "b", 0, 2))),
    c("'abc'.startswith('bc', -2)", "True", () => bool(S.strStartsWith("abc", "bc", -2))),
    c("'abc'.startswith('abc', 0, 2)", "False", () => bool(S.strStartsWith("abc", "abc", 0, 2))),
  ],
  case: [
    c("'ﬁ ß ǆ'.title()", "'Fi Ss ǅ'", () => r(S.strTitle("ﬁ ß ǆ"))),
    c(`"they're 1st".title()`, `"They'Re 1St"`, () => r(S.strTitle("they're 1st"))),
    c("'ß'.capitalize()", "'Ss'", () => r(S.strCapitalize("ß"))),
    c("'ǆa'.capitalize()", "'ǅa'", () => r(S.strCapitalize("ǆa"))),
    c("'hELLO wORLD'.capitalize()", "'Hello world'", () => r(S.strCapitalize("hELLO wORLD"))),
    c("'ΣΑΣ'.swapcase()", "'σας'", () => r(S.strSwapcase("ΣΑΣ"))),
    c("'Straße'.upper()", "'STRASSE'", () => r(S.strUpper("Straße"))),
    c("'ΑΣ ΣΑ'.capitalize()", "'Ας σα'", () => r(S.strCapitalize("ΑΣ ΣΑ"))),
    c("'ΟΔΟΣ.'.title()", "'Οδος.'", () => r(S.strTitle("ΟΔΟΣ."))),
    c("'ΟΔΟΣ'.lower()", "'οδος'", () => r(S.strLower("ΟΔΟΣ"))),
    c("'Straße'.casefold()", "'strasse'", () => r(S.strCasefold("Straße"))),
    c("'ΟΔΟΣ'.casefold()", "'οδοσ'", () => r(S.strCasefold("ΟΔΟΣ"))),
  ],
  predicates: [
    c("'²'.isdigit()", "True", () => bool(S.strIsDigit("²"))),
    c("'²'.isdecimal()", "False", () => bool(S.strIsDecimal("²"))),
    c("'一½Ⅻ'.isnumeric()", "True", () => bool(S.strIsNumeric("一½Ⅻ"))),
    c("'١٢'.isdecimal()", "True", () => bool(S.strIsDecimal("١٢"))),
    c("''.isdigit()", "False", () => bool(S.strIsDigit(""))),
    c("'Ab'.istitle()", "True", () => bool(S.strIsTitle("Ab"))),
    c("'AB'.istitle()", "False", () => bool(S.strIsTitle("AB"))),
    c("'Hello World 1'.istitle()", "True", () => bool(S.strIsTitle("Hello World 1"))),
    c("''.isupper()", "False", () => bool(S.strIsUpper(""))),
    c("'A1'.isupper()", "True", () => bool(S.strIsUpper("A1"))),
    c("'ǅ'.isupper()", "False", () => bool(S.strIsUpper("ǅ"))),
    c("'abc1'.islower()", "True", () => bool(S.strIsLower("abc1"))),
    c("'1'.islower()", "False", () => bool(S.strIsLower("1"))),
    c("'héllo'.isalpha()", "True", () => bool(S.strIsAlpha("héllo"))),
    c("'a1'.isalpha()", "False", () => bool(S.strIsAlpha("a1"))),
    c("'a1²'.isalnum()", "True", () => bool(S.strIsAlnum("a1²"))),
    c("' \\t\\x1c'.isspace()", "True", () => bool(S.strIsSpace(" \t\x1c"))),
    c("'\\ufeff'.isspace()", "False", () => bool(S.strIsSpace("\ufeff"))),
    c("'_x1'.isidentifier()", "True", () => bool(S.strIsIdentifier("_x1"))),
    c("'1x'.isidentifier()", "False", () => bool(S.strIsIdentifier("1x"))),
    c("'ñame'.isidentifier()", "True", () => bool(S.strIsIdentifier("ñame"))),
    c("''.isidentifier()", "False", () => bool(S.strIsIdentifier(""))),
    c("'a\\tb'.isprintable()", "False", () => bool(S.strIsPrintable("a\tb"))),
    c("'é'.isascii()", "False", () => bool(S.strIsAscii("é"))),
  ],
  layout: [
    c("'ab'.center(5)", "'  ab '", () => r(S.strCenter("ab", 5))),
    c("'ab'.center(6, '*')", "'**ab**'", () => r(S.strCenter("ab", 6, "*"))),
    c("'abc'.center(6)", "' abc  '", () => r(S.strCenter("abc", 6))),
    c("'a'.center(4)", "' a  '", () => r(S.strCenter("a", 4))),
    c("'a'.ljust(3, 'ab')", "!TypeError: The fill character must be exactly one character long", () => r(S.strLJust("a", 3, "ab"))),
    c("'a'.rjust(3, '0')", "'00a'", () => r(S.strRJust("a", 3, "0"))),
    c("'😀'.ljust(3, '.')", "'😀..'", () => r(S.strLJust("😀", 3, "."))),
    c("'-42'.zfill(6)", "'-00042'", () => r(S.strZFill("-42", 6))),
    c("'+'.zfill(3)", "'+00'", () => r(S.strZFill("+", 3))),
    c("'abc'.zfill(2)", "'abc'", () => r(S.strZFill("abc", 2))),
    c("'a\\tbc\\td\\n\\tx'.expandtabs(4)", "'a   bc  d\\n    x'", () => r(S.strExpandTabs("a\tbc\td\n\tx", 4))),
    c("'\\ta'.expandtabs()", "'        a'", () => r(S.strExpandTabs("\ta"))),
    c("'a=b=c'.partition('=')", "('a', '=', 'b=c')", () => tuple(S.strPartition("a=b=c", "=").map(r))),
    c("'a=b=c'.rpartition('=')", "('a=b', '=', 'c')", () => tuple(S.strRPartition("a=b=c", "=").map(r))),
    c("'abc'.partition('x')", "('abc', '', '')", () => tuple(S.strPartition("abc", "x").map(r))),
    c("'abc'.rpartition('x')", "('', '', 'abc')", () => tuple(S.strRPartition("abc", "x").map(r))),
    c("'ab'.partition('')", "!ValueError: empty separator", () => tuple(S.strPartition("ab", "").map(r))),
    c("'ab' * -1", "''", () => r(S.strRepeat("ab", -1))),
    c("len('a😀')", "2", () => String(S.strLength("a😀"))),
  ],
  sequence: [
    c("'a'[5]", "!IndexError: string index out of range", () => String(normalizeIndex(5, 1, "string"))),
    c("[][0]", "!IndexError: list index out of range", () => String(normalizeIndex(0, 0, "list"))),
    c("()[-1]", "!IndexError: tuple index out of range", () => String(normalizeIndex(-1, 0, "tuple"))),
    c("[1, 2, 3].index(3) if [1,2,3][-1] == 3 else 0", "2", () => String(normalizeIndex(-1, 3, "list"))),
    c("[0][2**62]", "!IndexError: list index out of range", () => String(normalizeIndex(2n ** 62n, 1, "list"))),
    c("[0][2**70]", "!IndexError: cannot fit 'int' into an index-sized integer", () => String(normalizeIndex(2n ** 70n, 1, "list"))),
    c("slice(None, None, -1).indices(5)", "(4, -1, -1)", () => sliceTuple(5, null, null, -1)),
    c("slice(-100, 100).indices(5)", "(0, 5, 1)", () => sliceTuple(5, -100, 100, null)),
    c("slice(1, 2, 0).indices(5)", "!ValueError: slice step cannot be zero", () => sliceTuple(5, 1, 2, 0)),
    c("slice(10, -10, -3).indices(5)", "(4, -1, -3)", () => sliceTuple(5, 10, -10, -3)),
    c("len(range(5)[2**70::2**70])", "0", () => String(sliceIndices(5, 2n ** 70n, null, 2n ** 70n).length)),
    c("len(range(5)[-2**70::-2**70])", "0", () => String(sliceIndices(5, -(2n ** 70n), null, -(2n ** 70n)).length)),
    c("len(range(5)[::-2**70])", "1", () => String(sliceIndices(5, null, null, -(2n ** 70n)).length)),
    c("'abcdef'[::2]", "'ace'", () => r(sliceString("abcdef", null, null, 2))),
    c("'abcdef'[::-1]", "'fedcba'", () => r(sliceString("abcdef", null, null, -1))),
    c("'abcdef'[-2:]", "'ef'", () => r(sliceString("abcdef", -2, null, null))),
    c("'abcdef'[4:1:-2]", "'ec'", () => r(sliceString("abcdef", 4, 1, -2))),
  ],
  bytes: [
    c("b'abc\\x00'", "b'abc\\x00'", () => bytesRepr(Uint8Array.of(97, 98, 99, 0))),
    c(`b"it's"`, `b"it's"`, () => bytesRepr(utf8Encode("it's"))),
    c(`b'\\'"\\\\\\t\\n\\r\\x7f\\x80\\xff'`, `b'\\'"\\\\\\t\\n\\r\\x7f\\x80\\xff'`, () => bytesRepr(Uint8Array.of(39, 34, 92, 9, 10, 13, 127, 128, 255))),
    c("'é😀'.encode()", "b'\\xc3\\xa9\\xf0\\x9f\\x98\\x80'", () => bytesRepr(utf8Encode("é😀"))),
    c("'a\\udc80'.encode()", "!UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80' in position 1: surrogates not allowed", () => bytesRepr(utf8Encode("a\udc80"))),
    c("b'\\xc3\\xa9\\xe4\\xb8\\xad'.decode()", "'é中'", () => r(utf8Decode(Uint8Array.of(0xc3, 0xa9, 0xe4, 0xb8, 0xad)))),
    c("b'\\xff'.decode()", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", () => r(utf8Decode(Uint8Array.of(0xff)))),
    c("b'a\\xe4\\x00'.decode()", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4 in position 1: invalid continuation byte", () => r(utf8Decode(Uint8Array.of(97, 0xe4, 0)))),
    c("b'\\xf0\\x90\\x00'.decode()", "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte", () => r(utf8Decode(Uint8Array.of(0xf0, 0x90, 0)))),
    c("b'\\xe4\\xb8'.decode()", "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", () => r(utf8Decode(Uint8Array.of(0xe4, 0xb8)))),
    c("b'\\xed\\xa0\\x80'.decode()", "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", () => r(utf8Decode(Uint8Array.of(0xed, 0xa0, 0x80)))),
    c("b'a\\xffb\\xe4\\xb8'.decode('utf-8', 'replace')", "'a�b�'", () => r(utf8Decode(Uint8Array.of(97, 0xff, 98, 0xe4, 0xb8), "replace"))),
    c("b'a\\xffb'.decode('utf-8', 'ignore')", "'ab'", () => r(utf8Decode(Uint8Array.of(97, 0xff, 98), "ignore"))),
  ],
});

function sliceTuple(length: number, ...args: Array<number | bigint | null>): string {
  const b = sliceIndices(length, args[0] ?? null, args[1] ?? null, args[2] ?? null);
  return `(${b.start}, ${b.stop}, ${b.step})`;
}

describe("sliceIndices", () => {
  test("gives the slice length", () => {
    expect(sliceIndices(10, 1, 8, 3).length).toBe(3);
    expect(sliceIndices(10, null, null, -1).length).toBe(10);
    expect(sliceIndices(10, 5, 2, 1).length).toBe(0);
  });
});

const random = seededRandom(11);
const ALPHABET = ["a", "b", " ", ",", "\t", "\n", "ab", "é", "A", "\r\n", "ß", "1"];
const randomText = (): string => Array.from({ length: Math.floor(random() * 9) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");
const randomBound = (): number | null => (random() < 0.3 ? null : Math.floor(random() * 16) - 8);

crossCheck(
  "random str methods and slices agree with CPython",
  Array.from({ length: 1500 }, (_, i) => {
    const s = randomText();
    const sub = ["a", "ab", ",", " ", "", "b a"][i % 6]!;
    const n = Math.floor(random() * 4) - 1;
    const [start, stop] = [randomBound(), randomBound()];
    const step = [null, 1, 2, -1, -3][i % 5]!;
    const py = (x: number | null): string => (x === null ? "None" : String(x));
    switch (i % 10) {
      case 0:
        return [`${r(s)}.split(None, ${n})`, () => list(S.strSplit(s, null, n))] as const;
      case 1:
        return [`${r(s)}.rsplit(${r(sub)} or None, ${n})`, () => list(S.strRSplit(s, sub || null, n))] as const;
      case 2:
        return [`${r(s)}.split(${r(sub)} or ',', ${n})`, () => list(S.strSplit(s, sub || ",", n))] as const;
      case 3:
        return [`${r(s)}[${py(start)}:${py(stop)}:${py(step)}]`, () => r(sliceString(s, start, stop, step))] as const;
      case 4:
        return [`(${r(s)}.find(${r(sub)}, ${py(start)}, ${py(stop)}), ${r(s)}.rfind(${r(sub)}, ${py(start)}, ${py(stop)}), ${r(s)}.count(${r(sub)}, ${py(start)}, ${py(stop)}))`,
          () => `(${S.strFind(s, sub, start ?? undefined, stop ?? undefined)}, ${S.strRFind(s, sub, start ?? undefined, stop ?? undefined)}, ${S.strCount(s, sub, start ?? undefined, stop ?? undefined)})`] as const;
      case 5:
        return [`${r(s)}.replace(${r(sub)}, '<>', ${n})`, () => r(S.strReplace(s, sub, "<>", n))] as const;
      case 6:
        return [`${r(s)}.splitlines(${i % 4 === 0 ? "True" : "False"})`, () => list(S.strSplitLines(s, i % 4 === 0))] as const;
      case 7:
        return [`(${r(s)}.title(), ${r(s)}.capitalize(), ${r(s)}.swapcase(), ${r(s)}.strip(' a'))`,
          () => tuple([S.strTitle(s), S.strCapitalize(s), S.strSwapcase(s), S.strStrip(s, " a")].map(r))] as const;
      case 8:
        return [`(${r(s)}.startswith(${r(sub)}, ${py(start)}, ${py(stop)}), ${r(s)}.endswith(${r(sub)}, ${py(start)}, ${py(stop)}))`,
          () => tuple([S.strStartsWith(s, sub, start ?? undefined, stop ?? undefined), S.strEndsWith(s, sub, start ?? undefined, stop ?? undefined)].map(bool))] as const;
      default:
        return [`(${r(s)}.center(9, '*'), ${r(s)}.zfill(7), ${r(s)}.expandtabs(3), ${r(s)}.isupper(), ${r(s)}.istitle())`,
          () => tuple([r(S.strCenter(s, 9, "*")), r(S.strZFill(s, 7)), r(S.strExpandTabs(s, 3)), bool(S.strIsUpper(s)), bool(S.strIsTitle(s))])] as const;
    }
  }),
);
