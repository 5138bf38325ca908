import { z } from 'zod';
import type { AudienceLintReport } from './audience-lint.js';
import { audienceOptionsSchema, parseOptions, resolveAudienceOptions } from './audience-options.js';
import type { AudiencePerson, ConsentStatus } from './audience-person.js';
import { type PreparedPerson, prepareAudience } from './prepare-audience.js';
import { sha256Hex } from './sha256-hex.js';
import { chunkBy } from './to-csv.js';

/**
 * "At most 10000 AudienceMember resources can be sent in a single request"
 * (IngestAudienceMembersRequest,
 * https://developers.google.com/data-manager/api/reference/rest/v1/audienceMembers/ingest).
 */
export const DATA_MANAGER_MAX_MEMBERS_PER_REQUEST = 10_000;

/** Data Manager `UserIdentifier` (https://developers.google.com/data-manager/api/reference/rest/v1/UserData). */
export type DataManagerUserIdentifier =
  | { emailAddress: string }
  | { phoneNumber: string }
  | {
      /** AddressInfo: givenName and familyName hashed, regionCode and postalCode in clear. */
      address: { givenName: string; familyName: string; regionCode: string; postalCode: string };
    };

/** Data Manager ConsentStatus (https://developers.google.com/data-manager/api/reference/rest/v1/Consent). */
export type DataManagerConsentStatus = 'CONSENT_GRANTED' | 'CONSENT_DENIED';

export interface DataManagerConsent {
  adUserData?: DataManagerConsentStatus;
  adPersonalization?: DataManagerConsentStatus;
}

/** Data Manager `AudienceMember` with user-provided data (https://developers.google.com/data-manager/api/reference/rest/v1/AudienceMember). */
export interface DataManagerAudienceMember {
  userData: { userIdentifiers: DataManagerUserIdentifier[] };
  /** User-level consent; overrides the request-level consent. */
  consent?: DataManagerConsent;
}

/** Data Manager `ProductAccount`; `accountType` replaces the deprecated `product`. */
export interface DataManagerProductAccount {
  accountType: 'GOOGLE_ADS' | 'DISPLAY_VIDEO_PARTNER' | 'DISPLAY_VIDEO_ADVERTISER' | 'DATA_PARTNER';
  accountId: string;
}

/** Data Manager `Destination` (https://developers.google.com/data-manager/api/reference/rest/v1/Destination). */
export interface DataManagerDestination {
  operatingAccount: DataManagerProductAccount;
  loginAccount?: DataManagerProductAccount;
  /** The audience (user list) id in the operating account. */
  productDestinationId: string;
}

/** Body of `POST https://datamanager.googleapis.com/v1/audienceMembers:ingest`. */
export interface DataManagerIngestRequest {
  destinations: DataManagerDestination[];
  audienceMembers: DataManagerAudienceMember[];
  /** Request-level consent, applied to members without their own. */
  consent?: DataManagerConsent;
  /** Identifiers are SHA-256 digests in hex. */
  encoding: 'HEX';
  /**
   * Customer Match terms of service; must be accepted for UserData uploads.
   * The enum value `ACCEPTED` is from the client libraries' TermsOfServiceStatus and was not
   * confirmed on the REST reference page.
   */
  termsOfService?: { customerMatchTermsOfServiceStatus: 'ACCEPTED' };
  validateOnly?: boolean;
}

const accountSchema = z.object({
  accountType: z
    .enum(['GOOGLE_ADS', 'DISPLAY_VIDEO_PARTNER', 'DISPLAY_VIDEO_ADVERTISER', 'DATA_PARTNER'])
    .optional()
    .describe('Account type; default "GOOGLE_ADS".'),
  accountId: z
    .string()
    .transform((id) => id.replaceAll('-', ''))
    .pipe(z.string().regex(/^\d+$/, 'must be digits, e.g. "1234567890"'))
    .describe('Account id, dashes allowed, e.g. "123-456-7890".'),
});

export const dataManagerAudienceOptionsSchema = audienceOptionsSchema.extend({
  destination: z
    .object({
      operatingAccount: accountSchema.describe('The account that owns the audience.'),
      loginAccount: accountSchema
        .optional()
        .describe('The account the credentials belong to, e.g. a manager account.'),
      audienceId: z
        .string()
        .min(1)
        .describe('The Customer Match audience (user list) id, e.g. "8812345678".'),
    })
    .describe('Where the members go.'),
  consent: z
    .object({
      adUserData: z.enum(['granted', 'denied']).optional(),
      adPersonalization: z.enum(['granted', 'denied']).optional(),
    })
    .optional()
    .describe('Request-level consent for members that carry none, e.g. { adUserData: "granted" }.'),
  termsOfServiceAccepted: z
    .boolean()
    .optional()
    .describe('Set true once the advertiser accepted the Customer Match terms; sent as termsOfService.'),
  validateOnly: z.boolean().optional().describe('Ask the API to validate without ingesting.'),
  maxMembersPerRequest: z
    .number()
    .int()
    .min(1)
    .max(DATA_MANAGER_MAX_MEMBERS_PER_REQUEST)
    .optional()
    .describe('Members per request, at most 10,000.'),
});
export type DataManagerAudienceOptions = z.input<typeof dataManagerAudienceOptionsSchema>;

export interface DataManagerAudienceExport {
  requests: DataManagerIngestRequest[];
  /** Person id of each member, request by request. */
  requestPersonIds: string[][];
  lint: AudienceLintReport;
}

const CONSENT: Readonly<Record<ConsentStatus, DataManagerConsentStatus | undefined>> = {
  granted: 'CONSENT_GRANTED',
  denied: 'CONSENT_DENIED',
  unspecified: undefined,
};

function consentOf(
  adUserData: ConsentStatus,
  adPersonalization: ConsentStatus,
): DataManagerConsent | undefined {
  const a = CONSENT[adUserData];
  const b = CONSENT[adPersonalization];
  if (a === undefined && b === undefined) return undefined;
  return {
    ...(a === undefined ? {} : { adUserData: a }),
    ...(b === undefined ? {} : { adPersonalization: b }),
  };
}

function memberOf(p: PreparedPerson): DataManagerAudienceMember {
  const userIdentifiers: DataManagerUserIdentifier[] = [
    ...p.emails.map((e) => ({ emailAddress: sha256Hex(e) })),
    ...p.phones.map((ph) => ({ phoneNumber: sha256Hex(ph) })),
  ];
  if (p.hasAddress) {
    userIdentifiers.push({
      address: {
        givenName: sha256Hex(p.firstName),
        familyName: sha256Hex(p.lastName),
        regionCode: p.country!,
        postalCode: p.postalCode!,
      },
    });
  }
  const consent = consentOf(p.consent.adUserData, p.consent.adPersonalization);
  return consent === undefined
    ? { userData: { userIdentifiers } }
    : { userData: { userIdentifiers }, consent };
}

/**
 * Google Data Manager API export: `audienceMembers:ingest` request bodies,
 * at most 10,000 members each. One member per person with all their
 * identifiers (at most 10): hex SHA-256 of the email (Gmail rules applied) and
 * of the E.164 phone, and an address of hashed given and family name with
 * region code and postal code in clear. Each member carries its consent. No
 * network call is made.
 */
export function exportDataManagerAudience(
  people: readonly AudiencePerson[],
  options: DataManagerAudienceOptions,
): DataManagerAudienceExport {
  const parsed = parseOptions(dataManagerAudienceOptionsSchema, options, 'exportDataManagerAudience');
  const resolved = resolveAudienceOptions(parsed, 'exportDataManagerAudience');
  const { people: prepared, lint } = prepareAudience(people, 'data-manager', {
    ...resolved,
    valueBased: false,
  });
  const members = prepared
    .filter((p) => p.uploaded)
    .map((p) => ({ personId: p.personId, member: memberOf(p) }));
  const chunks = chunkBy(
    members,
    parsed.maxMembersPerRequest ?? DATA_MANAGER_MAX_MEMBERS_PER_REQUEST,
    Number.POSITIVE_INFINITY,
    () => 1,
  );

  const { operatingAccount, loginAccount, audienceId } = parsed.destination;
  const destination: DataManagerDestination = {
    operatingAccount: {
      accountType: operatingAccount.accountType ?? 'GOOGLE_ADS',
      accountId: operatingAccount.accountId,
    },
    ...(loginAccount === undefined
      ? {}
      : {
          loginAccount: {
            accountType: loginAccount.accountType ?? 'GOOGLE_ADS',
            accountId: loginAccount.accountId,
          },
        }),
    productDestinationId: audienceId,
  };
  const requestConsent = parsed.consent
    ? consentOf(parsed.consent.adUserData ?? 'unspecified', parsed.consent.adPersonalization ?? 'unspecified')
    : undefined;

  const requests = chunks.map((chunk): DataManagerIngestRequest => {
    const request: DataManagerIngestRequest = {
      destinations: [destination],
      audienceMembers: chunk.map((m) => m.member),
      encoding: 'HEX',
    };
    if (requestConsent !== undefined) request.consent = requestConsent;
    if (parsed.termsOfServiceAccepted)
      request.termsOfService = { customerMatchTermsOfServiceStatus: 'ACCEPTED' };
    if (parsed.validateOnly !== undefined) request.validateOnly = parsed.validateOnly;
    return request;
  });
  return { requests, requestPersonIds: chunks.map((chunk) => chunk.map((m) => m.personId)), lint };
}
