import { type Conversion, conversionIdFor, conversionSchema } from '@growthnav/conversions';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type ConversionLike, conversionsToTransactions } from './conversions-to-transactions.js';

/** A conversion with only the fields customer value reads. */
function conversion(overrides: Partial<ConversionLike> & { transactionId: string }): ConversionLike {
  return {
    customerId: 'golf-club',
    userId: 'person-1',
    timestamp: '2025-03-01T15:00:00.000Z',
    value: 100,
    currency: 'USD',
    conversionType: 'purchase',
    status: { unified: 'completed' },
    ...overrides,
  };
}

describe('conversionsToTransactions', () => {
  test('turns completed purchases into transactions of the resolved person', () => {
    const result = conversionsToTransactions([
      conversion({ transactionId: 't1' }),
      conversion({
        transactionId: 't2',
        userId: 'person-2',
        value: 40,
        timestamp: '2025-03-02T10:00:00.000Z',
      }),
    ]);
    expect(result.transactions).toEqual([
      { personId: 'person-1', date: '2025-03-01T15:00:00.000Z', value: 100 },
      { personId: 'person-2', date: '2025-03-02T10:00:00.000Z', value: 40 },
    ]);
    expect(result.currency).toBe('USD');
    expect(result.warnings).toEqual([]);
  });

  test('leaves out non-purchases and unfinished sales, with counts', () => {
    const result = conversionsToTransactions([
      conversion({ transactionId: 't1', conversionType: 'lead' }),
      conversion({ transactionId: 't2', status: { unified: 'pending' } }),
      conversion({ transactionId: 't3', status: { unified: 'voided' } }),
      conversion({ transactionId: 't4', value: -3 }),
    ]);
    expect(result.transactions).toEqual([]);
    expect(result.counts.excluded).toMatchObject({ notPurchase: 1, notCompleted: 2, negativeValue: 1 });
  });

  test('falls back to the identity the caller chooses when userId is null', () => {
    const rows = [
      { ...conversion({ transactionId: 't1', userId: null }), loyalty: 'L-7' },
      { ...conversion({ transactionId: 't2', userId: null }), loyalty: '' },
    ];
    const withIdentity = conversionsToTransactions(rows, { identity: (c) => c.loyalty || null });
    expect(withIdentity.transactions.map((t) => t.personId)).toEqual(['L-7']);
    expect(withIdentity.counts.excluded.noIdentity).toBe(1);
    const without = conversionsToTransactions(rows);
    expect(without.counts.excluded.noIdentity).toBe(2);
    expect(without.warnings.join(' ')).toMatch(/identity resolution/);
  });

  test("refunds: 'net' subtracts them, dropping purchases refunded in full", () => {
    const rows = [
      conversion({ transactionId: 'partial', value: 100 }),
      conversion({ transactionId: 'partial', conversionType: 'refund', value: -30 }),
      conversion({ transactionId: 'full', value: 50 }),
      conversion({ transactionId: 'full', conversionType: 'refund', value: -50 }),
      conversion({
        transactionId: 'marked',
        value: 80,
        status: { unified: 'partially_refunded' },
        amounts: { refunded: 20 },
      }),
      conversion({ transactionId: 'elsewhere', conversionType: 'refund', value: -10 }),
    ];
    const result = conversionsToTransactions(rows);
    expect(result.transactions.map((t) => t.value)).toEqual([70, 60]);
    expect(result.counts).toEqual({
      input: 6,
      transactions: 2,
      refunds: { applied: 2, unmatched: 1 },
      excluded: {
        notPurchase: 0,
        notCompleted: 0,
        noIdentity: 0,
        otherCurrency: 0,
        negativeValue: 0,
        refunded: 1,
      },
    });
  });

  test('does not count the same refund twice when both amounts.refunded and a refund conversion record it', () => {
    const rows = [
      conversion({
        transactionId: 't',
        value: 100,
        status: { unified: 'partially_refunded' },
        amounts: { refunded: 25 },
      }),
      conversion({ transactionId: 't', conversionType: 'refund', value: -25 }),
    ];
    expect(conversionsToTransactions(rows).transactions[0]!.value).toBe(75);
  });

  test("refunds: 'exclude' drops every refunded purchase and keeps the rest at full value", () => {
    const rows = [
      conversion({ transactionId: 'partial', value: 100 }),
      conversion({ transactionId: 'partial', conversionType: 'refund', value: -30 }),
      conversion({ transactionId: 'clean', value: 60 }),
      conversion({ transactionId: 'marked', value: 80, status: { unified: 'refunded' } }),
    ];
    const result = conversionsToTransactions(rows, { refunds: 'exclude' });
    expect(result.transactions.map((t) => t.value)).toEqual([60]);
    expect(result.counts.excluded.refunded).toBe(2);
    expect(result.counts.refunds.applied).toBe(1);
  });

  test('refuses several tenants, and several currencies unless one is chosen', () => {
    expect(() =>
      conversionsToTransactions([
        conversion({ transactionId: 'a' }),
        conversion({ transactionId: 'b', customerId: 'other-tenant' }),
      ]),
    ).toThrow(expect.objectContaining({ code: 'MIXED_TENANTS' }));
    const mixed = [conversion({ transactionId: 'a' }), conversion({ transactionId: 'b', currency: 'EUR' })];
    expect(() => conversionsToTransactions(mixed)).toThrow(
      expect.objectContaining({ code: 'MIXED_CURRENCIES', field: 'currency' }),
    );
    const euros = conversionsToTransactions(mixed, { currency: 'EUR' });
    expect(euros.transactions).toHaveLength(1);
    expect(euros.counts.excluded.otherCurrency).toBe(1);
  });

  test('accepts full Conversion objects', () => {
    const full: Conversion = conversionSchema.parse({
      schemaVersion: 1,
      customerId: 'golf-club',
      conversionId: conversionIdFor('golf-club', 'square.payments', 'pay_1'),
      transactionId: 'order_1',
      sourceRecordId: 'pay_1',
      conversionType: 'purchase',
      source: 'pos',
      sourceSystem: 'square.payments',
      timestamp: '2025-03-01T15:00:00.000Z',
      value: 42.5,
      currency: 'USD',
      status: { unified: 'completed', raw: 'COMPLETED' },
      quantity: 1,
      product: { id: null, sku: null, name: null, category: null },
      items: [],
      location: { id: null, name: null },
      amounts: {
        subtotal: null,
        tax: null,
        tip: null,
        discount: null,
        shipping: null,
        fee: null,
        refunded: null,
      },
      clickIds: { gclid: null, fbclid: null, ttclid: null, msclkid: null },
      utm: { source: null, medium: null, campaign: null, term: null, content: null },
      attribution: [],
      identityFragments: [],
      userId: 'person-9',
      extras: {},
      raw: {},
    });
    expect(conversionsToTransactions([full]).transactions).toEqual([
      { personId: 'person-9', date: '2025-03-01T15:00:00.000Z', value: 42.5 },
    ]);
  });

  test('accounts for every conversion, whatever the mix', () => {
    const row = fc.record({
      transactionId: fc.constantFrom('t1', 't2', 't3', 't4'),
      userId: fc.constantFrom('p1', 'p2', null),
      value: fc.double({ min: -100, max: 100, noNaN: true }),
      currency: fc.constantFrom('USD', 'EUR'),
      conversionType: fc.constantFrom('purchase', 'refund', 'lead'),
      status: fc.record({
        unified: fc.constantFrom('completed', 'refunded', 'partially_refunded', 'pending', 'failed'),
      }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.constantFrom<'net' | 'exclude'>('net', 'exclude'),
        (rows, refunds) => {
          const conversions = rows.map((r) => conversion(r));
          const { counts, transactions } = conversionsToTransactions(conversions, {
            currency: 'USD',
            refunds,
          });
          const excluded = Object.values(counts.excluded).reduce((a, b) => a + b, 0);
          expect(counts.transactions + counts.refunds.applied + counts.refunds.unmatched + excluded).toBe(
            conversions.length,
          );
          for (const t of transactions) expect(t.value).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
