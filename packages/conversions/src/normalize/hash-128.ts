/**
 * A fast 128-bit non-cryptographic hash of a string's UTF-16 code units, in
 * the structure of MurmurHash3 x86_128 (four 32-bit lanes, multiply-rotate
 * mixing, avalanche finalizer). Deterministic on every platform. It is for
 * ids, not secrets: it resists accidental collisions (2^64 birthday bound),
 * not deliberate ones.
 */
const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Two code units per 32-bit word, little end first. */
function word(text: string, unit: number): number {
  return text.charCodeAt(unit) | (text.charCodeAt(unit + 1) << 16);
}

/** Like `word`, reading units past the end as 0 (only the tail needs it: out-of-range reads slow the loop). */
function tailWord(text: string, unit: number): number {
  const n = text.length;
  return (unit < n ? text.charCodeAt(unit) : 0) | (unit + 1 < n ? text.charCodeAt(unit + 1) << 16 : 0);
}

/** The two hex digits of every byte value. */
const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** The 8 hex digits of a 32-bit word (toString(16) + padStart is slower per call). */
function hex32(x: number): string {
  return (
    HEX_BYTES[x >>> 24]! + HEX_BYTES[(x >>> 16) & 255]! + HEX_BYTES[(x >>> 8) & 255]! + HEX_BYTES[x & 255]!
  );
}

export function hash128Hex(text: string, seed = 0): string {
  const units = text.length;
  let h1 = seed | 0;
  let h2 = seed | 0;
  let h3 = seed | 0;
  let h4 = seed | 0;
  const blocks = units - (units % 8); // 8 code units = 16 bytes per block
  for (let i = 0; i < blocks; i += 8) {
    let k1 = word(text, i);
    let k2 = word(text, i + 2);
    let k3 = word(text, i + 4);
    let k4 = word(text, i + 6);
    k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2);
    h1 ^= k1;
    h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
    k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3);
    h2 ^= k2;
    h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
    k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4);
    h3 ^= k3;
    h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
    k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1);
    h4 ^= k4;
    h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
  }
  if (blocks < units) {
    // Tail: the remaining 1–7 code units, zero-padded, mixed lane by lane.
    const k4 = tailWord(text, blocks + 6);
    const k3 = tailWord(text, blocks + 4);
    const k2 = tailWord(text, blocks + 2);
    let k1 = tailWord(text, blocks);
    if (blocks + 6 < units) h4 ^= Math.imul(rotl(Math.imul(k4, C4), 18), C1);
    if (blocks + 4 < units) h3 ^= Math.imul(rotl(Math.imul(k3, C3), 17), C4);
    if (blocks + 2 < units) h2 ^= Math.imul(rotl(Math.imul(k2, C2), 16), C3);
    k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2);
    h1 ^= k1;
  }
  h1 ^= units;
  h2 ^= units;
  h3 ^= units;
  h4 ^= units;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  return hex32(h1) + hex32(h2) + hex32(h3) + hex32(h4);
}
