import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../normalize/normalize.js';

const orders = JSON.parse(
  readFileSync(join(import.meta.dirname, '__fixtures__', 'orders-bulk.json'), 'utf8'),
);

describe('toast.orders (ordersBulk array: reference example + variations)', () => {
  const result = normalize('toast.orders', orders, { customerId: 'bistro', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(orders.length);
    expect(result.conversions).toHaveLength(3);
  });

  test('the reference example: -0800 offset to UTC, decimal dollars, guest identity', () => {
    const toast = 'toast.orders';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '5a401af8-7c2e-4e4b-9d7a-1f0c2b3a4d5e',
      transactionId: '5a401af8-7c2e-4e4b-9d7a-1f0c2b3a4d5e',
      sourceSystem: toast,
      source: 'pos',
      conversionType: 'purchase',
      timestamp: '2025-02-07T16:00:00.000Z',
      value: 23.33,
      currency: 'USD',
      status: { unified: 'completed', raw: 'CLOSED' },
      amounts: { subtotal: 21.5, tax: 1.83, tip: 4, refunded: null },
      quantity: 1,
      items: [
        {
          id: 's1a2b3c4-0000-4000-8000-000000000001',
          sku: null,
          name: 'Burger',
          category: null,
          quantity: 1,
          unitPrice: null,
          total: 14,
        },
      ],
      extras: {
        business_date: '20250207',
        closed_date: '2025-02-07T16:29:00.000Z',
        voided: false,
        deleted: false,
        check_count: 1,
        check_number: '12',
      },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'customer_id', value: 'g1a2b3c4-0000-4000-8000-000000000001', sourceSystem: toast },
      { type: 'email', value: 'ada@example.com', sourceSystem: toast },
      { type: 'phone', value: '6175550100', sourceSystem: toast },
      { type: 'first_name', value: 'Ada', sourceSystem: toast },
      { type: 'last_name', value: 'Lovelace', sourceSystem: toast },
    ]);
  });

  test('a split order sums its checks; a partial refund is kept in amounts.refunded, gross value unchanged', () => {
    expect(result.conversions[1]).toMatchObject({
      timestamp: '2025-07-05T02:15:00.000Z',
      value: 50,
      status: { unified: 'completed', raw: 'PAID' },
      amounts: { subtotal: 45.85, tax: 4.15, tip: 8, refunded: 10 },
      quantity: 4,
      items: [
        { id: 'sel-2a-1', name: 'Club Sandwich', quantity: 1, unitPrice: 13.5, total: 13.5 },
        { id: 'sel-2a-2', name: 'Iced Tea', quantity: 2, unitPrice: 7, total: 14 },
        { id: 'sel-2b-1', name: 'Range Balls', quantity: 1, unitPrice: 18.35, total: 18.35 },
      ],
      extras: { check_count: 2, phone_country_code: '1' },
    });
    expect(result.conversions[1]?.identityFragments.map((f) => f.value)).toEqual([
      'guest-2',
      'grace@example.com',
      '2125550199',
      'Grace',
      'Hopper',
    ]);
  });

  test('a voided order keeps its gross value with status voided', () => {
    expect(result.conversions[2]).toMatchObject({
      value: 12.99,
      status: { unified: 'voided', raw: 'VOIDED' },
      amounts: { tip: null, refunded: null },
      identityFragments: [],
      extras: { voided: true },
    });
  });

  test('a date in a non-ISO shape is quarantined with field, value and reason', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: 'openedDate',
        target: 'timestamp',
        value: '02/07/2025 08:00:00',
        reason: 'unrecognised format for format "iso"',
      }),
    ]);
  });

  test('a restaurant outside the US overrides the currency', () => {
    const cad = normalize('toast.orders', orders.slice(0, 1), {
      customerId: 'bistro',
      overrides: { defaultCurrency: 'CAD' },
    });
    expect(cad.conversions[0]).toMatchObject({ value: 23.33, currency: 'CAD' });
  });
});
