import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@growthnav/conversions/csv';
import {
  canonicalPhone,
  GOOGLE_ADS_MAX_OPERATIONS_PER_REQUEST,
  META_MAX_ROWS_PER_REQUEST,
} from '@growthnav/identity';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, makeData } from './make-data.ts';
import { runTour, type TourResult } from './run.ts';

const data = join(import.meta.dirname, 'data');
const read = (file: string): string => readFileSync(join(data, file), 'utf8');

/** The generator's answer key links every record to one true person; resolution should mostly agree. */
const MIN_PAIRWISE_PRECISION = 0.98;
const MIN_PAIRWISE_RECALL = 0.9;

let lines: string[];
let tour: TourResult;

beforeAll(async () => {
  lines = [];
  tour = await runTour({ log: (line) => lines.push(line) });
}, 60_000);

describe('onboarding tour', () => {
  it('prints the same compact narrative on every run', async () => {
    const again: string[] = [];
    await runTour({ log: (line) => again.push(line) });
    expect(again).toEqual(lines);
    expect(lines.length).toBeGreaterThanOrEqual(60);
    expect(lines.length).toBeLessThanOrEqual(110);
    expect(lines.at(-1)).toBe(tour.summary);
    for (const step of ['1.', '2.', '3.', '4.', '5.', '6.', '7.']) {
      expect(lines.some((l) => l.startsWith(`${step} `))).toBe(true);
    }
  }, 60_000);

  it('loads or quarantines every record of every export', () => {
    const counts: Record<string, number> = {
      'square-transactions.csv': parseCsv(read('square-transactions.csv')).rows.length,
      'tee-sheet.csv': parseCsv(read('tee-sheet.csv')).rows.length,
      'hubspot-contacts.json': (JSON.parse(read('hubspot-contacts.json')) as { results: unknown[] }).results
        .length,
    };
    for (const s of tour.sources) {
      expect(s.records).toBe(counts[s.file]);
      expect(s.loaded + s.quarantined.length).toBe(s.records);
      expect(new Set(s.quarantined.map((q) => q.index)).size).toBe(s.quarantined.length);
      expect(tour.conversions.filter((c) => c.sourceSystem === s.system)).toHaveLength(s.loaded);
    }
    // make-data.ts damages a few rows on purpose; each must be caught.
    expect(tour.sources.every((s) => s.quarantined.length > 0)).toBe(true);
  });

  it('resolves fewer people than records, and every identified conversion to one of them', () => {
    const identified = tour.conversions.filter((c) => c.identityFragments.length > 0);
    const people = new Set(identified.map((c) => c.userId));
    expect(people.has(null)).toBe(false);
    expect(people.size).toBe(tour.identity.people);
    expect(identified).toHaveLength(tour.identity.records);
    expect(tour.identity.people).toBeLessThan(tour.identity.records);
    expect(tour.conversions.filter((c) => c.userId === null)).toHaveLength(
      tour.identity.anonymousConversions,
    );
    const bySources = tour.identity.peopleBySources;
    expect((bySources[1] ?? 0) + (bySources[2] ?? 0) + (bySources[3] ?? 0)).toBe(tour.identity.people);
    expect((bySources[2] ?? 0) + (bySources[3] ?? 0)).toBeGreaterThan(0);
    expect(tour.identity.answerKey?.precision).toBeGreaterThanOrEqual(MIN_PAIRWISE_PRECISION);
    expect(tour.identity.answerKey?.recall).toBeGreaterThanOrEqual(MIN_PAIRWISE_RECALL);
  });

  it('keeps household members who share a phone apart', () => {
    const key = JSON.parse(read('answer-key.json')) as { hubspot: Record<string, number> };
    const byPhone = new Map<string, { person: number; userId: string | null }[]>();
    for (const c of tour.conversions.filter((x) => x.sourceSystem === 'hubspot.contacts')) {
      for (const f of c.identityFragments.filter((x) => x.type === 'phone')) {
        const e164 = canonicalPhone(f.value)?.e164;
        if (!e164) continue;
        byPhone.set(e164, [
          ...(byPhone.get(e164) ?? []),
          { person: key.hubspot[c.sourceRecordId]!, userId: c.userId },
        ]);
      }
    }
    const shared = [...byPhone.values()].filter((list) => new Set(list.map((x) => x.person)).size > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const list of shared) {
      expect(new Set(list.map((x) => x.userId)).size).toBe(new Set(list.map((x) => x.person)).size);
    }
    expect(tour.identity.households.length).toBeGreaterThan(0);
    for (const h of tour.identity.households)
      expect(h.people.length).toBeGreaterThanOrEqual(h.firstNames.length);
  });

  it('fits both CLV models and ranks people by value', () => {
    const { bgNbd, gammaGamma, top, tiers, customers, totalClv } = tour.clv;
    expect(bgNbd.converged && gammaGamma.converged).toBe(true);
    for (const v of [bgNbd.r, bgNbd.alpha, bgNbd.a, bgNbd.b, gammaGamma.p, gammaGamma.q, gammaGamma.gamma]) {
      expect(Number.isFinite(v) && v > 0).toBe(true);
    }
    expect(customers).toBeGreaterThan(0);
    expect(customers).toBeLessThanOrEqual(tour.identity.people);
    expect(top).toHaveLength(5);
    for (let i = 1; i < top.length; i++) expect(top[i]!.clv).toBeLessThanOrEqual(top[i - 1]!.clv);
    expect(totalClv).toBeGreaterThanOrEqual(top.reduce((s, c) => s + c.clv, 0));
    expect(tiers.reduce((s, t) => s + t.customers, 0)).toBe(customers);
    for (let i = 1; i < tiers.length; i++)
      expect(tiers[i]!.maxValue).toBeLessThanOrEqual(tiers[i - 1]!.minValue);
    expect(top[0]!.clv).toBe(tiers[0]!.maxValue);
  });

  it('gives every attributed conversion weights that sum to 1, under both models', () => {
    const attributable = tour.conversions.filter(
      (c) =>
        (c.conversionType === 'purchase' || c.conversionType === 'booking') &&
        c.status.unified === 'completed',
    );
    const touchpoints = new Map(tour.attribution.touchpoints.map((t) => [t.touchpointId, t]));
    const conversions = new Map(attributable.map((c) => [c.conversionId, c]));
    for (const outcome of [tour.attribution.lastClick, tour.attribution.markov]) {
      expect(outcome.conversions.length + outcome.unattributed.length).toBe(attributable.length);
      expect(outcome.conversions.length).toBeGreaterThan(0);
      for (const c of outcome.conversions) {
        const sum = c.attribution.reduce((s, r) => s + r.weight, 0);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
        const conversion = conversions.get(c.conversionId)!;
        for (const step of c.path) {
          const t = touchpoints.get(step.touchpointId)!;
          expect(t.timestamp <= conversion.timestamp).toBe(true);
          if (step.matchedBy === 'click_id') {
            const ids = Object.entries(t.clickIds).filter(([, v]) => v !== null);
            expect(
              ids.some(([k, v]) => conversion.clickIds[k as keyof typeof conversion.clickIds] === v),
            ).toBe(true);
          } else expect(t.userId).toBe(conversion.userId);
        }
      }
    }
  });

  it('cuts the top tier audience into requests within the platform limits', () => {
    const { audiencePeople, meta, google } = tour.activation;
    expect(audiencePeople).toBe(tour.clv.tiers[0]!.customers);
    for (const [sizes, limit, lint] of [
      [meta.requestRows, META_MAX_ROWS_PER_REQUEST, meta.lint],
      [google.requestOperations, GOOGLE_ADS_MAX_OPERATIONS_PER_REQUEST, google.lint],
    ] as const) {
      expect(sizes.every((n) => n > 0 && n <= limit)).toBe(true);
      expect(sizes.reduce((s, n) => s + n, 0)).toBe(lint.uploadedPeople);
      expect(lint.uploadedPeople + lint.excludedPeople).toBe(audiencePeople);
    }
  });
});

describe('make-data.ts', () => {
  it('regenerates the committed data byte for byte from the default seed', () => {
    const { files } = makeData(DEFAULT_SEED);
    for (const [name, text] of Object.entries(files)) expect(text, name).toBe(read(name));
  });

  it('gives other data for another seed', () => {
    const other = makeData(DEFAULT_SEED + 1).files;
    expect(other['tee-sheet.csv']).not.toBe(read('tee-sheet.csv'));
  });
});
