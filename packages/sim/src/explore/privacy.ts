// Global names that only their module's top-level code can touch: a static scan of every code object
// the program may run (its files and the library). Such a name is read and written by one thread only
// (a module's top-level code runs once, in the thread that imports it), so its LOAD_NAME / STORE_NAME
// commute with every other thread's steps and need no scheduling point.
//
// A name is private to file F's top-level code when no other code object anywhere names it (no function
// or class body of F reads it as a global, no module reads it as an attribute or imports it), no code
// names it in a string (getattr(module, "name")), it is no function's or class's name (pickle looks
// those up by name from library code), it is not a dunder, and the program reaches no module's
// namespace reflectively (globals(), vars(), getattr, exec, `from m import *`, sys.modules, …).
//
// The same scan finds attribute names that no code ever assigns or deletes (no STORE_ATTR/DELETE_ATTR
// of that name, no setattr or __dict__ anywhere, no __class__ or __bases__ assignment): a method
// found on an object's class under such a name stays what it is, so looking it up reads nothing that
// can change (the natives that set attributes by name do so on objects they are still creating).

import { isCodeObject, type CodeObject } from "../bytecode/code.ts";
import { Op, OPCODES, type OpcodeInfo } from "../bytecode/opcodes.ts";

/** Names through which code can reach a module's namespace without naming the global. */
const REFLECTIVE = new Set([
  "globals", "vars", "locals", "dir", "getattr", "setattr", "delattr", "hasattr", "eval", "exec", "compile",
  "__import__", "__dict__", "__globals__", "f_globals", "modules", "importlib", "__main__", "builtins", "__builtins__",
]);

/** Names through which code can set attributes without naming them (or run code the scan never saw). */
const ATTRIBUTE_SETTING = new Set(["setattr", "delattr", "__setattr__", "__delattr__", "__dict__", "vars", "exec", "eval", "compile"]);

/** Names through which code can write a namespace's entries without naming them: those, and the namespaces themselves. */
const NAMESPACE_WRITING = new Set([...ATTRIBUTE_SETTING, "globals", "locals", "__builtins__"]);

/** Instructions that bind a name in a namespace (module, class body or builtins). */
const NAME_BINDING = new Set<number>([Op.STORE_NAME, Op.DELETE_NAME, Op.STORE_GLOBAL, Op.DELETE_GLOBAL]);

/** Assigning these changes where every attribute lookup on an object looks. */
const LOOKUP_CHANGING = new Set(["__class__", "__bases__"]);

export class PrivateNames {
  /** Per file, the global names only its top-level code touches. */
  private readonly byFile = new Map<string, Set<string>>();
  /** Attribute names some code assigns or deletes; null: any (the scan found reflection). */
  private assignedAttributes: Set<string> | null = null;
  /** Names some code binds in a namespace (or as an attribute); null: any (the scan found reflection). */
  private boundNames: Set<string> | null = null;
  /** Files whose code rebinds its module's globals (STORE_GLOBAL, DELETE_GLOBAL). */
  private readonly rebinding = new Set<string>();
  /** Attribute names the program's own code assigns or deletes (a module's attributes are its globals). */
  private programAttributes: Set<string> | null = null;
  /** Every code object the scan read: code made later (exec, compile) may read names it never saw bound. */
  private readonly scanned = new Set<CodeObject>();
  /** Per top-level code object of the program, the FOR_ITER positions that iterate a confined list. */
  private readonly confinedLoops = new Map<CodeObject, Set<number>>();

  /** `programCode`: the program's modules; `libraryCode`: every library module it may import. */
  constructor(programCode: readonly CodeObject[], libraryCode: readonly CodeObject[]) {
    const program = programCode.flatMap(nested);
    if (program.some(isReflective)) return;
    const all = [...program, ...libraryCode.flatMap(nested)];
    this.assignedAttributes = assignedAttributes(all);
    const namedBy = new Map<string, CodeObject[]>();
    const excluded = new Set<string>();
    for (const code of all) {
      for (const name of code.names) namedBy.set(name, [...(namedBy.get(name) ?? []), code]);
      for (const constant of code.consts) if (typeof constant === "string") excluded.add(constant);
      excluded.add(code.name);
    }
    this.boundNames = boundNames(all, this.assignedAttributes);
    this.programAttributes = assignedAttributes(program);
    for (const code of all) {
      this.scanned.add(code);
      if (hasOp(code, Op.STORE_GLOBAL) || hasOp(code, Op.DELETE_GLOBAL)) this.rebinding.add(code.filename);
    }
    for (const code of programCode) {
      const own = [...code.names].filter((name) => !excluded.has(name) && !name.startsWith("__") && (namedBy.get(name) ?? []).every((c) => c === code));
      this.byFile.set(code.filename, new Set(own));
      this.confinedLoops.set(code, confinedLoops(code, new Set(own)));
    }
  }

  /**
   * Whether no code ever binds `name` in any namespace: a global or built-in of that name keeps the
   * value it had when the program started, so `code` (a code object the scan read) reading it reads
   * nothing that can change.
   */
  unchangingName(code: CodeObject, name: string): boolean {
    return this.boundNames !== null && !this.boundNames.has(name) && this.scanned.has(code);
  }

  /**
   * Whether the namespace of a library module (its code from `filename`, its globals `names`) may be
   * rebound once imported: by its own functions, or by the program assigning one of its attributes.
   */
  moduleMayChange(filename: string, names: Iterable<string>): boolean {
    if (this.programAttributes === null || this.rebinding.has(filename)) return true;
    for (const name of names) if (this.programAttributes.has(name)) return true;
    return false;
  }

  /** Whether the FOR_ITER at `pc` of `code` iterates a list only that code can reach (see confinedLoops). */
  iteratesConfinedList(code: CodeObject, pc: number): boolean {
    return this.confinedLoops.get(code)?.has(pc) ?? false;
  }

  /** Whether no code ever assigns or deletes an attribute called `name`. */
  fixedAttribute(name: string): boolean {
    return this.assignedAttributes !== null && !this.assignedAttributes.has(name);
  }

  /** Whether `name` is a global only the top-level code of `filename` touches. */
  has(filename: string, name: string): boolean {
    return this.byFile.get(filename)?.has(name) ?? false;
  }
}

/**
 * The library modules the program may import: every module of each top-level package some code
 * imports (relative imports inside a package stay in its family), found by compiling as they come.
 */
export function importedLibrary(programCode: readonly CodeObject[], library: ReadonlyMap<string, () => CodeObject>): CodeObject[] {
  const families = new Set<string>();
  const found: CodeObject[] = [];
  const pending = [...programCode];
  const addFamily = (top: string): void => {
    if (families.has(top)) return;
    families.add(top);
    for (const [name, compile] of library) if (name === top || name.startsWith(`${top}.`)) pending.push(compile());
  };
  while (pending.length > 0) {
    const module = pending.pop() as CodeObject;
    if (!programCode.includes(module)) {
      found.push(module);
      addFamily(module.filename.replace(/^<frozen (.*)>$/, "$1").split(".")[0] as string);
    }
    for (const code of nested(module)) {
      for (let i = 0; i < code.code.length; i += 2) {
        if (code.code[i] === Op.IMPORT_NAME) addFamily((code.names[code.code[i + 1] as number] as string).split(".")[0] as string);
      }
    }
  }
  return found;
}

/** A code object and every code object nested in its constants. */
function nested(code: CodeObject): CodeObject[] {
  return [code, ...code.consts.filter(isCodeObject).flatMap(nested)];
}

/** Names of STORE_ATTR / DELETE_ATTR in `codes`; null when one changes how lookups go, or reflection is used. */
function assignedAttributes(codes: readonly CodeObject[]): Set<string> | null {
  const names = new Set<string>();
  for (const code of codes) {
    if (code.names.some((name) => ATTRIBUTE_SETTING.has(name))) return null;
    for (let i = 0; i < code.code.length; i += 2) {
      const op = code.code[i];
      if (op === Op.STORE_ATTR || op === Op.DELETE_ATTR) names.add(code.names[code.code[i + 1] as number] as string);
    }
  }
  for (const name of LOOKUP_CHANGING) if (names.has(name)) return null;
  return names;
}

/** Names bound by name anywhere, assigned attributes included (a module's attribute is its global); null with reflection. */
function boundNames(codes: readonly CodeObject[], assigned: Set<string> | null): Set<string> | null {
  if (assigned === null) return null;
  const names = new Set(assigned);
  for (const code of codes) {
    if (code.names.some((name) => NAMESPACE_WRITING.has(name))) return null;
    for (let i = 0; i < code.code.length; i += 2) {
      const op = code.code[i] as number;
      if (op === Op.IMPORT_STAR) return null;
      if (NAME_BINDING.has(op)) names.add(code.names[code.code[i + 1] as number] as string);
    }
  }
  return names;
}

/**
 * In a module's top-level code, the loops `for x in NAME:` over a list nobody else can reach: NAME is
 * private to that code, every value stored in it is a list just built (a list display or a list
 * comprehension), and it is only ever loaded to be iterated. Then the list and its iterator stay in
 * this code's thread, so reading the next item commutes with every other thread's steps.
 */
function confinedLoops(code: CodeObject, privateNames: ReadonlySet<string>): Set<number> {
  const loads = new Map<string, number[]>();
  const confined = new Set(privateNames);
  for (let pc = 0; pc < code.code.length / 2; pc++) {
    const op = code.code[pc * 2] as number;
    const name = code.names[code.code[pc * 2 + 1] as number] as string;
    if (op === Op.LOAD_NAME) {
      if (code.code[(pc + 1) * 2] === Op.GET_ITER) loads.set(name, [...(loads.get(name) ?? []), pc]);
      else confined.delete(name);
    } else if (op === Op.STORE_NAME && !storesFreshList(code, pc)) confined.delete(name);
  }
  const loops = new Set<number>();
  for (const [name, pcs] of loads) {
    if (!confined.has(name)) continue;
    for (const pc of pcs) if (code.code[(pc + 2) * 2] === Op.FOR_ITER) loops.add(pc + 2);
  }
  return loops;
}

/**
 * Whether the value STORE_NAME at `pc` stores is a list just built: BUILD_LIST right before, or a list
 * comprehension's call (`LOAD_CONST <listcomp>; MAKE_FUNCTION 0; <iterable>; GET_ITER; PRECALL 0; CALL 0`),
 * the iterable found by its stack effect (straight-line code only).
 */
function storesFreshList(code: CodeObject, pc: number): boolean {
  const at = (i: number): [number, number] => [code.code[i * 2] as number, code.code[i * 2 + 1] as number];
  if (pc >= 1 && at(pc - 1)[0] === Op.BUILD_LIST) return true;
  if (pc < 4 || at(pc - 1)[0] !== Op.CALL || at(pc - 1)[1] !== 0 || at(pc - 2)[0] !== Op.PRECALL || at(pc - 3)[0] !== Op.GET_ITER) return false;
  let depth = 0;
  let i = pc - 4;
  for (; i >= 0 && depth < 1; i--) {
    const [op, arg] = at(i);
    const info = OPCODES[op] as OpcodeInfo;
    if (info.operand === "jumpForward" || info.operand === "jumpBackward") return false;
    depth += info.effect(arg, false);
  }
  if (depth !== 1 || i < 1) return false;
  const [makeOp, makeArg] = at(i);
  const [constOp, constArg] = at(i - 1);
  const listcomp = code.consts[constArg];
  return makeOp === Op.MAKE_FUNCTION && makeArg === 0 && constOp === Op.LOAD_CONST && isCodeObject(listcomp) && listcomp.name === "<listcomp>";
}

function hasOp(code: CodeObject, op: number): boolean {
  for (let i = 0; i < code.code.length; i += 2) if (code.code[i] === op) return true;
  return false;
}

function isReflective(code: CodeObject): boolean {
  return code.names.some((name) => REFLECTIVE.has(name)) || hasOp(code, Op.IMPORT_STAR);
}
