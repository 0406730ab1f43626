// Where statements begin, for the atomic-statements misconception (no thread switch inside a
// statement): a thread may be switched away only when its innermost frame of the program's own code
// is about to run the first instruction of a statement. Library code (`<frozen …>` modules) runs as
// part of the program statement that called it: to the learner, `counter.value += 1` is one
// statement however many library statements its property runs. Statement lines come from the
// source's syntax tree; an instruction starts a statement when it is on such a line and the
// instruction before it is on another line. A function's first statement does not count (the call
// that entered it is a statement in progress), and a statement whose first instruction is on a later
// line than the statement's merges with the one before it (coarser, never finer, than the statements).

import { Op } from "../bytecode/opcodes.ts";
import { isLibraryCode, type CodeObject } from "../bytecode/code.ts";
import type { Frame } from "../vm/frames.ts";
import { parseModule } from "../lang/parse.ts";

const PROLOGUE = new Set<number>([Op.RESUME, Op.MAKE_CELL, Op.COPY_FREE_VARS, Op.NOP]);

export class StatementStarts {
  private readonly byCode = new WeakMap<CodeObject, Uint8Array>();
  private readonly linesByFile = new Map<string, ReadonlySet<number> | null>();

  /** `sourceOf`: a file's source text, undefined when unknown (then every change of line starts a statement). */
  constructor(private readonly sourceOf: (filename: string) => string | undefined) {}

  /**
   * Whether a thread with these frames (innermost last) is between two statements: judged on its
   * outermost frame of program code (a statement is atomic with the calls it makes: `x = x + f()`
   * too), or on its innermost frame when it runs library code only.
   */
  between(frames: readonly Frame[]): boolean {
    for (const frame of frames) if (!isLibraryCode(frame.code)) return this.at(frame.code, frame.pc);
    const top = frames[frames.length - 1];
    return top === undefined || this.at(top.code, top.pc);
  }

  /** Whether instruction `pc` of `code` is the first of a statement. */
  private at(code: CodeObject, pc: number): boolean {
    let starts = this.byCode.get(code);
    if (!starts) {
      starts = this.compute(code);
      this.byCode.set(code, starts);
    }
    return starts[pc] === 1;
  }

  private compute(code: CodeObject): Uint8Array {
    const lines = this.statementLines(code.filename);
    const count = code.code.length / 2;
    const starts = new Uint8Array(count);
    let inPrologue = true;
    for (let i = 0; i < count; i++) {
      const line = code.lines[i] as number;
      const opensLine = i > 0 && code.lines[i - 1] !== line;
      // The first instruction after the prologue opens the first statement.
      inPrologue &&= PROLOGUE.has(code.code[i * 2] as number);
      if (opensLine && !inPrologue && (lines === null || lines.has(line))) starts[i] = 1;
    }
    return starts;
  }

  private statementLines(filename: string): ReadonlySet<number> | null {
    if (!this.linesByFile.has(filename)) {
      const source = this.sourceOf(filename);
      this.linesByFile.set(filename, source === undefined ? null : collectStatementLines(parseModule(source, filename)));
    }
    return this.linesByFile.get(filename) ?? null;
  }
}

const STATEMENT_KINDS = new Set([
  "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For", "While", "If", "With",
  "Raise", "Try", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
]);

/** The line of every statement in a syntax tree, however deeply nested. */
function collectStatementLines(tree: object): Set<number> {
  const lines = new Set<number>();
  const pending: unknown[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...(node as unknown[]));
    else if (node !== null && typeof node === "object") {
      const record = node as { kind?: unknown; line?: unknown };
      if (typeof record.kind === "string" && STATEMENT_KINDS.has(record.kind) && typeof record.line === "number") lines.add(record.line);
      for (const value of Object.values(node)) if (value !== null && typeof value === "object") pending.push(value);
    }
  }
  return lines;
}
