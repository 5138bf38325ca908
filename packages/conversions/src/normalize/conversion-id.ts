import { createHash, hash } from 'node:crypto';

// One-shot crypto.hash (Node 21.7+) avoids a Hash object per record.
const sha256Hex: (text: string) => string =
  typeof hash === 'function'
    ? (text) => hash('sha256', text, 'hex')
    : (text) => createHash('sha256').update(text).digest('hex');

/**
 * Deterministic conversion id: SHA-256 over tenant, source system and source
 * record id (NUL-separated so no two triples collide by concatenation),
 * truncated to 128 bits. The same record always gets the same id, so a
 * re-sync upserts instead of duplicating.
 */
export function conversionIdFor(customerId: string, sourceSystem: string, sourceRecordId: string): string {
  const digest = sha256Hex(`${customerId}\u0000${sourceSystem}\u0000${sourceRecordId}`);
  return `cv_${digest.slice(0, 32)}`;
}
