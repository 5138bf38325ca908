import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../csv/parse-csv.js';
import { normalize } from '../../../normalize/normalize.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8')) as unknown[];
const shared = join(import.meta.dirname, '../../../../../../../shared/data/schema-matching');

describe('woocommerce.orders (REST v3: docs example + variations)', () => {
  const orders = fixture('orders.json');
  const result = normalize('woocommerce.orders', orders, { customerId: 'pro-shop', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(orders.length);
  });

  test('the docs example order: GMT timestamp without offset, decimal strings, guest identity', () => {
    const wc = 'woocommerce.orders';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '727',
      transactionId: '727',
      sourceSystem: wc,
      source: 'ecommerce',
      conversionType: 'purchase',
      timestamp: '2017-03-22T19:28:02.000Z',
      value: 29.35,
      currency: 'USD',
      status: { unified: 'pending', raw: 'processing' },
      amounts: { tax: 1.35, shipping: 10, discount: 0, refunded: null },
      quantity: 2,
      items: [{ id: '93', sku: null, name: null, category: null, quantity: 2, unitPrice: 3, total: 6 }],
      extras: { number: '727', customer_id: 0, date_paid: '2017-03-22T19:28:08.000Z' },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'email', value: 'john.doe@example.com', sourceSystem: wc },
      { type: 'phone', value: '(555) 555-5555', sourceSystem: wc },
      { type: 'first_name', value: 'John', sourceSystem: wc },
      { type: 'last_name', value: 'Doe', sourceSystem: wc },
      { type: 'postal_code', value: '94103', sourceSystem: wc },
      { type: 'country', value: 'US', sourceSystem: wc },
    ]);
  });

  test('a completed order with one refund: gross value, refund as a positive amounts.refunded', () => {
    expect(result.conversions[1]).toMatchObject({
      timestamp: '2025-03-14T12:05:00.000Z',
      value: 58.9,
      currency: 'EUR',
      status: { unified: 'completed', raw: 'completed' },
      amounts: { tax: 9, shipping: 4.9, discount: 5, refunded: 10 },
      quantity: 3,
      items: [
        { id: '501', sku: 'GLOVE-L', name: 'Golf Glove', quantity: 2, unitPrice: 12.5, total: 25 },
        { id: '502', sku: 'TEES-100', name: 'Tees (100)', quantity: 1, unitPrice: 20, total: 20 },
      ],
      extras: {
        customer_id: 311,
        payment_method: 'stripe',
        created_via: 'checkout',
        date_completed: '2025-03-15T08:00:00.000Z',
      },
    });
    expect(result.conversions[1]?.identityFragments.map((f) => [f.type, f.value])).toEqual([
      ['email', 'lena@example.de'],
      ['phone', '+49 30 1234567'],
      ['first_name', 'Lena'],
      ['last_name', 'Schmidt'],
      ['company', 'Schmidt GmbH'],
      ['address_line', 'Hauptstr. 5'],
      ['city', 'Berlin'],
      ['region', 'BE'],
      ['postal_code', '10115'],
      ['country', 'DE'],
      ['ip_address', '198.51.100.23'],
    ]);
  });

  test('a refunded order with two refunds: status refunded, both refunds summed into amounts.refunded', () => {
    expect(result.conversions[2]).toMatchObject({
      value: 14,
      status: { unified: 'refunded', raw: 'refunded' },
      amounts: { refunded: 14 },
    });
    expect(result.warnings).toEqual([]);
  });

  test('an order with a blank currency is quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: 'currency',
        target: 'currency',
        value: '',
        reason: 'missing or blank',
      }),
    ]);
  });
});

describe('woocommerce.refunds (REST v3 order refunds: docs examples)', () => {
  const refunds = fixture('refunds.json');
  const result = normalize('woocommerce.refunds', refunds, {
    customerId: 'pro-shop',
    overrides: { defaultCurrency: 'USD' },
    validate: true,
  });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(refunds.length);
  });

  test('the docs refunds: negative value, order id from _links.up', () => {
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '726',
      transactionId: '723',
      conversionType: 'refund',
      timestamp: '2017-03-21T20:07:11.000Z',
      value: -10,
      currency: 'USD',
      status: { unified: 'completed', raw: 'false' },
      extras: { refunded_payment: false, refunded_by: 1 },
    });
    expect(result.conversions[1]).toMatchObject({
      sourceRecordId: '724',
      transactionId: '723',
      value: -9,
      status: { unified: 'completed', raw: 'true' },
      extras: { reason: 'Damaged' },
    });
  });

  test('a refund without its order link is quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 2,
        field: '_links.up[0].href',
        target: 'transactionId',
        reason: 'missing or blank',
      }),
    ]);
  });

  test('without defaultCurrency the refunds are quarantined with the instruction', () => {
    const bare = normalize('woocommerce.refunds', refunds.slice(0, 1), { customerId: 'pro-shop' });
    expect(bare.quarantined[0]).toMatchObject({
      field: '(mapping)',
      target: 'currency',
      reason: 'no currency in the record or the mapping; set defaultCurrency',
    });
  });
});

describe('woocommerce.customers (REST v3)', () => {
  const customers = fixture('customers.json');
  const result = normalize('woocommerce.customers', customers, { customerId: 'pro-shop', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(customers.length);
  });

  test('the docs customer: zero-value signup at date_created_gmt', () => {
    const wc = 'woocommerce.customers';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '25',
      conversionType: 'signup',
      timestamp: '2017-03-21T19:09:28.000Z',
      value: 0,
      currency: 'XXX',
      extras: { username: 'john.doe', role: 'customer', is_paying_customer: false },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'customer_id', value: '25', sourceSystem: wc },
      { type: 'email', value: 'john.doe@example.com', sourceSystem: wc },
      { type: 'phone', value: '(555) 555-5555', sourceSystem: wc },
      { type: 'first_name', value: 'John', sourceSystem: wc },
      { type: 'last_name', value: 'Doe', sourceSystem: wc },
      { type: 'address_line', value: '969 Market', sourceSystem: wc },
      { type: 'city', value: 'San Francisco', sourceSystem: wc },
      { type: 'region', value: 'CA', sourceSystem: wc },
      { type: 'postal_code', value: '94103', sourceSystem: wc },
      { type: 'country', value: 'US', sourceSystem: wc },
    ]);
  });

  test('billing names stand in for blank account names; a customer without a date is quarantined', () => {
    expect(result.conversions[1]?.identityFragments.map((f) => [f.type, f.value])).toEqual([
      ['customer_id', '311'],
      ['email', 'lena@example.de'],
      ['phone', '+49 30 1234567'],
      ['first_name', 'Lena'],
      ['last_name', 'Schmidt'],
      ['postal_code', '10115'],
      ['country', 'DE'],
    ]);
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 2,
        field: 'date_created_gmt',
        target: 'timestamp',
        reason: 'missing or blank',
      }),
    ]);
  });
});

describe('woocommerce-csv.orders (orders export)', () => {
  const { rows } = parseCsv(readFileSync(join(shared, 'woocommerce_orders.csv'), 'utf8'));
  const result = normalize('woocommerce-csv.orders', rows, { customerId: 'pro-shop', validate: true });

  test('every row is loaded or quarantined; each quarantined row lacks an id, a date, a total or a currency', () => {
    expect(rows).toHaveLength(120);
    expect(result.conversions.length + result.quarantined.length).toBe(rows.length);
    // Counted by hand in the file: 6 rows without order_id, 6 without order_date, 2 without
    // order_total, and 5 more whose only gap is order_currency.
    expect(result.quarantined).toHaveLength(19);
    for (const q of result.quarantined) {
      const row = q.record as Record<string, string>;
      if (q.field === '(mapping)') {
        expect(q.reason).toBe('no currency in the record or the mapping; set defaultCurrency');
        expect(row.order_currency).toBe('');
      } else {
        expect(['order_id', 'order_date', 'order_total']).toContain(q.field);
        expect(q.reason).toBe('missing or blank');
        expect(row[q.field]).toBe('');
      }
    }
  });

  test('first row (4000): wc- status prefix, billing identity, site time read as UTC', () => {
    const wc = 'woocommerce-csv.orders';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '4000',
      transactionId: '4000',
      timestamp: '2025-06-14T09:34:00.000Z',
      value: 23.51,
      currency: 'USD',
      status: { unified: 'pending', raw: 'wc-processing' },
      extras: { customer_id: '4771', payment_method: 'paypal', shipping_postcode: '80202' },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'email', value: 'elijah.lee36@outlook.com', sourceSystem: wc },
      { type: 'first_name', value: 'Elijah', sourceSystem: wc },
      { type: 'last_name', value: 'Lee', sourceSystem: wc },
      { type: 'address_line', value: '4023 Elm St', sourceSystem: wc },
      { type: 'city', value: 'Denver', sourceSystem: wc },
      { type: 'region', value: 'CO', sourceSystem: wc },
      { type: 'postal_code', value: '80202', sourceSystem: wc },
      { type: 'country', value: 'US', sourceSystem: wc },
    ]);
    // 4001 is wc-refunded; a row with a blank status loads with an unknown status.
    expect(result.conversions[1]?.status).toEqual({ unified: 'refunded', raw: 'wc-refunded' });
    const blankStatus = result.conversions.find((c) => c.sourceRecordId === '4011');
    expect(blankStatus?.status).toEqual({ unified: 'unknown', raw: null });
  });

  test('the store time zone is an override away', () => {
    const denver = normalize('woocommerce-csv.orders', rows.slice(0, 1), {
      customerId: 'pro-shop',
      overrides: {
        fields: [
          {
            target: 'timestamp',
            source: 'order_date',
            transform: { type: 'timestamp', timeZone: 'America/Denver' },
          },
        ],
      },
    });
    expect(denver.conversions[0]?.timestamp).toBe('2025-06-14T15:34:00.000Z');
  });
});
