// Runtime values (ARCHITECTURE.md "Values"): int = number | bigint, bool = boolean, str = string,
// float = PyFloat, None = the None singleton, everything else an instance of a class below.
// Built-in classes get their Python type through `cls` on the prototype (set in types.ts).

import type { CodeObject } from "../bytecode/code.ts";
import { HashTable, type TableEntry } from "./hashtable.ts";

export type PyValue = number | bigint | boolean | string | PyObject;

/** Every non-primitive value. `cls` is the Python type (own field for instances, prototype for built-ins). */
export abstract class PyObject {
  declare cls: PyType;
  /**
   * Attributes of an instance of a user subclass of a built-in container (`class Cache(dict)`);
   * set only on those, so its presence also says "look for the subclass's overrides first".
   */
  declare instanceDict?: Namespace;
}

export class PyNoneType extends PyObject {}
export const None = new PyNoneType();

export class PyNotImplementedType extends PyObject {}
export const NotImplemented = new PyNotImplementedType();

export class PyEllipsisType extends PyObject {}
export const Ellipsis = new PyEllipsisType();

/**
 * An instance of a user subclass of int or str (`class Name(str)`): the built-in value it stands for,
 * with the class as `cls` and its attributes in `instanceDict` (a float subclass is a PyFloat so).
 */
export class PyBoxed extends PyObject {
  constructor(readonly value: number | bigint | string) {
    super();
  }
}

export class PyFloat extends PyObject {
  constructor(readonly value: number) {
    super();
  }
}

export class PyTuple extends PyObject {
  constructor(readonly items: readonly PyValue[]) {
    super();
  }
}

/**
 * Immutable objects every machine of this JS process shares: the constants of compiled code (code
 * objects are shared, the library's by every machine) and the empty tuple. Like code objects they are
 * never copied (a copy keeps `x is ()` true) and never sealed by an exploration (runtime/copy.ts).
 */
const processConstants = new WeakSet<object>();

/** Registers a constant of compiled code (a tuple with its items) as shared by every machine. */
export function shareConstant(value: PyValue): void {
  if (typeof value !== "object") return;
  processConstants.add(value);
  if (value instanceof PyTuple) value.items.forEach(shareConstant);
}

export function isProcessConstant(value: object): boolean {
  return processConstants.has(value);
}

export const EMPTY_TUPLE = new PyTuple([]);
shareConstant(EMPTY_TUPLE);

export class PyList extends PyObject {
  constructor(public items: PyValue[]) {
    super();
  }
}

/** dict: insertion ordered, Python hash/eq semantics (the table lives in hashtable.ts). */
export class PyDict extends PyObject {
  /** `table`: a NamespaceTable makes the dict a live view of a namespace (globals(), __dict__). */
  constructor(readonly table: HashTable = new HashTable()) {
    super();
  }
}

/** set and frozenset (`frozen`). */
export class PySet extends PyObject {
  readonly table = new HashTable(true);
  constructor(readonly frozen: boolean) {
    super();
  }
}

export class PyBytes extends PyObject {
  constructor(readonly bytes: Uint8Array) {
    super();
  }
}

export class PyRange extends PyObject {
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super();
  }
}

export class PyCell extends PyObject {
  constructor(public value: PyValue | undefined) {
    super();
  }
}

/** Attribute storage shared by instances, functions, modules and user classes. */
export type Namespace = Map<string, PyValue>;

export class PyType extends PyObject {
  mro: PyType[] = [];
  constructor(
    public name: string,
    public bases: PyType[],
    readonly dict: Namespace,
    /** Built-in types are shared constants: setting attributes on them is a TypeError. */
    readonly builtin: boolean,
    /** Which built-in layout instances use ("object", "exception", "list", …): the nearest built-in base's. */
    readonly layout: string,
  ) {
    super();
  }
  qualname = "";
  module = "builtins";
  /** Set on built-in types whose instances have no `__dict__` (object, locks, deque): no attribute can be set on them. */
  instancesHaveNoDict = false;
}

/** An instance of a user class (or of `object`). */
export class PyInstance extends PyObject {
  readonly dict: Namespace = new Map();
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
}

/** A frame summary for tracebacks: file, line and function name. */
export interface TracebackEntry {
  filename: string;
  line: number;
  name: string;
  /** The failing instruction's columns (CodeObject.positions), for the `^^^` line. */
  endLine: number;
  col: number;
  endCol: number;
  anchorLeft: number;
  anchorRight: number;
}

export class PyException extends PyInstance {
  args: PyTuple = EMPTY_TUPLE;
  traceback: TracebackEntry[] = [];
  cause: PyException | null = null;
  context: PyException | null = null;
  suppressContext = false;
  /** NameError: the names of the scopes it was raised in (locals, globals, builtins), for "Did you mean". */
  nameScopes: (readonly string[])[] | null = null;
}

export class PyFunction extends PyObject {
  readonly dict: Namespace = new Map();
  name: string;
  qualname: string;
  constructor(
    readonly code: CodeObject,
    readonly globals: Namespace,
    readonly builtins: Namespace,
    public defaults: readonly PyValue[],
    public kwdefaults: Map<string, PyValue> | null,
    readonly closure: readonly PyCell[],
  ) {
    super();
    this.name = code.name;
    this.qualname = code.qualname;
  }
}

/** Arguments of a native call: positional values and keyword arguments (null when none). */
export type NativeFn = (vm: VmContext, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue;

/** What native code may ask of the machine (implemented by the interpreter). */
export interface VmContext {
  call(callable: PyValue, args: PyValue[], kwargs?: Map<string, PyValue> | null): PyValue;
  readonly output: { write(stream: "stdout" | "stderr", text: string): void };
  readonly clock: { nowNs(): number; advance(ns: number): void };
  importModule(name: string): PyModule;
  idOf(value: PyObject): number;
  /** Runs a generator to its next yield on a nested loop: the value, or undefined when it returns. */
  resumeGenerator(gen: PyGenerator, sent?: PyValue): PyValue | undefined;
  /** super() without arguments, from the calling Python frame's __class__ cell and first argument. */
  zeroArgSuper(): PyValue;
  readonly currentLocation: { file: string; line: number };
  /** A Python exception of a built-in class, to throw (for code that cannot import exceptions.ts). */
  error(name: "RuntimeError", message: string): Error;
  /** The dict view of each namespace handed out (globals(), __dict__), so the same one comes back each time. */
  readonly namespaceViews: WeakMap<Namespace, PyDict>;
}

export class PyBuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** `self` for a bound built-in method (`[].append`). */
    readonly self: PyValue | undefined = undefined,
    readonly qualname: string = name,
  ) {
    super();
  }
}

/**
 * What a native returns to have its work finished by Python code: CALL then runs `fn(*args)` in a
 * pushed frame (so a callback in it may block, fork or be paused by the explorer) and its return value
 * is the call's result. Native callers get the value from a nested loop instead; it never reaches Python.
 */
export class TailCall extends PyObject {
  constructor(
    readonly fn: PyValue,
    readonly args: PyValue[],
  ) {
    super();
  }
}

/** Source file of the Python helpers natives tail-call (modules/builtins-extra.ts): never shown in tracebacks. */
export const HELPER_FILENAME = "<frozen _interleave_builtins>";

export class PyBoundMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super();
  }
}

export class PyModule extends PyObject {
  constructor(
    readonly name: string,
    readonly dict: Namespace,
  ) {
    super();
  }
}

export class PyProperty extends PyObject {
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue,
    readonly fdel: PyValue,
  ) {
    super();
  }
}

export class PyClassMethod extends PyObject {
  constructor(readonly func: PyValue) {
    super();
  }
}

export class PyStaticMethod extends PyObject {
  constructor(readonly func: PyValue) {
    super();
  }
}

/** super(cls, obj). */
export class PySuper extends PyObject {
  constructor(
    readonly thisClass: PyType,
    readonly obj: PyValue,
  ) {
    super();
  }
}

/** Native iterators keep their state in fields (no closures), so a machine can be copied. */
export abstract class PyIterator extends PyObject {
  /** The next value, or undefined when exhausted. */
  abstract next(vm: VmContext): PyValue | undefined;
}

export class SeqIterator extends PyIterator {
  index = 0;
  constructor(readonly seq: { readonly items: readonly PyValue[] } | string) {
    super();
  }
  next(): PyValue | undefined {
    const seq = this.seq;
    if (typeof seq === "string") {
      if (this.index >= seq.length) return undefined;
      const cp = seq.codePointAt(this.index) as number;
      const ch = String.fromCodePoint(cp);
      this.index += ch.length;
      return ch;
    }
    if (this.index >= seq.items.length) return undefined;
    return seq.items[this.index++];
  }
}

export class RangeIterator extends PyIterator {
  constructor(
    public current: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
  }
  next(): PyValue | undefined {
    const value = this.current;
    if (this.step > 0 ? value >= this.stop : value <= this.stop) return undefined;
    this.current = value + this.step;
    return value;
  }
}

/** Iterates a dict's keys, values or items, or a set's members, in table order. */
export class TableIterator extends PyIterator {
  index = 0;
  /** Sets: the entries in CPython's table order, taken at the first next(). */
  snapshot: TableEntry[] | null = null;
  /** The table's size when iteration began (-1 once a change was reported, as dictobject.c's di_used). */
  expectedSize: number;
  constructor(
    readonly table: HashTable,
    readonly mode: "keys" | "values" | "items",
  ) {
    super();
    this.expectedSize = table.size;
  }
  next(vm: VmContext): PyValue | undefined {
    if (this.index === Number.MAX_SAFE_INTEGER) return undefined;
    if (this.table.size !== this.expectedSize) {
      this.expectedSize = -1;
      throw vm.error("RuntimeError", this.table.layout ? "Set changed size during iteration" : "dictionary changed size during iteration");
    }
    if (this.table.layout) {
      this.snapshot ??= this.table.ordered();
      const item = this.snapshot[this.index++];
      return item?.key;
    }
    const entry = this.table.entryAtOrAfter(this.index);
    if (!entry) {
      this.index = Number.MAX_SAFE_INTEGER;
      return undefined;
    }
    this.index = entry.position + 1;
    if (this.mode === "keys") return entry.key;
    if (this.mode === "values") return entry.value;
    return new PyTuple([entry.key, entry.value]);
  }
}

export class ReversedIterator extends PyIterator {
  constructor(
    readonly seq: { readonly items: readonly PyValue[] },
    public index: number,
  ) {
    super();
  }
  next(): PyValue | undefined {
    if (this.index < 0 || this.index >= this.seq.items.length) return undefined;
    return this.seq.items[this.index--];
  }
}

/** dict.keys() / values() / items(): a live view of the dict's table. */
export class PyDictView extends PyObject {
  constructor(
    readonly dict: PyDict,
    readonly mode: "keys" | "values" | "items",
  ) {
    super();
  }
}

/** A generator: its suspended frame (typed loosely here; vm/frames.ts owns Frame). */
export class PyGenerator extends PyObject {
  running = false;
  finished = false;
  started = false;
  /** What its `return` gave, until a native caller turns it into StopIteration(value). */
  returnValue: PyValue = None;
  constructor(
    readonly frame: unknown,
    readonly name: string,
    readonly qualname: string,
  ) {
    super();
  }
}

export function isNone(value: PyValue): boolean {
  return value === None;
}
