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
import { Op } from "../bytecode/opcodes.ts";

/** Names through which code can reach a module's namespace without naming the global. */
const REFLECTIVE = new Set([
  "globals", "vars", "locals", "dir", "getattr", "setattr", "delattr", "hasattr", "eval", "exec", "compile",
  "__import__", "__dict__", "__globals__", "f_globals", "modules", "importlib", "__main__", "builtins", "__builtins__",
]);

/** Names through which code can set attributes without naming them (or run code the scan never saw). */
const ATTRIBUTE_SETTING = new Set(["setattr", "delattr", "__setattr__", "__delattr__", "__dict__", "vars", "exec", "eval", "compile"]);

/** Assigning these changes where every attribute lookup on an object looks. */
const LOOKUP_CHANGING = new Set(["__class__", "__bases__"]);

export class PrivateNames {
  /** Per file, the global names only its top-level code touches. */
  private readonly byFile = new Map<string, Set<string>>();
  /** Attribute names some code assigns or deletes; null: any (the scan found reflection). */
  private assignedAttributes: Set<string> | null = null;

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
    for (const code of programCode) {
      const own = [...code.names].filter((name) => !excluded.has(name) && !name.startsWith("__") && (namedBy.get(name) ?? []).every((c) => c === code));
      this.byFile.set(code.filename, new Set(own));
    }
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

function isReflective(code: CodeObject): boolean {
  if (code.names.some((name) => REFLECTIVE.has(name))) return true;
  for (let i = 0; i < code.code.length; i += 2) if (code.code[i] === Op.IMPORT_STAR) return true;
  return false;
}
