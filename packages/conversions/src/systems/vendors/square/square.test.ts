import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../csv/parse-csv.js';
import { normalize } from '../../../normalize/normalize.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8'));
const shared = join(import.meta.dirname, '../../../../../../../shared/data/schema-matching');

describe('square.payments (documented ListPayments page)', () => {
  const { payments } = fixture('list-payments.json');
  const result = normalize('square.payments', payments, { customerId: 'golf-club', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(payments.length);
  });

  test('the spec example payment', () => {
    expect(result.conversions[0]).toMatchObject({
      customerId: 'golf-club',
      sourceRecordId: 'bP9mAsEMYPUGjjGNaNO5ZDVyLhSZY',
      transactionId: 'd7eKah653Z579f3gVtjlxpSlmUcZY',
      sourceSystem: 'square.payments',
      source: 'pos',
      conversionType: 'purchase',
      timestamp: '2021-10-13T19:34:33.524Z',
      value: 5.55,
      currency: 'USD',
      status: { unified: 'completed', raw: 'COMPLETED' },
      location: { id: 'L88917AVBK2S5', name: null },
      identityFragments: [],
      extras: { source_type: 'CARD', order_id: 'd7eKah653Z579f3gVtjlxpSlmUcZY' },
    });
  });

  test('tips, fees, refunds and buyer identity', () => {
    expect(result.conversions[1]).toMatchObject({
      value: 12,
      amounts: { tip: 2, fee: 0.65, refunded: 5 },
      identityFragments: [
        { type: 'customer_id', value: 'JDKYHBWT1D4F8MFH63DBMEN8Y4', sourceSystem: 'square.payments' },
        { type: 'email', value: 'Amelia.Earhart@example.com', sourceSystem: 'square.payments' },
      ],
      extras: { card_brand: 'VISA', card_last4: '1111' },
      transactionId: 'pay-2',
    });
    expect(result.conversions[2]?.status).toEqual({ unified: 'cancelled', raw: 'CANCELED' });
  });

  test('an unreadable timestamp is quarantined with field, value and reason', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({ index: 3, field: 'created_at', target: 'timestamp', value: 'yesterday' }),
    ]);
  });
});

describe('square-csv.transactions (Dashboard export layout)', () => {
  const csv = readFileSync(join(shared, 'square_transactions.csv'), 'utf8');
  const { rows } = parseCsv(csv);
  const result = normalize('square-csv.transactions', rows, { customerId: 'golf-club', validate: true });

  test('every row is loaded or quarantined; quarantined rows lack a date or an amount', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(rows.length);
    expect(result.conversions.length).toBeGreaterThan(rows.length * 0.8);
    for (const q of result.quarantined) {
      expect(['Date', 'Total Collected', 'Payment ID + Transaction ID']).toContain(q.field);
      expect(q.reason).toBe('missing or blank');
      expect(String((q.record as Record<string, string>)[q.field] ?? '').trim()).toBe('');
    }
  });

  test('first row: Date + Time + Time Zone, dollar amounts, refund status', () => {
    // 2025-02-01,12:12:00,Central Time (US & Canada),$80.00,…,$6.60 tax,…,$86.60 collected,…,Refunded
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: 'eb3Q1MSc0sorvCNqpafMuh',
      transactionId: 'DO5psXGHgQT4Rrg3iuRfFk',
      timestamp: '2025-02-01T18:12:00.000Z',
      value: 86.6,
      currency: 'USD',
      status: { unified: 'refunded', raw: 'Refunded' },
      amounts: { subtotal: 80, tax: 6.6, tip: 0, discount: 0, fee: 2.35 },
      product: { name: '4 x Cart Rental' },
      location: { name: 'Downtown' },
      identityFragments: [
        { type: 'customer_id', value: 'CDRRJYZTE8T3C0GKUKXJ324298', sourceSystem: 'square-csv.transactions' },
        { type: 'full_name', value: 'Mary Walker', sourceSystem: 'square-csv.transactions' },
        { type: 'customer_reference', value: 'MBR-969372', sourceSystem: 'square-csv.transactions' },
      ],
      extras: { card_brand: 'Discover', card_last4: '8710', staff: 'Sam K.', net_total: 84.25 },
    });
  });
});
