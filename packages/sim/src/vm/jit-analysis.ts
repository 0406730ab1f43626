// Static facts about a code object the fast path needs: where basic blocks start, and the value-stack
// depth before each instruction (CPython's compiler guarantees it is the same on every path).

import type { CodeObject } from "../bytecode/code.ts";
import { OPCODES } from "../bytecode/opcodes.ts";

export interface CodeShape {
  /** Value-stack depth before each instruction; -1 where the instruction is unreachable. */
  readonly depth: Int32Array;
  /** Block leaders in ascending order: entry, jump targets, handler targets, instructions after a branch. */
  readonly leaders: readonly number[];
}

/** The instruction a jump at `index` goes to when taken, or -1 for a non-jump. */
export function jumpTarget(code: CodeObject, index: number): number {
  const info = OPCODES[code.code[index * 2] as number];
  const arg = code.code[index * 2 + 1] as number;
  if (info?.operand === "jumpForward") return index + 1 + arg;
  if (info?.operand === "jumpBackward") return index + 1 - arg;
  return -1;
}

/** Whether control can continue with the next instruction. */
export function fallsThrough(code: CodeObject, index: number): boolean {
  return OPCODES[code.code[index * 2] as number]?.terminal !== true;
}

/** Depths by a worklist over the control-flow graph; null when two paths disagree (never for compiled code). */
function stackDepths(code: CodeObject): Int32Array | null {
  const count = code.code.length / 2;
  const depth = new Int32Array(count).fill(-1);
  const work: number[] = [];
  /** Records `value` as the depth at `index`; false when it is impossible or contradicts another path. */
  const reach = (index: number, value: number): boolean => {
    if (index < 0 || index >= count || value < 0) return false;
    const known = depth[index] as number;
    if (known !== -1) return known === value;
    depth[index] = value;
    work.push(index);
    return true;
  };
  if (count > 0 && !reach(0, 0)) return null;
  for (const entry of code.exceptionTable) {
    if (!reach(entry.target, entry.depth + (entry.lasti ? 1 : 0) + 1)) return null;
  }
  while (work.length > 0) {
    const index = work.pop() as number;
    const op = code.code[index * 2] as number;
    const arg = code.code[index * 2 + 1] as number;
    const info = OPCODES[op];
    if (!info) return null;
    const before = depth[index] as number;
    const target = jumpTarget(code, index);
    if (target >= 0 && !reach(target, before + info.effect(arg, true))) return null;
    if (fallsThrough(code, index) && index + 1 < count && !reach(index + 1, before + info.effect(arg, false))) return null;
  }
  return depth;
}

function blockLeaders(code: CodeObject): number[] {
  const count = code.code.length / 2;
  const leaders = new Set<number>([0]);
  for (const entry of code.exceptionTable) leaders.add(entry.target);
  for (let index = 0; index < count; index++) {
    const target = jumpTarget(code, index);
    if (target >= 0) leaders.add(target);
    if ((target >= 0 || !fallsThrough(code, index)) && index + 1 < count) leaders.add(index + 1);
  }
  return [...leaders].filter((index) => index < count).sort((a, b) => a - b);
}

export function analyseCode(code: CodeObject): CodeShape | null {
  const depth = stackDepths(code);
  return depth ? { depth, leaders: blockLeaders(code) } : null;
}
