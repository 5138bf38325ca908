import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalName } from './canonical-name.js';

describe('canonicalName', () => {
  test.each([
    ['Mary', 'mary'],
    ['  MARY   ANN  ', 'mary ann'],
    ["  José  O'Brien-Smith ", 'jose obrien smith'],
    ['O’Neill', 'oneill'],
    ['Valéry', 'valery'],
    ['Zoë Ångström', 'zoe angstrom'],
    ['Ørsted Łukasz Strauß Æsir', 'orsted lukasz strauss aesir'],
    ['İlkay Yıldız', 'ilkay yildiz'],
    ['ǅemal', 'dzemal'],
    ['Dr. J.R.R. Tolkien', 'dr j r r tolkien'],
    ['ΓΙΏΡΓΟΣ', 'γιωργος'],
    // Non-Latin scripts stay as they are.
    ['정', '정'],
    ['김 민준', '김 민준'],
    ['Йордан', 'йордан'],
    ['देवनागरी', 'देवनागरी'],
    ['ガブリエル', 'ガブリエル'],
    ['ﾊﾝｶｸ', 'ハンカク'],
    ['محمد', 'محمد'],
    // Emoji and symbols are separators, never letters.
    ['👍🏽 Bob 👨‍👩‍👧 🇺🇸', 'bob'],
    ['Ann ❤️ Lee', 'ann lee'],
    ['Bob™ ©Smith', 'bob smith'],
    // Junk.
    ['', ''],
    ['   ', ''],
    ['—', ''],
    ['😀😀', ''],
    ['\u0000\u200b', ''],
    ['\u0301abc', 'abc'],
    ['Z̶̡͉a̵l̸g̴o', 'zalgo'],
  ])('%j → %j', (raw, expected) => {
    expect(canonicalName(raw)).toBe(expected);
  });

  test('non-string input gives an empty name', () => {
    expect(canonicalName(null as unknown as string)).toBe('');
  });

  test('is idempotent, trimmed, single-spaced and lowercase for any Unicode input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (raw) => {
        const once = canonicalName(raw);
        expect(canonicalName(once)).toBe(once);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/\s\s|[\t\n\r]/);
        expect(once).toBe(once.toLowerCase());
        expect(once).not.toMatch(/\p{Extended_Pictographic}/u);
      }),
      { numRuns: 500 },
    );
  });

  test('accents never distinguish two Latin spellings', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,10}$/), (plain) => {
        const accented = [...plain].map((c) => (/[aeiou]/.test(c) ? `${c}\u0301` : c)).join('');
        expect(canonicalName(accented.normalize('NFC').toUpperCase())).toBe(plain);
      }),
    );
  });
});
