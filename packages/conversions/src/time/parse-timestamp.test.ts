import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GrowthNavError } from '../errors.js';
import { parseTimestamp } from './parse-timestamp.js';
import { resolveTimeZone } from './time-zone.js';
import { ZONE_NAME_TO_IANA } from './zone-names.js';

const iso = (input: unknown, options?: Parameters<typeof parseTimestamp>[1]) =>
  parseTimestamp(input, options).toISOString();

describe('parseTimestamp', () => {
  test.each([
    ['2016-09-04T23:59:33.123Z', {}, '2016-09-04T23:59:33.123Z'],
    ['2021-10-13T19:34:33.524Z', {}, '2021-10-13T19:34:33.524Z'],
    ['2025-02-07T08:00:00.000-0800', {}, '2025-02-07T16:00:00.000Z'],
    ['2013-05-20T20:49:32.000+0000', {}, '2013-05-20T20:49:32.000Z'],
    ['2023-06-23T23:47:59-11:00', {}, '2023-06-24T10:47:59.000Z'],
    ['2022-11-21T15:12:13+05:30', {}, '2022-11-21T09:42:13.000Z'],
    ['2022-11-21T15:12:13+05', {}, '2022-11-21T10:12:13.000Z'],
    ['2019-10-30T03:30:17.883456Z', {}, '2019-10-30T03:30:17.883Z'],
    ['2025-02-01 12:12:00', { timeZone: 'America/Chicago' }, '2025-02-01T18:12:00.000Z'],
    ['2025-02-01', {}, '2025-02-01T00:00:00.000Z'],
    ['2025-02-01', { timeZone: 'Pacific Time (US & Canada)' }, '2025-02-01T08:00:00.000Z'],
    ['2025-07-01 09:00', { timeZone: 'Pacific Time (US & Canada)' }, '2025-07-01T16:00:00.000Z'],
    ['2025-02-01 8:54 AM', { timeZone: 'UTC' }, '2025-02-01T08:54:00.000Z'],
    ['2025-02-01 12:54 PM', {}, '2025-02-01T12:54:00.000Z'],
    ['2025-02-01 12:05 AM', {}, '2025-02-01T00:05:00.000Z'],
    ['02/07/2025 08:00 PM', { timeZone: 'America/New_York' }, '2025-02-08T01:00:00.000Z'],
    ['2/7/2025 8:00 am', {}, '2025-02-07T08:00:00.000Z'],
    ['02/07/25', {}, '2025-02-07T00:00:00.000Z'],
    ['13/02/2025', {}, '2025-02-13T00:00:00.000Z'],
    ['07/02/2025', { format: 'eu' }, '2025-02-07T00:00:00.000Z'],
    ['07.02.2025 14:30', { timeZone: 'Europe/Berlin' }, '2025-02-07T13:30:00.000Z'],
    ['8.9.2025 18.51', { timeZone: 'Europe/Helsinki' }, '2025-09-08T15:51:00.000Z'],
    ['19 de marzo de 2025 16:03 hs.', { timeZone: 'America/Mexico_City' }, '2025-03-19T22:03:00.000Z'],
    ['5 de março de 2025 às 14:30', { timeZone: 'UTC' }, '2025-03-05T14:30:00.000Z'],
    ['1 de enero de 2025', {}, '2025-01-01T00:00:00.000Z'],
    ['8.9.2025 klo 18.51.07', { timeZone: 'UTC' }, '2025-09-08T18:51:07.000Z'],
    ['2025/02/07 10:00', {}, '2025-02-07T10:00:00.000Z'],
    ['Feb 7, 2025 8:00 AM', { timeZone: 'America/Chicago' }, '2025-02-07T14:00:00.000Z'],
    ['February 7, 2025', {}, '2025-02-07T00:00:00.000Z'],
    ['7 Feb 2025 10:15', {}, '2025-02-07T10:15:00.000Z'],
    ['Fri, 07 Feb 2025 08:00:00 GMT', {}, '2025-02-07T08:00:00.000Z'],
    ['2025-02-07 08:00 PST', {}, '2025-02-07T16:00:00.000Z'],
    ['2025-02-07 08:00 [Europe/Paris]', {}, '2025-02-07T07:00:00.000Z'],
    ['2025-02-07 08:00 Eastern Standard Time', {}, '2025-02-07T13:00:00.000Z'],
    ['20250207', {}, '2025-02-07T00:00:00.000Z'],
    ['1700000000', {}, '2023-11-14T22:13:20.000Z'],
    ['1401286267000', {}, '2014-05-28T14:11:07.000Z'],
    [1401286267000, {}, '2014-05-28T14:11:07.000Z'],
    [1700000000, {}, '2023-11-14T22:13:20.000Z'],
    [1700000000.5, {}, '2023-11-14T22:13:20.500Z'],
    ['1700000000123456', {}, '2023-11-14T22:13:20.123Z'],
    [1401286267, { format: 'epoch_millis' }, '1970-01-17T05:14:46.267Z'],
    [
      { date: '2025-02-01', time: '12:12:00', timeZone: 'Central Time (US & Canada)' },
      {},
      '2025-02-01T18:12:00.000Z',
    ],
    [
      { date: '02/01/2025', time: '8:54 AM', timeZone: 'Pacific Time (US & Canada)' },
      {},
      '2025-02-01T16:54:00.000Z',
    ],
    [{ date: '2025-02-01', time: '', timeZone: '' }, { timeZone: 'Asia/Tokyo' }, '2025-01-31T15:00:00.000Z'],
    ['2024-02-29T12:00:00Z', {}, '2024-02-29T12:00:00.000Z'],
    ['2025-02-01T24:00:00Z', {}, '2025-02-02T00:00:00.000Z'],
    ['0099-03-04T00:00:00Z', {}, '0099-03-04T00:00:00.000Z'],
  ] as const)('%j %j → %s', (input, options, expected) => {
    expect(iso(input, options)).toBe(expected);
  });

  test('DST gap: a wall time that does not exist', () => {
    // 2025-03-09 02:30 does not exist in Chicago (clocks jump 02:00 → 03:00).
    expect(iso('2025-03-09 02:30', { timeZone: 'America/Chicago' })).toBe('2025-03-09T08:30:00.000Z'); // 03:30 CDT
    expect(iso('2025-03-09 02:30', { timeZone: 'America/Chicago', disambiguation: 'later' })).toBe(
      '2025-03-09T08:30:00.000Z',
    );
    expect(iso('2025-03-09 02:30', { timeZone: 'America/Chicago', disambiguation: 'earlier' })).toBe(
      '2025-03-09T07:30:00.000Z',
    ); // 01:30 CST
    expect(() =>
      parseTimestamp('2025-03-09 02:30', { timeZone: 'America/Chicago', disambiguation: 'reject' }),
    ).toThrow(/does not exist/);
  });

  test('DST overlap: a wall time that happens twice', () => {
    // 2025-11-02 01:30 happens twice in Chicago: first CDT (-5), then CST (-6).
    expect(iso('2025-11-02 01:30', { timeZone: 'America/Chicago' })).toBe('2025-11-02T06:30:00.000Z');
    expect(iso('2025-11-02 01:30', { timeZone: 'America/Chicago', disambiguation: 'later' })).toBe(
      '2025-11-02T07:30:00.000Z',
    );
    expect(() =>
      parseTimestamp('2025-11-02 01:30', { timeZone: 'America/Chicago', disambiguation: 'reject' }),
    ).toThrow(/twice/);
    // Southern hemisphere and half-hour zones.
    expect(iso('2025-04-06 02:30', { timeZone: 'Australia/Sydney' })).toBe('2025-04-05T15:30:00.000Z');
    // Lord Howe falls back by half an hour (02:00 +11:00 → 01:30 +10:30).
    expect(iso('2025-04-06 01:45', { timeZone: 'Australia/Lord_Howe' })).toBe('2025-04-05T14:45:00.000Z');
    expect(iso('2025-04-06 01:45', { timeZone: 'Australia/Lord_Howe', disambiguation: 'later' })).toBe(
      '2025-04-05T15:15:00.000Z',
    );
  });

  test.each([
    ['', /empty/],
    ['not a date', /unrecognised/],
    ['2025-02-30', /has no day 30/],
    ['2025-13-01', /month 13/],
    ['2025-02-01 25:00', /hour 25/],
    ['2025-02-01 10:61', /minute 61|unrecognised/],
    ['2025-02-01 13:00 PM', /hour 13 with AM\/PM/],
    ['2025-02-01 10:00 Mars/Olympus', /unknown time zone/],
    [null, /no value/],
    [Number.POSITIVE_INFINITY, /finite/],
  ])('rejects %j', (input, reason) => {
    let error: unknown;
    try {
      parseTimestamp(input);
    } catch (e) {
      error = e;
    }
    expect(GrowthNavError.isInstance(error)).toBe(true);
    expect((error as GrowthNavError).code).toBe('INVALID_TIMESTAMP');
    expect((error as Error).message).toMatch(reason);
  });

  test('an unknown option zone names the fix', () => {
    expect(() => parseTimestamp('2025-01-01', { timeZone: 'Pacific Time' })).toThrow(/IANA id such as/);
  });

  test('every zone name in the alias table resolves to a zone this runtime knows', () => {
    for (const [name, iana] of Object.entries(ZONE_NAME_TO_IANA)) {
      const zone = resolveTimeZone(name);
      expect(zone, name).not.toBeNull();
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: iana }), `${name} → ${iana}`).not.toThrow();
    }
  });
});

const zones = [
  'UTC',
  'America/Chicago',
  'America/Los_Angeles',
  'America/St_Johns',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'America/Sao_Paulo',
] as const;

/** Wall-clock fields of an instant in a zone, as Intl renders them. */
function wallText(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

describe('parseTimestamp properties', () => {
  const instant = fc
    .integer({ min: Date.UTC(1971, 0, 1) / 1000, max: Date.UTC(2037, 11, 31) / 1000 })
    .map((s) => new Date(s * 1000));

  test('RFC 3339 round-trips', () => {
    fc.assert(
      fc.property(instant, (d) => {
        expect(parseTimestamp(d.toISOString()).getTime()).toBe(d.getTime());
      }),
    );
  });

  test('epoch seconds and milliseconds round-trip, as numbers and as text', () => {
    fc.assert(
      fc.property(instant, (d) => {
        const ms = d.getTime();
        expect(parseTimestamp(ms).getTime()).toBe(ms);
        expect(parseTimestamp(String(ms / 1000)).getTime()).toBe(ms);
      }),
    );
  });

  test('a wall time rendered in a zone reads back to an instant with that wall time', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (d, zone) => {
        const wall = wallText(d, zone);
        const earlier = parseTimestamp(wall, { timeZone: zone, disambiguation: 'earlier' });
        const later = parseTimestamp(wall, { timeZone: zone, disambiguation: 'later' });
        // Outside overlaps both are the instant itself; in an overlap it is one of the two.
        expect([earlier.getTime(), later.getTime()]).toContain(d.getTime());
        expect(wallText(earlier, zone)).toBe(wall);
        expect(wallText(later, zone)).toBe(wall);
      }),
      { numRuns: 3000 },
    );
  });

  test('separate date, time and zone columns agree with the combined text', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (d, zone) => {
        const [date, time] = wallText(d, zone).split(' ') as [string, string];
        expect(parseTimestamp({ date, time, timeZone: zone }).getTime()).toBe(
          parseTimestamp(`${date} ${time}`, { timeZone: zone }).getTime(),
        );
      }),
    );
  });
});
