import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalDate } from './canonical-date.js';

describe('canonicalDate', () => {
  test.each([
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['1985-07-04T00:00:00Z', '1985-07-04'],
    ['1985-07-04 23:59:59+02:00', '1985-07-04'],
    ['1985/7/4', '1985-07-04'],
    ['07/04/1985', '1985-07-04'],
    ['7/4/1985', '1985-07-04'],
    ['19850704', '1985-07-04'],
    [' 12/31/1999 ', '1999-12-31'],
  ])('%j → %j', (raw, expected) => {
    expect(canonicalDate(raw)).toBe(expected);
  });

  test.each([
    '',
    '  ',
    'yesterday',
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '13/01/2024',
    '31/12/2024',
    '02/30/2024',
    '1/1/24',
    '0001-01-01',
    '9999-12-31',
    '20241301',
    '2024-1-1',
    '🙂',
  ])('rejects %j', (raw) => {
    expect(canonicalDate(raw)).toBeNull();
  });

  test('all accepted spellings of a real date agree with the calendar', () => {
    const day = 24 * 60 * 60 * 1000;
    const start = Date.UTC(1800, 0, 1);
    const span = Math.floor((Date.UTC(2199, 11, 31) - start) / day);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), (offset) => {
        const date = new Date(start + offset * day);
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-');
        expect(canonicalDate(iso)).toBe(iso);
        expect(canonicalDate(`${m}/${d}/${y}`)).toBe(iso);
        expect(canonicalDate(`${Number(m)}/${Number(d)}/${y}`)).toBe(iso);
        expect(canonicalDate(`${y}${m}${d}`)).toBe(iso);
        expect(canonicalDate(canonicalDate(iso)!)).toBe(iso);
      }),
    );
  });

  test('a day past the end of its month is always rejected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2199 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const mm = String(month).padStart(2, '0');
        expect(canonicalDate(`${year}-${mm}-${lastDay}`)).not.toBeNull();
        if (lastDay < 31) expect(canonicalDate(`${year}-${mm}-${lastDay + 1}`)).toBeNull();
      }),
    );
  });
});
