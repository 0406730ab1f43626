// String literals: plain, bytes, raw, f-strings (via fstrings.ts) and implicit concatenation.

import type * as ast from "./ast.ts";
import { decodeEscapes, latin1Bytes, LiteralError, splitString, UnsupportedLiteral } from "./literals.ts";
import type { Reader } from "./parse.ts";
import { FStringError, type FStringPiece, scanFString } from "./fstrings.ts";
import { type Token, tokensOf } from "./tokens.ts";

type Part = ast.Constant | ast.FormattedValue;

/** Builds Constant/JoinedStr nodes from String, FormatString and ContinuedString tokens. */
export class StringBuilder {
  constructor(private readonly reader: Reader) {}

  literal(token: Token): ast.Constant | ast.JoinedStr {
    const pieces = token.name === "ContinuedString" ? tokensOf(token.node, this.reader.source).all() : [token];
    const loc = this.reader.locOf(token);
    const kinds = pieces.map((piece) => splitString(this.reader.text(piece)));
    const bytes = kinds.map((kind) => kind.bytes);
    if (bytes.some((b) => b) && bytes.some((b) => !b)) this.reader.syntaxError("cannot mix bytes and nonbytes literals", token.from, token.to);
    if (bytes[0]) return { kind: "Constant", value: { type: "bytes", value: this.bytes(pieces) }, ...loc };
    const parts: Part[] = [];
    for (const piece of pieces) parts.push(...this.stringParts(piece, loc));
    const joined = mergeConstants(parts, loc);
    if (!kinds.some((kind) => kind.format)) {
      const [only] = joined;
      return only?.kind === "Constant" ? only : { kind: "Constant", value: { type: "str", value: "" }, ...loc };
    }
    return { kind: "JoinedStr", values: joined, ...loc };
  }

  private bytes(pieces: Token[]): Uint8Array {
    let text = "";
    for (const piece of pieces) {
      const kind = splitString(this.reader.text(piece));
      if ([...kind.body].some((ch) => ch.charCodeAt(0) > 0x7f)) this.reader.syntaxError("bytes can only contain ASCII literal characters", piece.from, piece.to);
      text += kind.raw ? kind.body : this.decode(kind.body, true, piece);
    }
    return latin1Bytes(text);
  }

  private decode(body: string, bytes: boolean, at: Token): string {
    try {
      return decodeEscapes(body, bytes);
    } catch (error) {
      if (error instanceof UnsupportedLiteral) this.reader.unsupported(error.message, at.from);
      if (error instanceof LiteralError) this.reader.syntaxError(error.message, at.from, at.to);
      throw error;
    }
  }

  private stringParts(piece: Token, loc: ast.Loc): Part[] {
    const kind = splitString(this.reader.text(piece));
    if (!kind.format) return [this.constant(kind.raw ? kind.body : this.decode(kind.body, false, piece), loc)];
    const bodyFrom = piece.from + kind.bodyStart;
    let pieces: FStringPiece[];
    try {
      pieces = scanFString(this.reader.source, bodyFrom, bodyFrom + kind.body.length);
    } catch (error) {
      // CPython points just past the end of the string literal for these.
      if (error instanceof FStringError) this.reader.syntaxError(error.message, piece.from + kind.length);
      throw error;
    }
    return this.fromPieces(pieces, kind.raw, piece, loc);
  }

  private fromPieces(pieces: FStringPiece[], raw: boolean, piece: Token, loc: ast.Loc): Part[] {
    return pieces.flatMap((part): Part[] => {
      if (part.kind === "literal") return [this.constant(raw ? part.text : this.decode(part.text, false, piece), loc)];
      const value = this.reader.fieldExpression(part.exprFrom, part.exprTo);
      const formatSpec: ast.JoinedStr | null = part.spec ? { kind: "JoinedStr", values: mergeConstants(this.fromPieces(part.spec, raw, piece, loc), loc), ...loc } : null;
      const formatted: ast.FormattedValue = { kind: "FormattedValue", value, conversion: part.conversion, formatSpec, ...loc };
      return part.selfDoc === null ? [formatted] : [this.constant(part.selfDoc, loc), formatted];
    });
  }

  private constant(value: string, loc: ast.Loc): ast.Constant {
    return { kind: "Constant", value: { type: "str", value }, ...loc };
  }
}

/** Joins adjacent string constants and drops empty ones, as CPython's f-string compiler does. */
function mergeConstants(parts: Part[], loc: ast.Loc): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (part.kind === "Constant" && part.value.type === "str") {
      if (part.value.value === "") continue;
      if (previous?.kind === "Constant" && previous.value.type === "str") {
        out[out.length - 1] = { kind: "Constant", value: { type: "str", value: previous.value.value + part.value.value }, ...loc };
        continue;
      }
    }
    out.push(part);
  }
  return out;
}
