// Source positions: lezer reports UTF-16 offsets; the AST (like CPython's error messages) uses
// 1-based lines and 0-based columns counted in code points.

export interface Position {
  line: number;
  col: number;
}

/** Maps UTF-16 offsets of one source text to lines and code-point columns. */
export class LineMap {
  private readonly lineStarts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** The position of a UTF-16 offset (clamped to the text). */
  at(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    const index = this.lineIndex(clamped);
    const start = this.lineStarts[index] ?? 0;
    return { line: index + 1, col: codePointLength(this.source.slice(start, clamped)) };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return "";
    const next = this.lineStarts[line];
    const text = this.source.slice(start, next === undefined ? undefined : next - 1);
    return text.endsWith("\r") ? text.slice(0, -1) : text;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  private lineIndex(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) count++;
  }
  return count;
}
