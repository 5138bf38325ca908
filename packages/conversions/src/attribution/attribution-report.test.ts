import { describe, expect, test } from 'vitest';
import type { AttributionResult } from '../schema/conversion-schema.js';
import { attribute } from './attribute.js';
import { AttributionError } from './attribution-error.js';
import { attributionReport } from './attribution-report.js';

const result = (
  platform: string,
  campaign: string | null,
  model: string,
  weight: number,
): AttributionResult => ({
  platform,
  campaign,
  model,
  weight,
  touchpointId: null,
});

const conversions = [
  {
    value: 100,
    attribution: [
      result('google_ads', 'brand', 'linear', 0.5),
      result('meta', null, 'linear', 0.5),
      result('meta', null, 'last_click', 1),
    ],
  },
  { value: 40, attribution: [result('google_ads', 'brand', 'linear', 1)] },
  { value: 60, attribution: [] },
];

describe('attributionReport', () => {
  test('sums credited conversions and value per platform, campaign and model', () => {
    expect(attributionReport(conversions)).toEqual({
      rows: [
        { platform: 'meta', campaign: null, model: 'last_click', conversions: 1, value: 100, share: 1 },
        {
          platform: 'google_ads',
          campaign: 'brand',
          model: 'linear',
          conversions: 1.5,
          value: 90,
          share: 0.75,
        },
        { platform: 'meta', campaign: null, model: 'linear', conversions: 0.5, value: 50, share: 0.25 },
      ],
      unattributed: { conversions: 1, value: 60 },
    });
  });

  test('groups by any subset of dimensions', () => {
    expect(attributionReport(conversions, { by: ['model'] }).rows).toEqual([
      { model: 'last_click', conversions: 1, value: 100, share: 1 },
      { model: 'linear', conversions: 2, value: 140, share: 1 },
    ]);
    const linearOnly = conversions.map((c) => ({
      ...c,
      attribution: c.attribution.filter((r) => r.model === 'linear'),
    }));
    expect(attributionReport(linearOnly, { by: ['platform'] }).rows).toEqual([
      { platform: 'google_ads', conversions: 1.5, value: 90, share: 0.75 },
      { platform: 'meta', conversions: 0.5, value: 50, share: 0.25 },
    ]);
  });

  test('keeps a null campaign apart from a named one', () => {
    const rows = attributionReport(
      [
        {
          value: 10,
          attribution: [result('meta', null, 'linear', 0.25), result('meta', 'null', 'linear', 0.75)],
        },
      ],
      { by: ['campaign'] },
    ).rows;
    expect(rows).toEqual([
      { campaign: 'null', conversions: 0.75, value: 7.5, share: 0.75 },
      { campaign: null, conversions: 0.25, value: 2.5, share: 0.25 },
    ]);
  });

  test('refuses to mix models in one group', () => {
    let error: unknown;
    try {
      attributionReport(conversions, { by: ['platform'] });
    } catch (e) {
      error = e;
    }
    expect(AttributionError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', field: 'options.by' });
    expect((error as Error).message).toMatch(/last_click, linear/);
  });

  test('rejects an unknown dimension', () => {
    expect(() => attributionReport([], { by: ['touchpointId' as never] })).toThrow(
      /Cannot group by "touchpointId"/,
    );
  });

  test('reads the outcome of attribute, unattributed conversions included', () => {
    const outcome = attribute(
      [
        { conversionId: 'a', timestamp: '2025-03-02T00:00:00.000Z', value: 30, userId: 'p' },
        { conversionId: 'b', timestamp: '2025-03-02T00:00:00.000Z', value: 7, userId: null },
      ],
      [
        { touchpointId: 't1', platform: 'meta', timestamp: '2025-03-01T00:00:00.000Z', userId: 'p' },
        { touchpointId: 't2', platform: 'email', timestamp: '2025-03-01T12:00:00.000Z', userId: 'p' },
      ],
      { model: 'position_based', positionWeights: { first: 0.2, last: 0.6 } },
    );
    const report = attributionReport([...outcome.conversions, ...outcome.unattributed], { by: ['platform'] });
    // Two touches split 0.2 : 0.6, i.e. 1/4 and 3/4.
    expect(report.rows.map((r) => r.platform)).toEqual(['email', 'meta']);
    expect(report.rows[0]?.conversions).toBeCloseTo(0.75, 12);
    expect(report.rows[0]?.value).toBeCloseTo(22.5, 12);
    expect(report.rows[1]?.conversions).toBeCloseTo(0.25, 12);
    expect(report.rows[1]?.value).toBeCloseTo(7.5, 12);
    expect(report.unattributed).toEqual({ conversions: 1, value: 7 });
  });
});
