/** Slots per entry at most: a half-empty table keeps probe runs short. */
const MAX_LOAD = 0.5;
const INITIAL_SLOTS = 1024;
const TWO_32 = 4294967296;

/**
 * Interns non-negative integers below 2^53 (blocking keys, pattern keys) to
 * dense ids (0, 1, 2 … in order of first insertion) with open addressing over
 * typed arrays. A `Map<number, …>` boxes every key above 2^30 and costs
 * around a microsecond per operation on a million keys; this table costs a
 * hash and a probe.
 */
export class NumberTable {
  /** The keys, by id (the first `size` entries). */
  keys = new Float64Array(INITIAL_SLOTS);
  size = 0;
  /** id + 1 per slot, 0 = empty. */
  private slots = new Int32Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;

  private static hash(key: number): number {
    const lo = key >>> 0;
    const hi = (key / TWO_32) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const slots = this.slots;
    let i = NumberTable.hash(key) & this.mask;
    for (;;) {
      const e = slots[i]!;
      if (e === 0 || this.keys[e - 1] === key) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** Id of `key`, or -1 when it was never interned. */
  find(key: number): number {
    return this.slots[this.slotOf(key)]! - 1;
  }

  /** Id of `key`, giving it the next id if it is new (then `size` grows by one). */
  intern(key: number): number {
    const i = this.slotOf(key);
    const e = this.slots[i]!;
    if (e !== 0) return e - 1;
    const id = this.size++;
    if (id === this.keys.length) {
      const grown = new Float64Array(id * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[id] = key;
    this.slots[i] = id + 1;
    if (this.size > (this.mask + 1) * MAX_LOAD) this.grow();
    return id;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      let i = NumberTable.hash(this.keys[id]!) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
