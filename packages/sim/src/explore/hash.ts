// A 128-bit hash fed with 32-bit words (four murmur3-style lanes with different seeds and constants),
// so a state's canonical description never has to be built as text. A collision would merge two
// states, so the width is chosen to make one negligible for the millions a search may visit.

const FLOAT = new Float64Array(1);
const FLOAT_WORDS = new Int32Array(FLOAT.buffer);

export class WordHash {
  /** The words fed so far, hashed at the digest in one tight loop (cheaper than four lanes per word). */
  private buffer = new Int32Array(4096);
  private length = 0;

  /** Forgets the words fed so far (the buffer is kept for the next hash). */
  reset(): void {
    this.length = 0;
  }

  word(value: number): void {
    if (this.length === this.buffer.length) {
      const bigger = new Int32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length++] = value;
  }

  /** Any number: small integers as one word, everything else as its two float64 words. */
  number(value: number): void {
    if ((value | 0) === value && !Object.is(value, -0)) {
      this.word(1);
      this.word(value);
      return;
    }
    FLOAT[0] = value;
    this.word(2);
    this.word(FLOAT_WORDS[0] as number);
    this.word(FLOAT_WORDS[1] as number);
  }

  digest(): string {
    const { buffer, length } = this;
    let h1 = 0x9e3779b1;
    let h2 = 0x85ebca77;
    let h3 = 0xc2b2ae3d;
    let h4 = 0x27d4eb2f;
    for (let i = 0; i < length; i++) {
      const value = buffer[i] as number;
      h1 = lane(h1, value, 0xcc9e2d51, 0x1b873593);
      h2 = lane(h2, value, 0x85ebca6b, 0xc2b2ae35);
      h3 = lane(h3, value, 0x2545f491, 0x9e3779b9);
      h4 = lane(h4, value, 0x165667b1, 0x27d4eb2f);
    }
    return [mix(h1 ^ length), mix(h2 + h1), mix(h3 ^ h2), mix(h4 + h3)]
      .map((h) => (h >>> 0).toString(16).padStart(8, "0"))
      .join("");
  }
}

/** Two independent 32-bit hashes of a string (fed as two words wherever the string occurs). */
export function stringWords(text: string): [number, number] {
  let a = 0x811c9dc5 ^ text.length;
  let b = 0x5bd1e995 + text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul((b << 5) + b + c, 0x165667b1);
  }
  return [mix(a), mix(b ^ a)];
}

export function hash128(text: string): string {
  const hash = new WordHash();
  const [a, b] = stringWords(text);
  hash.word(a);
  hash.word(b);
  return hash.digest();
}

function lane(h: number, value: number, c1: number, c2: number): number {
  let k = Math.imul(value, c1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, c2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finaliser: spreads every input bit over the whole word. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
