import { describe, expect, test } from 'vitest';
import { type Conversion, conversionSchema } from '../schema/conversion-schema.js';
import { attribute } from './attribute.js';
import { AttributionError } from './attribution-error.js';
import type { AttributableConversion, AttributableTouchpoint } from './prepare-inputs.js';
import { touchpointSchema } from './touchpoint-schema.js';

const at = (day: number) => new Date(Date.UTC(2025, 2, day, 12)).toISOString();

function tp(
  touchpointId: string,
  platform: string,
  day: number,
  userId: string | null,
  campaign: string | null = null,
) {
  return { touchpointId, platform, campaign, timestamp: at(day), userId } satisfies AttributableTouchpoint;
}

const conv = (
  conversionId: string,
  day: number,
  userId: string | null,
  value = 100,
): AttributableConversion => ({
  conversionId,
  timestamp: at(day),
  value,
  userId,
});

/** Weights of each attributed conversion as `touchpointId → weight`. */
function weightsById(outcome: ReturnType<typeof attribute>) {
  return Object.fromEntries(
    outcome.conversions.map((c) => [
      c.conversionId,
      Object.fromEntries(c.attribution.map((r) => [r.touchpointId, r.weight])),
    ]),
  );
}

function expectWeights(actual: Record<string, number> | undefined, expected: Record<string, number>) {
  expect(Object.keys(actual ?? {}).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, weight] of Object.entries(expected)) expect(actual?.[id]).toBeCloseTo(weight, 12);
}

describe('attribute: markov', () => {
  // The published three-path example: C1 > C2 > C3 converts, C1 does not, C2 > C3 does not.
  const convertingTouchpoints = [tp('a1', 'C1', 1, 'A'), tp('a2', 'C2', 2, 'A'), tp('a3', 'C3', 3, 'A')];

  test('three-path example with derived non-converting journeys: C1 0.2, C2 0.4, C3 0.4', () => {
    const touchpoints = [
      ...convertingTouchpoints,
      tp('b1', 'C1', 1, 'B'),
      tp('c1', 'C2', 1, 'C'),
      tp('c2', 'C3', 2, 'C'),
    ];
    const outcome = attribute([conv('x', 4, 'A')], touchpoints, { model: 'markov' });
    expectWeights(weightsById(outcome).x, { a1: 0.2, a2: 0.4, a3: 0.4 });
    expect(outcome.markov).toMatchObject({
      channelGrouping: 'platform',
      nonConvertingSource: 'derived',
      convertingPaths: 1,
      nonConvertingPaths: 2,
    });
    expect(outcome.markov?.conversionProbability).toBeCloseTo(1 / 3, 12);
    expect(
      outcome.markov?.channels.map((c) => [c.platform, c.campaign, Number(c.share.toFixed(12))]),
    ).toEqual([
      ['C1', null, 0.2],
      ['C2', null, 0.4],
      ['C3', null, 0.4],
    ]);
  });

  test('three-path example with the non-converting paths given', () => {
    const outcome = attribute([conv('x', 4, 'A')], convertingTouchpoints, {
      model: 'markov',
      nonConvertingPaths: [[{ platform: 'C1' }], [{ platform: 'C2' }, { platform: 'C3' }]],
    });
    expectWeights(weightsById(outcome).x, { a1: 0.2, a2: 0.4, a3: 0.4 });
    expect(outcome.markov?.nonConvertingSource).toBe('given');
    expect(outcome.conversions[0]?.attribution.every((r) => r.model === 'markov')).toBe(true);
  });

  test('a path holding only some channels renormalises their shares', () => {
    // Chain: start→C1 2, →C2 1, →C3 1; C1→C2, C1→null; C2→C3 ×2; C3→conv ×2, C3→null.
    // Removal effects C1 1/3, C2 2/3, C3 1, so shares 1/6, 1/3, 1/2.
    const touchpoints = [...convertingTouchpoints, tp('y3', 'C3', 3, 'Y')];
    const outcome = attribute([conv('x', 4, 'A'), conv('y', 4, 'Y')], touchpoints, {
      model: 'markov',
      nonConvertingPaths: [[{ platform: 'C1' }], [{ platform: 'C2' }, { platform: 'C3' }]],
    });
    const weights = weightsById(outcome);
    expectWeights(weights.x, { a1: 1 / 6, a2: 1 / 3, a3: 1 / 2 });
    expectWeights(weights.y, { y3: 1 });
  });

  test('a channel’s part is split evenly over its touches in the path', () => {
    // Converting A > A > B, not converting B: removal effects A 1/2, B 1, shares 1/3 and 2/3.
    const touchpoints = [tp('t1', 'A', 1, 'p'), tp('t2', 'A', 2, 'p'), tp('t3', 'B', 3, 'p')];
    const outcome = attribute([conv('x', 4, 'p')], touchpoints, {
      model: 'markov',
      nonConvertingPaths: [[{ platform: 'B' }]],
    });
    expectWeights(weightsById(outcome).x, { t1: 1 / 6, t2: 1 / 6, t3: 2 / 3 });
  });

  test('channels can be platform and campaign', () => {
    const touchpoints = [
      tp('t1', 'google_ads', 1, 'p', 'brand'),
      tp('t2', 'google_ads', 2, 'p', 'generic'),
      tp('t3', 'google_ads', 1, 'q', 'generic'),
    ];
    // start→brand→generic→conv and start→generic→null: removal effects brand 1/2, generic 1.
    const byCampaign = attribute([conv('x', 3, 'p')], touchpoints, {
      model: 'markov',
      markovChannel: 'platform_campaign',
    });
    expectWeights(weightsById(byCampaign).x, { t1: 1 / 3, t2: 2 / 3 });
    expect(byCampaign.markov?.channels.map((c) => c.campaign)).toEqual(['brand', 'generic']);
    // By platform alone both touches are one channel and split its credit.
    const byPlatform = attribute([conv('x', 3, 'p')], touchpoints, { model: 'markov' });
    expectWeights(weightsById(byPlatform).x, { t1: 0.5, t2: 0.5 });
  });

  test('derived journeys: touches after a person’s last conversion do not convert; a long gap starts a new journey', () => {
    const touchpoints = [
      tp('a1', 'C1', 1, 'A'),
      tp('a-after', 'C2', 5, 'A'), // after A converted on day 4, no later conversion
      tp('b1', 'C1', 1, 'B'),
      tp('b2', 'C2', 20, 'B'), // 19 days after b1 with a 7-day lookback: a second journey
      tp('anon', 'C3', 2, null),
    ];
    const outcome = attribute([conv('x', 4, 'A')], touchpoints, { model: 'markov', lookbackDays: 7 });
    expect(outcome.markov?.convertingPaths).toBe(1);
    // [C2] (A after converting), [C1] and [C2] (B), [C3] (no person).
    expect(outcome.markov?.nonConvertingPaths).toBe(4);
  });
});

describe('attribute: rule-based models', () => {
  const touchpoints = [
    tp('t1', 'meta', 1, 'p', 'spring'),
    { ...tp('t2', 'google_ads', 2, 'p', 'brand'), clickIds: { gclid: 'G-1' } },
    tp('t3', 'tiktok', 3, 'p'), // after the click-id anchor: not on the path
  ];
  const conversion = { ...conv('x', 4, 'p'), clickIds: { gclid: 'G-1' } };

  test.each([
    ['last_click', { t2: 1 }],
    ['first_click', { t1: 1 }],
    ['linear', { t1: 0.5, t2: 0.5 }],
    ['position_based', { t1: 0.5, t2: 0.5 }],
    // One day apart with a 1-day half-life.
    ['time_decay', { t1: 1 / 3, t2: 2 / 3 }],
  ] as const)('%s', (model, expected) => {
    const outcome = attribute([conversion], touchpoints, { model, halfLifeDays: 1 });
    expectWeights(weightsById(outcome).x, expected);
    expect(outcome.markov).toBeNull();
    expect(outcome.conversions[0]?.path).toEqual([
      { touchpointId: 't1', matchedBy: 'person' },
      { touchpointId: 't2', matchedBy: 'click_id' },
    ]);
  });

  test('results carry platform, campaign and model, and leave out touches with no credit', () => {
    const outcome = attribute([conversion], touchpoints, { model: 'last_click' });
    expect(outcome.conversions[0]?.attribution).toEqual([
      { platform: 'google_ads', campaign: 'brand', model: 'last_click', weight: 1, touchpointId: 't2' },
    ]);
  });
});

describe('attribute: unattributed conversions and contracts', () => {
  test('conversions with no touchpoint are listed with the reason, in input order', () => {
    const outcome = attribute(
      [
        conv('none', 4, null, 10),
        conv('ok', 4, 'p'),
        { ...conv('missed', 4, 'q', 5), clickIds: { gclid: 'nope' } },
      ],
      [tp('t1', 'meta', 3, 'p')],
      { model: 'linear' },
    );
    expect(outcome.conversions.map((c) => c.conversionId)).toEqual(['ok']);
    expect(outcome.unattributed).toEqual([
      { conversionId: 'none', value: 10, reason: 'no_click_id_or_person', attribution: [] },
      { conversionId: 'missed', value: 5, reason: 'no_matching_touchpoint', attribution: [] },
    ]);
  });

  test('takes full Conversions and parsed Touchpoints; the results fit Conversion.attribution', () => {
    const conversion: Conversion = conversionSchema.parse({
      schemaVersion: 1,
      customerId: 'golf-club',
      conversionId: `cv_${'a'.repeat(32)}`,
      transactionId: 'order-1',
      sourceRecordId: 'order-1',
      conversionType: 'purchase',
      source: 'ecommerce',
      sourceSystem: 'shopify.orders',
      timestamp: '2025-03-04T12:00:00.000Z',
      value: 80,
      currency: 'USD',
      status: { unified: 'completed', raw: 'paid' },
      quantity: 1,
      product: { id: null, sku: null, name: null, category: null },
      items: [],
      location: { id: null, name: null },
      amounts: {
        subtotal: null,
        tax: null,
        tip: null,
        discount: null,
        shipping: null,
        fee: null,
        refunded: null,
      },
      clickIds: { gclid: 'G-9', fbclid: null, ttclid: null, msclkid: null },
      utm: { source: null, medium: null, campaign: null, term: null, content: null },
      attribution: [],
      identityFragments: [],
      userId: 'person-1',
      extras: {},
      raw: {},
    });
    const touchpoint = touchpointSchema.parse({
      touchpointId: 'click-9',
      platform: 'google_ads',
      campaign: 'brand',
      timestamp: '2025-03-03T09:00:00.000Z',
      clickIds: { gclid: 'G-9' },
    });
    const outcome = attribute([conversion], [touchpoint], { model: 'time_decay' });
    const attributed = { ...conversion, attribution: outcome.conversions[0]?.attribution ?? [] };
    expect(conversionSchema.parse(attributed).attribution).toEqual([
      { platform: 'google_ads', campaign: 'brand', model: 'time_decay', weight: 1, touchpointId: 'click-9' },
    ]);
  });

  test.each([
    ['an unknown model', { model: 'last_touch' }, 'options.model'],
    ['a zero half-life', { model: 'time_decay', halfLifeDays: 0 }, 'options.halfLifeDays'],
    [
      'position weights over 1',
      { model: 'position_based', positionWeights: { first: 0.6, last: 0.5 } },
      'options.positionWeights',
    ],
    ['an unknown channel grouping', { model: 'markov', markovChannel: 'campaign' }, 'options.markovChannel'],
    [
      'a non-converting touch without platform',
      { model: 'markov', nonConvertingPaths: [[{ campaign: 'x' }]] },
      'options.nonConvertingPaths[0][0].platform',
    ],
  ])('rejects %s with INVALID_OPTIONS naming the option', (_name, options, field) => {
    let error: unknown;
    try {
      attribute([conv('x', 4, 'p')], [tp('t', 'meta', 3, 'p')], options as never);
    } catch (e) {
      error = e;
    }
    expect(AttributionError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', field });
  });
});
