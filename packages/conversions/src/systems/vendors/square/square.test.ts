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

describe('square.orders (SearchOrders page: spec example + variations)', () => {
  const { orders } = fixture('search-orders.json');
  const result = normalize('square.orders', orders, { customerId: 'golf-club', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(orders.length);
    expect(result.conversions).toHaveLength(3);
  });

  test('the spec example order: cents, open state, one line item', () => {
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: 'CAISENgvlJ6jLWAzERDzjyHVybY',
      transactionId: 'CAISENgvlJ6jLWAzERDzjyHVybY',
      sourceSystem: 'square.orders',
      conversionType: 'purchase',
      timestamp: '2020-05-18T16:30:49.614Z',
      value: 5.5,
      currency: 'USD',
      status: { unified: 'open', raw: 'OPEN' },
      quantity: 1,
      product: { id: 'ULkg0tQTRK2bkU9fNv3IJD', sku: null, name: 'Item 1', category: null },
      items: [
        {
          id: 'ULkg0tQTRK2bkU9fNv3IJD',
          sku: null,
          name: 'Item 1',
          category: null,
          quantity: 1,
          unitPrice: 5,
          total: 2.5,
        },
      ],
      location: { id: 'D7AVYMEAPJ3A3', name: null },
      amounts: { tax: 0, discount: 5.5, tip: null, refunded: null },
      identityFragments: [
        { type: 'customer_id', value: 'JDKYHBWT1D4F8MFH63DBMEN8Y4', sourceSystem: 'square.orders' },
      ],
      extras: { state: 'OPEN', version: 1 },
    });
  });

  test('a completed order: refunds summed, gross value kept, two line items', () => {
    expect(result.conversions[1]).toMatchObject({
      transactionId: 'ord-golf-2',
      timestamp: '2025-02-01T18:12:00.000Z',
      value: 45,
      status: { unified: 'completed', raw: 'COMPLETED' },
      amounts: { tax: 3, tip: 3, discount: 0, refunded: 15 },
      quantity: 3,
      items: [
        { id: 'GREENFEE18', name: 'Green Fee 18', quantity: 2, unitPrice: 15, total: 30 },
        { id: 'RANGEBALLS', name: 'Range Balls', quantity: 1, unitPrice: 9, total: 9 },
      ],
      extras: { closed_at: '2025-02-01T18:14:30.250Z', reference_id: 'TEE-0914', version: 4 },
    });
  });

  test('a cancelled order keeps its currency and maps CANCELED', () => {
    expect(result.conversions[2]).toMatchObject({
      value: 12,
      currency: 'CAD',
      status: { unified: 'cancelled', raw: 'CANCELED' },
      items: [],
    });
  });

  test('a decimal in a minor-unit field is quarantined with field, value and reason', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: 'total_money.amount',
        target: 'value',
        value: '12.50',
        reason: 'minor-unit amounts must be whole numbers',
      }),
    ]);
  });
});

describe('square.refunds (ListPaymentRefunds: spec example + variations)', () => {
  const { refunds } = fixture('list-refunds.json');
  const result = normalize('square.refunds', refunds, { customerId: 'golf-club', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(refunds.length);
  });

  test('the spec example refund: negative value, points at its order', () => {
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: 'bP9mAsEMYPUGjjGNaNO5ZDVyLhSZY_69MmgHubkLqx9wGhnmenRUHOaKitE6llfZuxcWYjGxd',
      transactionId: '9ltv0bx5PuvGXUYHYHxYSKEqC3IZY',
      conversionType: 'refund',
      timestamp: '2021-10-13T19:59:05.342Z',
      value: -5.55,
      currency: 'USD',
      status: { unified: 'completed', raw: 'COMPLETED' },
      extras: { payment_id: 'bP9mAsEMYPUGjjGNaNO5ZDVyLhSZY', order_id: '9ltv0bx5PuvGXUYHYHxYSKEqC3IZY' },
    });
  });

  test('a refund of a payment without an order joins that payment’s conversion', () => {
    const payments = normalize('square.payments', fixture('list-payments.json').payments, {
      customerId: 'golf-club',
    });
    const refund = result.conversions[1]!;
    expect(refund).toMatchObject({
      transactionId: 'pay-2',
      value: -5,
      status: { unified: 'pending', raw: 'PENDING' },
      location: { id: 'L88917AVBK2S5', name: null },
      extras: { reason: 'Rain check' },
    });
    const sale = payments.conversions.find((c) => c.sourceRecordId === 'pay-2')!;
    expect(sale.transactionId).toBe(refund.transactionId);
    expect(sale.amounts.refunded).toBe(-refund.value);
  });

  test('REJECTED maps to failed', () => {
    expect(result.conversions[2]?.status).toEqual({ unified: 'failed', raw: 'REJECTED' });
    expect(result.conversions[2]?.value).toBe(-19.99);
  });

  test('an impossible date is quarantined with field, value and reason', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: 'created_at',
        target: 'timestamp',
        value: '2021-10-32T10:00:00Z',
        reason: '2021-10 has no day 32',
      }),
    ]);
  });
});

describe('square.customers (ListCustomers: spec example + variations)', () => {
  const { customers } = fixture('list-customers.json');
  const result = normalize('square.customers', customers, { customerId: 'golf-club', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(customers.length);
  });

  test('the spec example customer becomes a zero-value signup with its identity', () => {
    const sq = 'square.customers';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: 'JDKYHBWT1D4F8MFH63DBMEN8Y4',
      transactionId: 'JDKYHBWT1D4F8MFH63DBMEN8Y4',
      conversionType: 'signup',
      timestamp: '2016-03-23T20:21:54.859Z',
      value: 0,
      currency: 'XXX',
      status: { unified: 'unknown', raw: null },
      extras: { creation_source: 'THIRD_PARTY' },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'customer_id', value: 'JDKYHBWT1D4F8MFH63DBMEN8Y4', sourceSystem: sq },
      { type: 'email', value: 'Amelia.Earhart@example.com', sourceSystem: sq },
      { type: 'phone', value: '+1-212-555-4240', sourceSystem: sq },
      { type: 'first_name', value: 'Amelia', sourceSystem: sq },
      { type: 'last_name', value: 'Earhart', sourceSystem: sq },
      { type: 'customer_reference', value: 'YOUR_REFERENCE_ID', sourceSystem: sq },
      { type: 'postal_code', value: '10003', sourceSystem: sq },
      { type: 'country', value: 'US', sourceSystem: sq },
    ]);
  });

  test('address parts, company and birthday; offset converted to UTC', () => {
    expect(result.conversions[1]?.timestamp).toBe('2025-01-05T21:00:00.000Z');
    expect(result.conversions[1]?.identityFragments.map((f) => [f.type, f.value])).toEqual([
      ['customer_id', 'CDRRJYZTE8T3C0GKUKXJ324298'],
      ['first_name', 'Mary'],
      ['last_name', 'Walker'],
      ['company', 'Walker Golf LLC'],
      ['address_line', '8022 Cedar Rd'],
      ['city', 'Austin'],
      ['region', 'TX'],
      ['postal_code', '78701'],
      ['country', 'US'],
      ['birth_date', '1985-04-12'],
    ]);
  });

  test('the mapping’s defaultCurrency replaces XXX on zero-value signups', () => {
    const withCurrency = normalize('square.customers', customers.slice(0, 1), {
      customerId: 'golf-club',
      overrides: { defaultCurrency: 'USD' },
    });
    expect(withCurrency.conversions[0]?.currency).toBe('USD');
  });

  test('a customer without created_at is quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 2,
        field: 'created_at',
        target: 'timestamp',
        reason: 'missing or blank',
      }),
    ]);
  });
});
