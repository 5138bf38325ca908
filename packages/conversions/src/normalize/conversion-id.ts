import { hash128Hex } from './hash-128.js';

/**
 * Deterministic conversion id: a 128-bit hash over tenant, source system and
 * source record id (NUL-separated so no two triples collide by
 * concatenation). The same record always gets the same id, so a re-sync
 * upserts instead of duplicating. The hash is fast and non-cryptographic:
 * ids identify records, they protect nothing.
 */
export function conversionIdFor(customerId: string, sourceSystem: string, sourceRecordId: string): string {
  return `cv_${hash128Hex(`${customerId}\u0000${sourceSystem}\u0000${sourceRecordId}`)}`;
}
