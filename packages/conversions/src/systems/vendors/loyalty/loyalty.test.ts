import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../normalize/normalize.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8')) as unknown[];

describe('loyalty.transactions (GrowthNav generic layout)', () => {
  const events = fixture('transactions.json');
  const result = normalize('loyalty.transactions', events, { customerId: 'golf-club', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(events.length);
  });

  test('an earn event: not a purchase, joined to its POS sale, member id as loyalty_id', () => {
    const ly = 'loyalty.transactions';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: 'LT-1001',
      transactionId: 'DO5psXGHgQT4Rrg3iuRfFk',
      sourceSystem: ly,
      source: 'loyalty',
      conversionType: 'other',
      timestamp: '2025-03-14T17:40:00.000Z',
      value: 45,
      currency: 'USD',
      status: { unified: 'completed', raw: 'posted' },
      location: { id: 'L1', name: 'Downtown' },
      extras: { event_type: 'earn', points: 45, reference_id: 'DO5psXGHgQT4Rrg3iuRfFk' },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'loyalty_id', value: 'M-0042', sourceSystem: ly },
      { type: 'email', value: 'mary.walker@example.com', sourceSystem: ly },
      { type: 'phone', value: '+1 512 555 0142', sourceSystem: ly },
      { type: 'first_name', value: 'Mary', sourceSystem: ly },
      { type: 'last_name', value: 'Walker', sourceSystem: ly },
      { type: 'postal_code', value: '78701', sourceSystem: ly },
    ]);
  });

  test('a redemption, a visit and an enrolment', () => {
    expect(result.conversions[1]).toMatchObject({
      transactionId: 'LT-1002',
      conversionType: 'other',
      value: 0,
      currency: 'XXX',
      product: { name: 'Free range bucket' },
      extras: { event_type: 'redeem', points: -500 },
    });
    expect(result.conversions[2]).toMatchObject({
      conversionType: 'other',
      timestamp: '2025-03-21T12:05:00.000Z',
      status: { unified: 'unknown', raw: null },
      identityFragments: [{ type: 'loyalty_id', value: 'M-0077', sourceSystem: 'loyalty.transactions' }],
    });
    expect(result.conversions[3]).toMatchObject({ conversionType: 'signup', extras: { points: 100 } });
  });

  test('a reversed earn loads as refunded', () => {
    expect(result.conversions[4]).toMatchObject({
      transactionId: 'TX-REFUNDED-9',
      value: 20,
      status: { unified: 'refunded', raw: 'reversed' },
    });
  });

  test('an unknown event type and a missing member id are quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 5,
        field: 'type',
        target: 'conversionType',
        value: 'bonus',
        reason: '"bonus" is not one of the mapped values (earn, redeem, visit, adjust, expire, enroll)',
      }),
      expect.objectContaining({
        index: 6,
        field: 'member_id',
        target: 'identity.loyalty_id',
        reason: 'missing or blank',
      }),
    ]);
  });

  test('a loyalty-only business counts earn events as purchases with one override', () => {
    const asSales = normalize('loyalty.transactions', events.slice(0, 1), {
      customerId: 'golf-club',
      overrides: {
        fields: [
          {
            target: 'conversionType',
            source: 'type',
            transform: { type: 'enum', map: { earn: 'purchase', enroll: 'signup' }, fallback: 'other' },
          },
        ],
      },
    });
    expect(asSales.conversions[0]).toMatchObject({ conversionType: 'purchase', value: 45 });
  });
});

describe('loyalty.members (GrowthNav generic layout)', () => {
  const members = fixture('members.json');
  const result = normalize('loyalty.members', members, { customerId: 'golf-club', validate: true });

  test('every record is loaded or quarantined', () => {
    expect(result.conversions.length + result.quarantined.length).toBe(members.length);
  });

  test('a member becomes a zero-value signup linked to the POS customer', () => {
    const ly = 'loyalty.members';
    expect(result.conversions[0]).toMatchObject({
      sourceRecordId: 'M-0042',
      conversionType: 'signup',
      timestamp: '2024-06-01T09:00:00.000Z',
      value: 0,
      currency: 'XXX',
      extras: { tier: 'gold', points_balance: 1200, member_status: 'active' },
    });
    expect(result.conversions[0]?.identityFragments).toEqual([
      { type: 'loyalty_id', value: 'M-0042', sourceSystem: ly },
      { type: 'customer_id', value: 'CDRRJYZTE8T3C0GKUKXJ324298', sourceSystem: ly },
      { type: 'email', value: 'mary.walker@example.com', sourceSystem: ly },
      { type: 'phone', value: '+1 512 555 0142', sourceSystem: ly },
      { type: 'first_name', value: 'Mary', sourceSystem: ly },
      { type: 'last_name', value: 'Walker', sourceSystem: ly },
      { type: 'birth_date', value: '1985-04-12', sourceSystem: ly },
      { type: 'postal_code', value: '78701', sourceSystem: ly },
      { type: 'country', value: 'US', sourceSystem: ly },
    ]);
    expect(result.conversions[1]?.timestamp).toBe('2025-03-21T08:00:00.000Z');
  });

  test('a member without enrolled_at is quarantined', () => {
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        index: 2,
        field: 'enrolled_at',
        target: 'timestamp',
        reason: 'missing or blank',
      }),
    ]);
  });
});
