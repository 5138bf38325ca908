import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { conversionIdFor } from './conversion-id.js';
import { hash128Hex } from './hash-128.js';

describe('hash128Hex', () => {
  test('is 32 hex digits, deterministic, and depends on every code unit and the length', () => {
    expect(hash128Hex('')).toMatch(/^[0-9a-f]{32}$/);
    expect(hash128Hex('abc')).toBe(hash128Hex('abc'));
    expect(hash128Hex('abc')).not.toBe(hash128Hex('abd'));
    expect(hash128Hex('a')).not.toBe(hash128Hex('a\u0000'));
    expect(hash128Hex('abc', 1)).not.toBe(hash128Hex('abc'));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat({ max: 39 }), (text, at) => {
        fc.pre(text.length > 0);
        const i = at % text.length;
        const changed =
          text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) + 1) % 0x10000) + text.slice(i + 1);
        expect(hash128Hex(changed)).not.toBe(hash128Hex(text));
      }),
    );
  });

  test('pinned ids: a change to the hash would re-key every stored conversion, so it must be deliberate', () => {
    expect(conversionIdFor('golf-club', 'square.payments', 'pay-1')).toBe(
      'cv_de913db51e8834f14030cc72f16a7edf',
    );
    expect(conversionIdFor('t', 's', '')).toBe('cv_ded9d597ec3a7931f34819c2f34819c2');
    expect(conversionIdFor('tenant-ü', 'shopify.orders', '4502981')).toBe(
      'cv_b95820bfc5d04a345aceb643a2133d2a',
    );
    expect(conversionIdFor('', '', 'x')).toBe('cv_9ed959b2c1911994c7e6d72fc7e6d72f');
    expect(conversionIdFor('golf-club', 'square-csv.transactions', 'imq7m5zCKWaBFvWad6rqUW')).toBe(
      'cv_388d32b540212529756bda3597728933',
    );
  });

  test('no collisions over 300,000 near-identical record ids', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300_000; i++) seen.add(conversionIdFor('tenant', 'square.payments', `pay-${i}`));
    expect(seen.size).toBe(300_000);
  });

  test('one flipped input bit flips about half of the output bits (avalanche)', () => {
    let flipped = 0;
    let total = 0;
    for (let i = 0; i < 2000; i++) {
      const a = BigInt(`0x${hash128Hex(`record-${i}`)}`);
      const b = BigInt(`0x${hash128Hex(`record-${i ^ 1}`)}`);
      flipped += (a ^ b).toString(2).split('1').length - 1;
      total += 128;
    }
    expect(flipped / total).toBeGreaterThan(0.45);
    expect(flipped / total).toBeLessThan(0.55);
  });
});
