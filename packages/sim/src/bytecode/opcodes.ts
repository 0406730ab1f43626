// THE opcode table. Names and stack effects follow CPython 3.11 (Python/compile.c stack_effect);
// the compiler derives max stack depth from `effect`, the disassembler prints `operand` meanings,
// and the VM switches over the `Op` numbers (indices into OPCODES).

/** How the oparg is shown by the disassembler (and what it indexes). */
export type OperandKind =
  | "none" // no meaningful arg
  | "int" // a plain number (counts, flags)
  | "const" // index into consts
  | "name" // index into names
  | "global" // names index << 1 | push-NULL bit (LOAD_GLOBAL)
  | "local" // index into varnames
  | "free" // index into cellvars ++ freevars
  | "jumpForward" // relative forward jump in instructions
  | "jumpBackward" // relative backward jump in instructions
  | "handler" // pseudo-op target (exception handler label)
  | "binop" // NB_* operator
  | "compare" // rich comparison operator
  | "format"; // FORMAT_VALUE flags

export interface OpcodeInfo {
  name: string;
  operand: OperandKind;
  /** Stack effect; `jump` is true for the branch-taken edge. */
  effect: (arg: number, jump: boolean) => number;
  /** A pseudo-op: removed by the assembler (jumps resolved, blocks turned into the exception table). */
  pseudo?: true;
  /** An eval-breaker point of CPython 3.11 (RESUME, JUMP_BACKWARD, CALL). */
  evalBreaker?: true;
  /** Control never falls through to the next instruction. */
  terminal?: true;
}

const fixed =
  (n: number) =>
  (): number =>
    n;

const TABLE: OpcodeInfo[] = [
  { name: "NOP", operand: "none", effect: fixed(0) },
  { name: "POP_TOP", operand: "none", effect: fixed(-1) },
  { name: "PUSH_NULL", operand: "none", effect: fixed(1) },
  { name: "RESUME", operand: "int", effect: fixed(0), evalBreaker: true },
  { name: "LOAD_CONST", operand: "const", effect: fixed(1) },
  { name: "LOAD_FAST", operand: "local", effect: fixed(1) },
  { name: "STORE_FAST", operand: "local", effect: fixed(-1) },
  { name: "DELETE_FAST", operand: "local", effect: fixed(0) },
  { name: "LOAD_GLOBAL", operand: "global", effect: (a) => 1 + (a & 1) },
  { name: "STORE_GLOBAL", operand: "name", effect: fixed(-1) },
  { name: "DELETE_GLOBAL", operand: "name", effect: fixed(0) },
  { name: "LOAD_NAME", operand: "name", effect: fixed(1) },
  { name: "STORE_NAME", operand: "name", effect: fixed(-1) },
  { name: "DELETE_NAME", operand: "name", effect: fixed(0) },
  { name: "LOAD_DEREF", operand: "free", effect: fixed(1) },
  { name: "STORE_DEREF", operand: "free", effect: fixed(-1) },
  { name: "DELETE_DEREF", operand: "free", effect: fixed(0) },
  { name: "LOAD_CLOSURE", operand: "free", effect: fixed(1) },
  { name: "LOAD_CLASSDEREF", operand: "free", effect: fixed(1) },
  { name: "MAKE_CELL", operand: "free", effect: fixed(0) },
  { name: "COPY_FREE_VARS", operand: "int", effect: fixed(0) },
  { name: "LOAD_ATTR", operand: "name", effect: fixed(0) },
  { name: "STORE_ATTR", operand: "name", effect: fixed(-2) },
  { name: "DELETE_ATTR", operand: "name", effect: fixed(-1) },
  { name: "LOAD_METHOD", operand: "name", effect: fixed(1) },
  { name: "PRECALL", operand: "int", effect: fixed(0) },
  { name: "CALL", operand: "int", effect: (a) => -a - 1, evalBreaker: true },
  { name: "KW_NAMES", operand: "const", effect: fixed(0) },
  { name: "CALL_FUNCTION_EX", operand: "int", effect: (a) => -2 - (a & 1), evalBreaker: true },
  { name: "BINARY_OP", operand: "binop", effect: fixed(-1) },
  { name: "UNARY_POSITIVE", operand: "none", effect: fixed(0) },
  { name: "UNARY_NEGATIVE", operand: "none", effect: fixed(0) },
  { name: "UNARY_NOT", operand: "none", effect: fixed(0) },
  { name: "UNARY_INVERT", operand: "none", effect: fixed(0) },
  { name: "COMPARE_OP", operand: "compare", effect: fixed(-1) },
  { name: "IS_OP", operand: "int", effect: fixed(-1) },
  { name: "CONTAINS_OP", operand: "int", effect: fixed(-1) },
  { name: "BINARY_SUBSCR", operand: "none", effect: fixed(-1) },
  { name: "STORE_SUBSCR", operand: "none", effect: fixed(-3) },
  { name: "DELETE_SUBSCR", operand: "none", effect: fixed(-2) },
  { name: "BUILD_SLICE", operand: "int", effect: (a) => (a === 3 ? -2 : -1) },
  { name: "POP_JUMP_FORWARD_IF_FALSE", operand: "jumpForward", effect: fixed(-1) },
  { name: "POP_JUMP_FORWARD_IF_TRUE", operand: "jumpForward", effect: fixed(-1) },
  { name: "POP_JUMP_BACKWARD_IF_FALSE", operand: "jumpBackward", effect: fixed(-1), evalBreaker: true },
  { name: "POP_JUMP_BACKWARD_IF_TRUE", operand: "jumpBackward", effect: fixed(-1), evalBreaker: true },
  { name: "JUMP_IF_FALSE_OR_POP", operand: "jumpForward", effect: (_a, j) => (j ? 0 : -1) },
  { name: "JUMP_IF_TRUE_OR_POP", operand: "jumpForward", effect: (_a, j) => (j ? 0 : -1) },
  { name: "JUMP_FORWARD", operand: "jumpForward", effect: fixed(0), terminal: true },
  { name: "JUMP_BACKWARD", operand: "jumpBackward", effect: fixed(0), terminal: true, evalBreaker: true },
  { name: "JUMP_BACKWARD_NO_INTERRUPT", operand: "jumpBackward", effect: fixed(0), terminal: true },
  { name: "GET_ITER", operand: "none", effect: fixed(0) },
  { name: "FOR_ITER", operand: "jumpForward", effect: (_a, j) => (j ? -1 : 1) },
  { name: "RETURN_VALUE", operand: "none", effect: fixed(-1), terminal: true },
  { name: "BUILD_TUPLE", operand: "int", effect: (a) => 1 - a },
  { name: "BUILD_LIST", operand: "int", effect: (a) => 1 - a },
  { name: "BUILD_SET", operand: "int", effect: (a) => 1 - a },
  { name: "BUILD_MAP", operand: "int", effect: (a) => 1 - 2 * a },
  { name: "BUILD_CONST_KEY_MAP", operand: "int", effect: (a) => -a },
  { name: "BUILD_STRING", operand: "int", effect: (a) => 1 - a },
  { name: "LIST_APPEND", operand: "int", effect: fixed(-1) },
  { name: "SET_ADD", operand: "int", effect: fixed(-1) },
  { name: "MAP_ADD", operand: "int", effect: fixed(-2) },
  { name: "LIST_EXTEND", operand: "int", effect: fixed(-1) },
  { name: "SET_UPDATE", operand: "int", effect: fixed(-1) },
  { name: "DICT_UPDATE", operand: "int", effect: fixed(-1) },
  { name: "DICT_MERGE", operand: "int", effect: fixed(-1) },
  { name: "LIST_TO_TUPLE", operand: "none", effect: fixed(0) },
  { name: "UNPACK_SEQUENCE", operand: "int", effect: (a) => a - 1 },
  { name: "UNPACK_EX", operand: "int", effect: (a) => (a & 0xff) + (a >> 8) },
  { name: "FORMAT_VALUE", operand: "format", effect: (a) => ((a & 0x04) === 0x04 ? -1 : 0) },
  { name: "MAKE_FUNCTION", operand: "int", effect: (a) => -countBits(a & 0x0f) },
  { name: "LOAD_BUILD_CLASS", operand: "none", effect: fixed(1) },
  { name: "BEFORE_WITH", operand: "none", effect: fixed(1) },
  { name: "WITH_EXCEPT_START", operand: "none", effect: fixed(1) },
  { name: "PUSH_EXC_INFO", operand: "none", effect: fixed(1) },
  { name: "POP_EXCEPT", operand: "none", effect: fixed(-1) },
  { name: "CHECK_EXC_MATCH", operand: "none", effect: fixed(0) },
  { name: "RERAISE", operand: "int", effect: fixed(-1), terminal: true },
  { name: "RAISE_VARARGS", operand: "int", effect: (a) => -a, terminal: true },
  { name: "YIELD_VALUE", operand: "none", effect: fixed(0) },
  { name: "RETURN_GENERATOR", operand: "none", effect: fixed(1) }, // resumption pushes the sent value
  { name: "GET_YIELD_FROM_ITER", operand: "none", effect: fixed(0) },
  { name: "SEND", operand: "jumpForward", effect: (_a, j) => (j ? 0 : 0) },
  { name: "IMPORT_NAME", operand: "name", effect: fixed(-1) },
  { name: "IMPORT_FROM", operand: "name", effect: fixed(1) },
  { name: "IMPORT_STAR", operand: "none", effect: fixed(-1) },
  { name: "SWAP", operand: "int", effect: fixed(0) },
  { name: "COPY", operand: "int", effect: fixed(1) },
  { name: "LOAD_ASSERTION_ERROR", operand: "none", effect: fixed(1) },
  { name: "SETUP_ANNOTATIONS", operand: "none", effect: fixed(0) },
  // Pseudo-ops (compile.c): removed by the assembler.
  { name: "SETUP_FINALLY", operand: "handler", effect: (_a, j) => (j ? 1 : 0), pseudo: true },
  { name: "SETUP_CLEANUP", operand: "handler", effect: (_a, j) => (j ? 2 : 0), pseudo: true },
  { name: "SETUP_WITH", operand: "handler", effect: (_a, j) => (j ? 1 : 0), pseudo: true },
  { name: "POP_BLOCK", operand: "none", effect: fixed(0), pseudo: true },
  { name: "JUMP", operand: "handler", effect: fixed(0), pseudo: true, terminal: true },
  { name: "JUMP_NO_INTERRUPT", operand: "handler", effect: fixed(0), pseudo: true, terminal: true },
  { name: "POP_JUMP_IF_FALSE", operand: "handler", effect: fixed(-1), pseudo: true },
  { name: "POP_JUMP_IF_TRUE", operand: "handler", effect: fixed(-1), pseudo: true },
];

function countBits(n: number): number {
  let bits = 0;
  for (let v = n; v; v >>= 1) bits += v & 1;
  return bits;
}

export const OPCODES: readonly OpcodeInfo[] = TABLE;

const byName = new Map<string, number>(TABLE.map((info, index) => [info.name, index]));

/** The opcode number of `name` (throws on a typo, at module load). */
export function opcode(name: string): number {
  const op = byName.get(name);
  if (op === undefined) throw new Error(`unknown opcode ${name}`);
  return op;
}

/** Opcode numbers by name, for the VM's switch and the compiler. */
export const Op = {
  NOP: opcode("NOP"),
  POP_TOP: opcode("POP_TOP"),
  PUSH_NULL: opcode("PUSH_NULL"),
  RESUME: opcode("RESUME"),
  LOAD_CONST: opcode("LOAD_CONST"),
  LOAD_FAST: opcode("LOAD_FAST"),
  STORE_FAST: opcode("STORE_FAST"),
  DELETE_FAST: opcode("DELETE_FAST"),
  LOAD_GLOBAL: opcode("LOAD_GLOBAL"),
  STORE_GLOBAL: opcode("STORE_GLOBAL"),
  DELETE_GLOBAL: opcode("DELETE_GLOBAL"),
  LOAD_NAME: opcode("LOAD_NAME"),
  STORE_NAME: opcode("STORE_NAME"),
  DELETE_NAME: opcode("DELETE_NAME"),
  LOAD_DEREF: opcode("LOAD_DEREF"),
  STORE_DEREF: opcode("STORE_DEREF"),
  DELETE_DEREF: opcode("DELETE_DEREF"),
  LOAD_CLOSURE: opcode("LOAD_CLOSURE"),
  LOAD_CLASSDEREF: opcode("LOAD_CLASSDEREF"),
  MAKE_CELL: opcode("MAKE_CELL"),
  COPY_FREE_VARS: opcode("COPY_FREE_VARS"),
  LOAD_ATTR: opcode("LOAD_ATTR"),
  STORE_ATTR: opcode("STORE_ATTR"),
  DELETE_ATTR: opcode("DELETE_ATTR"),
  LOAD_METHOD: opcode("LOAD_METHOD"),
  PRECALL: opcode("PRECALL"),
  CALL: opcode("CALL"),
  KW_NAMES: opcode("KW_NAMES"),
  CALL_FUNCTION_EX: opcode("CALL_FUNCTION_EX"),
  BINARY_OP: opcode("BINARY_OP"),
  UNARY_POSITIVE: opcode("UNARY_POSITIVE"),
  UNARY_NEGATIVE: opcode("UNARY_NEGATIVE"),
  UNARY_NOT: opcode("UNARY_NOT"),
  UNARY_INVERT: opcode("UNARY_INVERT"),
  COMPARE_OP: opcode("COMPARE_OP"),
  IS_OP: opcode("IS_OP"),
  CONTAINS_OP: opcode("CONTAINS_OP"),
  BINARY_SUBSCR: opcode("BINARY_SUBSCR"),
  STORE_SUBSCR: opcode("STORE_SUBSCR"),
  DELETE_SUBSCR: opcode("DELETE_SUBSCR"),
  BUILD_SLICE: opcode("BUILD_SLICE"),
  POP_JUMP_FORWARD_IF_FALSE: opcode("POP_JUMP_FORWARD_IF_FALSE"),
  POP_JUMP_FORWARD_IF_TRUE: opcode("POP_JUMP_FORWARD_IF_TRUE"),
  POP_JUMP_BACKWARD_IF_FALSE: opcode("POP_JUMP_BACKWARD_IF_FALSE"),
  POP_JUMP_BACKWARD_IF_TRUE: opcode("POP_JUMP_BACKWARD_IF_TRUE"),
  JUMP_IF_FALSE_OR_POP: opcode("JUMP_IF_FALSE_OR_POP"),
  JUMP_IF_TRUE_OR_POP: opcode("JUMP_IF_TRUE_OR_POP"),
  JUMP_FORWARD: opcode("JUMP_FORWARD"),
  JUMP_BACKWARD: opcode("JUMP_BACKWARD"),
  JUMP_BACKWARD_NO_INTERRUPT: opcode("JUMP_BACKWARD_NO_INTERRUPT"),
  GET_ITER: opcode("GET_ITER"),
  FOR_ITER: opcode("FOR_ITER"),
  RETURN_VALUE: opcode("RETURN_VALUE"),
  BUILD_TUPLE: opcode("BUILD_TUPLE"),
  BUILD_LIST: opcode("BUILD_LIST"),
  BUILD_SET: opcode("BUILD_SET"),
  BUILD_MAP: opcode("BUILD_MAP"),
  BUILD_CONST_KEY_MAP: opcode("BUILD_CONST_KEY_MAP"),
  BUILD_STRING: opcode("BUILD_STRING"),
  LIST_APPEND: opcode("LIST_APPEND"),
  SET_ADD: opcode("SET_ADD"),
  MAP_ADD: opcode("MAP_ADD"),
  LIST_EXTEND: opcode("LIST_EXTEND"),
  SET_UPDATE: opcode("SET_UPDATE"),
  DICT_UPDATE: opcode("DICT_UPDATE"),
  DICT_MERGE: opcode("DICT_MERGE"),
  LIST_TO_TUPLE: opcode("LIST_TO_TUPLE"),
  UNPACK_SEQUENCE: opcode("UNPACK_SEQUENCE"),
  UNPACK_EX: opcode("UNPACK_EX"),
  FORMAT_VALUE: opcode("FORMAT_VALUE"),
  MAKE_FUNCTION: opcode("MAKE_FUNCTION"),
  LOAD_BUILD_CLASS: opcode("LOAD_BUILD_CLASS"),
  BEFORE_WITH: opcode("BEFORE_WITH"),
  WITH_EXCEPT_START: opcode("WITH_EXCEPT_START"),
  PUSH_EXC_INFO: opcode("PUSH_EXC_INFO"),
  POP_EXCEPT: opcode("POP_EXCEPT"),
  CHECK_EXC_MATCH: opcode("CHECK_EXC_MATCH"),
  RERAISE: opcode("RERAISE"),
  RAISE_VARARGS: opcode("RAISE_VARARGS"),
  YIELD_VALUE: opcode("YIELD_VALUE"),
  RETURN_GENERATOR: opcode("RETURN_GENERATOR"),
  GET_YIELD_FROM_ITER: opcode("GET_YIELD_FROM_ITER"),
  SEND: opcode("SEND"),
  IMPORT_NAME: opcode("IMPORT_NAME"),
  IMPORT_FROM: opcode("IMPORT_FROM"),
  IMPORT_STAR: opcode("IMPORT_STAR"),
  SWAP: opcode("SWAP"),
  COPY: opcode("COPY"),
  LOAD_ASSERTION_ERROR: opcode("LOAD_ASSERTION_ERROR"),
  SETUP_ANNOTATIONS: opcode("SETUP_ANNOTATIONS"),
  SETUP_FINALLY: opcode("SETUP_FINALLY"),
  SETUP_CLEANUP: opcode("SETUP_CLEANUP"),
  SETUP_WITH: opcode("SETUP_WITH"),
  POP_BLOCK: opcode("POP_BLOCK"),
  JUMP: opcode("JUMP"),
  JUMP_NO_INTERRUPT: opcode("JUMP_NO_INTERRUPT"),
  POP_JUMP_IF_FALSE: opcode("POP_JUMP_IF_FALSE"),
  POP_JUMP_IF_TRUE: opcode("POP_JUMP_IF_TRUE"),
} as const;

/** BINARY_OP operands (CPython's NB_* in Include/opcode.h order) with their dis spelling. */
export const BINOP_SYMBOLS = [
  "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
] as const;

/** NB_* index of an operator symbol (`"+"` → 0, `"+="` → 13). */
export function binopIndex(symbol: string): number {
  return BINOP_SYMBOLS.indexOf(symbol as (typeof BINOP_SYMBOLS)[number]);
}

/** COMPARE_OP operands in CPython order. */
export const COMPARE_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="] as const;

/** MAKE_FUNCTION flag bits. */
export const MakeFunctionFlag = { DEFAULTS: 1, KWDEFAULTS: 2, ANNOTATIONS: 4, CLOSURE: 8 } as const;
