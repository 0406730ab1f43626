// A canonical hash of a whole machine state: a walk of the object graph from the machine, objects
// numbered in the order the walk meets them (so equal states hash equal whatever the object
// identities), immutable shared constants named instead of walked, and what does not decide the
// future of an exploration left out: clocks and costs (explore makes no timing assumptions), the
// scheduler's queues (the explorer decides who runs), budgets and the trace. The walk feeds 32-bit
// words to the hash (no text is built) and remembers what repeats in every state: the words of
// strings and constants, how to walk each prototype, and numbers for prototypes and key lists.

import type { CodeObject } from "../bytecode/code.ts";
import { isSharedConstant, ObjectKind, objectKind, sameKeys } from "../runtime/copy.ts";
import { generatedFunction } from "../vm/codegen.ts";
import { stringWords, WordHash } from "./hash.ts";
import { sealedNumber, type BoundaryFields } from "./seal.ts";
import type { Frame } from "../vm/frames.ts";
import { Machine as Vm } from "../vm/machine.ts";
import { Process } from "../runtime/process.ts";
import { PyNoneType, PyNotImplementedType, type PyBuiltinFunction, type PyType } from "../vm/values.ts";

/** A sealed library's boundary objects, and their fields when it was sealed. */
export interface SealedRegion {
  readonly boundary: readonly object[];
  readonly baseline: readonly BoundaryFields[];
}

/** Fields that do not decide what an execution can still do. */
const IGNORED = new Set([
  "config", "costs", "trace", "prng", "cores", "coreFreeAt", "runQueue", "timers", "executing", "cpuMark",
  "instructionsLeft", "localNs", "cpuNs", "sliceEndNs", "requestAtNs", "core", "waitSerial", "budget", "reserve",
  "instructions", "files", "sourceLookup", "ids", "nextId", "sleptNs", "clock", "deadline", "machine", "host",
  "interProcessOps", "choseWithoutExplorer", "forkLibrary",
]);

/**
 * Fields left out of objects of one class only. Who ran last in a process (its current thread, its
 * interpreter's thread state): every step sets them before anything reads them, so states that differ
 * only there have the same future (who ran last matters to preemption counts: the search keeps those).
 */
const IGNORED_ON = new Map<object, ReadonlySet<string>>([
  [Process.prototype, new Set(["current"])],
  [Vm.prototype, new Set(["thread"])],
]);

/** The number a left-out object is hashed as (walked objects are numbered from 0). */
const LEFT_OUT = -1;

const Tag = {
  String: 3, True: 4, False: 5, Undefined: 6, Null: 7, BigInt: 8, Function: 9, Symbol: 10,
  Constant: 11, Ref: 12, New: 13, Open: 14, Close: 15, Items: 16, Weak: 17, View: 18, Shape: 19, Sealed: 20,
} as const;

/** Past this many remembered strings the memory is cleared (a program printing ever new text). */
const MAX_REMEMBERED_STRINGS = 200_000;

const Kind = ObjectKind;

interface Layout {
  kind: ObjectKind;
  /**
   * The word opening each walked object: Open and the prototype's number (given in the order the
   * fingerprinter first meets prototypes: states are only compared within one fingerprinter).
   */
  open: number;
  /** The key lists met in objects of this prototype (a few: most classes have one), with their words. */
  shapes: Shape[];
  /** Keys not walked in objects of this prototype besides the IGNORED ones. */
  ignored: ReadonlySet<string> | undefined;
}

/**
 * An object's own keys in order and which of them to walk (ignored keys are not), with the word
 * opening such an object: Shape and a number for its prototype and walked keys (given in the order
 * the fingerprinter first meets them, as prototypes' numbers are).
 */
interface Shape {
  keys: string[];
  /** The keys walked, in order (ignored ones left out). */
  walked: string[];
  /** Where a frame's value stack is among them (-1: not a frame). */
  stackAt: number;
  open: number;
  /** Walks the walked keys of such an object in order, by name (null: the host forbids code generation). */
  walk: ShapeWalk | null;
}

/** A walk of one shape's fields: a generated function, so that each field is read by name. */
type ShapeWalk = (object: object, walk: FieldSink) => void;

/** What a generated shape walk feeds each field to. */
interface FieldSink {
  value(value: unknown): void;
  items(items: readonly unknown[], length: number): void;
}

/** Past this many key lists in one class, further ones are not remembered (looked at each time). */
const MAX_SHAPES = 8;

/** Hashes machine states; keeps the words of strings and constants between states. */
export class Fingerprinter {
  private readonly strings = new Map<string, [number, number]>();
  /** Constants only (code objects and their constants, built-in types and functions): as many as the program has. */
  private readonly constants = new Map<object, [number, number]>();
  /** Per prototype (null for objects without one): how to walk its objects. */
  private readonly layouts = new Map<object | null, Layout>();
  /** The number of each shape met: its prototype's number and walked keys. */
  private readonly shapeNumbers = new Map<string, number>();

  private readonly walkedBaselines = new WeakMap<BoundaryFields, { keys: string[]; values: unknown[] }>();

  /** Reused by every walk (one at a time). */
  readonly hash = new WordHash();

  /**
   * The canonical hash of everything reachable from `root`. With a sealed library, its frozen objects
   * and boundary objects are named by their numbers, and the boundary objects' fields (as the machine
   * at hand has them) are walked first: those that hold what they held at sealing are left out (a
   * module namespace has dozens of names, and one may change).
   */
  fingerprint(root: object, library?: SealedRegion, leftOut: readonly object[] = []): string {
    this.hash.reset();
    return new Walk(this, this.hash, leftOut).run(root, library);
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
      layout = { kind: objectKind(object, prototype), open: (this.layouts.size << 5) | Tag.Open, shapes: [], ignored: prototype === null ? undefined : IGNORED_ON.get(prototype) };
      this.layouts.set(prototype, layout);
    }
    return layout;
  }

  /** The shape of an object with these own keys (compared with the ones remembered: usually the same strings). */
  shape(keys: string[], layout: Layout): Shape {
    for (const shape of layout.shapes) if (sameKeys(keys, shape.keys)) return shape;
    const walked = keys.filter((key) => !IGNORED.has(key) && !layout.ignored?.has(key));
    const name = [layout.open, ...walked].join("\0");
    let number = this.shapeNumbers.get(name);
    if (number === undefined) {
      number = this.shapeNumbers.size;
      this.shapeNumbers.set(name, number);
    }
    const stackAt = layout.kind === Kind.Frame ? walked.indexOf("stack") : -1;
    // A shape not remembered is made again at each meeting: not worth generating a walk for.
    const remembered = layout.shapes.length < MAX_SHAPES;
    const shape = { keys, walked, stackAt, open: (number << 5) | Tag.Shape, walk: remembered ? shapeWalk(walked, stackAt) : null };
    if (remembered) layout.shapes.push(shape);
    return shape;
  }

  /** A record's fields at sealing without the ignored ones (as its hash compares them). */
  walkedFields(fields: BoundaryFields): { keys: string[]; values: unknown[] } {
    let walked = this.walkedBaselines.get(fields);
    if (walked === undefined) {
      const keys = fields.keys ?? [];
      const kept = keys.flatMap((key, i) => (IGNORED.has(key) ? [] : [i]));
      walked = { keys: kept.map((i) => keys[i] as string), values: kept.map((i) => fields.values[i]) };
      this.walkedBaselines.set(fields, walked);
    }
    return walked;
  }

  /** The words naming an immutable shared constant, or null for an object to walk. */
  constantWords(object: object, kind: ObjectKind): [number, number] | null {
    if (!isSharedConstant(object, kind)) return null;
    let words = this.constants.get(object);
    if (words === undefined) {
      // A constant of compiled code is named by when this fingerprinter first met it: equal ones of
      // different code are distinct objects (`is` tells them apart), and no name is shorter.
      words = stringWords(kind === Kind.Value ? `k${this.constants.size}` : constantName(object, kind));
      this.constants.set(object, words);
    }
    return words;
  }
}

class Walk implements FieldSink {
  private readonly numbers = new Map<object, number>();
  private walked = 0;
  private readonly pending: object[] = [];
  private readonly pendingLayouts: Layout[] = [];

  constructor(
    private readonly memory: Fingerprinter,
    private readonly hash: WordHash,
    /** Objects the hash names by a fixed word instead of walking (ended processes' interpreters). */
    leftOut: readonly object[],
  ) {
    for (const object of leftOut) this.numbers.set(object, LEFT_OUT);
  }

  run(root: object, library: SealedRegion | undefined): string {
    if (library) library.boundary.forEach((object, i) => this.changes(object, library.baseline[i] as BoundaryFields));
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
  value(value: unknown): void {
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
    const sealed = sealedNumber(object);
    if (sealed !== undefined) {
      this.hash.word(Tag.Sealed);
      this.hash.word(sealed);
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
    this.numbers.set(object, this.walked++);
    this.hash.word(Tag.New);
    this.pending.push(object);
    this.pendingLayouts.push(layout);
  }

  /**
   * A boundary object's fields that differ from `baseline`, by position (a record's ignored ones left
   * out), then how many it has: the same words for the same fields, as the baseline never changes.
   */
  private changes(object: object, baseline: BoundaryFields): void {
    const layout = this.memory.layout(object);
    this.hash.word(layout.open);
    if (layout.kind === Kind.Map) {
      let i = 0;
      (object as Map<unknown, unknown>).forEach((value, key) => {
        if (key !== baseline.values[2 * i] || !this.sameShared(value, baseline.values[2 * i + 1])) {
          this.hash.number(i);
          this.pair(key, value);
        }
        i++;
      });
      this.hash.word(Tag.Close);
      this.hash.number(i);
    } else if ((layout.kind === Kind.Record || layout.kind === Kind.Value) && baseline.keys !== null) {
      const walked = this.memory.walkedFields(baseline);
      const keys = Object.keys(object);
      let i = 0;
      for (const key of keys) {
        if (IGNORED.has(key)) continue;
        const value = (object as Record<string, unknown>)[key];
        if (key !== walked.keys[i] || !this.sameShared(value, walked.values[i])) {
          this.hash.number(i);
          this.string(Tag.String, key);
          this.value(value);
        }
        i++;
      }
      this.hash.word(Tag.Close);
      this.hash.number(i);
    } else this.fields(object, layout);
  }

  /**
   * Whether a boundary field holds what it held at sealing, and that needs no walk: a primitive value, a
   * sealed object or a shared constant. An object of the machine's own is walked even then, as copies
   * of the machine have copies of it, and equal states must hash equal whichever machine they are in.
   */
  private sameShared(value: unknown, atSealing: unknown): boolean {
    if (value !== atSealing) return false;
    if (typeof value !== "object" || value === null || sealedNumber(value) !== undefined) return true;
    const { kind } = this.memory.layout(value);
    return kind >= Kind.Constant && isSharedConstant(value, kind);
  }

  /** An object's contents, opened by a word naming its prototype (a record's shape names it too). */
  private fields(object: object, layout: Layout): void {
    switch (layout.kind) {
      case Kind.Array:
        this.hash.word(layout.open);
        this.items(object as unknown[], (object as unknown[]).length);
        break;
      case Kind.Map:
        this.hash.word(layout.open);
        (object as Map<unknown, unknown>).forEach(this.entry);
        break;
      case Kind.Set:
        this.hash.word(layout.open);
        for (const item of object as Set<unknown>) this.value(item);
        break;
      case Kind.View:
        this.hash.word(layout.open);
        this.string(Tag.View, String(object));
        break;
      case Kind.Weak:
        this.hash.word(layout.open);
        this.hash.word(Tag.Weak);
        break;
      default:
        this.record(object as Record<string, unknown>, layout);
    }
    this.hash.word(Tag.Close);
  }

  /** Own fields in order, ignored ones left out; a frame's value stack only up to its stack pointer. */
  private record(object: Record<string, unknown>, layout: Layout): void {
    const shape = this.memory.shape(Object.keys(object), layout);
    this.hash.word(shape.open);
    if (shape.walk !== null) {
      shape.walk(object, this);
      return;
    }
    const { walked, stackAt } = shape;
    for (let i = 0; i < walked.length; i++) {
      const value = object[walked[i] as string];
      if (i === stackAt) this.items(value as unknown[], (object as unknown as Frame).sp);
      else this.value(value);
    }
  }

  items(items: readonly unknown[], length: number): void {
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

/** A walk reading each walked key by name (null: the host forbids code generation). */
function shapeWalk(walked: readonly string[], stackAt: number): ShapeWalk | null {
  const lines = walked.map((key, i) => (i === stackAt ? `w.items(o.stack, o.sp);` : `w.value(o[${JSON.stringify(key)}]);`));
  return generatedFunction<ShapeWalk>(["o", "w"], lines.join("\n"));
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
