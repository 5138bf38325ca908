import { randomInt } from 'node:crypto';

/** Slots per entry at most: a half-empty table keeps probe runs short. */
const MAX_LOAD = 0.5;
const INITIAL_SLOTS = 1024;

/**
 * Interns strings to dense ids (0, 1, 2 … in order of first insertion) with
 * open addressing over typed arrays. Preparing a million records interns
 * millions of values; with most keys seen once, a `Map<string, number>` in a
 * gigabyte heap costs one to two microseconds per insert, this table about
 * half that. Hashes are seeded per process, so crafted values cannot force
 * collisions.
 */
export class StringTable {
  /** The strings, by id. */
  readonly keys: string[] = [];
  /** Two int32 per slot: id + 1 (0 = empty), then the key's hash (probes rarely touch `keys`). */
  private slots = new Int32Array(INITIAL_SLOTS * 2);
  private mask = INITIAL_SLOTS - 1;
  private readonly seed = randomInt(2 ** 31);

  get size(): number {
    return this.keys.length;
  }

  /**
   * FNV-1a style over every UTF-16 code unit, two units per step, then a
   * murmur3 finaliser to spread the low bits. Every unit counts: values that
   * differ only in the middle (`ann.lee.1990@…`, `ann.lee.1991@…`) must not
   * share a probe run.
   */
  hash(s: string): number {
    let h = this.seed ^ 0x811c9dc5 ^ s.length;
    const pairs = s.length & ~1;
    for (let i = 0; i < pairs; i += 2) {
      h = Math.imul(h ^ (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)), 0x01000193);
      h ^= h >>> 15;
    }
    if (pairs < s.length) h = Math.imul(h ^ s.charCodeAt(pairs), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return h;
  }

  /** The slot holding `s` (hash `h`), or the empty slot where it would go. */
  private slotOf(s: string, h: number): number {
    const slots = this.slots;
    let i = h & this.mask;
    for (;;) {
      const e = slots[i * 2]!;
      if (e === 0 || (slots[i * 2 + 1] === h && this.keys[e - 1] === s)) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** Id of `s`, or -1 when it was never interned. */
  find(s: string): number {
    return this.slots[this.slotOf(s, this.hash(s)) * 2]! - 1;
  }

  /** Id of `s`, giving it the next id if it is new (then `size` grows by one). */
  intern(s: string): number {
    const h = this.hash(s);
    const i = this.slotOf(s, h);
    const e = this.slots[i * 2]!;
    if (e !== 0) return e - 1;
    const id = this.keys.length;
    this.keys.push(s);
    this.slots[i * 2] = id + 1;
    this.slots[i * 2 + 1] = h;
    if (id + 1 > (this.mask + 1) * MAX_LOAD) this.grow();
    return id;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const slots = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    const old = this.slots;
    for (let j = 0; j < old.length; j += 2) {
      const e = old[j]!;
      if (e === 0) continue;
      const h = old[j + 1]!;
      let i = h & mask;
      while (slots[i * 2] !== 0) i = (i + 1) & mask;
      slots[i * 2] = e;
      slots[i * 2 + 1] = h;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
