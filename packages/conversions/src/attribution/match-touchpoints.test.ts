import { describe, expect, test } from 'vitest';
import { AttributionError } from './attribution-error.js';
import { matchTouchpoints } from './match-touchpoints.js';
import type { AttributableConversion, AttributableTouchpoint } from './prepare-inputs.js';

const at = (day: number, hour = 12) => new Date(Date.UTC(2025, 2, day, hour)).toISOString();

const conversion = (patch: Partial<AttributableConversion> = {}): AttributableConversion => ({
  conversionId: 'c1',
  timestamp: at(20),
  value: 100,
  userId: 'p1',
  clickIds: null,
  ...patch,
});

const touch = (touchpointId: string, day: number, patch: Partial<AttributableTouchpoint> = {}) => ({
  touchpointId,
  platform: 'meta',
  timestamp: at(day),
  userId: 'p1',
  ...patch,
});

function ids(conversions: AttributableConversion[], touchpoints: AttributableTouchpoint[], lookbackDays = 7) {
  return matchTouchpoints(conversions, touchpoints, { lookbackDays }).map((path) =>
    path.touchpoints.map((t) => `${t.touchpoint.touchpointId}:${t.matchedBy}`),
  );
}

describe('matchTouchpoints', () => {
  test('takes the person’s touchpoints within the lookback, oldest first, and none after the conversion', () => {
    const touchpoints = [
      touch('late', 21),
      touch('in-window', 15),
      touch('too-old', 12),
      touch('other-person', 18, { userId: 'p2' }),
      touch('earlier', 14),
    ];
    expect(ids([conversion()], touchpoints)).toEqual([['earlier:person', 'in-window:person']]);
  });

  test('both ends of the window are inclusive', () => {
    const touchpoints = [touch('exactly-lookback', 13), touch('same-instant', 20)];
    expect(ids([conversion()], touchpoints)).toEqual([['exactly-lookback:person', 'same-instant:person']]);
    // One millisecond later than the conversion is after it.
    const late = touch('late', 20, { timestamp: new Date(Date.parse(at(20)) + 1).toISOString() });
    expect(ids([conversion()], [late])).toEqual([[]]);
  });

  test('a click-id match joins whatever its age or person, and ends the path', () => {
    const touchpoints = [
      touch('anonymous-click', 1, { userId: null, platform: 'google_ads', clickIds: { gclid: 'G-1' } }),
      touch('person-before', 15),
      touch('after-anchor', 19, { platform: 'tiktok' }),
      touch('anchor', 18, { platform: 'google_ads', clickIds: { gclid: 'G-1' } }),
    ];
    const c = conversion({ clickIds: { gclid: 'G-1' } });
    expect(ids([c], touchpoints)).toEqual([
      ['anonymous-click:click_id', 'person-before:person', 'anchor:click_id'],
    ]);
  });

  test('a click id matches only the same kind and a touchpoint at or before the conversion', () => {
    const touchpoints = [
      touch('fb-same-value', 19, { userId: null, clickIds: { fbclid: 'X' } }),
      touch('after', 21, { userId: null, clickIds: { gclid: 'X' } }),
      touch('match', 19, { userId: null, clickIds: { gclid: 'X' } }),
    ];
    expect(ids([conversion({ userId: null, clickIds: { gclid: 'X' } })], touchpoints)).toEqual([
      ['match:click_id'],
    ]);
  });

  test('touchpoints at the same instant are ordered by touchpointId, whatever the input order', () => {
    const touchpoints = [touch('b', 15), touch('c', 15), touch('a', 15)];
    expect(ids([conversion()], touchpoints)).toEqual([['a:person', 'b:person', 'c:person']]);
    expect(ids([conversion()], touchpoints.toReversed())).toEqual([['a:person', 'b:person', 'c:person']]);
  });

  test('long histories come out in time order too', () => {
    // 20 touches three hours apart (more than the insertion-sort cutoff), given newest first.
    const touchpoints = Array.from({ length: 20 }, (_, i) =>
      touch(`t${String(i).padStart(2, '0')}`, 20, {
        timestamp: new Date(Date.parse(at(20)) - i * 3 * 3_600_000).toISOString(),
      }),
    );
    const expected = ['t19', 't18', 't17', 't16', 't15', 't14', 't13', 't12', 't11', 't10']
      .concat(['t09', 't08', 't07', 't06', 't05', 't04', 't03', 't02', 't01', 't00'])
      .map((id) => `${id}:person`);
    expect(ids([conversion()], touchpoints)).toEqual([expected]);
  });

  test('one touchpoint can be on the paths of several conversions; paths come in conversion order', () => {
    const conversions = [conversion({ conversionId: 'c2', timestamp: at(16) }), conversion()];
    expect(ids(conversions, [touch('t', 15)])).toEqual([['t:person'], ['t:person']]);
  });

  test('a conversion without person or click id gets an empty path', () => {
    expect(ids([conversion({ userId: null })], [touch('t', 15)])).toEqual([[]]);
  });

  test('returns the objects it was given', () => {
    const t = touch('t', 15);
    const c = conversion();
    const [path] = matchTouchpoints([c], [t]);
    expect(path?.conversion).toBe(c);
    expect(path?.touchpoints[0]?.touchpoint).toBe(t);
  });

  test.each([
    [
      'a duplicate touchpoint id',
      [conversion()],
      [touch('t', 1), touch('t', 2)],
      'touchpoints[1].touchpointId',
    ],
    [
      'a zone-less timestamp',
      [conversion()],
      [touch('t', 1, { timestamp: '2025-03-01T10:00:00' })],
      'touchpoints[0].timestamp',
    ],
    ['a missing platform', [conversion()], [touch('t', 1, { platform: '' })], 'touchpoints[0].platform'],
    ['a duplicate conversion id', [conversion(), conversion()], [], 'conversions[1].conversionId'],
    [
      'a conversion value that is not a number',
      [conversion({ value: Number.NaN })],
      [],
      'conversions[0].value',
    ],
    [
      'an unreadable conversion timestamp',
      [conversion({ timestamp: 'yesterday' })],
      [],
      'conversions[0].timestamp',
    ],
  ])('rejects %s, naming the field', (_name, conversions, touchpoints, field) => {
    let error: unknown;
    try {
      matchTouchpoints(conversions, touchpoints as AttributableTouchpoint[]);
    } catch (e) {
      error = e;
    }
    expect(AttributionError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_ATTRIBUTION_INPUT', field });
  });

  test('rejects a negative lookback', () => {
    expect(() => matchTouchpoints([], [], { lookbackDays: -1 })).toThrow(/lookbackDays must be/);
  });
});
