import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../normalize/normalize.js';

const records = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8')).records as unknown[];

describe('salesforce.opportunities (query page: reference example + variations)', () => {
  const opportunities = records('query-opportunities.json');
  // A single-currency org: no CurrencyIsoCode on records, so the org currency is set once.
  const result = normalize('salesforce.opportunities', opportunities, {
    customerId: 'golf-group',
    overrides: { defaultCurrency: 'USD' },
    validate: true,
  });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(opportunities.length);
  });

  test('the reference example: IsWon → purchase, Closed Won → completed, CloseDate as UTC midnight', () => {
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '006xx000003GYkJAAW',
      transactionId: '006xx000003GYkJAAW',
      sourceSystem: 'salesforce.opportunities',
      source: 'crm',
      conversionType: 'purchase',
      timestamp: '2024-12-31T00:00:00.000Z',
      value: 125000,
      currency: 'USD',
      status: { unified: 'completed', raw: 'Closed Won' },
      product: { name: 'Acme renewal' },
      identityFragments: [],
      extras: { account_id: '001xx000003GYkJAAW', is_closed: true, created_date: '2024-01-10T09:15:30.000Z' },
    });
  });

  test('an open opportunity in a multi-currency org: other / open, record currency wins', () => {
    expect(result.conversions[1]).toMatchObject({
      conversionType: 'other',
      timestamp: '2025-03-31T00:00:00.000Z',
      value: 48000.5,
      currency: 'EUR',
      status: { unified: 'open', raw: 'Negotiation/Review' },
      identityFragments: [
        { type: 'contact_id', value: '003xx000004TmiQAAS', sourceSystem: 'salesforce.opportunities' },
      ],
      extras: { lead_source: 'Web', type: 'New Business', is_closed: false },
    });
  });

  test('a lost opportunity without an amount: other / cancelled, value 0', () => {
    expect(result.conversions[2]).toMatchObject({
      conversionType: 'other',
      value: 0,
      currency: 'USD',
      status: { unified: 'cancelled', raw: 'Closed Lost' },
    });
  });

  test('an impossible CloseDate is quarantined with field, value and reason', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: 'CloseDate',
        target: 'timestamp',
        value: '2024-02-30',
        reason: '2024-02 has no day 30',
      }),
    ]);
  });

  test('without an org currency, priced opportunities are quarantined with the instruction', () => {
    const bare = normalize('salesforce.opportunities', opportunities.slice(0, 3), {
      customerId: 'golf-group',
    });
    expect(bare.conversions.map((c) => [c.sourceRecordId, c.currency])).toEqual([
      ['006xx000003GYkKAAW', 'EUR'],
      ['006xx000003GYkLAAW', 'XXX'],
    ]);
    expect(bare.quarantined.map((q) => [q.index, q.field, q.target])).toEqual([[0, '(mapping)', 'currency']]);
  });
});

describe('salesforce.contacts (query page)', () => {
  const contacts = records('query-contacts.json');
  const result = normalize('salesforce.contacts', contacts, { customerId: 'golf-group', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(contacts.length);
  });

  test('a contact becomes a zero-value lead at CreatedDate (+0000) with its identity', () => {
    const sf = 'salesforce.contacts';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: '003xx000004TmiQAAS',
      conversionType: 'lead',
      timestamp: '2013-05-20T20:49:32.000Z',
      value: 0,
      currency: 'XXX',
      extras: { account_id: '001xx000003GYkKAAW' },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'contact_id', value: '003xx000004TmiQAAS', sourceSystem: sf },
      { type: 'email', value: 'ada@example.com', sourceSystem: sf },
      { type: 'phone', value: '(617) 555-0100', sourceSystem: sf },
      { type: 'phone', value: '+1 617 555 0199', sourceSystem: sf },
      { type: 'first_name', value: 'Ada', sourceSystem: sf },
      { type: 'last_name', value: 'Lovelace', sourceSystem: sf },
      { type: 'postal_code', value: '02108', sourceSystem: sf },
      { type: 'country', value: 'United States', sourceSystem: sf },
    ]);
  });

  test('mailing city and state; a contact without CreatedDate is quarantined', () => {
    expect(result.conversions[1]?.identityFragments.map((f) => [f.type, f.value])).toEqual([
      ['contact_id', '003xx000004TmiRAAS'],
      ['email', 'grace@example.com'],
      ['last_name', 'Hopper'],
      ['city', 'Arlington'],
      ['region', 'VA'],
    ]);
    expect(result.conversions[1]?.extras).toMatchObject({ lead_source: 'Partner Referral' });
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 2,
        field: 'CreatedDate',
        target: 'timestamp',
        reason: 'missing or blank',
      }),
    ]);
  });
});

describe('salesforce.leads (query page)', () => {
  const leads = records('query-leads.json');
  const result = normalize('salesforce.leads', leads, { customerId: 'golf-group', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(leads.length);
  });

  test('an open lead: status open, company and address as identity', () => {
    expect(result.conversions[0]).toMatchObject({
      conversionType: 'lead',
      timestamp: '2025-01-15T08:00:00.000Z',
      value: 0,
      status: { unified: 'open', raw: 'Open - Not Contacted' },
      extras: { lead_source: 'Web', is_converted: false },
    });
    expect(result.conversions[0]?.identityFragments.map((f) => [f.type, f.value])).toEqual([
      ['contact_id', '00Qxx000001AbcDEAS'],
      ['email', 'charles@example.co.uk'],
      ['phone', '+44 20 7946 0000'],
      ['first_name', 'Charles'],
      ['last_name', 'Babbage'],
      ['company', 'Difference Engines Ltd'],
      ['city', 'London'],
      ['postal_code', 'SW1A 1AA'],
      ['country', 'United Kingdom'],
    ]);
  });

  test('a converted lead links to its contact; a custom status stays unknown', () => {
    expect(result.conversions[1]?.status).toEqual({ unified: 'completed', raw: 'Closed - Converted' });
    expect(
      result.conversions[1]?.identityFragments.filter((f) => f.type === 'contact_id').map((f) => f.value),
    ).toEqual(['00Qxx000001AbcEEAS', '003xx000004TmiQAAS']);
    expect(result.conversions[2]?.status).toEqual({ unified: 'unknown', raw: 'Nurturing' });
  });

  test('a lead without an Id is quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 3,
        field: 'Id',
        target: 'sourceRecordId',
        reason: 'missing or blank',
      }),
    ]);
  });
});
