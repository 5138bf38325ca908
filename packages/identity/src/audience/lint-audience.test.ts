import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IdentityError } from '../errors.js';
import type { AudienceDestination, AudienceLintReason } from './audience-lint.js';
import type { AudiencePerson } from './audience-person.js';
import { lintAudience } from './lint-audience.js';

const person = (fragments: [string, string][], extra: Partial<AudiencePerson> = {}): AudiencePerson => ({
  personId: 'p1',
  fragments: fragments.map(([type, value]) => ({ type, value })),
  ...extra,
});

function reasonsOf(people: AudiencePerson[], destination: AudienceDestination, options = {}) {
  const report = lintAudience(people, { destination, ...options });
  return {
    uploaded: report.uploadedPeople,
    reasons: [...new Set(report.rows.flatMap((r) => r.issues.map((i) => i.reason)))].sort(),
  };
}

describe('lintAudience', () => {
  test.each<[string, AudienceDestination, number, AudienceLintReason[], AudiencePerson, object]>([
    ['a valid email', 'google-ads', 1, [], person([['email', 'jane@shop-mail.com']]), {}],
    [
      'placeholder email only',
      'google-ads',
      0,
      ['no-usable-identifier', 'placeholder-email'],
      person([['email', 'none@none.com']]),
      {},
    ],
    [
      '"N/A" in the email field',
      'meta',
      0,
      ['no-usable-identifier', 'placeholder-email'],
      person([['email', 'N/A']]),
      {},
    ],
    [
      'invalid email only',
      'meta',
      0,
      ['invalid-email', 'no-usable-identifier'],
      person([['email', 'jane@']]),
      {},
    ],
    [
      'phone without country',
      'google-ads',
      0,
      ['no-usable-identifier', 'phone-without-country'],
      person([['phone', '(415) 253-1234']]),
      {},
    ],
    [
      'phone with its country',
      'google-ads',
      1,
      [],
      person([
        ['phone', '(415) 253-1234'],
        ['country', 'US'],
      ]),
      {},
    ],
    [
      'phone and defaultCountry',
      'meta',
      1,
      [],
      person([['phone', '(415) 253-1234']]),
      { defaultCountry: 'US' },
    ],
    ['international phone, no country', 'google-ads', 1, [], person([['phone', '+44 20 7183 8750']]), {}],
    [
      'placeholder phone',
      'google-ads',
      0,
      ['no-usable-identifier', 'placeholder-phone'],
      person([
        ['phone', '000-000-0000'],
        ['country', 'US'],
      ]),
      {},
    ],
    [
      'fictional 555-01xx phone',
      'meta',
      0,
      ['no-usable-identifier', 'placeholder-phone'],
      person([['phone', '+1 212 555 0100']]),
      {},
    ],
    [
      'too-short phone',
      'google-ads',
      0,
      ['invalid-phone', 'no-usable-identifier'],
      person([
        ['phone', '12345'],
        ['country', 'US'],
      ]),
      {},
    ],
    [
      'names only (Google)',
      'google-ads',
      0,
      ['name-without-country-and-zip', 'no-usable-identifier'],
      person([
        ['first_name', 'Jane'],
        ['last_name', 'Doe'],
      ]),
      {},
    ],
    [
      'full address (Google)',
      'google-ads',
      1,
      [],
      person([
        ['first_name', 'Jane'],
        ['last_name', 'Doe'],
        ['country', 'US'],
        ['postal_code', '94107'],
      ]),
      {},
    ],
    [
      'full name split (Data Manager)',
      'data-manager',
      1,
      [],
      person([
        ['full_name', 'Dr. Jane Q. Doe'],
        ['country', 'US'],
        ['postal_code', '94107'],
      ]),
      {},
    ],
    [
      'country and zip only (Google)',
      'google-ads',
      0,
      ['incomplete-address', 'no-usable-identifier'],
      person([
        ['country', 'US'],
        ['postal_code', '94107'],
      ]),
      {},
    ],
    [
      'names and zip (Meta)',
      'meta',
      1,
      [],
      person([
        ['first_name', 'Jane'],
        ['last_name', 'Doe'],
        ['postal_code', '94107'],
      ]),
      {},
    ],
    [
      'names and city (Meta)',
      'meta',
      1,
      [],
      person([
        ['first_name', 'Jane'],
        ['last_name', 'Doe'],
        ['city', 'Austin'],
      ]),
      {},
    ],
    [
      'names only (Meta)',
      'meta',
      0,
      ['no-usable-identifier'],
      person([
        ['first_name', 'Jane'],
        ['last_name', 'Doe'],
      ]),
      {},
    ],
    [
      'unknown country',
      'google-ads',
      1,
      ['invalid-country'],
      person([
        ['email', 'jane@shop-mail.com'],
        ['country', 'Atlantis'],
      ]),
      {},
    ],
    [
      'bad postal code',
      'meta',
      1,
      ['invalid-postal-code'],
      person([
        ['email', 'jane@shop-mail.com'],
        ['country', 'US'],
        ['postal_code', 'ABC'],
      ]),
      {},
    ],
    [
      'denied consent',
      'google-ads',
      0,
      ['consent-denied'],
      person([['email', 'jane@shop-mail.com']], { consent: { adUserData: 'denied' } }),
      {},
    ],
    [
      'denied personalisation',
      'meta',
      0,
      ['consent-denied'],
      person([['email', 'jane@shop-mail.com']], { consent: { adPersonalization: 'denied' } }),
      {},
    ],
    [
      'denied consent, kept on request',
      'data-manager',
      1,
      [],
      person([['email', 'jane@shop-mail.com']], { consent: { adUserData: 'denied' } }),
      { excludeDeniedConsent: false },
    ],
    [
      'value-based without value',
      'meta',
      0,
      ['missing-value'],
      person([['email', 'jane@shop-mail.com']]),
      { valueBased: true },
    ],
    [
      'value-based with a negative value',
      'meta',
      0,
      ['missing-value'],
      person([['email', 'jane@shop-mail.com']], { value: -5 }),
      { valueBased: true },
    ],
    [
      'value-based with value',
      'meta',
      1,
      [],
      person([['email', 'jane@shop-mail.com']], { value: 0 }),
      { valueBased: true },
    ],
    [
      'two emails (Meta API takes one)',
      'meta',
      1,
      ['too-many-identifiers'],
      person([
        ['email', 'a@shop-mail.com'],
        ['email', 'b@shop-mail.com'],
      ]),
      {},
    ],
    [
      'the same email twice',
      'meta',
      1,
      [],
      person([
        ['email', 'a@shop-mail.com'],
        ['email', ' A@Shop-Mail.com '],
      ]),
      {},
    ],
    ['pre-hashed email', 'google-ads', 1, [], person([['email', 'F'.repeat(64)]]), {}],
    [
      'empty and whitespace fields',
      'google-ads',
      0,
      ['no-usable-identifier'],
      person([
        ['email', ''],
        ['phone', '   '],
        ['first_name', '\t'],
      ]),
      {},
    ],
    ['no fragments', 'meta', 0, ['no-usable-identifier'], person([]), {}],
  ])('%s (%s): %i uploaded, %j', (_name, destination, uploaded, reasons, p, options) => {
    expect(reasonsOf([p], destination, options)).toEqual({ uploaded, reasons });
  });

  test('more than 10 identifiers for Data Manager: extra ones dropped, person kept', () => {
    const emails = Array.from({ length: 12 }, (_, i): [string, string] => ['email', `e${i}@shop-mail.com`]);
    expect(reasonsOf([person(emails)], 'data-manager')).toEqual({
      uploaded: 1,
      reasons: ['too-many-identifiers'],
    });
    expect(reasonsOf([person(emails)], 'google-ads')).toEqual({ uploaded: 1, reasons: [] });
  });

  test('rows with the same person id are merged and reported', () => {
    const report = lintAudience(
      [
        { personId: 'p1', fragments: [{ type: 'first_name', value: 'Jane' }] },
        { personId: 'p2', fragments: [{ type: 'email', value: 'x@shop-mail.com' }] },
        { personId: 'p1', fragments: [{ type: 'email', value: 'jane@shop-mail.com' }] },
      ],
      { destination: 'meta' },
    );
    expect(report.totalPeople).toBe(2);
    expect(report.uploadedPeople).toBe(2);
    expect(report.rows.map((r) => [r.personId, r.index, r.issues.map((i) => i.reason)])).toEqual([
      ['p1', 0, ['duplicate-person-id']],
    ]);
  });

  test('a phone on more people than maxPeoplePerValue is dropped for all of them', () => {
    const people = Array.from({ length: 7 }, (_, i) => ({
      personId: `p${i}`,
      fragments: [
        { type: 'phone', value: '+1 415 253 1234' },
        { type: 'email', value: `p${i}@shop-mail.com` },
      ],
    }));
    const report = lintAudience(people, { destination: 'google-ads' });
    expect(report.counts).toEqual({ 'shared-value': 7 });
    expect(report.uploadedPeople).toBe(7);
    expect(lintAudience(people, { destination: 'google-ads', maxPeoplePerValue: 7 }).rows).toEqual([]);
  });

  test('Gmail spellings of one mailbox count as one shared value', () => {
    const spellings = ['shop@gmail.com', 's.hop@gmail.com', 'sh.op+1@gmail.com', 'SHOP@googlemail.com'];
    const people = spellings.map((email, i) => ({
      personId: `p${i}`,
      fragments: [{ type: 'email', value: email }],
    }));
    const report = lintAudience(people, { destination: 'meta', maxPeoplePerValue: 3 });
    expect(report.counts).toEqual({ 'shared-value': 4, 'no-usable-identifier': 4 });
  });

  test('messages never contain the values themselves', () => {
    const secret = 'jane.secret@';
    const report = lintAudience(
      [
        person([
          ['email', secret],
          ['phone', '555 0100'],
        ]),
      ],
      { destination: 'meta' },
    );
    expect(report.rows).toHaveLength(1);
    for (const i of report.rows[0]!.issues) expect(i.message).not.toContain('secret');
  });

  test.each([
    [{ destination: 'google-ads', maxPeoplePerValue: 0 }],
    [{ destination: 'google-ads', defaultCountry: 'Atlantis' }],
    [{ destination: 'tiktok' }],
    [{}],
  ])('bad options %j throw an IdentityError naming the problem', (options) => {
    let caught: unknown;
    try {
      lintAudience([], options as never);
    } catch (error) {
      caught = error;
    }
    expect(IdentityError.isInstance(caught)).toBe(true);
    expect((caught as IdentityError).code).toBe('INVALID_IDENTITY_OPTIONS');
    expect((caught as IdentityError).message).toMatch(/lintAudience/);
  });

  test('counts, totals and upload flags reconcile for any input', () => {
    const fragment = fc.record({
      type: fc.constantFrom(
        'email',
        'phone',
        'first_name',
        'last_name',
        'full_name',
        'postal_code',
        'country',
        'city',
        'region',
        'company',
      ),
      value: fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.constantFrom(
          'jane@shop-mail.com',
          'none@none.com',
          '+14152531234',
          '0000000000',
          'US',
          '94107',
          'Jane',
          '정',
          '🙂',
        ),
      ),
    });
    const people = fc.array(
      fc.record({
        personId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        fragments: fc.array(fragment, { maxLength: 6 }),
        consent: fc.option(
          fc.record({ adUserData: fc.constantFrom('granted', 'denied', 'unspecified' as const) }),
          { nil: undefined },
        ),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        people,
        fc.constantFrom<AudienceDestination>('google-ads', 'data-manager', 'meta'),
        (input, destination) => {
          const report = lintAudience(input, { destination });
          expect(report.totalPeople).toBe(new Set(input.map((p) => p.personId)).size);
          expect(report.uploadedPeople + report.excludedPeople).toBe(report.totalPeople);
          expect(report.rows.filter((r) => !r.uploaded)).toHaveLength(report.excludedPeople);
          for (const row of report.rows) {
            expect(row.issues.length).toBeGreaterThan(0);
            expect(row.uploaded).toBe(!row.issues.some((i) => i.severity === 'error'));
          }
          for (const [reason, count] of Object.entries(report.counts)) {
            expect(report.rows.filter((r) => r.issues.some((i) => i.reason === reason))).toHaveLength(count);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
