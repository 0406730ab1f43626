// A canonical hash of a whole machine state: a walk of the object graph from the machine, objects
// numbered in the order the walk meets them (so equal states hash equal whatever the object
// identities), immutable shared constants named instead of walked, and what does not decide the
// future of an exploration left out: clocks and costs (explore makes no timing assumptions), the
// scheduler's queues (the explorer decides who runs), budgets and the trace. The walk feeds 32-bit
// words to the hash (no text is built) and remembers the words of strings and constants, which
// repeat in every state.

import type { CodeObject } from "../bytecode/code.ts";
import { isSharedConstant, ObjectKind, objectKind } from "../runtime/copy.ts";
import { stringWords, WordHash } from "./hash.ts";
import type { Frame } from "../vm/frames.ts";
import { PyNoneType, PyNotImplementedType, type PyBuiltinFunction, type PyType } from "../vm/values.ts";

/** Fields that do not decide what an execution can still do. */
const IGNORED = new Set([
  "config", "costs", "trace", "prng", "cores", "coreFreeAt", "runQueue", "timers", "executing", "cpuMark",
  "instructionsLeft", "localNs", "cpuNs", "sliceEndNs", "requestAtNs", "core", "waitSerial", "budget", "reserve",
  "instructions", "files", "sourceLookup", "ids", "nextId", "sleptNs", "clock", "deadline", "machine", "host",
  "interProcessOps",
]);

const Tag = {
  String: 3, True: 4, False: 5, Undefined: 6, Null: 7, BigInt: 8, Function: 9, Symbol: 10,
  Constant: 11, Ref: 12, New: 13, Open: 14, Close: 15, Items: 16, Weak: 17, View: 18, Shape: 19,
} as const;

/** Past this many remembered strings the memory is cleared (a program printing ever new text). */
const MAX_REMEMBERED_STRINGS = 200_000;

const Kind = ObjectKind;

interface Layout {
  kind: ObjectKind;
  /** The words of the constructor's name, opening each walked object. */
  name: [number, number];
  /**
   * The own keys met last at each position in objects of this prototype, with their words (null for
   * an ignored key): objects of one class mostly have the same keys in the same order, so a key is
   * told by comparing it with the one remembered (the same string, usually) instead of a lookup.
   */
  keys: string[];
  keyWords: ([number, number] | null)[];
  /** The words of `keys` as a whole, stood for the keys of an object that has exactly those. */
  shape: [number, number] | null;
}

/** Hashes machine states; keeps the words of strings and constants between states. */
export class Fingerprinter {
  private readonly strings = new Map<string, [number, number]>();
  /** Constants only (code objects, built-in types and functions): as many as the program has. */
  private readonly constants = new Map<object, [number, number]>();
  /** Per prototype (null for objects without one): how to walk its objects. */
  private readonly layouts = new Map<object | null, Layout>();

  /** Reused by every walk (one at a time). */
  readonly hash = new WordHash();

  /** The canonical hash of everything reachable from `root`. */
  fingerprint(root: object): string {
    this.hash.reset();
    return new Walk(this, this.hash).run(root);
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

  layout(object: object): Layout {
    const prototype = Object.getPrototypeOf(object) as object | null;
    let layout = this.layouts.get(prototype);
    if (layout === undefined) {
      layout = { kind: objectKind(object, prototype), name: stringWords(object.constructor?.name ?? ""), keys: [], keyWords: [], shape: null };
      this.layouts.set(prototype, layout);
    }
    return layout;
  }

  /** The words naming an immutable shared constant, or null for an object to walk. */
  constantWords(object: object, kind: ObjectKind): [number, number] | null {
    if (!isSharedConstant(object, kind)) return null;
    let words = this.constants.get(object);
    if (words === undefined) {
      words = stringWords(constantName(object, kind));
      this.constants.set(object, words);
    }
    return words;
  }
}

class Walk {
  private readonly numbers = new Map<object, number>();
  private readonly pending: object[] = [];
  private readonly pendingLayouts: Layout[] = [];

  constructor(
    private readonly memory: Fingerprinter,
    private readonly hash: WordHash,
  ) {}

  run(root: object): string {
    this.value(root);
    while (this.pending.length > 0) this.fields(this.pending.pop() as object, this.pendingLayouts.pop() as Layout);
    return this.hash.digest();
  }

  private string(tag: number, text: string): void {
    const words = this.memory.stringWords(text);
    this.hash.word(tag);
    this.hash.word(words[0]);
    this.hash.word(words[1]);
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
    const layout = this.memory.layout(object);
    if (layout.kind >= Kind.Constant) {
      const constant = this.memory.constantWords(object, layout.kind);
      if (constant !== null) {
        this.hash.word(Tag.Constant);
        this.hash.word(constant[0]);
        this.hash.word(constant[1]);
        return;
      }
    }
    this.numbers.set(object, this.numbers.size);
    this.hash.word(Tag.New);
    this.pending.push(object);
    this.pendingLayouts.push(layout);
  }

  private fields(object: object, layout: Layout): void {
    this.hash.word(Tag.Open);
    this.hash.word(layout.name[0]);
    this.hash.word(layout.name[1]);
    switch (layout.kind) {
      case Kind.Array:
        this.items(object as unknown[], (object as unknown[]).length);
        break;
      case Kind.Map:
        (object as Map<unknown, unknown>).forEach(this.entry);
        break;
      case Kind.Set:
        for (const item of object as Set<unknown>) this.value(item);
        break;
      case Kind.View:
        this.string(Tag.View, String(object));
        break;
      case Kind.Weak:
        this.hash.word(Tag.Weak);
        break;
      default:
        this.record(object as Record<string, unknown>, layout);
    }
    this.hash.word(Tag.Close);
  }

  /**
   * Own fields in order, ignored ones left out; a frame's value stack only up to its stack pointer.
   * An object with exactly the keys remembered for its class names them by one shape, else one by one.
   */
  private record(object: Record<string, unknown>, layout: Layout): void {
    const keys = Object.keys(object);
    const known = layout.keys;
    if (sameKeys(keys, known)) {
      const shape = (layout.shape ??= stringWords(known.join("\0")));
      this.hash.word(Tag.Shape);
      this.hash.word(shape[0]);
      this.hash.word(shape[1]);
      for (let i = 0; i < keys.length; i++) if (layout.keyWords[i] !== null) this.field(object, keys[i] as string, layout);
      return;
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      let words: [number, number] | null;
      if (known[i] === key) words = layout.keyWords[i] as [number, number] | null;
      else {
        words = IGNORED.has(key) ? null : this.memory.stringWords(key);
        if (i <= known.length) {
          known[i] = key;
          layout.keyWords[i] = words;
          layout.shape = null;
        }
      }
      if (words === null) continue;
      this.hash.word(Tag.String);
      this.hash.word(words[0]);
      this.hash.word(words[1]);
      this.field(object, key, layout);
    }
  }

  private field(object: Record<string, unknown>, key: string, layout: Layout): void {
    if (layout.kind === Kind.Frame && key === "stack") this.items(object[key] as unknown[], (object as unknown as Frame).sp);
    else this.value(object[key]);
  }

  private items(items: readonly unknown[], length: number): void {
    this.hash.word(Tag.Items);
    this.hash.word(length);
    for (let i = 0; i < length; i++) this.value(items[i]);
  }

  /** A map's entry (bound once: forEach allocates no entry arrays, unlike for…of). */
  private readonly entry = (value: unknown, key: unknown): void => this.pair(key, value);

  private pair(key: unknown, value: unknown): void {
    this.value(key);
    this.value(value);
  }
}

function sameKeys(keys: readonly string[], known: readonly string[]): boolean {
  if (keys.length !== known.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== known[i]) return false;
  return true;
}

/** The name of a constant (built only the first time it is met). */
function constantName(object: object, kind: ObjectKind): string {
  if (kind === Kind.Plain) {
    const code = object as CodeObject;
    return `c${code.filename}:${code.qualname}:${code.firstLineNo}`;
  }
  if (kind === Kind.Type) return `t${(object as PyType).name}`;
  if (kind === Kind.Builtin) return `b${(object as PyBuiltinFunction).qualname}.${(object as PyBuiltinFunction).name}`;
  if (object instanceof PyNoneType) return "None";
  if (object instanceof PyNotImplementedType) return "NotImplemented";
  return "Ellipsis";
}
