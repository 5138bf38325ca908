import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../csv/parse-csv.js';
import { normalize } from '../../../normalize/normalize.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');

describe('bigcommerce.orders (V2 orders in the unconfirmed documented shape)', () => {
  const orders = JSON.parse(read('orders-v2.json')) as unknown[];
  const result = normalize('bigcommerce.orders', orders, { customerId: 'pro-shop', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(orders.length);
  });

  test('a completed order: RFC 2822 date, four-decimal strings, billing identity', () => {
    const bc = 'bigcommerce.orders';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '100',
      transactionId: '100',
      sourceSystem: bc,
      conversionType: 'purchase',
      timestamp: '2024-09-23T14:21:24.000Z',
      value: 66,
      currency: 'USD',
      status: { unified: 'completed', raw: 'Completed' },
      amounts: { subtotal: 50, tax: 6, shipping: 11, discount: 0, refunded: 0 },
      quantity: 2,
      items: [],
      extras: {
        customer_id: 11,
        status_id: 10,
        payment_method: 'Credit Card',
        order_source: 'www',
        date_modified: '2024-09-23T15:00:00.000Z',
      },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'email', value: 'janedoe@example.com', sourceSystem: bc },
      { type: 'first_name', value: 'Jane', sourceSystem: bc },
      { type: 'last_name', value: 'Doe', sourceSystem: bc },
      { type: 'address_line', value: '12345 W Anderson Ln', sourceSystem: bc },
      { type: 'city', value: 'Austin', sourceSystem: bc },
      { type: 'region', value: 'Texas', sourceSystem: bc },
      { type: 'postal_code', value: '78757', sourceSystem: bc },
      { type: 'country', value: 'US', sourceSystem: bc },
      { type: 'ip_address', value: '192.0.2.10', sourceSystem: bc },
    ]);
  });

  test('a partially refunded guest order: +1000 offset, refund kept apart, guest id not an identity', () => {
    expect(result.conversions[1]).toMatchObject({
      timestamp: '2024-09-30T23:00:00.000Z',
      value: 100,
      currency: 'AUD',
      status: { unified: 'partially_refunded', raw: 'Partially Refunded' },
      amounts: { subtotal: 90.91, tax: 9.09, refunded: 20 },
      extras: { customer_id: 0 },
    });
    expect(result.conversions[1]?.identityFragments.map((f) => f.type)).not.toContain('customer_id');
  });

  test('a cancelled order keeps its value', () => {
    expect(result.conversions[2]).toMatchObject({
      timestamp: '2024-10-02T23:30:00.000Z',
      value: 15.5,
      status: { unified: 'cancelled', raw: 'Cancelled' },
    });
  });

  test('an impossible date is quarantined with field, value and reason', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: 'date_created',
        target: 'timestamp',
        value: 'Mon, 31 Sep 2024 10:00:00 +0000',
        reason: '2024-09 has no day 31',
      }),
    ]);
  });
});

describe('bigcommerce.customers (V3 customers page)', () => {
  const customers = JSON.parse(read('customers-v3.json')).data as unknown[];
  const result = normalize('bigcommerce.customers', customers, { customerId: 'pro-shop', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(customers.length);
  });

  test('a customer with an address becomes a zero-value signup', () => {
    const bc = 'bigcommerce.customers';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '11',
      conversionType: 'signup',
      timestamp: '2024-09-01T12:00:00.000Z',
      value: 0,
      currency: 'XXX',
      extras: { customer_group_id: 0 },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'customer_id', value: '11', sourceSystem: bc },
      { type: 'email', value: 'janedoe@example.com', sourceSystem: bc },
      { type: 'phone', value: '512-555-0100', sourceSystem: bc },
      { type: 'first_name', value: 'Jane', sourceSystem: bc },
      { type: 'last_name', value: 'Doe', sourceSystem: bc },
      { type: 'company', value: 'Anderson Golf', sourceSystem: bc },
      { type: 'address_line', value: '12345 W Anderson Ln', sourceSystem: bc },
      { type: 'city', value: 'Austin', sourceSystem: bc },
      { type: 'region', value: 'Texas', sourceSystem: bc },
      { type: 'postal_code', value: '78757', sourceSystem: bc },
      { type: 'country', value: 'US', sourceSystem: bc },
    ]);
  });

  test('no addresses is fine; no date_created is quarantined', () => {
    expect(result.conversions[1]?.identityFragments.map((f) => f.type)).toEqual([
      'customer_id',
      'email',
      'first_name',
      'last_name',
    ]);
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 2,
        field: 'date_created',
        target: 'timestamp',
        reason: 'missing or blank',
      }),
    ]);
  });
});

describe('bigcommerce-csv.orders (Default export template, own fixture)', () => {
  const { rows } = parseCsv(read('bigcommerce_orders.csv'));
  const result = normalize('bigcommerce-csv.orders', rows, { customerId: 'pro-shop', validate: true });

  test('every row is loaded or quarantined', () => {
    expect(rows).toHaveLength(6);
    expect(result.conversions.length + result.quarantined.length).toBe(rows.length);
  });

  test('first row: day-first date, inc-tax total, customer and billing identity', () => {
    const bc = 'bigcommerce-csv.orders';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '101',
      timestamp: '2024-09-23T00:00:00.000Z',
      value: 66,
      currency: 'USD',
      status: { unified: 'completed', raw: 'Completed' },
      amounts: { subtotal: 50, tax: 6, shipping: 11, refunded: 0 },
      quantity: 2,
      extras: {
        customer_id: '11',
        customer_name: 'Jane Doe',
        payment_method: 'Credit Card',
        product_details: expect.stringContaining('Product Name: Golf Glove'),
      },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'email', value: 'janedoe@example.com', sourceSystem: bc },
      { type: 'phone', value: '512-555-0100', sourceSystem: bc },
      { type: 'first_name', value: 'Jane', sourceSystem: bc },
      { type: 'last_name', value: 'Doe', sourceSystem: bc },
      { type: 'address_line', value: '12345 W Anderson Ln', sourceSystem: bc },
      { type: 'city', value: 'Austin', sourceSystem: bc },
      { type: 'region', value: 'Texas', sourceSystem: bc },
      { type: 'postal_code', value: '78757', sourceSystem: bc },
      { type: 'country', value: 'United States', sourceSystem: bc },
    ]);
  });

  test('refund statuses keep the gross total; 05/10/2024 is the 5th of October', () => {
    expect(
      result.conversions.slice(1).map((c) => [c.sourceRecordId, c.timestamp, c.value, c.status.unified]),
    ).toEqual([
      ['102', '2024-10-05T00:00:00.000Z', 100, 'partially_refunded'],
      ['103', '2024-10-12T00:00:00.000Z', 15.5, 'refunded'],
      ['104', '2024-10-13T00:00:00.000Z', 9.99, 'cancelled'],
    ]);
    expect(result.conversions[1]?.amounts.refunded).toBe(20);
    expect(result.conversions[1]?.identityFragments.find((f) => f.type === 'phone')?.value).toBe(
      '+61 2 5550 1234',
    );
  });

  test('a row without a date and a row without a currency are quarantined with their reasons', () => {
    expect(result.quarantined.map((q) => [q.index, q.field, q.target, q.reason])).toEqual([
      [4, 'Order Date', 'timestamp', 'missing or blank'],
      [5, '(mapping)', 'currency', 'no currency in the record or the mapping; set defaultCurrency'],
    ]);
  });
});
