// The assembler (CPython 3.11 compile.c: stackdepth, label_exception_targets, assemble): walks the
// instruction list along every control-flow edge to find each instruction's stack depth and active
// exception handler, drops unreachable code and pseudo-ops, resolves jumps to relative offsets and
// builds the exception table.

import { POSITION_FIELDS, type CodeObject, type ExceptionTableEntry, type Position } from "../bytecode/code.ts";
import { OPCODES, Op } from "../bytecode/opcodes.ts";

export interface Label {
  /** Instruction index the label marks (-1 until placed). */
  index: number;
}

export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  line: number;
  position: Position | null;
  /** Compiler-made code without a source line of its own (the implicit `return None`). */
  artificial?: boolean;
}

/** An active exception handler: the SETUP_* instruction that pushed it. */
interface Handler {
  setupIndex: number;
  op: number;
  target: Label;
  /** Parent in the handler stack. */
  parent: Handler | null;
}

interface FlowState {
  depth: number;
  handler: Handler | null;
}

export type CodeHeader = Omit<
  CodeObject,
  "code" | "lines" | "positions" | "exceptionTable" | "maxStackDepth" | "kind"
>;

const SETUPS = new Set<number>([Op.SETUP_FINALLY, Op.SETUP_CLEANUP, Op.SETUP_WITH]);

function analyseFlow(instrs: readonly Instr[]): { states: (FlowState | undefined)[]; maxDepth: number } {
  const states: (FlowState | undefined)[] = new Array(instrs.length);
  const work: number[] = [];
  let maxDepth = 0;
  const reach = (index: number, state: FlowState): void => {
    if (index >= instrs.length || states[index]) return;
    if (state.depth < 0) throw new Error(`negative stack depth at instruction ${index}`);
    states[index] = state;
    maxDepth = Math.max(maxDepth, state.depth);
    work.push(index);
  };
  reach(0, { depth: 0, handler: null });
  while (work.length > 0) {
    const index = work.pop() as number;
    const instr = instrs[index] as Instr;
    const state = states[index] as FlowState;
    const info = OPCODES[instr.op];
    if (!info) throw new Error(`bad opcode ${instr.op}`);
    if (SETUPS.has(instr.op) && instr.target) {
      reach(instr.target.index, { depth: state.depth + info.effect(instr.arg, true), handler: state.handler });
      const handler: Handler = { setupIndex: index, op: instr.op, target: instr.target, parent: state.handler };
      reach(index + 1, { depth: state.depth, handler });
      continue;
    }
    if (instr.op === Op.POP_BLOCK) {
      reach(index + 1, { depth: state.depth, handler: state.handler?.parent ?? null });
      continue;
    }
    if (instr.target) {
      reach(instr.target.index, { depth: state.depth + info.effect(instr.arg, true), handler: state.handler });
    }
    if (!info.terminal) reach(index + 1, { depth: state.depth + info.effect(instr.arg, false), handler: state.handler });
  }
  return { states, maxDepth };
}

function isRemovedPseudo(op: number): boolean {
  return SETUPS.has(op) || op === Op.POP_BLOCK;
}

/** The concrete jump opcode for a (pseudo) jump, by direction. */
function concreteJump(op: number, backward: boolean): number {
  switch (op) {
    case Op.JUMP:
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
      return backward ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD;
    case Op.JUMP_NO_INTERRUPT:
      return backward ? Op.JUMP_BACKWARD_NO_INTERRUPT : Op.JUMP_FORWARD;
    case Op.POP_JUMP_IF_FALSE:
      return backward ? Op.POP_JUMP_BACKWARD_IF_FALSE : Op.POP_JUMP_FORWARD_IF_FALSE;
    case Op.POP_JUMP_IF_TRUE:
      return backward ? Op.POP_JUMP_BACKWARD_IF_TRUE : Op.POP_JUMP_FORWARD_IF_TRUE;
    default:
      if (backward) throw new Error(`${OPCODES[op]?.name} cannot jump backward`);
      return op;
  }
}

/** Handler-table depth: the stack depth the VM pops to before pushing (lasti and) the exception. */
function handlerDepth(handler: Handler, states: readonly (FlowState | undefined)[]): number {
  const setupDepth = (states[handler.setupIndex] as FlowState).depth;
  return handler.op === Op.SETUP_WITH ? setupDepth - 1 : setupDepth;
}

/** Columns of one instruction (see CodeObject.positions); anchors are relative to the start column. */
function storePosition(positions: Int32Array, index: number, instr: Instr): void {
  const where = instr.position;
  if (!where || where.line !== instr.line) return;
  const base = index * POSITION_FIELDS;
  positions[base] = where.endLine;
  positions[base + 1] = where.col;
  positions[base + 2] = where.endCol;
  if (where.anchorKind === "none") return;
  // Subscript anchors are stored negated (-2 - offset) so one field also tells the kind.
  positions[base + 3] = where.anchorKind === "binop" ? where.anchorLeft : -2 - where.anchorLeft;
  positions[base + 4] = where.anchorRight;
}

/** compile.c's jump threading: a jump (or conditional jump) to an unconditional JUMP goes straight to its target. */
function threadJumps(instrs: readonly Instr[]): void {
  for (const instr of instrs) {
    if (instr.op !== Op.JUMP && instr.op !== Op.POP_JUMP_IF_FALSE && instr.op !== Op.POP_JUMP_IF_TRUE) continue;
    for (let hops = 0; hops < 8 && instr.target; hops++) {
      const next = instrs[instr.target.index];
      if (!next || next.op !== Op.JUMP || !next.target || next.target === instr.target) break;
      instr.target = next.target;
    }
  }
}

/**
 * compile.c duplicate_exits_without_lineno: a JUMP to the implicit `return None` becomes a copy of
 * it (with the jump's line). Returns a new list; labels are moved to their instructions' new places.
 */
function inlineImplicitReturns(instrs: readonly Instr[]): Instr[] {
  const isImplicitReturn = (index: number): boolean =>
    instrs[index]?.artificial === true && instrs[index]?.op === Op.LOAD_CONST && instrs[index + 1]?.op === Op.RETURN_VALUE;
  const labels = new Set<Label>();
  for (const instr of instrs) if (instr.target) labels.add(instr.target);
  const newIndex = new Int32Array(instrs.length + 1);
  const out: Instr[] = [];
  instrs.forEach((instr, index) => {
    newIndex[index] = out.length;
    if (instr.op === Op.JUMP && instr.target && isImplicitReturn(instr.target.index)) {
      const load = instrs[instr.target.index] as Instr;
      out.push({ ...load, line: instr.line, position: instr.position }, { op: Op.RETURN_VALUE, arg: 0, target: null, line: instr.line, position: instr.position });
      return;
    }
    out.push(instr);
  });
  newIndex[instrs.length] = out.length;
  for (const label of labels) label.index = newIndex[label.index] as number;
  return out;
}

/**
 * SETUP_* pseudo-ops become NOPs that keep a line of their own (CPython keeps the NOP of `try:`
 * when no neighbouring instruction carries that line); other removed pseudo-ops leave nothing.
 */
function keepsLineNop(instrs: readonly Instr[], kept: readonly number[], index: number, labelled: Set<number>): boolean {
  const instr = instrs[index] as Instr;
  if (!SETUPS.has(instr.op)) return false;
  const previous = kept[kept.length - 1];
  if (previous !== undefined && !labelled.has(index) && (instrs[previous] as Instr).line === instr.line) return false;
  for (let next = index + 1; next < instrs.length; next++) {
    const candidate = instrs[next] as Instr;
    if (isRemovedPseudo(candidate.op) && !SETUPS.has(candidate.op)) continue;
    return candidate.line !== instr.line && !SETUPS.has(candidate.op);
  }
  return false;
}

export function assemble(header: CodeHeader, input: readonly Instr[]): CodeObject {
  const instrs = inlineImplicitReturns(input);
  threadJumps(instrs);
  const { states, maxDepth } = analyseFlow(instrs);
  const kept: number[] = [];
  // newIndex[i]: position in the output of instruction i, or of the next kept instruction after it.
  const newIndex = new Int32Array(instrs.length + 1);
  const labelled = new Set<number>();
  for (const instr of instrs) if (instr.target) labelled.add(instr.target.index);
  for (let i = 0; i < instrs.length; i++) {
    newIndex[i] = kept.length;
    if (!states[i]) continue;
    const instr = instrs[i] as Instr;
    if (!isRemovedPseudo(instr.op)) kept.push(i);
    else if (keepsLineNop(instrs, kept, i, labelled)) {
      (instrs as Instr[])[i] = { ...instr, op: Op.NOP, arg: 0, target: null };
      kept.push(i);
    }
  }
  newIndex[instrs.length] = kept.length;
  const target = (label: Label): number => newIndex[label.index] as number;

  const code = new Int32Array(kept.length * 2);
  const lines = new Int32Array(kept.length);
  const positions = new Int32Array(kept.length * POSITION_FIELDS).fill(-1);
  kept.forEach((oldIndex, position) => {
    const instr = instrs[oldIndex] as Instr;
    let { op, arg } = instr;
    if (instr.target) {
      const to = target(instr.target);
      const backward = to <= position;
      op = concreteJump(op, backward);
      arg = backward ? position + 1 - to : to - (position + 1);
    }
    code[position * 2] = op;
    code[position * 2 + 1] = arg;
    lines[position] = instr.line;
    storePosition(positions, position, instr);
  });

  const exceptionTable: ExceptionTableEntry[] = [];
  let open: { handler: Handler; entry: ExceptionTableEntry } | null = null;
  kept.forEach((oldIndex, position) => {
    const handler = (states[oldIndex] as FlowState).handler;
    if (open && open.handler === handler && open.entry.end === position) {
      open.entry.end = position + 1;
      return;
    }
    open = null;
    if (!handler) return;
    const entry: ExceptionTableEntry = {
      start: position,
      end: position + 1,
      target: target(handler.target),
      depth: handlerDepth(handler, states),
      lasti: handler.op !== Op.SETUP_FINALLY,
    };
    exceptionTable.push(entry);
    open = { handler, entry };
  });

  return { kind: "code", ...header, code, lines, positions, exceptionTable, maxStackDepth: maxDepth };
}
