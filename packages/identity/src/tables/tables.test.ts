import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NumberTable } from './number-table.js';
import { StringTable } from './string-table.js';

describe('StringTable', () => {
  test('interns like a Map: dense ids in order of first insertion, find never adds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 3000 }), (values) => {
        const table = new StringTable();
        const map = new Map<string, number>();
        for (const v of values) {
          if (!map.has(v)) map.set(v, map.size);
          expect(table.intern(v)).toBe(map.get(v));
        }
        expect(table.size).toBe(map.size);
        expect(table.keys).toEqual([...map.keys()]);
        for (const [v, id] of map) expect(table.find(v)).toBe(id);
        expect(table.find('\u0000not interned\u0000')).toBe(-1);
        expect(table.size).toBe(map.size);
      }),
    );
  });

  test('long values that differ only in the middle get different hashes (no shared probe runs)', () => {
    const table = new StringTable();
    const values = Array.from(
      { length: 20_000 },
      (_, i) => `customer.loyalty.member.${String(i).padStart(6, '0')}.account@golf-club.example.com`,
    );
    const hashes = new Set(values.map((v) => table.hash(v)));
    // A 32-bit hash over 20,000 keys: a handful of collisions at most, not one bucket.
    expect(hashes.size).toBeGreaterThan(19_990);
    values.forEach((v, i) => {
      expect(table.intern(v)).toBe(i);
    });
    expect(table.find(values[12_345]!)).toBe(12_345);
  });
});

describe('NumberTable', () => {
  test('interns like a Map for integers up to 2^53', () => {
    const key = fc.oneof(fc.nat(2000), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 3000 }), (keys) => {
        const table = new NumberTable();
        const map = new Map<number, number>();
        for (const k of keys) {
          if (!map.has(k)) map.set(k, map.size);
          expect(table.intern(k)).toBe(map.get(k));
        }
        expect(table.size).toBe(map.size);
        expect([...table.keys.subarray(0, table.size)]).toEqual([...map.keys()]);
        for (const [k, id] of map) expect(table.find(k)).toBe(id);
        expect(table.find(Number.MAX_SAFE_INTEGER - 7)).toBe(map.get(Number.MAX_SAFE_INTEGER - 7) ?? -1);
      }),
    );
  });

  test('keys that differ only above bit 32 stay apart', () => {
    const table = new NumberTable();
    const keys = Array.from({ length: 5000 }, (_, i) => i * 2 ** 32 + 7);
    keys.forEach((k, i) => {
      expect(table.intern(k)).toBe(i);
    });
    expect(table.size).toBe(5000);
    expect(table.find(keys[4321]!)).toBe(4321);
    expect(table.find(7 + 5000 * 2 ** 32)).toBe(-1);
  });
});
