// A listing in the layout of CPython 3.11's `python3 -m dis`: line numbers, offsets, jump-target
// markers, opcode names, args and their meaning, then each nested code object. Offsets count
// CPython's inline CACHE entries (which this VM does not execute), so they line up with dis.

import { OPCODES, BINOP_SYMBOLS, COMPARE_SYMBOLS, Op } from "./opcodes.ts";
import { isCodeObject, type CodeObject } from "./code.ts";
import { repr } from "../vm/repr.ts";
import type { PyValue } from "../vm/values.ts";
import { constantVm } from "../compiler/constants.ts";

/** CPython 3.11's inline cache entries per opcode (opcode._inline_cache_entries). */
const CACHE_ENTRIES: Partial<Record<number, number>> = {
  [Op.BINARY_SUBSCR]: 4,
  [Op.STORE_SUBSCR]: 1,
  [Op.UNPACK_SEQUENCE]: 1,
  [Op.STORE_ATTR]: 4,
  [Op.LOAD_ATTR]: 4,
  [Op.COMPARE_OP]: 2,
  [Op.LOAD_GLOBAL]: 5,
  [Op.BINARY_OP]: 1,
  [Op.LOAD_METHOD]: 10,
  [Op.PRECALL]: 1,
  [Op.CALL]: 4,
};

/** Byte offset (as CPython counts them) of every instruction, plus one past the end. */
export function cpythonOffsets(code: CodeObject): number[] {
  const offsets: number[] = [];
  let offset = 0;
  const count = code.code.length / 2;
  for (let i = 0; i < count; i++) {
    offsets.push(offset);
    offset += 2 + 2 * (CACHE_ENTRIES[code.code[i * 2] as number] ?? 0);
  }
  offsets.push(offset);
  return offsets;
}

/** The addresses a `<code object …>` repr shows: stable per listing, distinct per code object. */
function codeAddress(index: number): string {
  return "0x" + (0x7f0000001000 + index * 0x100).toString(16);
}

interface Listing {
  addresses: Map<CodeObject, string>;
}

function addressOf(listing: Listing, code: CodeObject): string {
  let address = listing.addresses.get(code);
  if (!address) {
    address = codeAddress(listing.addresses.size);
    listing.addresses.set(code, address);
  }
  return address;
}

function constRepr(listing: Listing, value: unknown): string {
  if (isCodeObject(value)) {
    return `<code object ${value.name} at ${addressOf(listing, value)}, file "${value.filename}", line ${value.firstLineNo}>`;
  }
  return reprConst(value);
}

/** repr() of a compile-time constant (ints, floats, str, bytes, None, bool, tuples, frozensets). */
function reprConst(value: unknown): string {
  return repr(constantVm, value as PyValue);
}

/** CPython numbers cell and free variables in "localsplus" (after varnames; a cell that is an argument keeps its slot). */
function localsPlusIndex(code: CodeObject, arg: number): number {
  const cells = code.cellvars.length;
  if (arg < cells && (code.cell2arg[arg] ?? -1) >= 0) return code.cell2arg[arg] as number;
  const argCellsBefore = code.cell2arg.slice(0, Math.min(arg, cells)).filter((i) => i >= 0).length;
  return code.varnames.length + arg - argCellsBefore;
}

function freeName(code: CodeObject, arg: number): string {
  return (arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length]) ?? "?";
}

const MAKE_FUNCTION_FLAGS = ["defaults", "kwdefaults", "annotations", "closure"];
const FORMAT_CONVERSIONS = ["", "str", "repr", "ascii"];

function argMeaning(listing: Listing, code: CodeObject, op: number, arg: number, index: number, offsets: number[]): [number, string] {
  const info = OPCODES[op];
  const next = offsets[index + 1] as number;
  switch (info?.operand) {
    case "const":
      return [arg, constRepr(listing, code.consts[arg])];
    case "name":
      return [arg, code.names[arg] ?? "?"];
    case "global":
      return [arg, (arg & 1 ? "NULL + " : "") + (code.names[arg >> 1] ?? "?")];
    case "local":
      return [arg, code.varnames[arg] ?? "?"];
    case "free":
      return [localsPlusIndex(code, arg), freeName(code, arg)];
    case "jumpForward": {
      const target = offsets[index + 1 + arg] as number;
      return [(target - next) / 2, `to ${target}`];
    }
    case "jumpBackward": {
      const target = offsets[index + 1 - arg] as number;
      return [(next - target) / 2, `to ${target}`];
    }
    case "binop":
      return [arg, BINOP_SYMBOLS[arg] ?? "?"];
    case "compare":
      return [arg, COMPARE_SYMBOLS[arg] ?? "?"];
    case "format": {
      const parts = [FORMAT_CONVERSIONS[arg & 3] ?? "", arg & 4 ? "with format" : ""].filter(Boolean);
      return [arg, parts.join(", ")];
    }
    default:
      if (op === Op.MAKE_FUNCTION) return [arg, MAKE_FUNCTION_FLAGS.filter((_f, bit) => arg & (1 << bit)).join(", ")];
      return [arg, ""];
  }
}

function jumpTargets(code: CodeObject): Set<number> {
  const targets = new Set<number>();
  const count = code.code.length / 2;
  for (let i = 0; i < count; i++) {
    const op = code.code[i * 2] as number;
    const arg = code.code[i * 2 + 1] as number;
    const operand = OPCODES[op]?.operand;
    if (operand === "jumpForward") targets.add(i + 1 + arg);
    if (operand === "jumpBackward") targets.add(i + 1 - arg);
  }
  for (const entry of code.exceptionTable) targets.add(entry.target);
  return targets;
}

function listCode(listing: Listing, code: CodeObject): string[] {
  const out: string[] = [];
  const offsets = cpythonOffsets(code);
  const targets = jumpTargets(code);
  const count = code.code.length / 2;
  const maxLine = Math.max(0, ...code.lines);
  const lineWidth = Math.max(3, String(maxLine).length);
  const offsetWidth = Math.max(4, String(offsets[count] ?? 0).length);
  let lastLine = -1;
  for (let i = 0; i < count; i++) {
    const op = code.code[i * 2] as number;
    const arg = code.code[i * 2 + 1] as number;
    const line = code.lines[i] as number;
    const startsLine = line !== lastLine;
    if (startsLine && i > 0) out.push("");
    lastLine = line;
    const fields = [
      startsLine ? String(line).padStart(lineWidth) : " ".repeat(lineWidth),
      "   ",
      targets.has(i) ? ">>" : "  ",
      String(offsets[i]).padStart(offsetWidth),
      (OPCODES[op]?.name ?? `<${op}>`).padEnd(20),
    ];
    const info = OPCODES[op];
    if (info && info.operand !== "none") {
      const [shown, meaning] = argMeaning(listing, code, op, arg, i, offsets);
      fields.push(String(shown).padStart(5));
      if (meaning) fields.push(`(${meaning})`);
    }
    out.push(fields.join(" ").trimEnd());
  }
  if (code.exceptionTable.length > 0) {
    out.push("ExceptionTable:");
    for (const entry of code.exceptionTable) {
      const start = offsets[entry.start] as number;
      const end = (offsets[entry.end] as number) - 2; // CPython counts the last instruction's caches in
      out.push(`  ${start} to ${end} -> ${offsets[entry.target]} [${entry.depth}]${entry.lasti ? " lasti" : ""}`);
    }
  }
  return out;
}

/** The listing of `code` and, after it, of every code object among its constants (recursively). */
export function disassembleCode(code: CodeObject): string {
  const listing: Listing = { addresses: new Map() };
  const out: string[] = [];
  const visit = (current: CodeObject, title: string | null): void => {
    if (title) out.push("", title);
    out.push(...listCode(listing, current));
    for (const constant of current.consts) {
      if (isCodeObject(constant)) visit(constant, `Disassembly of ${constRepr(listing, constant)}:`);
    }
  };
  visit(code, null);
  return out.join("\n") + "\n";
}
