// fork's memory copy: an identity-preserving deep copy of an object graph (shared references and
// cycles stay shared and cyclic in the copy). Immutable shared constants — code objects, built-in
// types and functions, None and friends — are not copied, nor (for a fork) objects marked shared
// between processes.

import { isCodeObject } from "../bytecode/code.ts";
import { PyBuiltinFunction, PyEllipsisType, PyNoneType, PyNotImplementedType, PyType } from "../vm/values.ts";

/** Objects that stay one object across processes (multiprocessing's shared memory and semaphores). */
export interface SharedBetweenProcesses {
  readonly sharedBetweenProcesses: true;
}

/** Immutable objects every machine shares: never copied. */
function isConstant(value: object): boolean {
  if (value instanceof PyType) return value.builtin;
  if (value instanceof PyBuiltinFunction) return value.self === undefined;
  if (value instanceof PyNoneType || value instanceof PyNotImplementedType || value instanceof PyEllipsisType) return true;
  if (typeof value === "function") return true;
  return isCodeObject(value);
}

function isSharedBetweenProcesses(value: object): boolean {
  return (value as Partial<SharedBetweenProcesses>).sharedBetweenProcesses === true;
}

type Shell = unknown[] | Map<unknown, unknown> | Set<unknown> | Record<string | symbol, unknown>;

/** Copies everything reachable from `roots`; the memo maps each original to its copy. */
export class GraphCopier {
  private readonly memo = new Map<object, unknown>();
  private readonly pending: [object, Shell][] = [];

  /**
   * `alsoShared`: more objects to keep as they are (the fork-shares-memory misconception shares the heap).
   * `processShared`: whether objects shared between processes stay shared (a fork) or are copied too (a
   * copy of the whole machine, whose processes must share the copies).
   */
  constructor(
    private readonly alsoShared: (value: object) => boolean = () => false,
    private readonly processShared: "keep" | "copy" = "keep",
  ) {}

  copy<T>(value: T): T {
    const result = this.visit(value);
    while (this.pending.length > 0) {
      const [source, target] = this.pending.pop() as [object, Shell];
      this.fill(source, target);
    }
    return result as T;
  }

  private visit(value: unknown): unknown {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
    const object = value as object;
    const known = this.memo.get(object);
    if (known !== undefined) return known;
    if (isConstant(object) || (this.processShared === "keep" && isSharedBetweenProcesses(object)) || this.alsoShared(object)) {
      this.memo.set(object, object);
      return object;
    }
    if (ArrayBuffer.isView(object)) {
      const copy = (object as unknown as { slice(): unknown }).slice();
      this.memo.set(object, copy);
      return copy;
    }
    if (object instanceof WeakMap || object instanceof WeakSet) {
      const fresh = object instanceof WeakMap ? new WeakMap() : new WeakSet();
      this.memo.set(object, fresh);
      return fresh;
    }
    const shell = this.shellOf(object);
    this.memo.set(object, shell);
    this.pending.push([object, shell]);
    return shell;
  }

  private shellOf(object: object): Shell {
    if (Array.isArray(object)) return new Array<unknown>(object.length);
    if (object instanceof Map) return new Map();
    if (object instanceof Set) return new Set();
    return Object.create(Object.getPrototypeOf(object) as object) as Record<string, unknown>;
  }

  private fill(source: object, target: Shell): void {
    if (Array.isArray(source)) {
      const array = target as unknown[];
      for (let i = 0; i < source.length; i++) array[i] = this.visit(source[i]);
    } else if (source instanceof Map) {
      for (const [key, value] of source) (target as Map<unknown, unknown>).set(this.visit(key), this.visit(value));
    } else if (source instanceof Set) {
      for (const item of source) (target as Set<unknown>).add(this.visit(item));
    } else {
      const record = target as Record<string, unknown>;
      for (const key of Object.keys(source)) record[key] = this.visit((source as Record<string, unknown>)[key]);
    }
  }
}
