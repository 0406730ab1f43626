// The text codecs the simulator has (UTF-8, ASCII): str.encode, bytes(str, encoding).

import { primitive, pyError, typeError } from "./exceptions.ts";
import { utf8Encode } from "./primitives/bytes.ts";
import { hexEscape } from "./primitives/str.ts";
import { typeOf } from "./types.ts";
import { PyBytes, type PyValue } from "./values.ts";

const UTF8_NAMES = new Set(["utf-8", "utf8", "utf_8", "u8"]);
const ASCII_NAMES = new Set(["ascii", "us-ascii"]);

/** The codec named by an `encoding` argument: UTF-8 (the default) or ASCII. */
export function codecName(encoding: PyValue | undefined): "utf-8" | "ascii" {
  if (encoding === undefined) return "utf-8";
  if (typeof encoding !== "string") throw typeError(`encode() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
  const name = encoding.toLowerCase();
  if (UTF8_NAMES.has(name)) return "utf-8";
  if (ASCII_NAMES.has(name)) return "ascii";
  throw pyError("LookupError", `unknown encoding: ${encoding}`);
}

/** str → bytes in `encoding`, with CPython's UnicodeEncodeError for non-ASCII text in ASCII. */
export function encodeText(text: string, encoding: PyValue | undefined): PyBytes {
  const codec = codecName(encoding);
  if (codec === "ascii") checkAscii(text);
  return new PyBytes(primitive(() => utf8Encode(text)));
}


/** The strict ASCII encoder's error: the first run of non-ASCII characters (one, or a range). */
function checkAscii(text: string): void {
  const chars = [...text];
  const isWide = (ch: string | undefined): boolean => ch !== undefined && (ch.codePointAt(0) as number) > 0x7f;
  const start = chars.findIndex(isWide);
  if (start < 0) return;
  let end = start + 1;
  while (isWide(chars[end])) end++;
  const what = end - start === 1
    ? `character '${hexEscape(chars[start]?.codePointAt(0) as number)}' in position ${start}`
    : `characters in position ${start}-${end - 1}`;
  throw pyError("UnicodeEncodeError", `'ascii' codec can't encode ${what}: ordinal not in range(128)`);
}
