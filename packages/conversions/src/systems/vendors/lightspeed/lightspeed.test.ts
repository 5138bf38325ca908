import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../normalize/normalize.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8')).data as unknown[];

describe('lightspeed.sales (API 2.0 page: reference example + variations)', () => {
  const sales = fixture('sales.json');
  // Sales carry no currency: a retailer's syncs set it once.
  const result = normalize('lightspeed.sales', sales, {
    customerId: 'surf-shop',
    overrides: { defaultCurrency: 'NZD' },
    validate: true,
  });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(sales.length);
  });

  test('the reference example: value = total_price + total_tax, CLOSED → completed', () => {
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: 'b1e2624f-6a8e-4b5e-9c3d-2f1a0e9d8c7b',
      transactionId: 'b1e2624f-6a8e-4b5e-9c3d-2f1a0e9d8c7b',
      sourceSystem: 'lightspeed.sales',
      conversionType: 'purchase',
      timestamp: '2024-05-01T10:00:00.000Z',
      value: 23,
      currency: 'NZD',
      status: { unified: 'completed', raw: 'CLOSED' },
      amounts: { subtotal: 20, tax: 3 },
      quantity: 1,
      items: [{ id: 'p1', sku: null, name: null, category: null, quantity: 1, unitPrice: 20, total: null }],
      identityFragments: [
        {
          type: 'customer_id',
          value: 'c1d2e3f4-0000-4000-8000-000000000001',
          sourceSystem: 'lightspeed.sales',
        },
      ],
      extras: { invoice_number: '1001', version: 791094 },
    });
  });

  test('a voided sale keeps its gross value; +12:00 converted to UTC; outlet as location', () => {
    expect(result.conversions[1]).toMatchObject({
      timestamp: '2024-05-01T11:30:00.000Z',
      value: 115,
      status: { unified: 'voided', raw: 'VOIDED' },
      location: { id: 'outlet-ponsonby', name: null },
      quantity: 3,
      extras: { state: 'voided', register_id: 'reg-1' },
    });
  });

  test('a layby is pending; a return is a negative sale', () => {
    expect(result.conversions[2]).toMatchObject({ value: 92, status: { unified: 'pending', raw: 'LAYBY' } });
    expect(result.conversions[3]).toMatchObject({
      value: -23,
      conversionType: 'purchase',
      quantity: -1,
      amounts: { subtotal: -20, tax: -3 },
    });
  });

  test('a non-numeric total is quarantined with field, value and reason', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 4,
        field: 'total_price + total_tax',
        target: 'value',
        value: ['twenty', 3],
        reason: 'unrecognised format',
      }),
    ]);
  });

  test('without a defaultCurrency every priced sale is quarantined with the instruction', () => {
    const bare = normalize('lightspeed.sales', sales.slice(0, 2), { customerId: 'surf-shop' });
    expect(bare.conversions).toEqual([]);
    expect(bare.quarantined.map((q) => [q.field, q.target, q.reason])).toEqual([
      ['(mapping)', 'currency', 'no currency in the record or the mapping; set defaultCurrency'],
      ['(mapping)', 'currency', 'no currency in the record or the mapping; set defaultCurrency'],
    ]);
  });
});

describe('lightspeed.customers (API 2.0 page)', () => {
  const customers = fixture('customers.json');
  const result = normalize('lightspeed.customers', customers, { customerId: 'surf-shop', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(customers.length);
  });

  test('a customer becomes a zero-value signup with both phones and the customer code', () => {
    const ls = 'lightspeed.customers';
    expect(result.conversions[0]).toMatchObject({
      conversionType: 'signup',
      timestamp: '2024-04-30T21:00:00.000Z',
      value: 0,
      currency: 'XXX',
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'customer_id', value: 'c1d2e3f4-0000-4000-8000-000000000001', sourceSystem: ls },
      { type: 'customer_reference', value: 'C-0042', sourceSystem: ls },
      { type: 'first_name', value: 'Ada', sourceSystem: ls },
      { type: 'last_name', value: 'Lovelace', sourceSystem: ls },
      { type: 'email', value: 'ada@example.co.nz', sourceSystem: ls },
      { type: 'phone', value: '+64 21 555 0100', sourceSystem: ls },
      { type: 'phone', value: '+64 9 555 0100', sourceSystem: ls },
      { type: 'company', value: 'Analytical Engines Ltd', sourceSystem: ls },
      { type: 'birth_date', value: '1985-04-12', sourceSystem: ls },
      { type: 'address_line', value: '1 Queen St', sourceSystem: ls },
      { type: 'city', value: 'Auckland', sourceSystem: ls },
      { type: 'postal_code', value: '1010', sourceSystem: ls },
      { type: 'country', value: 'NZ', sourceSystem: ls },
    ]);
  });

  test('an unreadable created_at is quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({ index: 2, field: 'created_at', target: 'timestamp', value: 'last Tuesday' }),
    ]);
    expect(result.quarantined[0]?.reason).toMatch(/unrecognised format/);
  });
});
