import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../normalize/normalize.js';

const results = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8')).results as unknown[];

describe('hubspot.deals (CRM v3 page: reference deal + variations)', () => {
  const deals = results('deals.json');
  // The portal currency: deal_currency_code is unconfirmed and absent from the reference deal.
  const result = normalize('hubspot.deals', deals, {
    customerId: 'golf-group',
    overrides: { defaultCurrency: 'USD' },
    validate: true,
  });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(deals.length);
  });

  test('the reference deal: string amount, open pipeline stage → other / open', () => {
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '87654321098',
      transactionId: '87654321098',
      sourceSystem: 'hubspot.deals',
      source: 'crm',
      conversionType: 'other',
      timestamp: '2024-03-31T00:00:00.000Z',
      value: 50000,
      currency: 'USD',
      status: { unified: 'open', raw: 'presentationscheduled' },
      product: { name: 'Q1 2024 Enterprise Contract' },
      extras: {
        pipeline: 'default',
        dealstage: 'presentationscheduled',
        createdate: '2024-01-10T09:15:30.234Z',
        archived: false,
      },
    });
  });

  test('a won deal: purchase / completed, epoch-ms closedate, deal currency, associated contact', () => {
    expect(result.conversions[1]).toMatchObject({
      conversionType: 'purchase',
      timestamp: '2019-10-31T00:00:00.000Z',
      value: 1250.5,
      currency: 'EUR',
      status: { unified: 'completed', raw: 'closedwon' },
      identityFragments: [{ type: 'contact_id', value: '512', sourceSystem: 'hubspot.deals' }],
      extras: { createdate: '2019-10-02T07:06:40.000Z' },
    });
  });

  test('a lost deal with a blank amount: other / cancelled, value 0', () => {
    expect(result.conversions[2]).toMatchObject({
      conversionType: 'other',
      value: 0,
      status: { unified: 'cancelled', raw: 'closedlost' },
    });
  });

  test('an open deal without a close date is dated by its creation', () => {
    expect(result.conversions[3]).toMatchObject({
      sourceRecordId: '87654321101',
      timestamp: '2024-02-01T10:00:00.000Z',
      status: { unified: 'open', raw: 'appointmentscheduled' },
    });
  });

  test('a deal with neither date is quarantined with the fields and reason', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 4,
        field: 'properties.closedate + properties.createdate',
        target: 'timestamp',
        value: undefined,
        reason: 'missing or blank',
      }),
    ]);
  });
});

describe('hubspot.contacts (CRM v3 page: reference contact + variations)', () => {
  const contacts = results('contacts.json');
  const result = normalize('hubspot.contacts', contacts, { customerId: 'golf-group', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(contacts.length);
  });

  test('the reference contact becomes a zero-value lead with its identity', () => {
    const hs = 'hubspot.contacts';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '512',
      conversionType: 'lead',
      timestamp: '2019-10-30T03:30:17.883Z',
      value: 0,
      currency: 'XXX',
      extras: { archived: false },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'contact_id', value: '512', sourceSystem: hs },
      { type: 'email', value: 'ada@example.com', sourceSystem: hs },
      { type: 'phone', value: '+16175550100', sourceSystem: hs },
      { type: 'first_name', value: 'Ada', sourceSystem: hs },
      { type: 'last_name', value: 'Lovelace', sourceSystem: hs },
    ]);
  });

  test('export-style properties and an epoch-ms createdate', () => {
    expect(result.conversions[1]).toMatchObject({
      timestamp: '2023-11-14T22:13:20.000Z',
      extras: { lifecyclestage: 'customer', analytics_source: 'ORGANIC_SEARCH' },
    });
    expect(result.conversions[1]?.identityFragments.map((f) => [f.type, f.value])).toEqual([
      ['contact_id', '513'],
      ['email', 'harper.miller89@yahoo.com'],
      ['first_name', 'Harper'],
      ['last_name', 'Miller'],
      ['company', 'Miller Events'],
      ['city', 'Denver'],
      ['region', 'CO'],
      ['postal_code', '80202'],
      ['country', 'United States'],
    ]);
  });

  test('an unreadable createdate is quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 2,
        field: 'properties.createdate',
        target: 'timestamp',
        value: 'yesterday',
      }),
    ]);
  });
});
