// The library, sealed: most of an explored machine is the library the program imported (threading's
// classes and functions, builtins, sys …), and it never changes once imported. Copying and hashing it
// at every state would cost more than everything else together. So at the first state the explorer
// copies, the library's functions, classes, modules and the maps and arrays they own are frozen and
// shared by every copy of the machine, and the hash names them instead of walking them.
//
// The library also holds a few objects that do change — threading's `_active` dict, locks, a
// counter's cell — referenced from the frozen part. Those are boundary objects: one object shared by
// every copy too, whose fields belong to the machine that runs. Each copy keeps its own values for
// them, and the copy about to run (step, hash or be copied) first puts its values in (`activate`).
// Only one machine runs at a time in an exploration, so the shared objects always hold the values of
// the machine at hand.
//
// Freezing is what makes sharing safe: a frozen object cannot be written (strict mode throws, a map's
// set/delete/clear throw), so a program that changes its library after all (monkey-patching a class)
// stops the sealed exploration, which then runs again unsealed (see exploreProgram).

import { isSharedConstant, objectKind } from "../runtime/copy.ts";
import type { SimMachine } from "../runtime/machine.ts";
import { PyBoundMethod, PyBuiltinFunction, PyClassMethod, PyFunction, PyModule, PyProperty, PyStaticMethod, PyTuple, PyType } from "../vm/values.ts";

/** On every sealed object: its number (frozen ones ≥ 0, boundary object i is -1 - i). */
export const SEALED: unique symbol = Symbol("sealed");
type Marked = { [SEALED]?: number };

/** Thrown by a sealed map's writers: the sealed exploration cannot go on. */
export class SealBroken extends Error {}

/** Kinds whose objects the library makes once: frozen when the library holds them. */
const LIBRARY_KINDS = [PyFunction, PyType, PyModule, PyProperty, PyStaticMethod, PyClassMethod, PyTuple, PyBoundMethod, PyBuiltinFunction];

/** A boundary object's own fields as one machine has them; for a map (keys null), its entries (key, value, …). */
export interface BoundaryFields {
  keys: string[] | null;
  values: unknown[];
}

/** What an execution holds when it does not run: its values of the boundary objects' fields. */
export interface RegionOwner {
  boundaryFields: BoundaryFields[] | null;
}

export function sealedNumber(object: object): number | undefined {
  return (object as Marked)[SEALED];
}

export class SealedLibrary {
  private active: RegionOwner;
  /** The boundary objects' fields when the library was sealed (the hash names only what differs). */
  readonly baseline: readonly BoundaryFields[];

  private constructor(
    readonly boundary: readonly object[],
    owner: RegionOwner,
  ) {
    this.active = owner;
    this.baseline = this.read();
  }

  /**
   * Seals the library of `machine`'s first process (whose execution, `owner`, keeps running on it), or
   * null when the library holds something that cannot be sealed.
   */
  static seal(machine: SimMachine, modules: ModuleKinds, owner: RegionOwner): SealedLibrary | null {
    // The first process's library. A process forked from it has its own copy (unsealed), or under the
    // fork-shares-memory misconception the very same objects, which hold the machine's values either way.
    const first = machine.processes[0];
    if (!first) return null;
    const vm = first.vm;
    const programDicts = new Set<object>();
    const changing = new Set<object>();
    const roots: PyModule[] = [];
    for (const [name, module] of vm.loader.modules) {
      if (modules.program.has(name)) programDicts.add(module.dict);
      else {
        roots.push(module);
        if (modules.mayChange(name, module.dict.keys())) changing.add(module.dict);
      }
    }
    const found = classify(roots, programDicts, changing);
    if (!found) return null;
    found.frozen.forEach((object, i) => freeze(object, i));
    found.boundary.forEach((object, i) => Object.defineProperty(object, SEALED, { value: -1 - i }));
    owner.boundaryFields = null;
    return new SealedLibrary(found.boundary, owner);
  }

  /**
   * Puts `owner`'s values into the boundary objects, keeping those of the owner that ran before. Most
   * boundary objects hold the same values in both (a module namespace rarely changes): those are
   * neither read nor written, and both owners share one record of them (records are never changed).
   */
  activate(owner: RegionOwner): void {
    if (this.active === owner) return;
    const incoming = owner.boundaryFields as BoundaryFields[];
    this.active.boundaryFields = this.boundary.map((object, i) => {
      const fields = incoming[i] as BoundaryFields;
      if (holds(object, fields)) return fields;
      const current = read(object);
      write(object, fields);
      return current;
    });
    owner.boundaryFields = null;
    this.active = owner;
  }

  /** The boundary objects' fields as the active machine has them. */
  read(): BoundaryFields[] {
    return this.boundary.map(read);
  }
}

function read(object: object): BoundaryFields {
  if (object instanceof Map) {
    const values: unknown[] = [];
    object.forEach((value, key) => values.push(key, value));
    return { keys: null, values };
  }
  const keys = Object.keys(object);
  return { keys, values: keys.map((key) => (object as Record<string, unknown>)[key]) };
}

/** Whether `object` holds exactly `fields` now. */
function holds(object: object, { keys, values }: BoundaryFields): boolean {
  if (keys === null) {
    const map = object as Map<unknown, unknown>;
    if (map.size * 2 !== values.length) return false;
    let i = 0;
    for (const [key, value] of map) {
      if (key !== values[i] || value !== values[i + 1]) return false;
      i += 2;
    }
    return true;
  }
  const own = Object.keys(object);
  if (own.length !== keys.length) return false;
  for (let k = 0; k < keys.length; k++) {
    if (own[k] !== keys[k] || (object as Record<string, unknown>)[own[k] as string] !== values[k]) return false;
  }
  return true;
}

function write(object: object, { keys, values }: BoundaryFields): void {
  if (keys === null) {
    const map = object as Map<unknown, unknown>;
    map.clear();
    for (let k = 0; k < values.length; k += 2) map.set(values[k], values[k + 1]);
    return;
  }
  const record = object as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!keys.includes(key)) delete record[key];
  for (let k = 0; k < keys.length; k++) record[keys[k] as string] = values[k];
}

/** Which modules are the program's, and which library modules' namespaces may be rebound after import. */
export interface ModuleKinds {
  program: ReadonlySet<string>;
  mayChange(name: string, globals: Iterable<string>): boolean;
}

/**
 * Everything the library modules reach: objects of the library kinds, and the maps and arrays they
 * own, are frozen; other objects they reach (instances, dicts, locks, cells …) are boundary objects,
 * and so are the namespaces of modules that may be rebound (`changing`), whose values at sealing are
 * walked on. What belongs to the program (its modules' namespaces and what is defined in them) stays out.
 */
function classify(roots: readonly PyModule[], programDicts: ReadonlySet<object>, changing: ReadonlySet<object>): { frozen: object[]; boundary: object[] } | null {
  const frozen = new Set<object>(roots);
  const boundary = new Set<object>();
  const pending: object[] = [...roots];
  const visit = (child: unknown): boolean => {
    if (typeof child !== "object" || child === null || frozen.has(child) || boundary.has(child)) return true;
    if (isSharedConstant(child, objectKind(child, Object.getPrototypeOf(child) as object | null))) return true;
    // Sealed by an earlier exploration: an object all machines of this process share (the empty tuple).
    if (sealedNumber(child) !== undefined) return true;
    if (child instanceof Set || child instanceof WeakMap || child instanceof WeakSet || ArrayBuffer.isView(child)) return false;
    if (programDicts.has(child)) return false;
    if (changing.has(child)) {
      boundary.add(child);
      pending.push(child);
    } else if (Array.isArray(child) || child instanceof Map || (LIBRARY_KINDS.some((kind) => child instanceof kind) && !ownedByProgram(child, programDicts))) {
      frozen.add(child);
      pending.push(child);
    } else boundary.add(child);
    return true;
  };
  while (pending.length > 0) {
    const object = pending.pop() as object;
    if (object instanceof Map) {
      for (const [key, value] of object) if (!visit(key) || !visit(value)) return null;
    } else if (Array.isArray(object)) {
      for (const item of object) if (!visit(item)) return null;
    } else {
      for (const key of Object.keys(object)) if (!visit((object as Record<string, unknown>)[key])) return null;
    }
  }
  return { frozen: [...frozen], boundary: [...boundary] };
}

/** A function, class or module of the program: its namespace changes as the program runs. */
function ownedByProgram(object: object, programDicts: ReadonlySet<object>): boolean {
  if (object instanceof PyFunction) return programDicts.has(object.globals);
  if (object instanceof PyModule) return programDicts.has(object.dict);
  if (object instanceof PyType) return !object.builtin && [...programDicts].some((dict) => (dict as Map<string, unknown>).get("__name__") === object.module);
  if (object instanceof PyBoundMethod) return ownedByProgram(object.func as object, programDicts);
  return false;
}

function freeze(object: object, number: number): void {
  Object.defineProperty(object, SEALED, { value: number });
  if (object instanceof Map) {
    const broken = (): never => {
      throw new SealBroken("a sealed library map was written");
    };
    for (const writer of ["set", "delete", "clear"]) Object.defineProperty(object, writer, { value: broken });
  }
  Object.freeze(object);
}
