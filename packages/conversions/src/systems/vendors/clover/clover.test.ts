import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../normalize/normalize.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8')).elements as unknown[];

describe('clover.orders (elements page: reference example + variations)', () => {
  const orders = fixture('orders.json');
  const result = normalize('clover.orders', orders, { customerId: 'cafe', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(orders.length);
  });

  test('the reference example: cents, epoch milliseconds, customers expansion', () => {
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: 'VXQEY3VMTT74T',
      transactionId: 'VXQEY3VMTT74T',
      sourceSystem: 'clover.orders',
      conversionType: 'purchase',
      timestamp: '2014-05-28T14:11:08.000Z',
      value: 13.58,
      currency: 'USD',
      status: { unified: 'open', raw: 'OPEN' },
      identityFragments: [{ type: 'customer_id', value: 'C1WQ4ZNP7G2SE', sourceSystem: 'clover.orders' }],
      extras: {
        state: 'open',
        client_created_time: '2014-05-28T14:11:07.000Z',
        modified_time: '2014-05-28T14:11:08.000Z',
      },
    });
  });

  test('a paid order with line items in cents', () => {
    expect(result.conversions[1]).toMatchObject({
      timestamp: '2023-11-14T22:13:20.000Z',
      value: 10.29,
      status: { unified: 'completed', raw: 'PAID' },
      items: [
        {
          id: 'LI1',
          sku: 'LAT',
          name: 'Latte',
          category: null,
          quantity: null,
          unitPrice: 4.75,
          total: null,
        },
        {
          id: 'LI2',
          sku: 'LAT',
          name: 'Latte',
          category: null,
          quantity: null,
          unitPrice: 4.75,
          total: null,
        },
      ],
      product: { id: 'LI1', sku: 'LAT', name: 'Latte', category: null },
      quantity: null,
    });
  });

  test('a partially refunded order keeps its gross value', () => {
    expect(result.conversions[2]).toMatchObject({
      value: 25,
      currency: 'EUR',
      status: { unified: 'partially_refunded', raw: 'PARTIALLY_REFUNDED' },
    });
  });

  test('a currency name instead of a code is quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: 'currency',
        target: 'currency',
        value: 'US Dollar',
        reason: '"US Dollar" is not an ISO 4217 currency code',
      }),
    ]);
  });
});

describe('clover.payments (elements page)', () => {
  const payments = fixture('payments.json');
  const result = normalize('clover.payments', payments, { customerId: 'cafe', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(payments.length);
  });

  test('a card payment: tip and tax apart, transactionId = the order', () => {
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: 'PAY1CARD00001',
      transactionId: 'VXQEY3VMTT74T',
      timestamp: '2014-05-28T14:11:08.000Z',
      value: 13.58,
      currency: 'USD',
      status: { unified: 'completed', raw: 'SUCCESS' },
      amounts: { tip: 2, tax: 1.08, refunded: null },
      extras: {
        order_id: 'VXQEY3VMTT74T',
        tender: 'Credit Card',
        card_last4: '1111',
        client_created_time: '2014-05-28T14:11:07.000Z',
      },
    });
  });

  test('refunds on a payment are summed; the payment keeps its gross value', () => {
    expect(result.conversions[1]).toMatchObject({
      value: 25,
      currency: 'EUR',
      amounts: { refunded: 8.58, tax: 0 },
      transactionId: 'ORD3REFUND001',
    });
  });

  test('a voided payment', () => {
    expect(result.conversions[2]?.status).toEqual({ unified: 'voided', raw: 'VOIDED' });
  });

  test('a cash payment has no currency: quarantined with the fix, loaded once defaultCurrency is set', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: '(mapping)',
        target: 'currency',
        value: 9.99,
        reason: 'no currency in the record or the mapping; set defaultCurrency',
      }),
    ]);
    const fixed = normalize('clover.payments', payments.slice(3), {
      customerId: 'cafe',
      overrides: { defaultCurrency: 'USD' },
    });
    expect(fixed.conversions[0]).toMatchObject({
      value: 9.99,
      currency: 'USD',
      transactionId: 'ORD5CASH00001',
    });
  });
});

describe('clover.customers (elements page)', () => {
  const customers = fixture('customers.json');
  const result = normalize('clover.customers', customers, { customerId: 'cafe', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(customers.length);
  });

  test('a customer becomes a zero-value signup at customerSince with its first email, phone and address', () => {
    const cl = 'clover.customers';
    expect(result.conversions[0]).toMatchObject({
      conversionType: 'signup',
      timestamp: '2024-06-12T00:54:05.000Z',
      value: 0,
      currency: 'XXX',
      extras: { marketing_allowed: true },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'customer_id', value: 'C1WQ4ZNP7G2SE', sourceSystem: cl },
      { type: 'first_name', value: 'Ada', sourceSystem: cl },
      { type: 'last_name', value: 'Lovelace', sourceSystem: cl },
      { type: 'email', value: 'ada@example.com', sourceSystem: cl },
      { type: 'phone', value: '+1 617 555 0100', sourceSystem: cl },
      { type: 'address_line', value: '12 Analytical Way', sourceSystem: cl },
      { type: 'city', value: 'Boston', sourceSystem: cl },
      { type: 'region', value: 'MA', sourceSystem: cl },
      { type: 'postal_code', value: '02108', sourceSystem: cl },
      { type: 'country', value: 'US', sourceSystem: cl },
    ]);
  });

  test('a customer without customerSince is quarantined', () => {
    expect(result.conversions[1]?.identityFragments.map((f) => f.type)).toEqual([
      'customer_id',
      'first_name',
    ]);
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 2,
        field: 'customerSince',
        target: 'timestamp',
        reason: 'missing or blank',
      }),
    ]);
  });
});
