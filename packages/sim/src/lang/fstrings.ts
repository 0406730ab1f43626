// f-string bodies split into literal text and `{…}` fields, following CPython 3.11's
// Parser/string_parser.c (fstring_find_literal / fstring_find_expr). lezer's own f-string grammar
// mis-reads some valid fields (`{-42:=8}` becomes a walrus), so the parser only takes the string's
// extent from lezer and scans the body here; each field's expression is then parsed on its own.

/** A problem CPython reports (at the end of the string literal) while scanning an f-string. */
export class FStringError extends Error {}

export interface FStringLiteral {
  kind: "literal";
  /** Source text, escapes not yet decoded (`{{`/`}}` already collapsed at the top level). */
  text: string;
}

export interface FStringField {
  kind: "field";
  /** UTF-16 offsets of the expression text in the module source. */
  exprFrom: number;
  exprTo: number;
  /** `{x = }`: the text CPython inserts before the value ("x = "), else null. */
  selfDoc: string | null;
  /** -1, or the code of s / r / a. */
  conversion: number;
  spec: FStringPiece[] | null;
}

export type FStringPiece = FStringLiteral | FStringField;

const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const CLOSERS = new Set([")", "]", "}"]);

/** Scans an f-string body (the text between the quotes), which starts at `bodyFrom` in `source`. */
export function scanFString(source: string, bodyFrom: number, bodyTo: number): FStringPiece[] {
  return new FStringScanner(source, bodyTo).pieces(bodyFrom, 0);
}

class FStringScanner {
  private pos = 0;

  constructor(
    private readonly source: string,
    private readonly end: number,
  ) {}

  /** Literal text and fields up to the end (level 0) or to the `}` closing a format spec (level 1+). */
  pieces(from: number, level: number): FStringPiece[] {
    this.pos = from;
    const out: FStringPiece[] = [];
    let literal = "";
    while (this.pos < this.end) {
      const ch = this.source[this.pos] as string;
      const next = this.source[this.pos + 1];
      if (level > 0 && ch === "}") break;
      if (ch === "\\" && next !== undefined) {
        literal += ch + next;
        this.pos += 2;
      } else if ((ch === "{" || ch === "}") && level === 0 && next === ch) {
        literal += ch;
        this.pos += 2;
      } else if (ch === "}") {
        throw new FStringError("f-string: single '}' is not allowed");
      } else if (ch === "{") {
        if (literal) out.push({ kind: "literal", text: literal });
        literal = "";
        out.push(this.field(level));
      } else {
        literal += ch;
        this.pos++;
      }
    }
    if (literal) out.push({ kind: "literal", text: literal });
    return out;
  }

  private field(level: number): FStringField {
    if (level >= 2) throw new FStringError("f-string: expressions nested too deeply");
    const exprFrom = ++this.pos;
    this.scanExpression();
    const exprTo = this.pos;
    if (this.source.slice(exprFrom, exprTo).trim() === "") throw new FStringError("f-string: empty expression not allowed");
    let selfDoc: string | null = null;
    if (this.source[this.pos] === "=") {
      this.pos++;
      while (/\s/.test(this.source[this.pos] ?? "")) this.pos++;
      selfDoc = this.source.slice(exprFrom, this.pos);
    }
    let conversion = -1;
    if (this.source[this.pos] === "!") {
      const letter = this.source[this.pos + 1] ?? "";
      if (!"sra".includes(letter) || letter === "") throw new FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = letter.charCodeAt(0);
      this.pos += 2;
    }
    let spec: FStringPiece[] | null = null;
    if (this.source[this.pos] === ":") spec = this.pieces(this.pos + 1, level + 1);
    if (this.pos >= this.end || this.source[this.pos] !== "}") throw new FStringError("f-string: expecting '}'");
    this.pos++;
    if (selfDoc !== null && spec === null && conversion === -1) conversion = "r".charCodeAt(0);
    return { kind: "field", exprFrom, exprTo, selfDoc, conversion, spec };
  }

  /** Advances past the expression: stops at `!`, `:`, `=` or `}` outside brackets and strings. */
  private scanExpression(): void {
    const brackets: string[] = [];
    while (this.pos < this.end) {
      const ch = this.source[this.pos] as string;
      const next = this.source[this.pos + 1];
      if (ch === "\\") throw new FStringError("f-string expression part cannot include a backslash");
      if (ch === "'" || ch === '"') {
        this.skipQuoted(ch);
        continue;
      }
      if (ch === "#") throw new FStringError("f-string expression part cannot include '#'");
      if (brackets.length === 0 && "!:}=<>".includes(ch)) {
        // Two-character operators do not end the expression; nor do lone `<` and `>`.
        if (next === "=" && "!=<>".includes(ch)) {
          this.pos += 2;
          continue;
        }
        if (ch !== "<" && ch !== ">") return;
      } else if (OPENERS[ch]) {
        brackets.push(ch);
      } else if (CLOSERS.has(ch)) {
        const open = brackets.pop();
        if (!open) throw new FStringError(`f-string: unmatched '${ch}'`);
        if (OPENERS[open] !== ch) throw new FStringError(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
      }
      this.pos++;
    }
    const open = brackets[brackets.length - 1];
    if (open) throw new FStringError(`f-string: unmatched '${open}'`);
    throw new FStringError("f-string: expecting '}'");
  }

  private skipQuoted(quote: string): void {
    const triple = this.source.startsWith(quote.repeat(3), this.pos);
    const closing = triple ? quote.repeat(3) : quote;
    const close = this.source.indexOf(closing, this.pos + closing.length);
    if (close < 0 || close >= this.end) throw new FStringError("f-string: unterminated string");
    this.pos = close + closing.length;
  }
}
