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
// A process forked from a sealed one gets a sealed library too: the first fork of each pid makes a
// template (a copy of the first process's frozen objects, frozen in turn, and boundary objects of its
// own), and every fork of that pid in any execution maps the parent's library onto it instead of
// copying it. Templates are interchangeable copies, so the pid decides which one a child takes: two
// processes of one machine never share one, and equal states use the same ones.
//
// Freezing is what makes sharing safe: a frozen object cannot be written (strict mode throws, a map's
// set/delete/clear throw), so a program that changes its library after all (monkey-patching a class)
// stops the sealed exploration, which then runs again unsealed (see exploreProgram).

import { GraphCopier, isSharedConstant, objectKind } from "../runtime/copy.ts";
import type { ForkLibrary, SimMachine } from "../runtime/machine.ts";
import type { Process } from "../runtime/process.ts";
import type { SealedRegion } from "./fingerprint.ts";
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

/** One copy of the library: the first process's, or a template for forked children. */
interface Region {
  readonly frozen: readonly object[];
  /** Where its boundary objects start in the library's list of them. */
  readonly boundaryStart: number;
}

export class SealedLibrary implements ForkLibrary, SealedRegion {
  private active: RegionOwner;
  /** Every region's boundary objects, region after region. */
  readonly boundary: object[];
  /** The boundary objects' fields when their region was made (the hash names only what differs). */
  readonly baseline: BoundaryFields[];
  private readonly regions: Region[];
  /** The region made for each forked child's pid. */
  private readonly templates = new Map<number, number>();

  private constructor(frozen: readonly object[], boundary: readonly object[], owner: RegionOwner) {
    this.active = owner;
    this.boundary = [...boundary];
    this.regions = [{ frozen, boundaryStart: 0 }];
    this.baseline = this.read();
  }

  private get frozenPerRegion(): number {
    return (this.regions[0] as Region).frozen.length;
  }

  private get boundaryPerRegion(): number {
    return this.regions.length === 1 ? this.boundary.length : (this.regions[1] as Region).boundaryStart;
  }

  /**
   * Seals the library of `machine`'s first process (whose execution, `owner`, keeps running on it), or
   * null when the library holds something that cannot be sealed.
   */
  static seal(machine: SimMachine, modules: ModuleKinds, owner: RegionOwner): SealedLibrary | null {
    // The first process's library. A process forked from it gets a template (prepareFork), or under the
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
    found.boundary.forEach((object, i) => markBoundary(object, i));
    owner.boundaryFields = null;
    const library = new SealedLibrary(found.frozen, found.boundary, owner);
    machine.forkLibrary = library;
    return library;
  }

  /**
   * Before a fork copies `parent`'s heap for the child `childPid`: when the parent's library is sealed,
   * `copier` maps it onto the child's template, and the returned function (run once the heap is copied)
   * gives the template's boundary objects copies of the parent's values.
   */
  prepareFork(parent: Process, childPid: number, copier: GraphCopier): (() => void) | null {
    const from = this.regionOf(parent);
    if (from === null) return null;
    const to = this.regions[this.templateFor(childPid)] as Region;
    from.frozen.forEach((object, i) => copier.substitute(object, to.frozen[i] as object));
    const count = this.boundaryPerRegion;
    for (let j = 0; j < count; j++) copier.substitute(this.boundary[from.boundaryStart + j] as object, this.boundary[to.boundaryStart + j] as object);
    return () => {
      for (let j = 0; j < count; j++) {
        const fields = read(this.boundary[from.boundaryStart + j] as object);
        write(this.boundary[to.boundaryStart + j] as object, { keys: fields.keys, values: copier.copy(fields.values) });
      }
    };
  }

  /** The boundary objects the processes of `machine` run on, with their baselines (what its hash walks). */
  inUse(machine: SimMachine): SealedRegion {
    if (this.regions.length === 1) return this;
    const count = this.boundaryPerRegion;
    const boundary: object[] = [];
    const baseline: BoundaryFields[] = [];
    const seen = new Set<Region>();
    for (const process of machine.processes) {
      if (process.status !== "running") continue; // its interpreter is left out of the hash (deadHeaps)
      const region = this.regionOf(process);
      if (region === null || seen.has(region)) continue;
      seen.add(region);
      boundary.push(...this.boundary.slice(region.boundaryStart, region.boundaryStart + count));
      baseline.push(...this.baseline.slice(region.boundaryStart, region.boundaryStart + count));
    }
    return { boundary, baseline };
  }

  /** The region whose library `process` runs on (null: its library is its own, unsealed). */
  private regionOf(process: Process): Region | null {
    const sys = process.vm.loader.modules.get("sys");
    const number = sys ? sealedNumber(sys) : undefined;
    return number === undefined || number < 0 ? null : (this.regions[Math.floor(number / this.frozenPerRegion)] ?? null);
  }

  /**
   * The region for a forked child with this pid, made the first time: copies of the first region's
   * frozen objects, frozen, and new boundary objects holding copies of its baseline.
   */
  private templateFor(pid: number): number {
    const known = this.templates.get(pid);
    if (known !== undefined) return known;
    const index = this.regions.length;
    const count = this.boundaryPerRegion;
    // The first region's boundary objects hold the running machine's values, not the baseline: new
    // ones stand in for them, so the copies of the frozen objects refer to those.
    const copier = new GraphCopier();
    const boundary = this.boundary.slice(0, count).map((object) => {
      const fresh = object instanceof Map ? new Map() : (Object.create(Object.getPrototypeOf(object) as object | null) as object);
      copier.substitute(object, fresh);
      return fresh;
    });
    const frozen = copier.copy((this.regions[0] as Region).frozen);
    const baseline = this.baseline.slice(0, count).map(({ keys, values }) => ({ keys, values: copier.copy(values) }));
    frozen.forEach((object, i) => freeze(object, index * frozen.length + i));
    boundary.forEach((object, j) => {
      markBoundary(object, this.boundary.length + j);
      write(object, baseline[j] as BoundaryFields);
    });
    this.regions.push({ frozen, boundaryStart: this.boundary.length });
    this.boundary.push(...boundary);
    this.baseline.push(...baseline);
    this.templates.set(pid, index);
    return index;
  }

  /**
   * Puts `owner`'s values into the boundary objects, keeping those of the owner that ran before. Most
   * boundary objects hold the same values in both (a module namespace rarely changes): those are
   * neither read nor written, and both owners share one record of them (records are never changed).
   */
  activate(owner: RegionOwner): void {
    if (this.active === owner) return;
    // An owner whose fields were read before a region was made has that region's baseline.
    const incoming = owner.boundaryFields as BoundaryFields[];
    this.active.boundaryFields = this.boundary.map((object, i) => {
      const fields = incoming[i] ?? (this.baseline[i] as BoundaryFields);
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

function markBoundary(object: object, index: number): void {
  Object.defineProperty(object, SEALED, { value: -1 - index });
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
