import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createDayParser, dayToIsoDate } from './day-number.js';

const parse = createDayParser(undefined);

test('calendar days agree with Date for every day from year 1 to 9999', () => {
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('0001-01-01T00:00:00Z'),
        max: new Date('9999-12-31T23:59:59Z'),
        noInvalidDate: true,
      }),
      (date) => {
        const iso = date.toISOString().slice(0, 10);
        const expected = Math.floor(date.getTime() / 86_400_000);
        expect(parse(iso)).toBe(expected);
        expect(dayToIsoDate(expected)).toBe(iso);
        expect(parse(date)).toBe(expected);
        expect(parse(date.toISOString())).toBe(expected);
      },
    ),
  );
});

test('rejects days that do not exist and strings that are not dates', () => {
  for (const bad of [
    '2025-02-29',
    '2024-02-30',
    '2025-13-01',
    '2025-04-31',
    '2025-1-01',
    '20250101',
    'soon',
    '2025-01-01T10:00',
  ]) {
    expect(parse(bad), bad).toBeNaN();
  }
  expect(parse('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
  expect(parse(new Date(Number.NaN))).toBeNaN();
  expect(parse(20250101)).toBeNaN();
});

test('instants with an offset fall on their UTC day unless a zone is given', () => {
  expect(dayToIsoDate(parse('2025-03-01T20:00:00-06:00'))).toBe('2025-03-02');
  expect(dayToIsoDate(createDayParser('America/Chicago')('2025-03-01T20:00:00-06:00'))).toBe('2025-03-01');
  expect(dayToIsoDate(createDayParser('Asia/Kolkata')('2025-03-01T20:00:00Z'))).toBe('2025-03-02');
});
