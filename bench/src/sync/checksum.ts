/**
 * An order-independent checksum of record ids (sum of 32-bit FNV-1a hashes,
 * mod 2^32, and their count), so the benchmark can prove "every record
 * exactly once" without holding 100,000 ids in memory.
 */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Checksum {
  count: number;
  sum: number;
}

export function addId(into: Checksum, id: string): void {
  into.count++;
  into.sum = (into.sum + idHash(id)) >>> 0;
}
