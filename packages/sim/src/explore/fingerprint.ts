// A canonical hash of a whole machine state: a walk of the object graph from the machine, objects
// numbered in the order the walk meets them (so equal states hash equal whatever the object
// identities), immutable shared constants named instead of walked, and what does not decide the
// future of an exploration left out: clocks and costs (explore makes no timing assumptions), the
// scheduler's queues (the explorer decides who runs), budgets and the trace. The walk feeds 32-bit
// words to the hash (no text is built) and remembers the words of strings and constants, which
// repeat in every state.

import { isCodeObject } from "../bytecode/code.ts";
import { stringWords, WordHash } from "./hash.ts";
import { Frame } from "../vm/frames.ts";
import { PyBuiltinFunction, PyEllipsisType, PyNoneType, PyNotImplementedType, PyType } from "../vm/values.ts";

/** Fields that do not decide what an execution can still do. */
const IGNORED = new Set([
  "config", "costs", "trace", "prng", "cores", "coreFreeAt", "runQueue", "timers", "executing", "cpuMark",
  "instructionsLeft", "localNs", "cpuNs", "sliceEndNs", "requestAtNs", "core", "waitSerial", "budget", "reserve",
  "instructions", "files", "sourceLookup", "ids", "nextId", "sleptNs", "clock", "deadline", "machine", "host",
  "interProcessOps",
]);

const Tag = {
  String: 3, True: 4, False: 5, Undefined: 6, Null: 7, BigInt: 8, Function: 9, Symbol: 10,
  Constant: 11, Ref: 12, New: 13, Open: 14, Close: 15, Items: 16, Weak: 17, View: 18,
} as const;

/** Past this many remembered strings the memory is cleared (a program printing ever new text). */
const MAX_REMEMBERED_STRINGS = 200_000;

/** Hashes machine states; keeps the words of strings and constants between states. */
export class Fingerprinter {
  private readonly strings = new Map<string, [number, number]>();
  /** Constants only (code objects, built-in types and functions): as many as the program has. */
  private readonly constants = new Map<object, [number, number]>();

  /** The canonical hash of everything reachable from `root`. */
  fingerprint(root: object): string {
    return new Walk(this).run(root);
  }

  stringWords(text: string): [number, number] {
    let words = this.strings.get(text);
    if (words === undefined) {
      if (this.strings.size >= MAX_REMEMBERED_STRINGS) this.strings.clear();
      words = stringWords(text);
      this.strings.set(text, words);
    }
    return words;
  }

  /** The words naming an immutable shared constant, or null for an object to walk. */
  constantWords(object: object): [number, number] | null {
    const name = constantName(object);
    if (name === undefined) return null;
    let words = this.constants.get(object);
    if (words === undefined) {
      words = stringWords(name());
      this.constants.set(object, words);
    }
    return words;
  }
}

class Walk {
  private readonly numbers = new Map<object, number>();
  private readonly hash = new WordHash();
  private readonly pending: object[] = [];

  constructor(private readonly memory: Fingerprinter) {}

  run(root: object): string {
    this.value(root);
    while (this.pending.length > 0) this.fields(this.pending.pop() as object);
    return this.hash.digest();
  }

  private string(tag: number, text: string): void {
    const [a, b] = this.memory.stringWords(text);
    this.hash.word(tag);
    this.hash.word(a);
    this.hash.word(b);
  }

  /** Emits a leaf, a reference to a numbered object, or numbers a new object for later. */
  private value(value: unknown): void {
    switch (typeof value) {
      case "number":
        this.hash.number(value);
        return;
      case "string":
        this.string(Tag.String, value);
        return;
      case "boolean":
        this.hash.word(value ? Tag.True : Tag.False);
        return;
      case "undefined":
        this.hash.word(Tag.Undefined);
        return;
      case "bigint":
        this.string(Tag.BigInt, value.toString(16));
        return;
      case "function":
        this.string(Tag.Function, value.name);
        return;
      case "symbol":
        this.string(Tag.Symbol, value.description ?? "");
        return;
    }
    if (value === null) {
      this.hash.word(Tag.Null);
      return;
    }
    this.object(value as object);
  }

  private object(object: object): void {
    const known = this.numbers.get(object);
    if (known !== undefined) {
      this.hash.word(Tag.Ref);
      this.hash.word(known);
      return;
    }
    const constant = this.memory.constantWords(object);
    if (constant !== null) {
      this.hash.word(Tag.Constant);
      this.hash.word(constant[0]);
      this.hash.word(constant[1]);
      return;
    }
    this.numbers.set(object, this.numbers.size);
    this.hash.word(Tag.New);
    this.pending.push(object);
  }

  private fields(object: object): void {
    this.string(Tag.Open, object.constructor?.name ?? "");
    if (Array.isArray(object)) this.items(object, object.length);
    else if (object instanceof Frame) this.frame(object);
    else if (object instanceof Map) for (const [k, v] of object) this.pair(k, v);
    else if (object instanceof Set) for (const item of object) this.value(item);
    else if (ArrayBuffer.isView(object)) this.string(Tag.View, String(object));
    else if (object instanceof WeakMap || object instanceof WeakSet) this.hash.word(Tag.Weak);
    else this.record(object as Record<string, unknown>);
    this.hash.word(Tag.Close);
  }

  private record(object: Record<string, unknown>): void {
    for (const key of Object.keys(object)) if (!IGNORED.has(key)) this.pair(key, object[key]);
  }

  /** A frame's value stack above its stack pointer holds stale values that do not count. */
  private frame(frame: Frame): void {
    for (const key of Object.keys(frame)) {
      if (key === "stack") this.items(frame.stack, frame.sp);
      else if (!IGNORED.has(key)) this.pair(key, (frame as unknown as Record<string, unknown>)[key]);
    }
  }

  private items(items: readonly unknown[], length: number): void {
    this.hash.word(Tag.Items);
    this.hash.word(length);
    for (let i = 0; i < length; i++) this.value(items[i]);
  }

  private pair(key: unknown, value: unknown): void {
    this.value(key);
    this.value(value);
  }
}

/**
 * Immutable objects shared by every machine: named, not walked (their identities differ between runs).
 * The name is built only the first time a constant is met.
 */
function constantName(object: object): (() => string) | undefined {
  if (isCodeObject(object)) return () => `c${object.filename}:${object.qualname}:${object.firstLineNo}`;
  if (object instanceof PyType && object.builtin) return () => `t${object.name}`;
  if (object instanceof PyBuiltinFunction && object.self === undefined) return () => `b${object.qualname}.${object.name}`;
  if (object instanceof PyNoneType) return () => "None";
  if (object instanceof PyNotImplementedType) return () => "NotImplemented";
  if (object instanceof PyEllipsisType) return () => "Ellipsis";
  return undefined;
}
