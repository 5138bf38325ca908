/**
 * Counts distinct values exactly up to a bound, then estimates them with a
 * HyperLogLog sketch (2^12 registers, about 1.6% standard error), so memory
 * stays bounded on any input. Each exactly-counted value also keeps what the
 * profiler learned about it (its type, number, format flags), so a repeated
 * value is classified once. Values first met after the switch are counted by
 * the sketch only: top-value counts then cover the values met before it.
 */
export class DistinctCounter {
  /** value → slot in the typed arrays below. */
  readonly slots = new Map<string, number>();
  counts: Int32Array;
  kinds: Uint8Array;
  numbers: Float64Array;
  /** Bit-packed flags: see column-accumulator. */
  flags: Uint16Array;
  /** Currency mark per slot, when the value had one. */
  readonly marks = new Map<number, string>();
  private registers: Uint8Array | null = null;
  private readonly limit: number;
  private lookups = 0;
  private hits = 0;

  constructor(limit: number) {
    this.limit = limit;
    const initial = Math.min(64, Math.max(1, limit));
    this.counts = new Int32Array(initial);
    this.kinds = new Uint8Array(initial);
    this.numbers = new Float64Array(initial);
    this.flags = new Uint16Array(initial);
  }

  /** Whether the count is exact (the bound was never passed). */
  get exact(): boolean {
    return this.registers === null;
  }

  /**
   * Slot of a value counted exactly, or -1. Does not count. Once past the
   * bound, a column whose values are nearly all new (ids, timestamps) stops
   * looking values up at all: only the sketch sees them.
   */
  find(value: string): number {
    if (this.registers !== null) {
      if (this.lookups >= PROBE_LOOKUPS && this.hits < PROBE_MIN_HITS) return -1;
      this.lookups++;
      const slot = this.slots.get(value);
      if (slot === undefined) return -1;
      this.hits++;
      return slot;
    }
    return this.slots.get(value) ?? -1;
  }

  /**
   * Adds a value not found by `find`, with what was learned about it.
   * Returns its slot, or -1 once the bound is passed (the sketch counts it).
   */
  insert(value: string, kind: number, num: number, flags: number, mark: string): number {
    if (this.registers === null) {
      const slot = this.slots.size;
      if (slot < this.limit) {
        if (slot === this.counts.length) this.grow();
        this.slots.set(value, slot);
        this.counts[slot] = 1;
        this.kinds[slot] = kind;
        this.numbers[slot] = num;
        this.flags[slot] = flags;
        if (mark !== '') this.marks.set(slot, mark);
        return slot;
      }
      this.registers = new Uint8Array(REGISTERS);
      for (const key of this.slots.keys()) this.hashIn(key);
    }
    this.hashIn(value);
    return -1;
  }

  /** Exact count, or the HyperLogLog estimate once the bound was passed. */
  count(): number {
    const registers = this.registers;
    if (registers === null) return this.slots.size;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < REGISTERS; i++) {
      const r = registers[i]!;
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / REGISTERS);
    let estimate = (alpha * REGISTERS * REGISTERS) / sum;
    if (estimate <= 2.5 * REGISTERS && zeros > 0) estimate = REGISTERS * Math.log(REGISTERS / zeros);
    return Math.max(this.slots.size, Math.round(estimate));
  }

  /** value → count for the exactly counted values. */
  *entries(): IterableIterator<[string, number]> {
    for (const [value, slot] of this.slots) yield [value, this.counts[slot]!];
  }

  private grow(): void {
    const size = Math.min(this.limit, this.counts.length * 2);
    const counts = new Int32Array(size);
    counts.set(this.counts);
    this.counts = counts;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const numbers = new Float64Array(size);
    numbers.set(this.numbers);
    this.numbers = numbers;
    const flags = new Uint16Array(size);
    flags.set(this.flags);
    this.flags = flags;
  }

  private hashIn(value: string): void {
    const h = hash32(value);
    const index = h >>> (32 - INDEX_BITS);
    const rest = (h << INDEX_BITS) | (1 << (INDEX_BITS - 1));
    const rank = Math.clz32(rest) + 1;
    const registers = this.registers!;
    if (rank > registers[index]!) registers[index] = rank;
  }
}

/** After the bound, this many look-ups decide whether looking up is still worth it … */
const PROBE_LOOKUPS = 512;
/** … it is when at least this many of them found a known value. */
const PROBE_MIN_HITS = 64;
const INDEX_BITS = 12;
const REGISTERS = 1 << INDEX_BITS;

/** FNV-1a over UTF-16 code units with a murmur3 finaliser for good high bits. */
function hash32(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
