// Translates a code object into the JS source of a fast-path function with exactly the interpreter's
// semantics for the instructions it covers. Value-stack slots and fast locals become JS variables
// (s0…, l0…); each basic block checks the budget once and charges its instructions and their cost in
// one step; anything unusual (an untranslated opcode, an operand that is not a small int, an unbound
// local, an overflow to bigint) leaves through an exit that stores pc, sp, the stack slots and the
// locals, so the interpreter carries on at that instruction as if it had run everything itself.
// The emitted function: (m, frame, cpu) => cpu, with frame.pc/sp and m.budget updated.

import type { CodeObject } from "../bytecode/code.ts";
import { Op } from "../bytecode/opcodes.ts";
import { fallsThrough, jumpTarget, type CodeShape } from "./jit-analysis.ts";

type Kind = "num" | "bool" | "any";

const MAX_SAFE = String(Number.MAX_SAFE_INTEGER);
const OUT_OF_RANGE = `!(r <= ${MAX_SAFE} && r >= -${MAX_SAFE})`;

/**
 * Small-int arithmetic as primitives/int.ts computes it on two JS numbers (intAdd, intSub, intMul,
 * intFloorDiv, intMod), as statements over the operand expressions that leave the result in `r`.
 * `leaveBefore` (on the operands) and `leaveAfter` (on r) are where the interpreter takes another
 * route (ZeroDivisionError, bigint), which is left to it.
 */
interface Arithmetic {
  leaveBefore?: (left: string, right: string) => string;
  compute: (left: string, right: string) => string;
  leaveAfter?: string;
  /** Normalises -0 and applies Python's floor rounding. */
  adjust?: (left: string, right: string) => string;
}

const byZero = (_left: string, right: string): string => `${right} === 0`;
const ARITHMETIC = new Map<number, Arithmetic>();
function defineArithmetic(nb: number, arithmetic: Arithmetic): void {
  ARITHMETIC.set(nb, arithmetic);
  ARITHMETIC.set(nb + 13, arithmetic); // its in-place form (NB_INPLACE_*)
}
defineArithmetic(0, { compute: (l, r) => `r = ${l} + ${r};`, leaveAfter: OUT_OF_RANGE });
defineArithmetic(10, { compute: (l, r) => `r = ${l} - ${r};`, leaveAfter: OUT_OF_RANGE });
defineArithmetic(5, { compute: (l, r) => `r = ${l} * ${r};`, leaveAfter: OUT_OF_RANGE, adjust: () => "r = r + 0;" });
defineArithmetic(2, {
  leaveBefore: byZero,
  compute: (l, r) => `k = ${l} % ${r}; r = (${l} - k) / ${r};`,
  adjust: (_l, r) => `r = k !== 0 && (k < 0) !== (${r} < 0) ? r - 1 : r + 0;`,
});
defineArithmetic(6, {
  leaveBefore: byZero,
  compute: (l, r) => `r = ${l} % ${r};`,
  adjust: (_l, r) => `r = r !== 0 && (r < 0) !== (${r} < 0) ? r + ${r} : r + 0;`,
});

const COMPARE_JS = ["<", "<=", "===", "!==", ">", ">="] as const;
const CONDITIONAL_JUMPS = new Map<number, boolean>([
  [Op.POP_JUMP_FORWARD_IF_FALSE, false],
  [Op.POP_JUMP_BACKWARD_IF_FALSE, false],
  [Op.POP_JUMP_FORWARD_IF_TRUE, true],
  [Op.POP_JUMP_BACKWARD_IF_TRUE, true],
]);
const PLAIN_JUMPS = new Set<number>([Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT]);
/** No effect while the fast path runs: RESUME only matters when an eval-breaker stop is requested, and then the fast path is not entered. */
const NO_OPS = new Set<number>([Op.NOP, Op.PRECALL, Op.RESUME]);
const SIMPLE = new Set<number>([
  Op.POP_TOP, Op.LOAD_CONST, Op.LOAD_FAST, Op.STORE_FAST, Op.COMPARE_OP,
  Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.LOAD_NAME, Op.STORE_NAME,
]);
/** Opcodes emitted by emitValueOp: unary operators, identity, closure cells. */
const VALUE_OPS = new Set<number>([Op.UNARY_NEGATIVE, Op.UNARY_NOT, Op.IS_OP, Op.LOAD_DEREF, Op.STORE_DEREF]);

/** Whether the fast path handles this instruction (it may still exit at run time on unusual operands). */
export function translatable(op: number, arg: number): boolean {
  if (op === Op.BINARY_OP) return ARITHMETIC.has(arg);
  return SIMPLE.has(op) || VALUE_OPS.has(op) || NO_OPS.has(op) || PLAIN_JUMPS.has(op) || CONDITIONAL_JUMPS.has(op) || op === Op.FOR_ITER;
}

class BlockEmitter {
  readonly out: string[] = [];
  /** What is statically known about each stack slot and local within the current block. */
  private slots: Kind[] = [];
  private locals = new Map<number, Kind>();
  private start = 0;
  private selfLoop = false;

  constructor(
    private readonly code: CodeObject,
    private readonly shape: CodeShape,
    private readonly costs: Float64Array,
    readonly usedLocals: Set<number>,
    readonly storedLocals: Set<number>,
  ) {}

  private op(index: number): number {
    return this.code.code[index * 2] as number;
  }

  private arg(index: number): number {
    return this.code.code[index * 2 + 1] as number;
  }

  private depth(index: number): number {
    return this.shape.depth[index] as number;
  }

  /** `budget -= n; cpu += ns` for instructions [start, index): exact, as the cost table is dyadic. */
  private charge(index: number): string {
    let ns = 0;
    for (let i = this.start; i < index; i++) ns += this.costs[this.op(i)] as number;
    return index > this.start ? `budget -= ${index - this.start}; cpu += ${ns}; ` : "";
  }

  /** Leaves the fast path before instruction `index`, having run the block up to it. */
  private exit(index: number): string {
    return `{ pc = ${index}; sp = ${this.depth(index)}; ${this.charge(index)}break run; }`;
  }

  private goto(target: number): string {
    if (target === this.start && this.selfLoop) return `continue b${target};`;
    return `{ b = ${target}; continue run; }`;
  }

  emitBlock(start: number, end: number): void {
    this.start = start;
    this.slots = [];
    this.locals.clear();
    let last = start;
    while (last < end && translatable(this.op(last), this.arg(last))) last++;
    const length = last - start;
    const terminator = length > 0 ? last - 1 : -1;
    this.selfLoop = terminator >= 0 && jumpTarget(this.code, terminator) === start;
    this.out.push(`case ${start}: ${this.selfLoop ? `b${start}: for (;;) ` : ""}{`);
    if (length > 0) this.out.push(`if (budget < ${length}) ${this.exit(start)}`);
    for (let index = start; index < last; index++) this.emitInstruction(index);
    // Stopped by an untranslated instruction (or ran into the next block: then `last === end`).
    if (last < end) this.out.push(this.exit(last));
    else if (terminator >= 0 && fallsThrough(this.code, terminator) && jumpTarget(this.code, terminator) < 0) {
      this.out.push(this.charge(end) + this.goto(end));
    }
    this.out.push("}");
  }

  private emitInstruction(index: number): void {
    const op = this.op(index);
    const arg = this.arg(index);
    const d = this.depth(index);
    if (NO_OPS.has(op) || op === Op.POP_TOP) return; // POP_TOP: the slot is simply no longer read
    if (CONDITIONAL_JUMPS.has(op)) return this.emitConditionalJump(index, op, d);
    if (op === Op.FOR_ITER) return this.emitForIter(index, d);
    if (VALUE_OPS.has(op)) return this.emitValueOp(index, op, arg, d);
    if (PLAIN_JUMPS.has(op)) {
      this.out.push(this.charge(index + 1) + this.goto(jumpTarget(this.code, index)));
      return;
    }
    if (op === Op.BINARY_OP) return this.emitArithmetic(index, arg, d);
    if (op === Op.COMPARE_OP) return this.emitCompare(index, arg, d);
    if (op === Op.LOAD_FAST) return this.emitLoadFast(index, arg, d);
    if (op === Op.STORE_FAST) {
      this.storedLocals.add(arg);
      this.usedLocals.add(arg);
      this.locals.set(arg, this.slots[d - 1] ?? "any");
      this.out.push(`l${arg} = s${d - 1};`);
      return;
    }
    if (op === Op.LOAD_CONST) return this.emitLoadConst(arg, d);
    this.emitNamespaceOp(index, op, arg, d);
  }

  private emitLoadFast(index: number, local: number, d: number): void {
    this.usedLocals.add(local);
    const known = this.locals.get(local);
    if (known === undefined) this.out.push(`if (l${local} === undefined) ${this.exit(index)}`);
    this.locals.set(local, known ?? "any");
    this.slots[d] = known ?? "any";
    this.out.push(`s${d} = l${local};`);
  }

  private emitLoadConst(index: number, d: number): void {
    const value = this.code.consts[index];
    if (typeof value === "number" || typeof value === "boolean") {
      this.slots[d] = typeof value === "number" ? "num" : "bool";
      this.out.push(`s${d} = ${String(value)};`);
      return;
    }
    this.slots[d] = "any";
    this.out.push(`s${d} = consts[${index}];`);
  }

  /** Both operands are JS numbers (small ints), or the instruction is left to the interpreter. */
  private numberGuard(index: number, d: number): string {
    const checks = [d - 2, d - 1].filter((slot) => this.slots[slot] !== "num").map((slot) => `typeof s${slot} !== "number"`);
    return checks.length > 0 ? `if (${checks.join(" || ")}) ${this.exit(index)}` : "";
  }

  /** Small-int arithmetic; anything the interpreter would do otherwise is left to it. */
  private emitArithmetic(index: number, nb: number, d: number): void {
    const arithmetic = ARITHMETIC.get(nb) as Arithmetic;
    const [left, right] = [`s${d - 2}`, `s${d - 1}`];
    this.out.push(this.numberGuard(index, d));
    if (arithmetic.leaveBefore) this.out.push(`if (${arithmetic.leaveBefore(left, right)}) ${this.exit(index)}`);
    this.out.push(arithmetic.compute(left, right));
    if (arithmetic.leaveAfter) this.out.push(`if (${arithmetic.leaveAfter}) ${this.exit(index)}`);
    if (arithmetic.adjust) this.out.push(arithmetic.adjust(left, right));
    this.out.push(`${left} = r;`);
    this.slots[d - 2] = "num";
  }

  private emitCompare(index: number, compare: number, d: number): void {
    this.out.push(this.numberGuard(index, d));
    this.out.push(`s${d - 2} = s${d - 2} ${COMPARE_JS[compare] ?? "?"} s${d - 1};`);
    this.slots[d - 2] = "bool";
  }

  /** The interpreter's truth test for the cases that cannot call back into Python: bool and int. */
  private emitConditionalJump(index: number, op: number, d: number): void {
    const value = `s${d - 1}`;
    const kind = this.slots[d - 1] ?? "any";
    if (kind === "num") this.out.push(`t = ${value} !== 0;`);
    else if (kind === "bool") this.out.push(`t = ${value};`);
    else {
      this.out.push(`if (typeof ${value} === "boolean") t = ${value}; else if (typeof ${value} === "number") t = ${value} !== 0; else ${this.exit(index)}`);
    }
    const onTrue = CONDITIONAL_JUMPS.get(op) as boolean;
    this.out.push(this.charge(index + 1));
    this.out.push(`if (t === ${String(onTrue)}) ${this.goto(jumpTarget(this.code, index))}`);
    this.out.push(this.goto(index + 1));
  }

  /** As ops-slow.ts does them for small ints and bools (unaryNegative's intNeg, truthy); other operands are left to it. */
  private emitValueOp(index: number, op: number, arg: number, d: number): void {
    const top = `s${d - 1}`;
    const kind = this.slots[d - 1] ?? "any";
    if (op === Op.UNARY_NEGATIVE) {
      if (kind !== "num") this.out.push(`if (typeof ${top} !== "number") ${this.exit(index)}`);
      this.out.push(`${top} = 0 - ${top};`);
      this.slots[d - 1] = "num";
    } else if (op === Op.UNARY_NOT) {
      if (kind === "any") this.out.push(`if (typeof ${top} !== "boolean" && typeof ${top} !== "number") ${this.exit(index)}`);
      this.out.push(`${top} = typeof ${top} === "boolean" ? !${top} : ${top} === 0;`);
      this.slots[d - 1] = "bool";
    } else if (op === Op.IS_OP) {
      this.out.push(`s${d - 2} = (s${d - 2} === ${top}) !== ${String(arg !== 0)};`);
      this.slots[d - 2] = "bool";
    } else if (op === Op.LOAD_DEREF) {
      this.out.push(`r = cells[${arg}].value;`, `if (r === undefined) ${this.exit(index)}`, `s${d} = r;`);
      this.slots[d] = "any";
    } else {
      this.out.push(`cells[${arg}].value = ${top};`);
    }
  }

  /** FOR_ITER over a range iterator, as RangeIterator.next steps it; other iterators are left to the interpreter. */
  private emitForIter(index: number, d: number): void {
    const iterator = `s${d - 1}`;
    this.out.push(`if (!(${iterator} instanceof runtime.RangeIterator)) ${this.exit(index)}`);
    this.out.push(`k = ${iterator}; r = k.current;`);
    this.out.push(this.charge(index + 1));
    this.out.push(`if (k.step > 0 ? r >= k.stop : r <= k.stop) ${this.goto(jumpTarget(this.code, index))}`);
    this.out.push(`k.current = r + k.step; s${d} = r;`);
    this.slots[d] = "num";
    this.out.push(this.goto(index + 1));
  }

  private emitNamespaceOp(index: number, op: number, arg: number, d: number): void {
    const nameIndex = op === Op.LOAD_GLOBAL ? arg >> 1 : arg;
    const name = JSON.stringify(this.code.names[nameIndex] ?? "");
    if (op === Op.STORE_NAME || op === Op.STORE_GLOBAL) {
      this.out.push(`${op === Op.STORE_NAME ? "names" : "globals"}.set(${name}, s${d - 1});`);
      return;
    }
    const lookup = op === Op.LOAD_NAME ? `names.get(${name}) ?? globals.get(${name})` : `globals.get(${name})`;
    this.out.push(`r = ${lookup} ?? builtins.get(${name});`);
    this.out.push(`if (r === undefined) ${this.exit(index)}`);
    let slot = d;
    if (op === Op.LOAD_GLOBAL && (arg & 1) === 1) {
      this.slots[slot] = "any";
      this.out.push(`s${slot++} = null;`);
    }
    this.slots[slot] = "any";
    this.out.push(`s${slot} = r;`);
  }
}

/** Source of the fast-path function body for `code`, or null when no block is worth translating. */
export function emitFastPath(code: CodeObject, shape: CodeShape, costs: Float64Array): string | null {
  const usedLocals = new Set<number>();
  const storedLocals = new Set<number>();
  const blocks = new BlockEmitter(code, shape, costs, usedLocals, storedLocals);
  const count = code.code.length / 2;
  const leaders = shape.leaders.filter((index) => (shape.depth[index] as number) >= 0);
  const enterable = leaders.filter((leader) => translatable(code.code[leader * 2] as number, code.code[leader * 2 + 1] as number));
  if (enterable.length === 0) return null;
  for (const leader of leaders) blocks.emitBlock(leader, nextLeader(shape.leaders, leader) ?? count);
  const slots = Array.from({ length: code.maxStackDepth + 2 }, (_, i) => `s${i}`);
  const locals = [...usedLocals].sort((a, b) => a - b);
  return [
    `"use strict";`,
    `const stack = frame.stack, fast = frame.locals, consts = frame.code.consts;`,
    `const globals = frame.globals, builtins = frame.builtins, names = frame.names, cells = frame.cells;`,
    `let budget = m.budget, pc = frame.pc, sp = frame.sp, b = pc, t = false, r, k;`,
    `let ${slots.join(", ")};`,
    ...locals.map((local) => `let l${local} = fast[${local}];`),
    entrySwitch(leaders, shape),
    `run: for (;;) { switch (b) {`,
    ...blocks.out,
    `default: throw new Error("fast path: no block at " + b);`,
    `} }`,
    `frame.pc = pc; frame.sp = sp;`,
    `switch (sp) { ${slots.map((_, i) => slots.length - i).map((n) => `case ${n}: stack[${n - 1}] = s${n - 1};`).join(" ")} }`,
    ...[...storedLocals].sort((a, b) => a - b).map((local) => `fast[${local}] = l${local};`),
    `m.budget = budget;`,
    `return cpu;`,
  ].join("\n");
}

function nextLeader(leaders: readonly number[], leader: number): number | undefined {
  return leaders.find((index) => index > leader);
}

/** Enters at a block start whose static depth matches the frame; anything else returns with no progress. */
function entrySwitch(leaders: readonly number[], shape: CodeShape): string {
  const cases = leaders.map((leader) => {
    const depth = shape.depth[leader] as number;
    const loads = Array.from({ length: depth }, (_, i) => `s${i} = stack[${i}];`).join(" ");
    return `case ${leader}: if (sp !== ${depth}) return cpu; ${loads} break;`;
  });
  return `switch (pc) { ${cases.join(" ")} default: return cpu; }`;
}
