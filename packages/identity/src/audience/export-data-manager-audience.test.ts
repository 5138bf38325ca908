import { describe, expect, test } from 'vitest';
import { IdentityError } from '../errors.js';
import { makePeople } from './__fixtures__/make-people.js';
import type { AudiencePerson } from './audience-person.js';
import { exportDataManagerAudience } from './export-data-manager-audience.js';

const CLOUDY = '223ebda6f6889b1494551ba902d9d381daf2f642bae055888e96343d53e9f9c4';
const MARY = '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec';
const SMITH = '6627835f988e2c5e50533d491163072d3f4f41f5c8b04630150debb3722ca2dd';

const destination = { operatingAccount: { accountId: '123-456-7890' }, audienceId: '8812345678' };

describe('exportDataManagerAudience', () => {
  test('one member per person with hex identifiers, address and consent', () => {
    const person: AudiencePerson = {
      personId: 'p1',
      fragments: [
        { type: 'email', value: 'cloudy.sanfrancisco+shopping@gmail.com' },
        { type: 'full_name', value: 'Mary Smith' },
        { type: 'country', value: 'us' },
        { type: 'postal_code', value: '94107' },
      ],
      consent: { adUserData: 'granted' },
    };
    const { requests, requestPersonIds } = exportDataManagerAudience([person], {
      destination,
      termsOfServiceAccepted: true,
    });
    expect(requests).toEqual([
      {
        destinations: [
          {
            operatingAccount: { accountType: 'GOOGLE_ADS', accountId: '1234567890' },
            productDestinationId: '8812345678',
          },
        ],
        audienceMembers: [
          {
            userData: {
              userIdentifiers: [
                { emailAddress: CLOUDY },
                { address: { givenName: MARY, familyName: SMITH, regionCode: 'US', postalCode: '94107' } },
              ],
            },
            consent: { adUserData: 'CONSENT_GRANTED' },
          },
        ],
        encoding: 'HEX',
        termsOfService: { customerMatchTermsOfServiceStatus: 'ACCEPTED' },
      },
    ]);
    expect(requestPersonIds).toEqual([['p1']]);
  });

  test('request-level consent, login account and validateOnly are carried', () => {
    const { requests } = exportDataManagerAudience(makePeople(1), {
      destination: { ...destination, loginAccount: { accountId: '111-222-3333' } },
      consent: { adUserData: 'granted', adPersonalization: 'granted' },
      validateOnly: true,
    });
    expect(requests[0]).toMatchObject({
      destinations: [{ loginAccount: { accountType: 'GOOGLE_ADS', accountId: '1112223333' } }],
      consent: { adUserData: 'CONSENT_GRANTED', adPersonalization: 'CONSENT_GRANTED' },
      validateOnly: true,
    });
    expect(requests[0]).not.toHaveProperty('termsOfService');
    expect(requests[0]!.audienceMembers[0]).not.toHaveProperty('consent');
  });

  test('at most 10 identifiers per member', () => {
    const result = exportDataManagerAudience(makePeople(1, { emails: 8, phones: 5 }), { destination });
    const ids = result.requests[0]!.audienceMembers[0]!.userData.userIdentifiers;
    expect(ids.map((i) => Object.keys(i)[0])).toEqual([
      ...Array(8).fill('emailAddress'),
      'phoneNumber',
      'phoneNumber',
    ]);
    expect(result.lint.counts).toEqual({ 'too-many-identifiers': 1 });
  });

  test('requests hold at most 10,000 members', () => {
    const result = exportDataManagerAudience(makePeople(20_001, { prehashed: true }), { destination });
    expect(result.requests.map((r) => r.audienceMembers.length)).toEqual([10_000, 10_000, 1]);
    expect(result.requestPersonIds.map((ids) => ids[0])).toEqual(['p0', 'p10000', 'p20000']);
  });

  test.each([
    [{ destination: { operatingAccount: { accountId: 'abc' }, audienceId: '1' } }],
    [{ destination: { operatingAccount: { accountId: '1' }, audienceId: '' } }],
    [{ destination, maxMembersPerRequest: 10_001 }],
    [{}],
  ])('rejects %j', (options) => {
    expect(() => exportDataManagerAudience([], options as never)).toThrow(IdentityError);
  });
});
