import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../normalize/normalize.js';

const data = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8')).data as unknown[];

describe('zoho.deals (v7 records page: reference Deals record + variations)', () => {
  const deals = data('deals.json');
  // $currency_symbol is a symbol, not a code: the org currency is set once.
  const result = normalize('zoho.deals', deals, {
    customerId: 'golf-group',
    overrides: { defaultCurrency: 'USD' },
    validate: true,
  });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(deals.length);
  });

  test('the reference deal: Closed Won → purchase / completed, Closing_Date as UTC midnight', () => {
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '3652397000009852001',
      transactionId: '3652397000009852001',
      sourceSystem: 'zoho.deals',
      conversionType: 'purchase',
      timestamp: '2018-10-09T00:00:00.000Z',
      value: 1000,
      currency: 'USD',
      status: { unified: 'completed', raw: 'Closed Won' },
      product: { name: 'Golf simulator install' },
      identityFragments: [
        { type: 'contact_id', value: '3652397000009851001', sourceSystem: 'zoho.deals' },
        { type: 'full_name', value: 'Jason Smith', sourceSystem: 'zoho.deals' },
      ],
      extras: { currency_symbol: '$', modified_time: '2018-10-09T04:30:00.000Z' },
    });
  });

  test('an open deal in a multi-currency org: +05:30 to UTC, record currency wins', () => {
    expect(result.conversions[1]).toMatchObject({
      conversionType: 'other',
      value: 250000.5,
      currency: 'INR',
      status: { unified: 'open', raw: 'Negotiation/Review' },
      identityFragments: [{ type: 'company', value: 'Acme Pvt Ltd', sourceSystem: 'zoho.deals' }],
      extras: { lead_source: 'Trade Show', created_time: '2022-11-21T09:42:13.000Z' },
    });
  });

  test('a deal lost to competition without an amount', () => {
    expect(result.conversions[2]).toMatchObject({
      conversionType: 'other',
      value: 0,
      status: { unified: 'cancelled', raw: 'Closed-Lost to Competition' },
    });
  });

  test('a deal without Closing_Date is quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: 'Closing_Date',
        target: 'timestamp',
        reason: 'missing or blank',
      }),
    ]);
  });
});

describe('zoho.contacts (v7 records page: reference record + variations)', () => {
  const contacts = data('contacts.json');
  const result = normalize('zoho.contacts', contacts, { customerId: 'golf-group', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(contacts.length);
  });

  test('the reference contact: -11:00 offset to UTC, zero-value lead', () => {
    const zc = 'zoho.contacts';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '3652397000009851001',
      conversionType: 'lead',
      timestamp: '2023-06-24T10:47:59.000Z',
      value: 0,
      currency: 'XXX',
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'contact_id', value: '3652397000009851001', sourceSystem: zc },
      { type: 'email', value: 'j.smith@abc.com', sourceSystem: zc },
      { type: 'phone', value: '+1 555 0100', sourceSystem: zc },
      { type: 'first_name', value: 'Jason', sourceSystem: zc },
      { type: 'last_name', value: 'Smith', sourceSystem: zc },
    ]);
  });

  test('mailing address, mobile and account; a contact without Created_Time is quarantined', () => {
    expect(result.conversions[1]?.timestamp).toBe('2022-11-21T09:42:13.000Z');
    expect(result.conversions[1]?.identityFragments.map((f) => [f.type, f.value])).toEqual([
      ['contact_id', '3652397000009851002'],
      ['email', 'priya@example.in'],
      ['phone', '+91 98450 12345'],
      ['first_name', 'Priya'],
      ['last_name', 'Raman'],
      ['company', 'Acme Pvt Ltd'],
      ['address_line', '12 MG Road'],
      ['city', 'Bengaluru'],
      ['region', 'Karnataka'],
      ['postal_code', '560001'],
      ['country', 'India'],
    ]);
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 2,
        field: 'Created_Time',
        target: 'timestamp',
        reason: 'missing or blank',
      }),
    ]);
  });
});
