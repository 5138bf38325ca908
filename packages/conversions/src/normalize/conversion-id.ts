import { createHash } from 'node:crypto';

/**
 * Deterministic conversion id: SHA-256 over tenant, source system and source
 * record id (NUL-separated so no two triples collide by concatenation),
 * truncated to 128 bits. The same record always gets the same id, so a
 * re-sync upserts instead of duplicating.
 */
export function conversionIdFor(customerId: string, sourceSystem: string, sourceRecordId: string): string {
  const digest = createHash('sha256')
    .update(`${customerId}\u0000${sourceSystem}\u0000${sourceRecordId}`)
    .digest('hex');
  return `cv_${digest.slice(0, 32)}`;
}
