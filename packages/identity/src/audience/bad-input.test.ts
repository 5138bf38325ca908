import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AudiencePerson } from './audience-person.js';
import { exportDataManagerAudience } from './export-data-manager-audience.js';
import { exportGoogleCustomerMatch } from './export-google-customer-match.js';
import { exportMetaCustomAudience } from './export-meta-custom-audience.js';

const destination = { operatingAccount: { accountId: '1234567890' }, audienceId: '1' };
const HEX = /^[0-9a-f]{64}$/;

function exportAll(people: readonly AudiencePerson[]) {
  return {
    google: exportGoogleCustomerMatch(people, { defaultCountry: 'US' }),
    dataManager: exportDataManagerAudience(people, { destination, defaultCountry: 'US' }),
    meta: exportMetaCustomAudience(people, { defaultCountry: 'US' }),
  };
}

/** Person ids the lint says are uploaded, in input order. */
function uploadedIds(people: readonly AudiencePerson[], excluded: ReadonlySet<string>): string[] {
  return [...new Set(people.map((p) => String(p.personId)))].filter((id) => !excluded.has(id));
}

function checkConsistent(people: readonly AudiencePerson[]): void {
  const { google, dataManager, meta } = exportAll(people);
  for (const result of [google, dataManager, meta]) {
    const excluded = new Set(result.lint.rows.filter((r) => !r.uploaded).map((r) => r.personId));
    // No loss, no duplicates: every uploaded person is in exactly one request, in input order.
    expect(result.requestPersonIds.flat()).toEqual(uploadedIds(people, excluded));
  }
  const googleIds = google.requests.flatMap((r) => r.operations.map((o) => o.create.userIdentifiers));
  for (const ids of googleIds) {
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(20);
    for (const id of ids) {
      if ('hashedEmail' in id) expect(id.hashedEmail).toMatch(HEX);
      if ('hashedPhoneNumber' in id) expect(id.hashedPhoneNumber).toMatch(HEX);
      if ('addressInfo' in id) {
        expect(id.addressInfo.hashedFirstName).toMatch(HEX);
        expect(id.addressInfo.countryCode).toMatch(/^[A-Z]{2}$/);
      }
    }
  }
  for (const member of dataManager.requests.flatMap((r) => r.audienceMembers)) {
    expect(member.userData.userIdentifiers.length).toBeLessThanOrEqual(10);
  }
  for (const request of meta.requests) {
    for (const row of request.payload.data) {
      expect(row).toHaveLength(request.payload.schema.length);
      for (const cell of row) expect(cell === '' || HEX.test(String(cell))).toBe(true);
    }
  }
  expect(google.csv.trimEnd().split('\n')).toHaveLength(google.lint.uploadedPeople + 1);
  expect(meta.csv.trimEnd().split('\n')).toHaveLength(meta.lint.uploadedPeople + 1);
}

describe('bad input', () => {
  test.each<[string, AudiencePerson[]]>([
    ['empty list', []],
    [
      'empty and whitespace values',
      [
        {
          personId: 'a',
          fragments: [
            { type: 'email', value: '' },
            { type: 'first_name', value: '   ' },
          ],
        },
      ],
    ],
    [
      'emoji everywhere',
      [
        {
          personId: 'a',
          fragments: [
            { type: 'first_name', value: '🙂🙂' },
            { type: 'last_name', value: '👨‍👩‍👧' },
            { type: 'email', value: '😀@😀.com' },
            { type: 'phone', value: '📞' },
          ],
        },
      ],
    ],
    [
      'non-Latin names with an address',
      [
        {
          personId: 'a',
          fragments: [
            { type: 'first_name', value: '민준' },
            { type: 'last_name', value: '김' },
            { type: 'country', value: 'KR' },
            { type: 'postal_code', value: '04524' },
          ],
        },
      ],
    ],
    [
      'Arabic and Cyrillic names with email',
      [
        {
          personId: 'a',
          fragments: [
            { type: 'full_name', value: 'محمد علي' },
            { type: 'email', value: 'm@shop-mail.com' },
          ],
        },
        {
          personId: 'b',
          fragments: [
            { type: 'full_name', value: 'Йордан Петров' },
            { type: 'email', value: 'y@shop-mail.com' },
          ],
        },
      ],
    ],
    [
      'garbage strings',
      [
        {
          personId: 'a',
          fragments: [
            { type: 'email', value: '\u0000\u0001' },
            { type: 'phone', value: '+++' },
            { type: 'postal_code', value: '<script>' },
            { type: 'country', value: '"' },
          ],
        },
      ],
    ],
    [
      'CSV metacharacters in names',
      [
        {
          personId: 'a,"b"',
          fragments: [
            { type: 'first_name', value: 'Ann, "Jr."' },
            { type: 'last_name', value: 'Lee\nSmith' },
            { type: 'country', value: 'US' },
            { type: 'postal_code', value: '94107' },
          ],
        },
      ],
    ],
    [
      'unknown fragment types',
      [
        {
          personId: 'a',
          fragments: [
            { type: 'shoe_size', value: '42' },
            { type: 'email', value: 'a@shop-mail.com' },
          ],
        },
      ],
    ],
  ])('%s: no crash, consistent output', (_name, people) => {
    checkConsistent(people);
  });

  test('values of the wrong type at run time (untrusted JSON) do not crash', () => {
    const people = [
      { personId: 'a', fragments: [{ type: 'email', value: null }, { type: 7, value: 'x' }, null] },
      { personId: 42, fragments: 'nope' },
      {
        personId: 'b',
        fragments: [{ type: 'email', value: 'b@shop-mail.com' }],
        consent: { adUserData: 'maybe' },
      },
      null,
    ] as unknown as AudiencePerson[];
    const { google } = exportAll(people);
    expect(google.requestPersonIds.flat()).toEqual(['b']);
  });

  test('any mix of fragments exports consistently to every destination', () => {
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
      ),
      value: fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 16 }),
        fc.constantFrom(
          'jane@shop-mail.com',
          'x.y+z@gmail.com',
          '+14152531234',
          '(650) 253-0000',
          '+442071838750',
          'GB',
          'SW1A 1AA',
          'Mary',
          'Valéry',
          '정',
          'none@none.com',
        ),
      ),
    });
    const person = fc.record({
      personId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      fragments: fc.array(fragment, { maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 15 }), (people) => checkConsistent(people)),
      { numRuns: 200 },
    );
  });
});
