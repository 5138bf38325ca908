import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { IdentityError } from '../errors.js';
import { makePeople } from './__fixtures__/make-people.js';
import type { AudiencePerson } from './audience-person.js';
import { exportGoogleCustomerMatch } from './export-google-customer-match.js';

// Digests from ../shared/reference/vendor-apis.md §11 (Google: computed locally; Meta: official).
const CLOUDY = '223ebda6f6889b1494551ba902d9d381daf2f642bae055888e96343d53e9f9c4';
// Other domains keep dots and +tags: user.name+NYC@Shop-Mail.com → user.name+nyc@shop-mail.com.
const USER_NAME_NYC = createHash('sha256').update('user.name+nyc@shop-mail.com').digest('hex');
const MARY = '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec';
const VALERY = '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c';

const mary: AudiencePerson = {
  personId: 'p1',
  fragments: [
    { type: 'email', value: ' Cloudy.SanFrancisco+shopping@gmail.com ' },
    { type: 'email', value: 'user.name+NYC@Shop-Mail.com' },
    { type: 'first_name', value: 'Mary' },
    { type: 'last_name', value: 'Valéry' },
    { type: 'country', value: 'United States' },
    { type: 'postal_code', value: '94107-1234' },
  ],
  consent: { adUserData: 'granted', adPersonalization: 'denied' },
};

describe('exportGoogleCustomerMatch', () => {
  test('one operation per person carrying all identifiers, Google rules applied', () => {
    const result = exportGoogleCustomerMatch([mary], { excludeDeniedConsent: false });
    expect(result.requests).toEqual([
      {
        enablePartialFailure: true,
        operations: [
          {
            create: {
              userIdentifiers: [
                { hashedEmail: CLOUDY },
                { hashedEmail: USER_NAME_NYC },
                {
                  addressInfo: {
                    hashedFirstName: MARY,
                    hashedLastName: VALERY,
                    countryCode: 'US',
                    postalCode: '94107',
                  },
                },
              ],
              consent: { adUserData: 'GRANTED', adPersonalization: 'DENIED' },
            },
          },
        ],
      },
    ]);
    expect(result.requestPersonIds).toEqual([['p1']]);
  });

  test('the CSV has the UI headers, repeats Email, hashes all but Country and Zip', () => {
    const { csv } = exportGoogleCustomerMatch([mary], { excludeDeniedConsent: false });
    expect(csv).toBe(
      `Email,Email,Phone,First Name,Last Name,Country,Zip\n${CLOUDY},${USER_NAME_NYC},,${MARY},${VALERY},US,94107\n`,
    );
  });

  test('an audience with nobody uploadable still has the header row', () => {
    const { csv, requests, lint } = exportGoogleCustomerMatch([{ personId: 'x', fragments: [] }]);
    expect(csv).toBe('Email,Phone,First Name,Last Name,Country,Zip\n');
    expect(requests).toEqual([]);
    expect(lint.excludedPeople).toBe(1);
  });

  test("Google's own example number is in the fictional 555-01xx range and is not uploaded", () => {
    const result = exportGoogleCustomerMatch([
      {
        personId: 'p',
        fragments: [
          { type: 'phone', value: '(800)555-0100' },
          { type: 'country', value: 'US' },
        ],
      },
    ]);
    expect(result.requests).toEqual([]);
    expect(result.lint.counts).toEqual({ 'placeholder-phone': 1, 'no-usable-identifier': 1 });
  });

  test("Google's example.com address is a reserved domain and is not uploaded", () => {
    const result = exportGoogleCustomerMatch([
      { personId: 'p', fragments: [{ type: 'email', value: 'user.name+NYC@Example.com' }] },
    ]);
    expect(result.lint.counts).toEqual({ 'placeholder-email': 1, 'no-usable-identifier': 1 });
  });

  test('unspecified consent is left out; denied consent leaves the person out by default', () => {
    const people: AudiencePerson[] = [
      { personId: 'a', fragments: [{ type: 'email', value: 'a@shop-mail.com' }] },
      {
        personId: 'b',
        fragments: [{ type: 'email', value: 'b@shop-mail.com' }],
        consent: { adUserData: 'denied' },
      },
    ];
    const result = exportGoogleCustomerMatch(people);
    expect(result.requestPersonIds).toEqual([['a']]);
    expect(result.requests[0]!.operations[0]!.create).not.toHaveProperty('consent');
    expect(result.lint.counts).toEqual({ 'consent-denied': 1 });
  });

  test('at most 20 identifiers per operation', () => {
    const [person] = makePeople(1, { emails: 18, phones: 4 });
    const result = exportGoogleCustomerMatch([person!]);
    const ids = result.requests[0]!.operations[0]!.create.userIdentifiers;
    expect(ids).toHaveLength(20);
    expect(ids.filter((i) => 'hashedEmail' in i)).toHaveLength(18);
    expect(result.lint.counts).toEqual({ 'too-many-identifiers': 1 });
  });

  test('requests hold at most 100,000 operations', () => {
    const result = exportGoogleCustomerMatch(makePeople(100_001, { prehashed: true }));
    expect(result.requests.map((r) => r.operations.length)).toEqual([100_000, 1]);
    expect(result.requestPersonIds[1]).toEqual(['p100000']);
  });

  test('requests hold at most 100,000 identifiers across their operations', () => {
    const result = exportGoogleCustomerMatch(makePeople(5_001, { emails: 20, prehashed: true }));
    expect(result.requests.map((r) => r.operations.length)).toEqual([5_000, 1]);
    const identifiers = result.requests.map((r) =>
      r.operations.reduce((n, o) => n + o.create.userIdentifiers.length, 0),
    );
    expect(identifiers).toEqual([100_000, 20]);
  });

  test('a smaller request size and partial failure can be set', () => {
    const result = exportGoogleCustomerMatch(makePeople(25), {
      maxOperationsPerRequest: 10,
      enablePartialFailure: false,
    });
    expect(result.requests.map((r) => [r.operations.length, r.enablePartialFailure])).toEqual([
      [10, false],
      [10, false],
      [5, false],
    ]);
    expect(result.requestPersonIds.flat()).toEqual(makePeople(25).map((p) => p.personId));
  });

  test.each([{ maxOperationsPerRequest: 100_001 }, { maxOperationsPerRequest: 0 }, { defaultCountry: 'XX' }])(
    'rejects %j',
    (options) => {
      expect(() => exportGoogleCustomerMatch([], options)).toThrow(IdentityError);
    },
  );
});
