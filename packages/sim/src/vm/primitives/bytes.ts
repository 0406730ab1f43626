// bytes repr and UTF-8 encode/decode with CPython's error messages.
import { PrimitiveError } from "./errors.ts";

function byteHex(b: number): string {
  return b.toString(16).padStart(2, "0");
}

/** repr(b) as CPython: b'…' (or b"…" when only ' occurs), \xNN for non-printable bytes. */
export function bytesRepr(data: Uint8Array): string {
  const hasSingle = data.includes(0x27);
  const quote = hasSingle && !data.includes(0x22) ? '"' : "'";
  let out = "b" + quote;
  for (const b of data) {
    if (b === 0x5c) out += "\\\\";
    else if (b === 0x09) out += "\\t";
    else if (b === 0x0a) out += "\\n";
    else if (b === 0x0d) out += "\\r";
    else if (String.fromCharCode(b) === quote) out += "\\" + quote;
    else if (b < 0x20 || b >= 0x7f) out += "\\x" + byteHex(b);
    else out += String.fromCharCode(b);
  }
  return out + quote;
}

/** The encoded length of a sequence led by `lead` and the allowed range of its second byte. */
function sequenceShape(lead: number): { length: number; low: number; high: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf }; // no overlongs
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f }; // no surrogates
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  return undefined;
}

/** How to treat undecodable bytes, as the `errors` argument of bytes.decode. */
export type DecodeErrors = "strict" | "replace" | "ignore";

/** One malformed sequence: [start, end) and CPython's reason. */
interface Malformed {
  end: number;
  reason: string;
}

function malformedAt(data: Uint8Array, start: number): Malformed | number {
  const lead = data[start]!;
  const shape = sequenceShape(lead);
  if (shape === undefined) return { end: start + 1, reason: "invalid start byte" };
  let code = lead & (0xff >> (shape.length + 1));
  for (let k = 1; k < shape.length; k++) {
    const at = start + k;
    if (at >= data.length) return { end: at, reason: "unexpected end of data" };
    const b = data[at]!;
    const [low, high] = k === 1 ? [shape.low, shape.high] : [0x80, 0xbf];
    if (b < low || b > high) return { end: at, reason: "invalid continuation byte" };
    code = (code << 6) | (b & 0x3f);
  }
  return code;
}

function decodeError(data: Uint8Array, start: number, bad: Malformed): PrimitiveError {
  const where =
    bad.end - start === 1
      ? `byte 0x${byteHex(data[start]!)} in position ${start}`
      : `bytes in position ${start}-${bad.end - 1}`;
  return new PrimitiveError("UnicodeDecodeError", `'utf-8' codec can't decode ${where}: ${bad.reason}`);
}

/** bytes.decode("utf-8", errors): strict raises CPython's UnicodeDecodeError text. */
export function utf8Decode(data: Uint8Array, errors: DecodeErrors = "strict"): string {
  let out = "";
  let i = 0;
  while (i < data.length) {
    const b = data[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const decoded = malformedAt(data, i);
    if (typeof decoded === "number") {
      out += String.fromCodePoint(decoded);
      i += decoded < 0x800 ? 2 : decoded < 0x10000 ? 3 : 4;
      continue;
    }
    if (errors === "strict") throw decodeError(data, i, decoded);
    if (errors === "replace") out += "\ufffd";
    i = decoded.end;
  }
  return out;
}

/** str.encode("utf-8"): lone surrogates raise CPython's UnicodeEncodeError text. */
export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  let position = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      throw new PrimitiveError(
        "UnicodeEncodeError",
        `'utf-8' codec can't encode character '\\u${code.toString(16)}' in position ${position}: surrogates not allowed`,
      );
    }
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    position++;
  }
  return Uint8Array.from(out);
}

/** Start of `needle` in `hay` at or after `from`, or -1 (bytes.find, `in`, split). */
export function bytesIndexOf(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
