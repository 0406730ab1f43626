// SyntaxError and IndentationError as CPython 3.11 reports them (Python/pythonrun.c print_error_text).

/** TabError and IndentationError are SyntaxError subclasses in CPython. */
export type SyntaxErrorType = "SyntaxError" | "IndentationError" | "TabError";

export interface PySyntaxErrorInit {
  type?: SyntaxErrorType;
  msg: string;
  filename: string;
  line: number;
  /** 1-based column (code points) of the first caret; 0 prints no caret line. */
  offset: number;
  /** 1-based column just past the last caret (same line only), as CPython's end_offset. */
  endOffset?: number;
  sourceLine: string;
}

/** A compile-time error of the user's program, printed exactly as CPython prints it on stderr. */
export class PySyntaxError extends Error {
  readonly type: SyntaxErrorType;
  readonly msg: string;
  readonly filename: string;
  readonly line: number;
  readonly offset: number;
  readonly endOffset: number | undefined;
  readonly sourceLine: string;

  constructor(init: PySyntaxErrorInit) {
    super(init.msg);
    this.name = init.type ?? "SyntaxError";
    this.type = init.type ?? "SyntaxError";
    this.msg = init.msg;
    this.filename = init.filename;
    this.line = init.line;
    this.offset = init.offset;
    this.endOffset = init.endOffset;
    this.sourceLine = init.sourceLine;
  }

  /** What CPython writes to stderr for this error (ends with a newline). */
  format(): string {
    const lines = [`  File "${this.filename}", line ${this.line}`];
    const text = this.sourceLine.replace(/[\r\n]+$/, "");
    const stripped = text.replace(/^[ \t\f]+/, "");
    if (stripped.length > 0) {
      // CPython strips the indentation and shifts the caret by the same amount.
      const removed = [...text].length - [...stripped].length;
      lines.push(`    ${stripped}`);
      if (this.offset > 0) lines.push(`    ${this.caretLine(removed, [...stripped].length)}`);
    }
    lines.push(`${this.type}: ${this.msg}`);
    return `${lines.join("\n")}\n`;
  }

  override toString(): string {
    return `${this.type}: ${this.msg} (${this.filename}, line ${this.line})`;
  }

  private caretLine(removed: number, strippedLength: number): string {
    const start = Math.max(1, Math.min(this.offset - removed, strippedLength + 1));
    const end = this.endOffset !== undefined && this.endOffset > this.offset ? this.endOffset - removed : start + 1;
    const width = Math.max(1, Math.min(end, strippedLength + 1) - start);
    return `${" ".repeat(start - 1)}${"^".repeat(width)}`;
  }
}
