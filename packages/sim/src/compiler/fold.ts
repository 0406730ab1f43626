// CPython 3.11's AST optimiser (Python/ast_opt.c) as the code generator sees it: unary and binary
// operations on constants, tuples of constants and constant subscripts become one constant, within
// ast_opt's size limits (not its nested-item count for repeated tuples of tuples); an operation that
// raises is left for run time.

import type * as ast from "../lang/ast.ts";
import { binaryOp, getItem, truthy, unaryInvert, unaryNegative, unaryPositive } from "../vm/objects.ts";
import { intBitLength } from "../vm/primitives/int.ts";
import { isIntLike } from "../vm/numbers.ts";
import { PyBytes, PySet, PyTuple, type PyValue } from "../vm/values.ts";
import { BINOP_SYMBOLS } from "../bytecode/opcodes.ts";
import { constantValue, constantVm } from "./constants.ts";

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;

const BINOP_INDEX: Record<ast.BinOperator, string> = {
  Add: "+", Sub: "-", Mult: "*", Div: "/", FloorDiv: "//", Mod: "%", Pow: "**", LShift: "<<", RShift: ">>",
  BitOr: "|", BitXor: "^", BitAnd: "&", MatMult: "@",
};

/** The value of `e` when ast_opt would fold it to a constant, else undefined. */
export function foldedConstant(e: ast.Expr, file: string): PyValue | undefined {
  switch (e.kind) {
    case "Constant":
      return e.value.type === "complex" ? undefined : constantValue(e.value, file, e.line);
    case "UnaryOp":
      return foldUnary(e, file);
    case "BinOp":
      return foldBinary(e, file);
    case "Tuple":
      return e.ctx === "Load" ? constantTuple(e.elts, file) : undefined;
    case "Subscript": {
      if (e.ctx !== "Load" || e.value.kind !== "Constant" || e.slice.kind !== "Constant") return undefined;
      const [value, key] = [foldedConstant(e.value, file), foldedConstant(e.slice, file)];
      return value === undefined || key === undefined ? undefined : attempt(() => getItem(constantVm, value, key));
    }
    default:
      return undefined;
  }
}

/** make_const_tuple: a tuple when every element folds. */
export function constantTuple(elts: readonly ast.Expr[], file: string): PyTuple | undefined {
  const items: PyValue[] = [];
  for (const elt of elts) {
    const value = foldedConstant(elt, file);
    if (value === undefined) return undefined;
    items.push(value);
  }
  return new PyTuple(items);
}

function attempt(operation: () => PyValue): PyValue | undefined {
  try {
    return operation();
  } catch {
    return undefined;
  }
}

function foldUnary(e: ast.UnaryOp, file: string): PyValue | undefined {
  const operand = foldedConstant(e.operand, file);
  if (operand === undefined) return undefined;
  switch (e.op) {
    case "Not":
      return !truthy(constantVm, operand);
    case "USub":
      return attempt(() => unaryNegative(constantVm, operand));
    case "UAdd":
      return attempt(() => unaryPositive(constantVm, operand));
    case "Invert":
      return attempt(() => unaryInvert(constantVm, operand));
  }
}

function foldBinary(e: ast.BinOp, file: string): PyValue | undefined {
  if (e.op === "MatMult") return undefined;
  const left = foldedConstant(e.left, file);
  const right = foldedConstant(e.right, file);
  if (left === undefined || right === undefined || !withinLimits(e.op, left, right)) return undefined;
  const index = (BINOP_SYMBOLS as readonly string[]).indexOf(BINOP_INDEX[e.op]);
  return attempt(() => binaryOp(constantVm, left, right, index));
}

const bits = (value: number | bigint | boolean): number => Number(intBitLength(typeof value === "boolean" ? Number(value) : value));

/** ast_opt.c's safe_multiply / safe_power / safe_lshift / safe_mod. */
function withinLimits(op: ast.BinOperator, left: PyValue, right: PyValue): boolean {
  switch (op) {
    case "Mult":
      return safeMultiply(left, right) && safeMultiply(right, left);
    case "Pow":
      if (!isIntLike(left) || !isIntLike(right) || Number(left) === 0 || Number(right) <= 0) return true;
      return bits(left) <= Math.floor(MAX_INT_SIZE / Number(right));
    case "LShift":
      if (!isIntLike(left) || !isIntLike(right) || Number(left) === 0 || Number(right) < 0) return true;
      return Number(right) <= MAX_INT_SIZE && bits(left) <= MAX_INT_SIZE - Number(right);
    case "Mod":
      return typeof left !== "string" && !(left instanceof PyBytes);
    default:
      return true;
  }
}

function safeMultiply(count: PyValue, other: PyValue): boolean {
  if (!isIntLike(count)) return true;
  const n = Number(count);
  if (isIntLike(other)) return n === 0 || Number(other) === 0 || bits(count) + bits(other) <= MAX_INT_SIZE;
  const size = other instanceof PyTuple ? other.items.length : other instanceof PySet ? other.table.size : undefined;
  if (size !== undefined) return size === 0 || (n >= 0 && n <= Math.floor(MAX_COLLECTION_SIZE / size));
  const length = typeof other === "string" ? [...other].length : other instanceof PyBytes ? other.bytes.length : 0;
  return length === 0 || (n >= 0 && n <= Math.floor(MAX_STR_SIZE / length));
}
