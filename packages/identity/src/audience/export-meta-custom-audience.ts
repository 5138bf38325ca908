import { z } from 'zod';
import type { AudienceLintReport } from './audience-lint.js';
import { audienceOptionsSchema, parseOptions, resolveAudienceOptions } from './audience-options.js';
import type { AudiencePerson } from './audience-person.js';
import { META_CSV_MAX_PER_KIND, type PreparedPerson, prepareAudience } from './prepare-audience.js';
import { sha256Hex } from './sha256-hex.js';
import { chunkBy, toCsv } from './to-csv.js';

/**
 * "You can add an unlimited number of records for an audience, but only a
 * maximum of 10000 at a time"
 * (https://developers.facebook.com/docs/marketing-api/reference/custom-audience/users).
 */
export const META_MAX_ROWS_PER_REQUEST = 10_000;

/**
 * Multi-key schema names of `/{audience_id}/users`, as Meta's Business SDK
 * spells them (CustomAudienceMixin.MultiKeySchema, facebook/facebook-python-business-sdk);
 * LOOKALIKE_VALUE is from the endpoint's value-based example.
 */
export const metaSchemaKeys = [
  'EXTERN_ID',
  'EMAIL',
  'PHONE',
  'FN',
  'LN',
  'CT',
  'ST',
  'ZIP',
  'COUNTRY',
  'LOOKALIKE_VALUE',
] as const;
export type MetaSchemaKey = (typeof metaSchemaKeys)[number];

/** Body of `POST /{custom_audience_id}/users` (sent form-encoded as `payload=<JSON>`). */
export interface MetaUsersRequest {
  payload: {
    schema: MetaSchemaKey[];
    /** One row per person, cells in schema order: SHA-256 hex or '' when unknown; LOOKALIKE_VALUE a number. */
    data: (string | number)[][];
  };
}

export const metaCustomAudienceOptionsSchema = audienceOptionsSchema.extend({
  valueBased: z
    .boolean()
    .optional()
    .describe(
      "Add LOOKALIKE_VALUE (API) and value (CSV) from each person's value; people without one are left out.",
    ),
  maxRowsPerRequest: z
    .number()
    .int()
    .min(1)
    .max(META_MAX_ROWS_PER_REQUEST)
    .optional()
    .describe('Rows per /users request, at most 10,000.'),
  hashCsv: z
    .boolean()
    .optional()
    .describe('Hash the CSV cells (default true); false writes the normalised values for a manual check.'),
});
export type MetaCustomAudienceOptions = z.infer<typeof metaCustomAudienceOptionsSchema>;

export interface MetaCustomAudienceExport {
  /** Customer-list file for Ads Manager: columns email, phone (up to three each), fn, ln, ct, st, zip, country[, value]. */
  csv: string;
  requests: MetaUsersRequest[];
  /** Person id of each data row, request by request. */
  requestPersonIds: string[][];
  lint: AudienceLintReport;
}

const hashOrEmpty = (value: string | undefined | null): string =>
  value === undefined || value === null || value === '' ? '' : sha256Hex(value);

/** A person's Meta cells hashed once, for both the API row and the CSV row. */
interface HashedPerson {
  person: PreparedPerson;
  emails: string[];
  phones: string[];
  /** fn, ln, ct, st, zip, country. */
  rest: string[];
}

function hashPerson(p: PreparedPerson): HashedPerson {
  return {
    person: p,
    emails: p.emails.map(sha256Hex),
    phones: p.phones.map(sha256Hex),
    rest: [p.firstName, p.lastName, p.city, p.region, p.postalCode, p.country?.toLowerCase()].map(
      hashOrEmpty,
    ),
  };
}

function rowOf(h: HashedPerson, valueBased: boolean): (string | number)[] {
  const row: (string | number)[] = [
    // EXTERN_ID: Meta recommends (does not require) hashing it; the person id is hashed like the rest.
    sha256Hex(h.person.personId),
    h.emails[0] ?? '',
    h.phones[0] ?? '',
    ...h.rest,
  ];
  if (valueBased) row.push(h.person.value ?? 0);
  return row;
}

/**
 * Meta Custom Audience export: a customer-list CSV for Ads Manager and
 * `/{audience_id}/users` payloads (`{ payload: { schema, data } }`, at most
 * 10,000 rows each). One row per person: EXTERN_ID (hashed person id) and
 * SHA-256 of em (trimmed, lowercase), ph (digits with country code, no `+`),
 * fn, ln (lowercase, no punctuation, accents kept), ct, st, zp and country,
 * plus LOOKALIKE_VALUE for value-based audiences. Values already given as
 * SHA-256 digests pass through. No network call is made.
 */
export function exportMetaCustomAudience(
  people: readonly AudiencePerson[],
  options?: MetaCustomAudienceOptions,
): MetaCustomAudienceExport {
  const parsed = parseOptions(metaCustomAudienceOptionsSchema, options, 'exportMetaCustomAudience');
  const resolved = resolveAudienceOptions(parsed, 'exportMetaCustomAudience');
  const valueBased = parsed.valueBased ?? false;
  const { people: prepared, lint } = prepareAudience(people, 'meta', { ...resolved, valueBased });
  const uploaded = prepared.filter((p) => p.uploaded);
  const hashed = uploaded.map(hashPerson);

  const schema: MetaSchemaKey[] = ['EXTERN_ID', 'EMAIL', 'PHONE', 'FN', 'LN', 'CT', 'ST', 'ZIP', 'COUNTRY'];
  if (valueBased) schema.push('LOOKALIKE_VALUE');
  const chunks = chunkBy(
    hashed,
    parsed.maxRowsPerRequest ?? META_MAX_ROWS_PER_REQUEST,
    Number.POSITIVE_INFINITY,
    () => 1,
  );

  const hash = parsed.hashCsv ?? true;
  const emailColumns = Math.min(
    META_CSV_MAX_PER_KIND,
    uploaded.reduce((m, p) => Math.max(m, p.emails.length), 1),
  );
  const phoneColumns = Math.min(
    META_CSV_MAX_PER_KIND,
    uploaded.reduce((m, p) => Math.max(m, p.phones.length), 1),
  );
  const header = [
    ...Array<string>(emailColumns).fill('email'),
    ...Array<string>(phoneColumns).fill('phone'),
    'fn',
    'ln',
    'ct',
    'st',
    'zip',
    'country',
    ...(valueBased ? ['value'] : []),
  ];
  const rows = hashed.map((h) => {
    const p = h.person;
    const plain = [
      p.firstName,
      p.lastName,
      p.city,
      p.region,
      p.postalCode ?? '',
      p.country?.toLowerCase() ?? '',
    ];
    return [
      ...Array.from({ length: emailColumns }, (_, i) => (hash ? h.emails[i] : p.emails[i]) ?? ''),
      ...Array.from({ length: phoneColumns }, (_, i) => (hash ? h.phones[i] : p.phones[i]) ?? ''),
      ...(hash ? h.rest : plain),
      ...(valueBased ? [p.value ?? 0] : []),
    ];
  });

  return {
    csv: toCsv(header, rows),
    requests: chunks.map((chunk) => ({
      payload: { schema: [...schema], data: chunk.map((p) => rowOf(p, valueBased)) },
    })),
    requestPersonIds: chunks.map((chunk) => chunk.map((h) => h.person.personId)),
    lint,
  };
}
