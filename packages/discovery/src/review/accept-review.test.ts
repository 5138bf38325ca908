import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMapping, fieldMappingSchema, GrowthNavError, normalize } from '@growthnav/conversions';
import { parseCsv } from '@growthnav/conversions/csv';
import { describe, expect, test } from 'vitest';
import { SHIPPED_SET } from '../__fixtures__/benchmark-sets.js';
import { suggestMappings } from '../match/suggest-mappings.js';
import { profileColumns } from '../profile/profile-columns.js';
import { acceptReview } from './accept-review.js';
import { generateReview } from './generate-review.js';

async function reviewOf(rows: Record<string, string>[]) {
  return generateReview(suggestMappings(await profileColumns(rows)));
}

const squareLike = Array.from({ length: 30 }, (_, i) => ({
  Date: `2025-02-${String((i % 27) + 1).padStart(2, '0')}`,
  Time: `${String(i % 24).padStart(2, '0')}:12:00`,
  'Time Zone': 'Central Time (US & Canada)',
  'Total Collected': `$${(20 + i).toFixed(2)}`,
  Discounts: i % 3 ? '$0.00' : '$-2.00',
  'Transaction ID': `TX${1000 + i}`,
  'Transaction Status': i % 5 ? 'Complete' : 'Refunded',
  'Customer Name': `Ava Smith ${i}`,
}));

describe('acceptReview', () => {
  test('Date + Time + Time Zone become one timestamp rule; amounts, status and identity get their transforms', async () => {
    const mapping = acceptReview(await reviewOf(squareLike));
    expect(fieldMappingSchema.parse(mapping)).toBeTruthy();
    const rule = (target: string) => mapping.fields.find((f) => f.target === target);
    expect(rule('timestamp')).toEqual({
      target: 'timestamp',
      source: 'Date',
      transform: { type: 'timestamp', format: 'auto', timeSource: 'Time', timeZoneSource: 'Time Zone' },
    });
    expect(rule('value')).toEqual({
      target: 'value',
      source: 'Total Collected',
      transform: { type: 'money' },
    });
    expect(rule('amounts.discount')?.transform).toEqual({ type: 'money', absolute: true });
    expect(rule('status')?.transform).toEqual({
      type: 'enum',
      map: { Complete: 'completed', Refunded: 'refunded' },
      fallback: 'unknown',
    });
    expect(rule('identity.full_name')?.source).toBe('Customer Name');
    expect(rule('transactionId')?.source).toBe('Transaction ID');
    expect(mapping.defaultCurrency).toBe('USD');
    expect(mapping.conversionType).toBe('purchase');
  });

  test('several fee columns become one fee amount: the sum of their absolute values', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      order_number: String(500000 + i),
      transaction_date: `2025-03-${String((i % 27) + 1).padStart(2, '0')}`,
      restaurant_total: (30 + i).toFixed(2),
      commission: `-${(3 + (i % 4)).toFixed(2)}`,
      processing_fee: `-${(0.5 + (i % 3) / 10).toFixed(2)}`,
    }));
    const review = await reviewOf(rows);
    const feeRows = review.rows.filter((r) => r.suggestedTarget === 'fee').map((r) => r.sourceField);
    expect(feeRows.sort()).toEqual(['commission', 'processing_fee']);
    const mapping = acceptReview(review);
    expect(mapping.fields.find((f) => f.target === 'amounts.fee')).toEqual({
      target: 'amounts.fee',
      source: ['commission', 'processing_fee'],
      transform: { type: 'sum', absolute: true },
    });
    const result = normalize(mapping, rows, { customerId: 'tenant-1', validate: true });
    expect(result.quarantined).toEqual([]);
    expect(result.conversions[5]!.amounts?.fee).toBeCloseTo(3 + 1 + 0.5 + 0.2, 9);
  });

  test('two note columns both reach the conversion: the first as extras.notes, the other under its own name', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      'Order ID': String(81000 + i),
      'Order Date': `2025-03-${String(i + 1).padStart(2, '0')} 10:00:00`,
      Total: (10 + i).toFixed(2),
      Currency: 'USD',
      'Customer Message': i % 2 ? '' : `please gift wrap ${i}`,
      'Order Notes': i % 2 ? `called to confirm ${i}` : '',
    }));
    const mapping = acceptReview(await reviewOf(rows));
    const notes = mapping.fields
      .filter((f) => f.target.startsWith('extras.'))
      .map((f) => [f.target, f.source]);
    expect(notes).toEqual([
      ['extras.notes', 'Customer Message'],
      ['extras.order_notes', 'Order Notes'],
    ]);
    const result = normalize(mapping, rows, { customerId: 'tenant-1', validate: true });
    expect(result.quarantined).toEqual([]);
    expect(result.conversions[1]!.extras).toMatchObject({ order_notes: 'called to confirm 1' });
  });

  test('the mapping runs: every row becomes a conversion with the right value and UTC time', async () => {
    const mapping = acceptReview(await reviewOf(squareLike));
    const result = normalize(mapping, squareLike, { customerId: 'tenant-1', validate: true });
    expect(result.quarantined).toEqual([]);
    expect(result.conversions).toHaveLength(squareLike.length);
    const first = result.conversions[0]!;
    expect(first.value).toBe(20);
    expect(first.timestamp).toBe('2025-02-01T06:12:00.000Z'); // 00:12 Central = 06:12 UTC
    expect(first.status.unified).toBe('refunded');
    expect(result.conversions[3]!.amounts.discount).toBe(2);
  });

  test('edits change targets; a column edited to null is left out; headers with dots are quoted', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      'Order No.': `#${100 + i}`,
      Total: `${i}.50`,
      Created: `2025-01-0${(i % 9) + 1}`,
    }));
    const review = await reviewOf(rows);
    const mapping = acceptReview(
      review,
      { Total: 'subtotal', Created: 'timestamp' },
      { defaultCurrency: 'eur', system: 'shop.orders' },
    );
    expect(mapping.fields.find((f) => f.target === 'amounts.subtotal')?.source).toBe('Total');
    expect(mapping.fields.find((f) => f.target === 'transactionId')?.source).toBe('["Order No."]');
    expect(mapping).toMatchObject({ system: 'shop.orders', defaultCurrency: 'EUR' });
    const dropped = acceptReview(review, [{ sourceField: 'Total', targetField: null }]);
    expect(dropped.fields.some((f) => f.source === 'Total')).toBe(false);
    expect(() => compileMapping(dropped)).not.toThrow();
  });

  test('two columns on one single-valued target is an error that says how to fix it', async () => {
    const review = await reviewOf(squareLike);
    expect(() => acceptReview(review, { Discounts: 'value' })).toThrow(
      expect.objectContaining({
        code: 'DUPLICATE_TARGET',
        message: expect.stringMatching(/"Total Collected" and "Discounts"/),
      }),
    );
  });

  test('bad reviews and edits are rejected with INVALID_REVIEW', async () => {
    const review = await reviewOf(squareLike);
    expect(() => acceptReview({ ...review, version: 2 } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_REVIEW' }),
    );
    expect(() => acceptReview(review, { Nope: 'value' })).toThrow(/not in the review/);
    expect(() => acceptReview(review, { Date: 'when' as never })).toThrow(/unknown target "when"/);
    const error = (() => {
      try {
        acceptReview(review, { Nope: null });
      } catch (e) {
        return e;
      }
    })();
    expect(GrowthNavError.isInstance(error)).toBe(true);
  });

  test.each([
    ['square_transactions.csv', undefined],
    ['shopify_orders.csv', undefined],
    ['woocommerce_orders.csv', undefined],
    ['golf_teesheet.csv', 'USD'],
    ['hubspot_contacts.csv', undefined],
    ['mailchimp_audience.csv', undefined],
  ])(
    'shipped %s: the accepted mapping normalizes, every row loaded or quarantined',
    async (file, defaultCurrency) => {
      const { rows, columns } = parseCsv(readFileSync(join(SHIPPED_SET, file)));
      const review = generateReview(suggestMappings(await profileColumns(rows, { columns })));
      const mapping = acceptReview(review, {}, { defaultCurrency, timeZone: 'America/Chicago' });
      const result = normalize(mapping, rows, { customerId: 'tenant-1', validate: true });
      expect(result.conversions.length + result.quarantined.length).toBe(rows.length);
      // rows missing their id or time go to quarantine with a reason; most rows load
      expect(result.conversions.length).toBeGreaterThan(rows.length * 0.75);
      for (const q of result.quarantined) expect(q.reason).toBeTruthy();
      const ids = new Set(result.conversions.map((c) => c.conversionId));
      expect(ids.size).toBe(result.conversions.length);
    },
  );
});
