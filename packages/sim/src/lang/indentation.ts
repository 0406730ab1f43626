// The tokenizer-level checks lezer does not make: indentation (CPython's IndentationError texts),
// brackets and unterminated strings. Runs over logical lines, skipping strings, comments and the
// inside of brackets, as CPython's tokenizer does.

import { PySyntaxError, type SyntaxErrorType } from "./errors.ts";
import type { LineMap } from "./positions.ts";

interface LogicalLine {
  line: number;
  indent: number;
  /** The indentation measured with tabs as one column: CPython's TabError check compares both. */
  altIndent: number;
  firstWord: string;
  /** The logical line ends with `:` outside brackets: it opens an indented block. */
  opensBlock: boolean;
}

const BLOCK_NAMES: Record<string, string> = {
  def: "function definition",
  class: "class definition",
};

const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

class Scanner {
  readonly logical: LogicalLine[] = [];
  /** Offsets of the dot of floats like `24.` (see skipNumber). */
  readonly trailingDots: number[] = [];
  /** Offsets of characters to hide from lezer (see noteWithParentheses). */
  readonly blanked: number[] = [];
  private pos = 0;
  private readonly brackets: { char: string; offset: number }[] = [];

  constructor(
    private readonly source: string,
    private readonly fail: (type: SyntaxErrorType, msg: string, offset: number, endOffset?: number) => never,
  ) {}

  /** Scans to the end or to the first lexical error (thrown through `fail`, as the tokenizer stops there). */
  scan(): void {
    while (this.pos < this.source.length) this.logicalLine();
  }

  /** The innermost bracket still open at the end of the file. */
  unclosedBracket(): { char: string; offset: number } | null {
    return this.brackets[this.brackets.length - 1] ?? null;
  }

  private logicalLine(): void {
    const start = this.pos;
    let indent = 0;
    let altIndent = 0;
    for (; this.pos < this.source.length; this.pos++) {
      const ch = this.source[this.pos];
      if (ch === " ") indent++;
      else if (ch === "\t") indent = (Math.floor(indent / 8) + 1) * 8;
      else if (ch !== "\f") break;
      if (ch === " " || ch === "\t") altIndent++;
    }
    const contentStart = this.pos;
    const withParen = this.withParenthesis(contentStart);
    let withParenHasAs = false;
    let last = "";
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos] as string;
      if (ch === "\n" && this.brackets.length === 0) break;
      if (withParen !== null && this.brackets.length === 1 && this.brackets[0]?.offset === withParen) {
        withParenHasAs ||= /^as\b/.test(this.source.slice(this.pos, this.pos + 3)) && !/\w/.test(this.source[this.pos - 1] ?? "");
      }
      if (ch === "#") this.skipComment();
      else if (ch === "\\" && this.source[this.pos + 1] === "\n") this.pos += 2;
      else if (ch === '"' || ch === "'") last = this.skipString();
      else if (/[0-9]/.test(ch) && !/[\w.]/.test(this.source[this.pos - 1] ?? "")) last = this.skipNumber();
      else last = this.bracketOrChar(ch) || last;
    }
    if (withParen !== null && withParenHasAs) this.noteWithParentheses(withParen, this.pos);
    this.pos++;
    const firstWord = /^[A-Za-z_]+/.exec(this.source.slice(contentStart))?.[0] ?? "";
    if (last !== "") this.logical.push({ line: this.lineOf(start), indent, altIndent, firstWord, opensBlock: last === ":" });
  }

  private bracketOrChar(ch: string): string {
    const offset = this.pos++;
    if ("([{".includes(ch)) this.brackets.push({ char: ch, offset });
    const opener = CLOSERS[ch];
    if (opener) {
      const open = this.brackets.pop();
      if (!open) this.fail("SyntaxError", `unmatched '${ch}'`, offset);
      if (open.char !== opener) {
        const sameLine = this.lineOf(open.offset) === this.lineOf(offset);
        const where = sameLine ? "" : ` on line ${this.lineOf(open.offset)}`;
        this.fail("SyntaxError", `closing parenthesis '${ch}' does not match opening parenthesis '${open.char}'${where}`, offset);
      }
    }
    return /\s/.test(ch) ? "" : ch === ":" && this.brackets.length === 0 ? ":" : "x";
  }

  /** The offset of `(` in `with (`, the Python 3.9+ parenthesized form of with-items, else null. */
  private withParenthesis(contentStart: number): number | null {
    const match = /^with[ \t]*\(/.exec(this.source.slice(contentStart, contentStart + 40));
    return match ? contentStart + match[0].length - 1 : null;
  }

  /** `with (a as x, b as y):` — lezer cannot read it; its parentheses are blanked for lezer. */
  private noteWithParentheses(open: number, lineEnd: number): void {
    const text = this.source.slice(open, lineEnd);
    const close = open + text.replace(/\s*(#.*)?$/, "").lastIndexOf(")");
    if (close > open && /^\)\s*:/.test(this.source.slice(close, lineEnd))) this.blanked.push(open, close);
  }

  /** Skips a number, noting a float written with a trailing dot (`24.`, `1.e5`), which lezer cannot read. */
  private skipNumber(): string {
    const start = this.pos;
    while (/\w/.test(this.source[this.pos] ?? "")) this.pos++;
    const decimal = /^[0-9_]+$/.test(this.source.slice(start, this.pos));
    const after = this.source.slice(this.pos + 1, this.pos + 4);
    const exponent = /^[eE][+-]?[0-9]/.test(after);
    if (decimal && this.source[this.pos] === "." && (exponent || !/^\w/.test(after))) this.trailingDots.push(this.pos);
    return "x";
  }

  private skipComment(): void {
    while (this.pos < this.source.length && this.source[this.pos] !== "\n") this.pos++;
  }

  /** Skips a string literal starting at a quote; returns a marker for "last significant token". */
  private skipString(): string {
    const start = this.pos;
    const quote = this.source[start] as string;
    const triple = this.source.startsWith(quote.repeat(3), start);
    this.pos += triple ? 3 : 1;
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos] as string;
      // A backslash keeps the next character in the string, raw strings included.
      if (ch === "\\") this.pos += 2;
      else if (triple && this.source.startsWith(quote.repeat(3), this.pos)) return (this.pos += 3), "x";
      else if (!triple && ch === quote) return this.pos++, "x";
      else if (!triple && ch === "\n") break;
      else this.pos++;
    }
    const kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
    const detectedAt = this.lineOf(Math.min(this.pos, this.source.length) - (triple ? 1 : 0));
    return this.fail("SyntaxError", `${kind} (detected at line ${detectedAt})`, this.prefixStart(start));
  }

  private prefixStart(quoteOffset: number): number {
    let start = quoteOffset;
    while (start > 0 && /[a-zA-Z]/.test(this.source[start - 1] ?? "")) start--;
    return start;
  }

  private lineOf(offset: number): number {
    let line = 1;
    for (let i = 0; i < offset && i < this.source.length; i++) if (this.source[i] === "\n") line++;
    return line;
  }
}

/** What the tokenizer-level pass found; parse.ts orders it against lezer's error as CPython would. */
export interface TokenizerReport {
  /** Unterminated string, unmatched or mismatched bracket: the tokenizer stops there. */
  lexical: PySyntaxError | null;
  /** A bracket still open at the end of the file. */
  neverClosed: PySyntaxError | null;
  /** The first indentation problem, and whether the tokenizer (dedent, tabs) or the parser reports it. */
  indentation: { error: PySyntaxError; fromTokenizer: boolean } | null;
  /**
   * The source lezer should parse, same length as the real one: floats with a trailing dot (`24.`,
   * `1.e5`) get a `0` in place of the dot (lezer's number token needs a digit after it), and the
   * parentheses of `with (a as x, b as y):` are blanked (lezer's grammar lacks that form). The AST
   * reads all text from the real source.
   */
  lezerSource: string;
}

export function checkTokens(source: string, filename: string, lines: LineMap): TokenizerReport {
  const error = (type: SyntaxErrorType, msg: string, offset: number): PySyntaxError => {
    const at = lines.at(offset);
    return new PySyntaxError({ type, msg, filename, line: at.line, offset: at.col + 1, sourceLine: lines.lineText(at.line) });
  };
  const scanner = new Scanner(source, (type, msg, offset) => {
    throw error(type, msg, offset);
  });
  let lexical: PySyntaxError | null = null;
  try {
    scanner.scan();
  } catch (thrown) {
    if (!(thrown instanceof PySyntaxError)) throw thrown;
    lexical = thrown;
  }
  const open = lexical ? null : scanner.unclosedBracket();
  const neverClosed = open ? error("SyntaxError", `'${open.char}' was never closed`, open.offset) : null;
  let lezerSource = source;
  const replace = (offset: number, by: string): void => {
    lezerSource = `${lezerSource.slice(0, offset)}${by}${lezerSource.slice(offset + 1)}`;
  };
  scanner.trailingDots.forEach((dot) => replace(dot, "0"));
  scanner.blanked.forEach((offset) => replace(offset, " "));
  return { lexical, neverClosed, indentation: checkBlocks(scanner.logical, filename, lines), lezerSource };
}

function checkBlocks(logical: LogicalLine[], filename: string, lines: LineMap): TokenizerReport["indentation"] {
  /** offset 0: CPython prints no caret line for these. */
  const problem = (type: SyntaxErrorType, msg: string, line: number, offset: number, fromTokenizer: boolean): TokenizerReport["indentation"] => ({
    error: new PySyntaxError({ type, msg, filename, line, offset, sourceLine: lines.lineText(line) }),
    fromTokenizer,
  });
  const expectedBlock = (opener: LogicalLine, line: number, offset: number): TokenizerReport["indentation"] => {
    const what = BLOCK_NAMES[opener.firstWord] ?? `'${opener.firstWord}' statement`;
    return problem("IndentationError", `expected an indented block after ${what} on line ${opener.line}`, line, offset, false);
  };
  const stack: [number, number][] = [[0, 0]];
  let opener: LogicalLine | null = null;
  for (const current of logical) {
    const [top, altTop] = stack[stack.length - 1] ?? [0, 0];
    if (inconsistentTabs(current, top, altTop)) return problem("TabError", "inconsistent use of tabs and spaces in indentation", current.line, 0, true);
    if (opener && current.indent <= top) return expectedBlock(opener, current.line, current.indent + 1);
    if (opener) stack.push([current.indent, current.altIndent]);
    else if (current.indent > top) return problem("IndentationError", "unexpected indent", current.line, 0, false);
    while (current.indent < (stack[stack.length - 1]?.[0] ?? 0)) stack.pop();
    const [level, altLevel] = stack[stack.length - 1] ?? [0, 0];
    if (current.indent !== level) {
      // A tokenizer error: CPython's caret sits just past the end of the line.
      const offset = [...lines.lineText(current.line)].length + 1;
      return problem("IndentationError", "unindent does not match any outer indentation level", current.line, offset, true);
    }
    if (current.altIndent !== altLevel) return problem("TabError", "inconsistent use of tabs and spaces in indentation", current.line, 0, true);
    opener = current.opensBlock ? current : null;
  }
  return opener ? expectedBlock(opener, opener.line, 0) : null;
}

/** CPython's tokenizer: indentation compared with tab size 8 and with tab size 1 must agree. */
function inconsistentTabs(current: LogicalLine, top: number, altTop: number): boolean {
  if (current.indent === top) return current.altIndent !== altTop;
  if (current.indent > top) return current.altIndent <= altTop;
  return false;
}
