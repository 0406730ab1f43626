// Index and slice arithmetic shared by str, list, tuple, range and bytes (Objects/sliceobject.c).
import { PrimitiveError } from "./errors.ts";
import type { Int } from "./int.ts";

/**
 * A subscript `i` resolved against `length` (negative counts from the end); IndexError
 * "`what` index out of range" (what: "list", "string", "tuple", "range object", …) when outside.
 */
export function normalizeIndex(i: Int | boolean, length: number, what: string): number {
  const n = typeof i === "boolean" ? Number(i) : i;
  if (typeof n === "bigint" && (n >= 1n << 63n || n < -(1n << 63n))) {
    throw new PrimitiveError("IndexError", "cannot fit 'int' into an index-sized integer");
  }
  const index = n < 0 ? Number(n) + length : Number(n);
  if (index < 0 || index >= length) throw new PrimitiveError("IndexError", `${what} index out of range`);
  return index;
}

/** Resolved slice bounds: iterate `start`, `start + step`, … while before `stop`; `length` items. */
export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
  length: number;
}

function clampBound(value: Int | boolean | null, length: number, step: number, isStart: boolean): number {
  if (value === null) return (step < 0) === isStart ? (step < 0 ? length - 1 : length) : step < 0 ? -1 : 0;
  const n = typeof value === "boolean" ? Number(value) : value;
  // Huge values clamp like PySlice_Unpack's PY_SSIZE_T bounds.
  let bound = typeof n === "bigint" ? (n < 0n ? -Infinity : Infinity) : n;
  if (bound < 0) {
    bound += length;
    if (bound < 0) bound = step < 0 ? -1 : 0;
  } else if (bound >= length) {
    bound = step < 0 ? length - 1 : length;
  }
  return bound;
}

/**
 * slice(start, stop, step).indices(length) plus the slice's length; `null` is None.
 * ValueError "slice step cannot be zero".
 */
export function sliceIndices(
  length: number,
  start: Int | boolean | null,
  stop: Int | boolean | null,
  step: Int | boolean | null,
): SliceBounds {
  const rawStep = step === null ? 1 : typeof step === "boolean" ? Number(step) : step;
  if (rawStep === 0 || rawStep === 0n) throw new PrimitiveError("ValueError", "slice step cannot be zero");
  const s = typeof rawStep === "bigint" ? (rawStep < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : rawStep;
  const from = clampBound(start, length, s, true);
  const to = clampBound(stop, length, s, false);
  let count = 0;
  if (s > 0 && from < to) count = Math.floor((to - from - 1) / s) + 1;
  else if (s < 0 && to < from) count = Math.floor((from - to - 1) / -s) + 1;
  return { start: from, stop: to, step: s, length: count };
}

/** Picks the items of a slice from any indexable sequence. */
export function sliceItems<T>(items: ArrayLike<T>, bounds: SliceBounds): T[] {
  const out: T[] = [];
  for (let i = 0, at = bounds.start; i < bounds.length; i++, at += bounds.step) out.push(items[at]!);
  return out;
}

/** s[start:stop:step] for a str (UTF-16 units, as the rest of the str primitives). */
export function sliceString(s: string, start: Int | boolean | null, stop: Int | boolean | null, step: Int | boolean | null): string {
  const bounds = sliceIndices(s.length, start, stop, step);
  if (bounds.step === 1) return s.slice(bounds.start, bounds.start + bounds.length);
  return sliceItems(s, bounds).join("");
}
