import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { attribute } from './attribute.js';
import { type AttributionModel, attributionModels, MS_PER_DAY } from './attribution-options.js';
import type { AttributableConversion, AttributableTouchpoint } from './prepare-inputs.js';

const LOOKBACK_DAYS = 5;
const start = Date.UTC(2025, 0, 1);
// Whole hours over 20 days: coarse enough that equal timestamps happen often.
const instant = fc.integer({ min: 0, max: 20 * 24 }).map((h) => start + h * 3_600_000);
const person = fc.constantFrom('p1', 'p2', 'p3', null);
const gclid = fc.constantFrom('g1', 'g2', 'g3', null);

const world = fc
  .record({
    touchpoints: fc.array(
      fc.record({
        platform: fc.constantFrom('google_ads', 'meta', 'tiktok', 'email'),
        campaign: fc.constantFrom('brand', 'generic', null),
        time: instant,
        userId: person,
        gclid,
      }),
      { maxLength: 25 },
    ),
    conversions: fc.array(
      fc.record({ time: instant, userId: person, gclid, value: fc.integer({ min: -50, max: 500 }) }),
      { maxLength: 10 },
    ),
  })
  .map(({ touchpoints, conversions }) => ({
    touchpoints: touchpoints.map(
      (t, i): AttributableTouchpoint => ({
        touchpointId: `t${i}`,
        platform: t.platform,
        campaign: t.campaign,
        timestamp: new Date(t.time).toISOString(),
        userId: t.userId,
        clickIds: { gclid: t.gclid },
      }),
    ),
    conversions: conversions.map(
      (c, i): AttributableConversion => ({
        conversionId: `c${i}`,
        timestamp: new Date(c.time).toISOString(),
        value: c.value,
        userId: c.userId,
        clickIds: { gclid: c.gclid },
      }),
    ),
  }));

const modelSettings = {
  lookbackDays: LOOKBACK_DAYS,
  halfLifeDays: 1.5,
  positionWeights: { first: 0.3, last: 0.45 },
};

function run(
  model: AttributionModel,
  w: { conversions: AttributableConversion[]; touchpoints: AttributableTouchpoint[] },
) {
  return attribute(w.conversions, w.touchpoints, { model, ...modelSettings });
}

describe('attribute properties, every model', () => {
  test.each(attributionModels)(
    '%s: every conversion is attributed with weights summing to 1, or listed unattributed',
    (model) => {
      fc.assert(
        fc.property(world, (w) => {
          const outcome = run(model, w);
          expect(outcome.conversions.length + outcome.unattributed.length).toBe(w.conversions.length);
          for (const conversion of outcome.conversions) {
            expect(conversion.attribution.length).toBeGreaterThan(0);
            let sum = 0;
            for (const result of conversion.attribution) {
              expect(result.weight).toBeGreaterThan(0);
              expect(result.weight).toBeLessThanOrEqual(1 + 1e-12);
              expect(result.model).toBe(model);
              sum += result.weight;
            }
            expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  test.each(attributionModels)('%s: shuffled input gives the same result', (model) => {
    const shuffled = world.chain((w) =>
      fc.record({
        w: fc.constant(w),
        conversions: fc.shuffledSubarray(w.conversions, { minLength: w.conversions.length }),
        touchpoints: fc.shuffledSubarray(w.touchpoints, { minLength: w.touchpoints.length }),
      }),
    );
    const byId = <T extends { conversionId: string }>(list: T[]) =>
      list.toSorted((a, b) => (a.conversionId < b.conversionId ? -1 : 1));
    fc.assert(
      fc.property(shuffled, ({ w, conversions, touchpoints }) => {
        const a = run(model, w);
        const b = run(model, { conversions, touchpoints });
        expect(byId(b.conversions)).toEqual(byId(a.conversions));
        expect(byId(b.unattributed)).toEqual(byId(a.unattributed));
        expect(b.markov).toEqual(a.markov);
      }),
      { numRuns: 200 },
    );
  });

  test.each(attributionModels)(
    '%s: only touchpoints at or before the conversion, of its click id or of its person within the lookback, get credit',
    (model) => {
      fc.assert(
        fc.property(world, (w) => {
          const touchpoints = new Map(w.touchpoints.map((t) => [t.touchpointId, t]));
          const conversions = new Map(w.conversions.map((c) => [c.conversionId, c]));
          for (const attributed of run(model, w).conversions) {
            const conversion = conversions.get(attributed.conversionId)!;
            const conversionTime = Date.parse(conversion.timestamp);
            for (const result of attributed.attribution) {
              const touchpoint = touchpoints.get(result.touchpointId!)!;
              const time = Date.parse(touchpoint.timestamp);
              expect(time).toBeLessThanOrEqual(conversionTime);
              const sameClick =
                conversion.clickIds?.gclid != null &&
                conversion.clickIds.gclid === touchpoint.clickIds?.gclid;
              const samePerson =
                conversion.userId != null &&
                conversion.userId === touchpoint.userId &&
                conversionTime - time <= LOOKBACK_DAYS * MS_PER_DAY;
              expect(sameClick || samePerson).toBe(true);
              expect(result.platform).toBe(touchpoint.platform);
              expect(result.campaign).toBe(touchpoint.campaign);
            }
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  test('a conversion is unattributed exactly when no touchpoint could match it', () => {
    fc.assert(
      fc.property(world, (w) => {
        const unattributed = new Set(run('linear', w).unattributed.map((u) => u.conversionId));
        for (const c of w.conversions) {
          const t = Date.parse(c.timestamp);
          const couldMatch = w.touchpoints.some((tp) => {
            const time = Date.parse(tp.timestamp);
            if (time > t) return false;
            if (c.clickIds?.gclid != null && c.clickIds.gclid === tp.clickIds?.gclid) return true;
            return c.userId != null && c.userId === tp.userId && t - time <= LOOKBACK_DAYS * MS_PER_DAY;
          });
          expect(unattributed.has(c.conversionId)).toBe(!couldMatch);
        }
      }),
      { numRuns: 300 },
    );
  });
});
