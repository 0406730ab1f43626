// A deterministic PRNG (mulberry32) seeded by the run: the only source of "randomness" in a run
// (timing jitter, and each process's generator for `random`). Plain state, so a machine copy copies it.

export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = (seed * 0x9e3779b9) >>> 0 || 1;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** `ns` scaled by a factor in [1 - spread, 1 + spread]. */
  jitter(ns: number, spread = 0.1): number {
    return ns * (1 + spread * (2 * this.next() - 1));
  }
}
