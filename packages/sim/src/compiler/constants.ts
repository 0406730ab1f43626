// Compile-time constants: AST literal → runtime value, and the key that de-duplicates co_consts
// (CPython merges equal constants of the same type: 1 and 1.0 and True stay distinct).

import type * as ast from "../lang/ast.ts";
import { SimulatorError } from "../api.ts";
import { Ellipsis, None, PyBytes, PyFloat, PySet, PyTuple, type PyValue, type VmContext } from "../vm/values.ts";
import { keyPolicy } from "../vm/objects.ts";
import { isCodeObject, type CodeObject } from "../bytecode/code.ts";

/** An int as the VM represents it: a number when it is a safe integer, else a bigint. */
export function normaliseInt(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

export function constantValue(value: ast.ConstantValue, file: string, line: number): PyValue {
  switch (value.type) {
    case "int":
      return normaliseInt(value.value);
    case "float":
      return new PyFloat(value.value);
    case "str":
      return value.value;
    case "bytes":
      return new PyBytes(value.value);
    case "bool":
      return value.value;
    case "None":
      return None;
    case "Ellipsis":
      return Ellipsis;
    case "complex":
      throw new SimulatorError("complex numbers are not supported", file, line);
  }
}

/** De-duplication key of a constant, or null for constants never merged (code objects). */
export function constKey(value: PyValue | CodeObject): string | null {
  if (isCodeObject(value)) return null;
  switch (typeof value) {
    case "number":
    case "bigint":
      return `i${value}`;
    case "boolean":
      return `b${value}`;
    case "string":
      return `s${value}`;
  }
  if (value === None) return "None";
  if (value === Ellipsis) return "...";
  if (value instanceof PyFloat) return `f${Object.is(value.value, -0) ? "-0" : value.value}`;
  if (value instanceof PySet) return null;
  if (value instanceof PyTuple) {
    const parts = value.items.map((item) => constKey(item));
    return parts.includes(null) ? null : `t(${parts.join(",")})`;
  }
  return null;
}

/** Hashing for compile-time constants (no user objects, so no machine is needed). */
export const constantVm = { idOf: () => 0 } as unknown as VmContext;

/**
 * The frozenset constant of a constant set display, built as CPython 3.11's compiler does: from the
 * tuple, then rebuilt from its own iteration order (compile.c merge_consts_recursive).
 */
export function frozensetConstant(items: readonly PyValue[]): PySet {
  const policy = keyPolicy(constantVm);
  const first = new PySet(true);
  for (const item of items) first.table.set(policy, item, None);
  const merged = new PySet(true);
  for (const item of first.table.keys()) merged.table.set(policy, item, None);
  return merged;
}
