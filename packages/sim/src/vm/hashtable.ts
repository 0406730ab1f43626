// The table behind dict and set: insertion ordered entries plus a JS Map from a canonical key.
// Values that Python considers equal and hashable (1, 1.0, True; equal tuples; equal strings) get the
// same canonical key from the KeyPolicy; objects with a user __hash__ share a bucket key
// ("\u0002<hash>") and are told apart with the policy's `equals` (their __eq__).

import type { PyValue } from "./values.ts";
import { None as None_ } from "./values.ts";
import { SetLayout } from "./setlayout.ts";
import { SimulatorError } from "../api.ts";

export interface TableEntry {
  key: PyValue;
  value: PyValue;
  position: number;
  alive: boolean;
  /** Next entry of the same user-hash bucket. */
  next: TableEntry | null;
}

export interface KeyPolicy {
  /** Canonical key; a string starting with "\u0002" marks a user-hash bucket. Throws TypeError if unhashable. */
  canonical(key: PyValue): unknown;
  equals(a: PyValue, b: PyValue): boolean;
  /** CPython's hash of a key (sets use it to reproduce CPython's iteration order). */
  hash(key: PyValue): bigint;
}

export const BUCKET_PREFIX = "\u0002";

function isBucket(canonical: unknown): boolean {
  return typeof canonical === "string" && canonical.startsWith(BUCKET_PREFIX);
}

export class HashTable {
  entries: TableEntry[] = [];
  index = new Map<unknown, TableEntry>();
  /** Live entries (read through `size`, which a NamespaceTable brings up to date first). */
  protected count = 0;
  /** Bumped on insertion/removal of keys, so iterators can detect "changed size during iteration". */
  version = 0;
  /** Sets iterate in CPython's table order; dicts in insertion order (layout null). */
  readonly layout: SetLayout<TableEntry> | null;

  constructor(cpythonSetOrder = false) {
    this.layout = cpythonSetOrder ? new SetLayout<TableEntry>() : null;
  }

  get size(): number {
    return this.count;
  }

  /** Live entries in iteration order. */
  ordered(): TableEntry[] {
    if (this.layout) return this.layout.items();
    return this.entries.filter((entry) => entry.alive);
  }

  find(policy: KeyPolicy, key: PyValue): TableEntry | undefined {
    const canonical = policy.canonical(key);
    let entry = this.index.get(canonical);
    if (!entry || !isBucket(canonical)) return entry;
    for (; entry; entry = entry.next ?? undefined) {
      if (entry.key === key || policy.equals(entry.key, key)) return entry;
    }
    return undefined;
  }

  get(policy: KeyPolicy, key: PyValue): PyValue | undefined {
    return this.find(policy, key)?.value;
  }

  set(policy: KeyPolicy, key: PyValue, value: PyValue): void {
    const canonical = policy.canonical(key);
    const head = this.index.get(canonical);
    if (head && !isBucket(canonical)) {
      head.value = value;
      return;
    }
    for (let entry = head; entry; entry = entry.next ?? undefined) {
      if (entry.key === key || policy.equals(entry.key, key)) {
        entry.value = value;
        return;
      }
    }
    const entry: TableEntry = { key, value, position: this.entries.length, alive: true, next: head ?? null };
    this.entries.push(entry);
    this.index.set(canonical, entry);
    this.layout?.add(entry, policy.hash(key));
    this.count++;
    this.version++;
  }

  /** Removes `key`; returns the removed entry or undefined. */
  delete(policy: KeyPolicy, key: PyValue): TableEntry | undefined {
    const canonical = policy.canonical(key);
    let entry = this.index.get(canonical);
    let previous: TableEntry | null = null;
    if (entry && isBucket(canonical)) {
      while (entry && entry.key !== key && !policy.equals(entry.key, key)) {
        previous = entry;
        entry = entry.next ?? undefined;
      }
    }
    if (!entry) return undefined;
    if (previous) previous.next = entry.next;
    else if (entry.next) this.index.set(canonical, entry.next);
    else this.index.delete(canonical);
    entry.alive = false;
    this.layout?.remove(entry);
    this.count--;
    this.version++;
    if (this.entries.length > 16 && this.count * 2 < this.entries.length) this.compact();
    return entry;
  }

  /** set.update(other_set) / set(other_set): CPython's set_merge, so the slot order matches. */
  mergeSet(policy: KeyPolicy, other: HashTable): void {
    const layout = this.layout;
    const source = other.layout;
    if (!layout || !source) {
      for (const entry of other.ordered()) this.set(policy, entry.key, None_);
      return;
    }
    const wasEmpty = layout.fill === 0;
    const copy = layout.prepareMerge(source);
    const addRaw = (key: PyValue): TableEntry => {
      const canonical = policy.canonical(key);
      const entry: TableEntry = { key, value: None_, position: this.entries.length, alive: true, next: null };
      this.entries.push(entry);
      this.index.set(canonical, entry);
      this.count++;
      this.version++;
      return entry;
    };
    if (copy) {
      layout.copySlots(source, (entry) => addRaw(entry.key));
      return;
    }
    if (wasEmpty) {
      for (const entry of other.ordered()) layout.insertClean(addRaw(entry.key), policy.hash(entry.key));
      return;
    }
    for (const entry of other.ordered()) this.set(policy, entry.key, None_);
  }

  clear(): void {
    this.entries = [];
    this.index = new Map();
    this.count = 0;
    this.version++;
    this.layout?.clear();
  }

  /** The first live entry at position >= `position`. */
  entryAtOrAfter(position: number): TableEntry | undefined {
    const entries = this.entries;
    for (let i = position; i < entries.length; i++) {
      const entry = entries[i] as TableEntry;
      if (entry.alive) return entry;
    }
    return undefined;
  }

  live(): TableEntry[] {
    return this.ordered();
  }

  keys(): PyValue[] {
    return this.ordered().map((entry) => entry.key);
  }

  private compact(): void {
    this.entries = this.entries.filter((entry) => entry.alive);
    this.entries.forEach((entry, position) => (entry.position = position));
  }
}

/**
 * The table of a dict that is a live view of a namespace (globals(), an instance's __dict__): writes go
 * through to the namespace, and every read first takes in what the VM stored there meanwhile (keeping
 * each entry's position, so an iteration in progress goes on where it was).
 */
export class NamespaceTable extends HashTable {
  constructor(readonly namespace: Map<string, PyValue>) {
    super();
    this.pull();
  }

  private pull(): void {
    const namespace = this.namespace;
    for (const entry of this.entries) {
      if (entry.alive && !namespace.has(entry.key as string)) super.delete(STRING_KEYS, entry.key);
    }
    for (const [key, value] of namespace) {
      const entry = this.index.get(key);
      if (entry) entry.value = value;
      else super.set(STRING_KEYS, key, value);
    }
  }

  override get size(): number {
    this.pull();
    return this.count;
  }

  override find(policy: KeyPolicy, key: PyValue): TableEntry | undefined {
    this.pull();
    return super.find(policy, key);
  }

  override ordered(): TableEntry[] {
    this.pull();
    return super.ordered();
  }

  override entryAtOrAfter(position: number): TableEntry | undefined {
    this.pull();
    return super.entryAtOrAfter(position);
  }

  override set(policy: KeyPolicy, key: PyValue, value: PyValue): void {
    if (typeof key !== "string") throw new SimulatorError("a key that is not a str in a namespace dict (globals(), __dict__) is not supported");
    this.namespace.set(key, value);
    this.pull();
  }

  override delete(policy: KeyPolicy, key: PyValue): TableEntry | undefined {
    const entry = this.find(policy, key);
    if (entry) this.namespace.delete(entry.key as string);
    return entry && super.delete(policy, key);
  }

  override clear(): void {
    this.namespace.clear();
    super.clear();
  }
}

/** Namespace keys are str, whose canonical key is the string itself (objects.ts canonicalKey). */
const STRING_KEYS: KeyPolicy = {
  canonical: (key) => key,
  equals: (a, b) => a === b,
  hash: () => 0n,
};
