// Number and string literal decoding (CPython's Parser/string_parser.c and the tokenizer's number rules).

import type { ConstantValue } from "./ast.ts";

/** Thrown for a literal CPython rejects; the parser turns it into a SyntaxError at the literal. */
export class LiteralError extends Error {}

/** Thrown for a literal outside the subset; the message names the construct (complex literal, `\N{...}` escape). */
export class UnsupportedLiteral extends Error {}

export function parseNumber(text: string): ConstantValue {
  if (/[jJ]$/.test(text)) throw new UnsupportedLiteral("complex literal");
  const digits = text.replace(/_/g, "");
  if (/^0[xXoObB]/.test(digits)) return { type: "int", value: BigInt(digits.toLowerCase()) };
  if (/[.eE]/.test(digits)) return { type: "float", value: Number(digits) };
  if (/^0+[1-9]/.test(digits)) {
    throw new LiteralError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  }
  return { type: "int", value: BigInt(digits) };
}

/** A string literal's parts: its prefix flags, and the body between the quotes (raw source text). */
export interface StringToken {
  bytes: boolean;
  raw: boolean;
  format: boolean;
  /** `u"..."` (CPython's Constant.kind "u"). */
  unicode: boolean;
  body: string;
  /** UTF-16 offset of the body inside the token text. */
  bodyStart: number;
  /** UTF-16 length of the literal, closing quote included. */
  length: number;
}

export function splitString(text: string): StringToken {
  const prefixMatch = /^[a-zA-Z]*/.exec(text);
  const prefix = (prefixMatch?.[0] ?? "").toLowerCase();
  const rest = text.slice(prefix.length);
  const quote = rest.startsWith('"""') || rest.startsWith("'''") ? rest.slice(0, 3) : rest.slice(0, 1);
  // Find the closing quote ourselves: lezer can stretch a broken f-string's node past it.
  let bodyEnd = quote.length;
  while (bodyEnd < rest.length && !rest.startsWith(quote, bodyEnd)) bodyEnd += rest[bodyEnd] === "\\" ? 2 : 1;
  bodyEnd = Math.min(bodyEnd, rest.length);
  return {
    bytes: prefix.includes("b"),
    raw: prefix.includes("r"),
    format: prefix.includes("f"),
    unicode: prefix.includes("u"),
    body: rest.slice(quote.length, bodyEnd),
    bodyStart: prefix.length + quote.length,
    length: prefix.length + Math.min(bodyEnd + quote.length, rest.length),
  };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** Decodes backslash escapes of a non-raw literal body; `bytes` restricts to byte escapes. */
export function decodeEscapes(body: string, bytes: boolean): string {
  let out = "";
  let i = 0;
  while (i < body.length) {
    const ch = body[i] ?? "";
    if (ch !== "\\" || i + 1 >= body.length) {
      out += ch;
      i++;
      continue;
    }
    const [text, length] = decodeOneEscape(body, i + 1, bytes);
    out += text;
    i += 1 + length;
  }
  return out;
}

/** Decodes the escape whose letter is at `at`; returns the text and how many characters it used. */
function decodeOneEscape(body: string, at: number, bytes: boolean): [string, number] {
  const ch = body[at] ?? "";
  const simple = SIMPLE_ESCAPES[ch];
  if (simple !== undefined) return [simple, 1];
  if (ch === "\n") return ["", 1];
  if (ch === "\r") return ["", body[at + 1] === "\n" ? 2 : 1];
  const octal = /^[0-7]{1,3}/.exec(body.slice(at))?.[0];
  if (octal) return [String.fromCodePoint(parseInt(octal, 8) & (bytes ? 0xff : 0x1ff)), octal.length];
  const hexLength = ch === "x" ? 2 : bytes ? 0 : ch === "u" ? 4 : ch === "U" ? 8 : 0;
  if (hexLength > 0) return [decodeHex(body.slice(at + 1, at + 1 + hexLength), hexLength, ch), hexLength + 1];
  if (ch === "N" && !bytes) throw new UnsupportedLiteral("\\N{...} escape");
  return [`\\${ch}`, 1];
}

function decodeHex(digits: string, length: number, letter: string): string {
  if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) {
    const what = letter === "x" ? "\\xXX" : letter === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
    throw new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes: truncated ${what} escape`);
  }
  const code = parseInt(digits, 16);
  if (code > 0x10ffff) throw new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
  return String.fromCodePoint(code);
}

/** The bytes of a bytes literal's decoded text (every character is below 256 by construction). */
export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new LiteralError("bytes can only contain ASCII literal characters");
    out[i] = code;
  }
  return out;
}
