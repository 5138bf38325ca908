import { z } from 'zod';
import type { AudienceLintReport } from './audience-lint.js';
import { audienceOptionsSchema, parseOptions, resolveAudienceOptions } from './audience-options.js';
import type { AudiencePerson, ConsentStatus } from './audience-person.js';
import { type PreparedPerson, prepareAudience } from './prepare-audience.js';
import { sha256Hex } from './sha256-hex.js';
import { chunkBy, toCsv } from './to-csv.js';

/**
 * AddOfflineUserDataJobOperationsRequest limits: "The operations collection for each
 * AddOfflineUserDataJobOperationsRequest can contain at most 100,000 elements", and at most
 * 100,000 user identifiers across all operations (UserDataError TOO_MANY_USER_IDENTIFIERS:
 * "Maximum number of user identifiers allowed per request is 100,000 and per operation is 20").
 * Both are quoted by the Google Ads API team on the API forum
 * (https://www.mail-archive.com/adwords-api@googlegroups.com/msg94786.html, …/msg94854.html);
 * the request body is documented at
 * https://developers.google.com/google-ads/api/rest/reference/rest/v18/customers.offlineUserDataJobs/addOperations.
 */
export const GOOGLE_ADS_MAX_OPERATIONS_PER_REQUEST = 100_000;
export const GOOGLE_ADS_MAX_IDENTIFIERS_PER_REQUEST = 100_000;

/**
 * One Google Ads API `UserIdentifier` in REST JSON form; exactly one field set
 * (https://developers.google.com/google-ads/api/rest/reference/rest/v20/UserIdentifier).
 */
export type GoogleAdsUserIdentifier =
  | { hashedEmail: string }
  | { hashedPhoneNumber: string }
  | {
      /** OfflineUserAddressInfo: names hashed, country and postal code in clear. */
      addressInfo: {
        hashedFirstName: string;
        hashedLastName: string;
        countryCode: string;
        postalCode: string;
      };
    };

/** Google Ads API ConsentStatus (https://developers.google.com/google-ads/api/reference/rpc/v23/ConsentStatusEnum.ConsentStatus). */
export type GoogleAdsConsentStatus = 'GRANTED' | 'DENIED';

/** One `OfflineUserDataJobOperation` adding one person (UserData with its identifiers and consent). */
export interface GoogleAdsUserDataOperation {
  create: {
    userIdentifiers: GoogleAdsUserIdentifier[];
    /** UserData.consent overrides the job-level consent for this user. */
    consent?: { adUserData?: GoogleAdsConsentStatus; adPersonalization?: GoogleAdsConsentStatus };
  };
}

/** Body of `POST …/customers/{id}/offlineUserDataJobs/{job}:addOperations`. */
export interface GoogleAdsAddOperationsRequest {
  operations: GoogleAdsUserDataOperation[];
  enablePartialFailure: boolean;
}

export const googleCustomerMatchOptionsSchema = audienceOptionsSchema.extend({
  maxOperationsPerRequest: z
    .number()
    .int()
    .min(1)
    .max(GOOGLE_ADS_MAX_OPERATIONS_PER_REQUEST)
    .optional()
    .describe('Operations per addOperations request, at most 100,000 (Google suggests ~10,000 for speed).'),
  enablePartialFailure: z
    .boolean()
    .optional()
    .describe('Sets enablePartialFailure on each request; default true.'),
});
export type GoogleCustomerMatchOptions = z.infer<typeof googleCustomerMatchOptionsSchema>;

export interface GoogleCustomerMatchExport {
  /** File for the Google Ads UI: header `Email,…,Phone,…,First Name,Last Name,Country,Zip`, values hashed except Country and Zip. */
  csv: string;
  /** addOperations request bodies, each within Google's limits. */
  requests: GoogleAdsAddOperationsRequest[];
  /** Person id of each operation, request by request, for reading partial-failure indexes. */
  requestPersonIds: string[][];
  lint: AudienceLintReport;
}

const CONSENT: Readonly<Record<ConsentStatus, GoogleAdsConsentStatus | undefined>> = {
  granted: 'GRANTED',
  denied: 'DENIED',
  unspecified: undefined,
};

/** A person's identifiers hashed once, for both the API operation and the CSV row. */
interface HashedPerson {
  person: PreparedPerson;
  emails: string[];
  phones: string[];
  firstName: string;
  lastName: string;
}

function hashPerson(p: PreparedPerson): HashedPerson {
  return {
    person: p,
    emails: p.emails.map(sha256Hex),
    phones: p.phones.map(sha256Hex),
    firstName: p.hasAddress ? sha256Hex(p.firstName) : '',
    lastName: p.hasAddress ? sha256Hex(p.lastName) : '',
  };
}

function operationOf(h: HashedPerson): GoogleAdsUserDataOperation {
  const p = h.person;
  const userIdentifiers: GoogleAdsUserIdentifier[] = [
    ...h.emails.map((hashedEmail) => ({ hashedEmail })),
    ...h.phones.map((hashedPhoneNumber) => ({ hashedPhoneNumber })),
  ];
  if (p.hasAddress) {
    userIdentifiers.push({
      addressInfo: {
        hashedFirstName: h.firstName,
        hashedLastName: h.lastName,
        countryCode: p.country!,
        postalCode: p.postalCode!,
      },
    });
  }
  const adUserData = CONSENT[p.consent.adUserData];
  const adPersonalization = CONSENT[p.consent.adPersonalization];
  const create: GoogleAdsUserDataOperation['create'] = { userIdentifiers };
  if (adUserData !== undefined || adPersonalization !== undefined) {
    create.consent = {
      ...(adUserData === undefined ? {} : { adUserData }),
      ...(adPersonalization === undefined ? {} : { adPersonalization }),
    };
  }
  return { create };
}

/**
 * Google Customer Match export: a CSV for the Google Ads UI and Google Ads API
 * `OfflineUserDataJobService.AddOfflineUserDataJobOperations` request bodies.
 * Each person is one operation carrying all their identifiers (at most 20):
 * SHA-256 of the email (trimmed, lowercase, Gmail dots and +tags removed), of
 * the E.164 phone, and an address of hashed first and last name with country
 * code and postal code in clear. Invalid, placeholder and shared values are
 * dropped and reported in `lint`. No network call is made.
 */
export function exportGoogleCustomerMatch(
  people: readonly AudiencePerson[],
  options?: GoogleCustomerMatchOptions,
): GoogleCustomerMatchExport {
  const parsed = parseOptions(googleCustomerMatchOptionsSchema, options, 'exportGoogleCustomerMatch');
  const resolved = resolveAudienceOptions(parsed, 'exportGoogleCustomerMatch');
  const { people: prepared, lint } = prepareAudience(people, 'google-ads', {
    ...resolved,
    valueBased: false,
  });
  const uploaded = prepared.filter((p) => p.uploaded).map(hashPerson);

  const operations = uploaded.map((h) => ({ personId: h.person.personId, operation: operationOf(h) }));
  const chunks = chunkBy(
    operations,
    parsed.maxOperationsPerRequest ?? GOOGLE_ADS_MAX_OPERATIONS_PER_REQUEST,
    GOOGLE_ADS_MAX_IDENTIFIERS_PER_REQUEST,
    (o) => o.operation.create.userIdentifiers.length,
  );
  const enablePartialFailure = parsed.enablePartialFailure ?? true;

  const emailColumns = uploaded.reduce((max, p) => Math.max(max, p.emails.length), 1);
  const phoneColumns = uploaded.reduce((max, p) => Math.max(max, p.phones.length), 1);
  const header = [
    ...Array<string>(emailColumns).fill('Email'),
    ...Array<string>(phoneColumns).fill('Phone'),
    'First Name',
    'Last Name',
    'Country',
    'Zip',
  ];
  const rows = uploaded.map((h) => [
    ...Array.from({ length: emailColumns }, (_, i) => h.emails[i] ?? ''),
    ...Array.from({ length: phoneColumns }, (_, i) => h.phones[i] ?? ''),
    h.firstName,
    h.lastName,
    h.person.hasAddress ? h.person.country! : '',
    h.person.hasAddress ? h.person.postalCode! : '',
  ]);

  return {
    csv: toCsv(header, rows),
    requests: chunks.map((chunk) => ({ operations: chunk.map((o) => o.operation), enablePartialFailure })),
    requestPersonIds: chunks.map((chunk) => chunk.map((o) => o.personId)),
    lint,
  };
}
