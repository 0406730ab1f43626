// The compiled form of one module, class body, function, lambda or comprehension (CPython's code object).

/** One row of the exception table: instructions [start, end) are handled at `target`. */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  /** The value stack is popped to this depth before the exception is pushed. */
  depth: number;
  /** Push the offset of the raising instruction first (cleanup handlers need it to re-raise). */
  lasti: boolean;
}

/** co_flags bits (CPython's values). */
export const CodeFlag = {
  OPTIMIZED: 0x1,
  NEWLOCALS: 0x2,
  VARARGS: 0x4,
  VARKEYWORDS: 0x8,
  NESTED: 0x10,
  GENERATOR: 0x20,
  NOFREE: 0x40,
} as const;

/** A constant of a code object: a runtime value (the VM's representation) or a nested code object. */
export type CodeConstant = unknown;

export interface CodeObject {
  readonly kind: "code";
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstLineNo: number;
  readonly argCount: number;
  readonly posOnlyArgCount: number;
  readonly kwOnlyArgCount: number;
  readonly flags: number;
  readonly varnames: readonly string[];
  readonly cellvars: readonly string[];
  readonly freevars: readonly string[];
  readonly names: readonly string[];
  readonly consts: readonly CodeConstant[];
  /** Instruction i is code[2i] (opcode) and code[2i+1] (oparg); its dis offset is 2i. */
  readonly code: Int32Array;
  /** Source line of each instruction (0 for the module's RESUME, as CPython). */
  readonly lines: Int32Array;
  /**
   * Source columns of each instruction, POSITION_FIELDS per instruction: end line, start column,
   * end column (-1: unknown), and for a BinOp / Subscript the anchor columns tracebacks use to
   * print `~~^~~` (-1 when none).
   */
  readonly positions: Int32Array;
  readonly exceptionTable: readonly ExceptionTableEntry[];
  readonly maxStackDepth: number;
  /** For each cellvar, the index of the argument it is initialised from, or -1. */
  readonly cell2arg: readonly number[];
}

export const POSITION_FIELDS = 5;

export interface Position {
  line: number;
  endLine: number;
  col: number;
  endCol: number;
  /** BinOp: left operand's end / right operand's start; Subscript: value's end / slice's end. */
  anchorLeft: number;
  anchorRight: number;
  anchorKind: "none" | "binop" | "subscript";
}

const LIBRARY_PREFIX = "<frozen ";

/** The filename a library module (src/pylib) is compiled under, as CPython names frozen modules. */
export function libraryFilename(module: string): string {
  return `${LIBRARY_PREFIX}${module}>`;
}

/** The library module a filename names (undefined: not libraryFilename's). */
export function libraryModuleOf(filename: string): string | undefined {
  return filename.startsWith(LIBRARY_PREFIX) && filename.endsWith(">") ? filename.slice(LIBRARY_PREFIX.length, -1) : undefined;
}

/** Whether `code` is the Python library's (compiled under libraryFilename), not the program's. */
export function isLibraryCode(code: CodeObject): boolean {
  return code.filename.startsWith(LIBRARY_PREFIX);
}

export function isCodeObject(value: unknown): value is CodeObject {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "code";
}

/** The exception-table entry covering instruction `index`, if any (entries do not overlap). */
export function findHandler(code: CodeObject, index: number): ExceptionTableEntry | undefined {
  for (const entry of code.exceptionTable) {
    if (index >= entry.start && index < entry.end) return entry;
  }
  return undefined;
}
