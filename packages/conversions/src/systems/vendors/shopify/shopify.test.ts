import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../csv/parse-csv.js';
import { normalize } from '../../../normalize/normalize.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8'));
const shared = join(import.meta.dirname, '../../../../../../../shared/data/schema-matching');

describe('shopify.orders (REST orders page: reference example + variations)', () => {
  const { orders } = fixture('orders.json');
  const result = normalize('shopify.orders', orders, { customerId: 'pro-shop', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(orders.length);
  });

  test('the reference example: decimal strings, -05:00 to UTC, partial refund kept apart', () => {
    const sh = 'shopify.orders';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '450789469',
      transactionId: '450789469',
      sourceSystem: sh,
      source: 'ecommerce',
      conversionType: 'purchase',
      timestamp: '2008-01-10T16:00:00.000Z',
      value: 598.94,
      currency: 'USD',
      status: { unified: 'partially_refunded', raw: 'partially_refunded' },
      amounts: { subtotal: 597, tax: 11.94, discount: 10, shipping: null, tip: null, refunded: 209 },
      quantity: 1,
      items: [
        {
          id: '632910392',
          sku: 'IPOD2008GREEN',
          name: null,
          category: null,
          quantity: 1,
          unitPrice: 199,
          total: null,
        },
      ],
      extras: { order_name: '#1001', current_total_price: 199.65 },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'customer_id', value: '207119551', sourceSystem: sh },
      { type: 'email', value: 'bob.norman@mail.example.com', sourceSystem: sh },
      { type: 'phone', value: '+557734881234', sourceSystem: sh },
      { type: 'first_name', value: 'Bob', sourceSystem: sh },
      { type: 'last_name', value: 'Norman', sourceSystem: sh },
    ]);
  });

  test('a guest order: identity from the billing address, UTM and click ids from the landing site', () => {
    expect(result.conversions[1]).toMatchObject({
      utm: { source: 'google', medium: 'cpc', campaign: null, term: null, content: null },
      clickIds: { gclid: 'EAIaIQobChMI', fbclid: null, ttclid: null, msclkid: null },
      timestamp: '2025-06-01T12:30:00.000Z',
      value: 140.6,
      currency: 'EUR',
      status: { unified: 'completed', raw: 'paid' },
      amounts: { subtotal: 113, tax: 22.6, discount: 0, shipping: 5, tip: 0, refunded: null },
      quantity: 3,
      items: [
        { id: '111', sku: 'POLO-M', name: 'Polo Shirt - M', quantity: 2, unitPrice: 54 },
        { id: '1002', sku: null, name: 'Gift wrap', quantity: 1, unitPrice: 5 },
      ],
      extras: {
        order_name: '#1002',
        fulfillment_status: 'fulfilled',
        landing_site: '/products/polo?utm_source=google&utm_medium=cpc&gclid=EAIaIQobChMI',
        referring_site: 'https://www.google.com/',
        source_name: 'web',
        tags: 'vip',
        buyer_accepts_marketing: true,
        test: false,
      },
    });
    expect(result.conversions[1]?.identityFragments.map((f) => [f.type, f.value])).toEqual([
      ['email', 'claire@example.fr'],
      ['phone', '+33 1 23 45 67 89'],
      ['first_name', 'Claire'],
      ['last_name', 'Dubois'],
      ['address_line', '10 Rue de Rivoli'],
      ['city', 'Paris'],
      ['postal_code', '75001'],
      ['country', 'FR'],
      ['ip_address', '203.0.113.7'],
    ]);
  });

  test('a cancelled order keeps its value with the payment status Shopify gives it', () => {
    expect(result.conversions[2]).toMatchObject({
      value: 25,
      status: { unified: 'voided', raw: 'voided' },
      extras: { cancelled_at: '2025-06-02T13:00:00.000Z', cancel_reason: 'customer' },
    });
  });

  test('an impossible hour is quarantined with field, value and reason', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: 'processed_at',
        target: 'timestamp',
        value: '2008-01-10T25:00:00-05:00',
        reason: 'hour 25 is out of range',
      }),
    ]);
  });
});

describe('shopify.refunds (order refunds)', () => {
  const { refunds } = fixture('refunds.json');
  const result = normalize('shopify.refunds', refunds, { customerId: 'pro-shop', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(refunds.length);
  });

  test('the reference example refund: negative, pointing at its order', () => {
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '509562969',
      transactionId: '450789469',
      conversionType: 'refund',
      timestamp: '2024-01-02T13:59:11.000Z',
      value: -209,
      currency: 'USD',
      status: { unified: 'completed', raw: 'success' },
      extras: { note: 'it broke during shipping', transaction_kind: 'refund' },
    });
    const orders = normalize('shopify.orders', fixture('orders.json').orders, { customerId: 'pro-shop' });
    expect(orders.conversions[0]?.transactionId).toBe(result.conversions[0]?.transactionId);
  });

  test('a pending refund in EUR', () => {
    expect(result.conversions[1]).toMatchObject({
      transactionId: '5820982911946',
      value: -54,
      currency: 'EUR',
      status: { unified: 'pending', raw: 'pending' },
      extras: { refund_line_items: 1 },
    });
  });

  test('a split-tender refund sums its transactions', () => {
    expect(result.conversions.find((c) => c.sourceRecordId === '509562971')).toMatchObject({
      conversionType: 'refund',
      value: -15,
      currency: 'USD',
      transactionId: '5820982911949',
    });
  });

  test('a refund without its order is quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: 'order_id',
        target: 'transactionId',
        reason: 'missing or blank',
      }),
    ]);
  });
});

describe('shopify.customers (REST customers page)', () => {
  const { customers } = fixture('customers.json');
  const result = normalize('shopify.customers', customers, { customerId: 'pro-shop', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(customers.length);
  });

  test('the reference customer: zero-value signup with identity and spend in extras', () => {
    const sh = 'shopify.customers';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '207119551',
      conversionType: 'signup',
      timestamp: '2024-01-02T13:59:11.000Z',
      value: 0,
      currency: 'XXX',
      extras: {
        state: 'disabled',
        orders_count: 1,
        total_spent: 199.65,
        email_marketing_consent: 'not_subscribed',
      },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'customer_id', value: '207119551', sourceSystem: sh },
      { type: 'email', value: 'bob.norman@mail.example.com', sourceSystem: sh },
      { type: 'phone', value: '+16136120707', sourceSystem: sh },
      { type: 'first_name', value: 'Bob', sourceSystem: sh },
      { type: 'last_name', value: 'Norman', sourceSystem: sh },
      { type: 'address_line', value: 'Chestnut Street 92', sourceSystem: sh },
      { type: 'city', value: 'Louisville', sourceSystem: sh },
      { type: 'region', value: 'KY', sourceSystem: sh },
      { type: 'postal_code', value: '40202', sourceSystem: sh },
      { type: 'country', value: 'US', sourceSystem: sh },
    ]);
  });

  test('the address phone stands in for a missing customer phone', () => {
    expect(result.conversions[1]?.identityFragments.map((f) => [f.type, f.value])).toEqual([
      ['customer_id', '207119552'],
      ['email', 'claire@example.fr'],
      ['phone', '+33 1 23 45 67 89'],
      ['first_name', 'Claire'],
      ['last_name', 'Dubois'],
      ['company', 'Dubois SARL'],
      ['postal_code', '75001'],
      ['country', 'FR'],
    ]);
  });

  test('a customer without an id is quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 2,
        field: 'id',
        target: 'sourceRecordId',
        reason: 'missing or blank',
      }),
    ]);
  });
});

describe('shopify-csv.orders (admin orders export)', () => {
  const { rows } = parseCsv(readFileSync(join(shared, 'shopify_orders.csv'), 'utf8'));
  const result = normalize('shopify-csv.orders', rows, { customerId: 'pro-shop', validate: true });

  test('every row is loaded or quarantined; each quarantined row lacks a date, a total or a currency', () => {
    expect(rows).toHaveLength(120);
    expect(result.conversions.length + result.quarantined.length).toBe(rows.length);
    // Counted by hand in the file: 14 rows without "Created at", 3 more without "Total", and 7
    // more whose only gap is "Currency".
    expect(result.quarantined).toHaveLength(24);
    for (const q of result.quarantined) {
      const row = q.record as Record<string, string>;
      if (q.field === '(mapping)') {
        expect(q.target).toBe('currency');
        expect(q.reason).toBe('no currency in the record or the mapping; set defaultCurrency');
        expect(row.Currency).toBe('');
      } else {
        expect(['Created at', 'Total']).toContain(q.field);
        expect(q.reason).toBe('missing or blank');
        expect(row[q.field]).toBe('');
      }
    }
  });

  test('setting the shop currency loads the rows that only lacked a currency', () => {
    const usd = normalize('shopify-csv.orders', rows, {
      customerId: 'pro-shop',
      overrides: { defaultCurrency: 'USD' },
    });
    expect(usd.conversions).toHaveLength(103);
    expect(usd.quarantined.every((q) => q.reason === 'missing or blank')).toBe(true);
  });

  test('first row (#1000): "-0500" dates, decimal amounts, refunded status, billing identity', () => {
    const sh = 'shopify-csv.orders';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '5000000000000',
      transactionId: '5000000000000',
      conversionType: 'purchase',
      timestamp: '2025-10-03T22:55:00.000Z',
      value: 63.33,
      currency: 'USD',
      status: { unified: 'refunded', raw: 'refunded' },
      amounts: { subtotal: 58.5, shipping: 9.99, tax: 4.83, discount: 6.5, refunded: 0 },
      quantity: 1,
      product: { id: null, sku: '67846671', name: 'Green Fee 18', category: null },
      extras: {
        order_name: '#1000',
        paid_at: '2025-10-03T22:55:00.000Z',
        fulfillment_status: 'unfulfilled',
        accepts_marketing: true,
        discount_code: 'WELCOME10',
        lineitem_price: 65,
        payment_method: 'PayPal',
        source: 'web',
        tags: 'vip',
      },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'email', value: 'henry.johnson13@example.org', sourceSystem: sh },
      { type: 'phone', value: '+12692637598', sourceSystem: sh },
      { type: 'full_name', value: 'Henry Johnson', sourceSystem: sh },
      { type: 'company', value: 'Acme LLC', sourceSystem: sh },
      { type: 'address_line', value: '8022 Cedar Rd', sourceSystem: sh },
      { type: 'city', value: 'Phoenix', sourceSystem: sh },
      { type: 'region', value: 'AZ', sourceSystem: sh },
      { type: 'postal_code', value: '85004', sourceSystem: sh },
      { type: 'country', value: 'US', sourceSystem: sh },
    ]);
  });

  test('a row without an Id falls back to the order name; a blank billing name to the shipping name', () => {
    // #1008 has no Id and no Currency; #1001 has no Billing Name.
    const usd = normalize('shopify-csv.orders', rows.slice(0, 9), {
      customerId: 'pro-shop',
      overrides: { defaultCurrency: 'USD' },
    });
    expect(usd.conversions.find((c) => c.extras.order_name === '#1008')?.sourceRecordId).toBe('#1008');
    const mateo = usd.conversions.find((c) => c.extras.order_name === '#1001');
    expect(mateo?.identityFragments.find((f) => f.type === 'full_name')?.value).toBe('Mateo Taylor');
    expect(mateo?.status).toEqual({ unified: 'refunded', raw: 'refunded' });
    expect(mateo?.amounts.refunded).toBe(27);
  });
});
