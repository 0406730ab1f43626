// fork's memory copy: an identity-preserving deep copy of an object graph (shared references and
// cycles stay shared and cyclic in the copy). Immutable shared constants — code objects and the
// constants they hold, built-in types and functions, None and friends — are not copied, nor (for a
// fork) objects marked shared between processes.

import { isCodeObject } from "../bytecode/code.ts";
import { generatedFunction } from "../vm/codegen.ts";
import { Frame } from "../vm/frames.ts";
import { isProcessConstant, None, PyBuiltinFunction, PyBytes, PyEllipsisType, PyFloat, PyNoneType, PyNotImplementedType, PySet, PyTuple, PyType } from "../vm/values.ts";

/** Objects that stay one object across processes (multiprocessing's shared memory and semaphores). */
export interface SharedBetweenProcesses {
  readonly sharedBetweenProcesses: true;
}

/**
 * How a walk of a machine's graph (this copy, explore's fingerprint) treats the objects of one
 * prototype: decided once per prototype (instanceof depends on the prototype chain only).
 */
export const ObjectKind = {
  Record: 0, Array: 1, Frame: 2, Map: 3, Set: 4, View: 5, Weak: 6,
  /** Always a shared constant (None, NotImplemented, Ellipsis). */
  Constant: 7,
  /** A constant when built in (`builtin`). */
  Type: 8,
  /** A constant when not bound (`self === undefined`). */
  Builtin: 9,
  /** A plain object: a constant when it is a code object. */
  Plain: 10,
  /** A tuple, float, bytes or set: a constant when compiled code holds it (isProcessConstant). */
  Value: 11,
} as const;
export type ObjectKind = (typeof ObjectKind)[keyof typeof ObjectKind];
const Kind = ObjectKind;

export function objectKind(object: object, prototype: object | null): ObjectKind {
  if (Array.isArray(object)) return Kind.Array;
  if (object instanceof Frame) return Kind.Frame;
  if (object instanceof Map) return Kind.Map;
  if (object instanceof Set) return Kind.Set;
  if (ArrayBuffer.isView(object)) return Kind.View;
  if (object instanceof WeakMap || object instanceof WeakSet) return Kind.Weak;
  if (object instanceof PyType) return Kind.Type;
  if (object instanceof PyBuiltinFunction) return Kind.Builtin;
  if (object instanceof PyNoneType || object instanceof PyNotImplementedType || object instanceof PyEllipsisType) return Kind.Constant;
  if (object instanceof PyTuple || object instanceof PyFloat || object instanceof PyBytes || object instanceof PySet) return Kind.Value;
  if (prototype === Object.prototype) return Kind.Plain;
  return Kind.Record;
}

/** Immutable objects every machine shares (never copied, named instead of hashed), given their kind. */
export function isSharedConstant(value: object, kind: ObjectKind): boolean {
  switch (kind) {
    case Kind.Constant:
      return true;
    case Kind.Type:
      return (value as PyType).builtin;
    case Kind.Builtin:
      return (value as PyBuiltinFunction).self === undefined;
    case Kind.Plain:
      return isCodeObject(value);
    case Kind.Value:
      return isProcessConstant(value);
    default:
      return false;
  }
}

function isSharedBetweenProcesses(value: object): boolean {
  return (value as Partial<SharedBetweenProcesses>).sharedBetweenProcesses === true;
}

type Shell = unknown[] | Map<unknown, unknown> | Set<unknown> | Record<string | symbol, unknown>;

/** Per prototype (null for objects without one): its kind. A pure fact of the prototype, so shared by every copy. */
const kindsByPrototype = new WeakMap<object, ObjectKind>();

function kindOf(value: object, prototype: object | null): ObjectKind {
  if (prototype === null) return objectKind(value, null);
  let kind = kindsByPrototype.get(prototype);
  if (kind === undefined) {
    kind = objectKind(value, prototype);
    kindsByPrototype.set(prototype, kind);
  }
  return kind;
}

/** Copies a record's fields into its shell: one function per key list, so every field access is a named one. */
type RecordFill = (source: object, target: object, visit: (value: object) => unknown, frameStack: (frame: Frame) => unknown[]) => void;

interface RecordShape {
  readonly keys: readonly string[];
  /** null: the host forbids code generation. */
  readonly fill: RecordFill | null;
}

/** Past this many key lists in one class, further ones are copied by the generic loop. */
const MAX_RECORD_SHAPES = 8;
const recordShapes = new WeakMap<object, RecordShape[]>();

/** Copies everything reachable from `roots`; the memo maps each original to its copy. */
export class GraphCopier {
  private readonly memo = new Map<object, unknown>();
  private readonly pending: object[] = [];
  private readonly pendingShells: Shell[] = [];
  private readonly pendingKinds: ObjectKind[] = [];
  private readonly visitor = (value: object): unknown => this.visit(value);
  private readonly stackOf = (frame: Frame): unknown[] => this.frameStack(frame);

  /**
   * `alsoShared`: more objects to keep as they are (the fork-shares-memory misconception shares the heap).
   * `processShared`: whether objects shared between processes stay shared (a fork) or are copied too (a
   * copy of the whole machine, whose processes must share the copies).
   */
  constructor(
    private readonly alsoShared: ((value: object) => boolean) | undefined = undefined,
    private readonly processShared: "keep" | "copy" = "keep",
    /** Objects carrying this key (explore's sealed library) are kept as they are. */
    private readonly keepMarked: symbol | undefined = undefined,
  ) {}

  /** Keeps `object` as it is in the copy (like `alsoShared`, for objects known in advance). */
  share(object: object): this {
    return this.substitute(object, object);
  }

  /** Puts `replacement` (left as it is) wherever the copy would have a copy of `original`. */
  substitute(original: object, replacement: object): this {
    this.memo.set(original, replacement);
    return this;
  }

  copy<T>(value: T): T {
    const result = this.visit(value);
    while (this.pending.length > 0) {
      this.fill(this.pending.pop() as object, this.pendingShells.pop() as Shell, this.pendingKinds.pop() as ObjectKind);
    }
    return result as T;
  }

  private visit(value: unknown): unknown {
    if (typeof value !== "object" || value === null) return value; // functions are constants
    const known = this.memo.get(value);
    if (known !== undefined) return known;
    if (this.keepMarked !== undefined && (value as Record<symbol, unknown>)[this.keepMarked] !== undefined) return value;
    const prototype = Object.getPrototypeOf(value) as object | null;
    const kind = kindOf(value, prototype);
    if ((kind >= Kind.Constant && isSharedConstant(value, kind)) || (this.processShared === "keep" && isSharedBetweenProcesses(value)) || this.alsoShared?.(value) === true) {
      this.memo.set(value, value);
      return value;
    }
    let copy: Shell;
    switch (kind) {
      case Kind.View: {
        const view = (value as { slice(): unknown }).slice();
        this.memo.set(value, view);
        return view;
      }
      case Kind.Weak: {
        const fresh = value instanceof WeakMap ? new WeakMap() : new WeakSet();
        this.memo.set(value, fresh);
        return fresh;
      }
      case Kind.Array:
        copy = new Array<unknown>((value as unknown[]).length);
        break;
      case Kind.Map:
        copy = new Map();
        break;
      case Kind.Set:
        copy = new Set();
        break;
      default:
        copy = Object.create(prototype) as Record<string, unknown>;
    }
    this.memo.set(value, copy);
    this.pending.push(value);
    this.pendingShells.push(copy);
    this.pendingKinds.push(kind);
    return copy;
  }

  private fill(source: object, target: Shell, kind: ObjectKind): void {
    switch (kind) {
      case Kind.Array:
        this.fillItems(source as unknown[], target as unknown[], (source as unknown[]).length);
        return;
      case Kind.Map:
        for (const [key, value] of source as Map<unknown, unknown>) (target as Map<unknown, unknown>).set(this.visit(key), this.visit(value));
        return;
      case Kind.Set:
        for (const item of source as Set<unknown>) (target as Set<unknown>).add(this.visit(item));
        return;
      default: {
        const keys = Object.keys(source);
        const fill = recordFill(source, keys, kind);
        if (fill) fill(source, target, this.visitor, this.stackOf);
        else this.fillRecord(source as Record<string, unknown>, target as Record<string, unknown>, keys, kind);
      }
    }
  }

  private fillRecord(source: Record<string, unknown>, record: Record<string, unknown>, keys: readonly string[], kind: ObjectKind): void {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const value = source[key];
      record[key] = kind === Kind.Frame && key === "stack" ? this.frameStack(source as unknown as Frame) : typeof value === "object" && value !== null ? this.visit(value) : value;
    }
  }

  private fillItems(items: readonly unknown[], array: unknown[], length: number): void {
    for (let i = 0; i < length; i++) {
      const item = items[i];
      array[i] = typeof item === "object" && item !== null ? this.visit(item) : item;
    }
  }

  /** A frame's value stack: what lies above its stack pointer is dead (pops leave it), so None there. */
  private frameStack(frame: Frame): unknown[] {
    const stack = new Array<unknown>(frame.stack.length).fill(None);
    this.fillItems(frame.stack, stack, frame.sp);
    return stack;
  }
}

/** The generated fill for records of `source`'s prototype with these keys (null: copy them by the generic loop). */
function recordFill(source: object, keys: readonly string[], kind: ObjectKind): RecordFill | null {
  const prototype = Object.getPrototypeOf(source) as object | null;
  if (prototype === null) return null;
  let shapes = recordShapes.get(prototype);
  if (shapes === undefined) {
    shapes = [];
    recordShapes.set(prototype, shapes);
  }
  for (const shape of shapes) if (sameKeys(keys, shape.keys)) return shape.fill;
  if (shapes.length >= MAX_RECORD_SHAPES) return null;
  const fill = generateFill(keys, kind);
  shapes.push({ keys: [...keys], fill });
  return fill;
}

/** A fill reading and writing each key by name (null: the host forbids code generation). */
function generateFill(keys: readonly string[], kind: ObjectKind): RecordFill | null {
  const lines = keys.map((key) => {
    const at = `[${JSON.stringify(key)}]`;
    if (kind === Kind.Frame && key === "stack") return `t${at} = stackOf(s);`;
    return `v = s${at}; t${at} = typeof v === "object" && v !== null ? visit(v) : v;`;
  });
  return generatedFunction<RecordFill>(["s", "t", "visit", "stackOf"], `let v;\n${lines.join("\n")}`);
}

export function sameKeys(keys: readonly string[], known: readonly string[]): boolean {
  if (keys.length !== known.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== known[i]) return false;
  return true;
}
