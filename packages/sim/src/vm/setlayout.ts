// CPython's set table (Objects/setobject.c), modelled only to reproduce its iteration order: open
// addressing with LINEAR_PROBES linear steps then perturbed probing, dummies on removal (never
// reused by add), resize at fill*5 >= mask*3 to the next power of two above used*4. Exact for keys
// whose CPython hash we compute (ints, floats, tuples of them); str hashes are randomised in
// CPython, so any order is one CPython could print.

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MIN_SIZE = 8;
const U64 = (1n << 64n) - 1n;

interface Slot<T> {
  hash: bigint;
  item: T;
}

const DUMMY = Symbol("dummy");

export class SetLayout<T> {
  slots: (Slot<T> | typeof DUMMY | null)[] = new Array(MIN_SIZE).fill(null);
  fill = 0;
  used = 0;

  private get mask(): number {
    return this.slots.length - 1;
  }

  /** Adds `item` (known to be absent) with its CPython hash. */
  add(item: T, hash: bigint): void {
    const mask = this.mask;
    const [index, reusesDummy] = this.probeForAdd(mask, hash);
    this.slots[index] = { hash, item };
    this.used++;
    // set_add_entry: reusing a dummy leaves `fill` alone and never resizes.
    if (reusesDummy) return;
    this.fill++;
    if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_add_entry's probe: the first empty slot, or the first dummy seen before it. */
  private probeForAdd(mask: number, hash: bigint): [number, boolean] {
    const slots = this.slots;
    const h = BigInt.asUintN(64, hash);
    let perturb = h;
    let i = Number(h & BigInt(mask));
    let freeSlot = -1;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const slot = slots[i + j];
        if (slot === null) return freeSlot >= 0 ? [freeSlot, true] : [i + j, false];
        if (slot === DUMMY && freeSlot < 0) freeSlot = i + j;
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & U64 & BigInt(mask));
    }
  }

  remove(item: T): void {
    const index = this.slots.findIndex((slot) => slot !== null && slot !== DUMMY && slot.item === item);
    if (index >= 0) {
      this.slots[index] = DUMMY;
      this.used--;
    }
  }

  clear(): void {
    this.slots = new Array(MIN_SIZE).fill(null);
    this.fill = 0;
    this.used = 0;
  }

  /** Items in table order. */
  items(): T[] {
    const out: T[] = [];
    for (const slot of this.slots) if (slot !== null && slot !== DUMMY) out.push(slot.item);
    return out;
  }

  private probeFree(slots: (Slot<T> | typeof DUMMY | null)[], mask: number, hash: bigint): number {
    const h = BigInt.asUintN(64, hash);
    let perturb = h;
    let i = Number(h & BigInt(mask));
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        if (slots[i + j] === null) return i + j;
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & U64 & BigInt(mask));
    }
  }

  /**
   * set_merge's preparation for adding `incoming` entries: grow first when they could overfill the
   * table. Returns true when this table is empty and now has `source`'s size with no dummies there,
   * so CPython copies the source's slots as they are.
   */
  prepareMerge(source: SetLayout<unknown>): boolean {
    if (source.used === 0) return false;
    if ((this.fill + source.used) * 5 >= this.mask * 3) this.resize((this.used + source.used) * 2);
    return this.fill === 0 && this.mask === source.mask && source.fill === source.used;
  }

  /** Copies `source`'s slot layout (same size, empty target), mapping its items. */
  copySlots<U>(source: SetLayout<U>, map: (item: U) => T): void {
    this.slots = source.slots.map((slot) => (slot === null || slot === DUMMY ? null : { hash: slot.hash, item: map(slot.item) }));
    this.fill = source.used;
    this.used = source.used;
  }

  /** set_insert_clean for an empty target (after prepareMerge returned false). */
  insertClean(item: T, hash: bigint): void {
    this.slots[this.probeFree(this.slots, this.mask, hash)] = { hash, item };
    this.fill++;
    this.used++;
  }

  private resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size <<= 1;
    const old = this.slots;
    const slots: (Slot<T> | typeof DUMMY | null)[] = new Array(size).fill(null);
    for (const slot of old) {
      if (slot === null || slot === DUMMY) continue;
      slots[this.probeFree(slots, size - 1, slot.hash)] = slot;
    }
    this.slots = slots;
    this.fill = this.used;
  }
}
