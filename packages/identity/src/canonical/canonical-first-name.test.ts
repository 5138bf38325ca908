import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalFirstName } from './canonical-first-name.js';
import { canonicalName } from './canonical-name.js';
import { NICKNAME_GROUPS_FOR_TESTS, NICKNAMES } from './nickname-table.js';

describe('canonicalFirstName', () => {
  test.each([
    ['Bob', 'robert'],
    ['ROB', 'robert'],
    ['Robbie', 'robert'],
    ['Robert', 'robert'],
    ['Liz', 'elizabeth'],
    ['Beth', 'elizabeth'],
    ['Betty', 'elizabeth'],
    ['Bill', 'william'],
    ['Will', 'william'],
    ['Wm.', 'william'],
    ['Peggy', 'margaret'],
    ['Kathryn', 'katherine'],
    ['Catherine', 'katherine'],
    ['Steve', 'stephen'],
    ['Steven', 'stephen'],
    ['Dr. Bob', 'robert'],
    ['Mrs. Liz', 'elizabeth'],
    ['Mary Beth', 'mary elizabeth'],
    ['Zoë', 'zoe'],
    ['Jack', 'jack'],
    ['Harry', 'harry'],
    ['Mr', 'mr'],
    ['정', '정'],
    ['', ''],
    ['🙂', ''],
  ])('%j → %j', (raw, expected) => {
    expect(canonicalFirstName(raw)).toBe(expected);
  });

  test('the table is large and every variant maps to exactly one formal name', () => {
    const seen = new Map<string, string>();
    for (const [formal, variants] of Object.entries(NICKNAME_GROUPS_FOR_TESTS)) {
      expect(canonicalName(formal)).toBe(formal);
      for (const variant of variants.split(' ')) {
        expect(canonicalName(variant), variant).toBe(variant);
        expect(
          seen.get(variant),
          `${variant} listed under ${formal} and ${seen.get(variant)}`,
        ).toBeUndefined();
        expect(variant in NICKNAME_GROUPS_FOR_TESTS, `${variant} is both formal and a variant`).toBe(false);
        expect(variant).not.toBe(formal);
        seen.set(variant, formal);
      }
    }
    expect(NICKNAMES.size).toBe(seen.size);
    expect(NICKNAMES.size).toBeGreaterThanOrEqual(400);
  });

  test('every variant in the table resolves to its formal name', () => {
    for (const [formal, variants] of Object.entries(NICKNAME_GROUPS_FOR_TESTS)) {
      for (const variant of variants.split(' '))
        expect(canonicalFirstName(variant.toUpperCase())).toBe(formal);
    }
  });

  test('is idempotent', () => {
    const tableWords = fc.constantFrom(...NICKNAMES.keys(), ...NICKNAMES.values(), 'mr', 'dr', 'jr');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme' }),
          fc.array(tableWords, { maxLength: 4 }).map((w) => w.join(' ')),
        ),
        (raw) => {
          const once = canonicalFirstName(raw);
          expect(canonicalFirstName(once)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });
});
