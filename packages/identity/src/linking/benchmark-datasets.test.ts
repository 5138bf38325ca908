import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IdentityFragmentType } from '@growthnav/conversions';
import { describe, expect, test } from 'vitest';
import { prepareRecords } from '../records/prepare-records.js';
import { linkRecords } from './link-records.js';

const data = join(import.meta.dirname, '../../../../../shared/data');

/** Reads a simple CSV (no quoted fields in these files), trimming FEBRL's ", " separators. */
function readCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const header = head!.split(',').map((h) => h.trim());
  return lines.map((l) => {
    const cells = l.split(',').map((c) => c.trim());
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** Pairwise F1 of predicted clusters against true entities, from co-membership counts. */
function pairwiseF1(predicted: ArrayLike<number>, truth: readonly string[]): number {
  const pairs = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const count = (keys: string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const both = pairs(count(truth.map((t, i) => `${predicted[i]}|${t}`)));
  const p = both / pairs(count(Array.from(predicted, String)));
  const r = both / pairs(count([...truth]));
  return (2 * p * r) / (p + r);
}

function records(rows: Record<string, string>[], id: string, roles: Record<string, string[]>) {
  return rows.map((row) => ({
    id: row[id]!,
    fragments: Object.entries(roles).flatMap(([type, cols]) => {
      const value = cols
        .map((c) => row[c] ?? '')
        .filter((v) => v !== '')
        .join(' ');
      return value === '' ? [] : [{ type: type as IdentityFragmentType, value }];
    }),
  }));
}

describe('linking quality on public benchmark data', () => {
  test('febrl3 deduplication: pairwise F1 ≥ 0.97', () => {
    const rows = readCsv(join(data, 'febrl/dataset3.csv'));
    const prepared = prepareRecords(
      records(rows, 'rec_id', {
        first_name: ['given_name'],
        last_name: ['surname'],
        address_line: ['street_number', 'address_1'],
        postal_code: ['postcode'],
        city: ['suburb'],
        region: ['state'],
        birth_date: ['date_of_birth'],
        customer_reference: ['soc_sec_id'],
      }),
    );
    const result = linkRecords(prepared);
    const truth = rows.map((r) => /^rec-(\d+)-/.exec(r.rec_id!)![1]!);
    expect(pairwiseF1(result.clusters, truth)).toBeGreaterThanOrEqual(0.97);
  });

  test('fake_1000 deduplication: pairwise F1 ≥ 0.90', () => {
    const rows = readCsv(join(data, 'splink_fake_1000/fake_1000.csv'));
    const prepared = prepareRecords(
      records(rows, 'unique_id', {
        first_name: ['first_name'],
        last_name: ['surname'],
        birth_date: ['dob'],
        city: ['city'],
        email: ['email'],
      }),
    );
    const result = linkRecords(prepared);
    expect(
      pairwiseF1(
        result.clusters,
        rows.map((r) => r.cluster!),
      ),
    ).toBeGreaterThanOrEqual(0.9);
  });
});
