import { canonicalEmail, stripGmailLocalPart } from '../canonical/canonical-email.js';
import { parsePhone } from '../canonical/canonical-phone.js';
import { findOverSharedValues } from '../canonical/find-over-shared-values.js';
import { isPlaceholderCanonicalEmail, isPlaceholderEmail } from '../canonical/is-placeholder-email.js';
import { isPlaceholderPhone } from '../canonical/is-placeholder-phone.js';
import {
  type AudienceDestination,
  type AudienceLintIssue,
  type AudienceLintReason,
  type AudienceLintReport,
  type AudienceLintRow,
  issue,
} from './audience-lint.js';
import type { ResolvedAudienceOptions } from './audience-options.js';
import type { AudiencePerson, ConsentStatus } from './audience-person.js';
import {
  adCountry,
  adName,
  googlePostalCode,
  metaCity,
  metaPostalCode,
  metaRegion,
} from './normalize-ad-fields.js';
import { isSha256Hex } from './sha256-hex.js';

/**
 * Identifiers one person may carry per destination.
 * Google Ads API: "Maximum number of user identifiers allowed … per operation is 20"
 * (UserDataError TOO_MANY_USER_IDENTIFIERS,
 * https://developers.google.com/google-ads/api/reference/rpc/v23/UserDataErrorEnum.UserDataError).
 * Data Manager API: "At most 10 userIdentifiers can be provided in a single AudienceMember"
 * (https://developers.google.com/data-manager/api/reference/rest/v1/UserData).
 * Meta: one EMAIL and one PHONE column per API row; the customer-list CSV takes up to three of each
 * (https://www.facebook.com/business/help/2082575038703844).
 */
export const MAX_IDENTIFIERS_PER_PERSON: Readonly<Record<AudienceDestination, number>> = {
  'google-ads': 20,
  'data-manager': 10,
  meta: 2,
};
/** Meta's customer-list file takes up to three email and three phone columns. */
export const META_CSV_MAX_PER_KIND = 3;

/** One person's identifiers, normalised for one destination but not hashed. */
export interface PreparedPerson {
  personId: string;
  index: number;
  /** Normalised emails (or SHA-256 digests given as input), in input order. */
  emails: string[];
  /** Google: E.164 with `+`; Meta: digits with country code. */
  phones: string[];
  /** `adName` form, or a SHA-256 digest given as input; '' when unknown. */
  firstName: string;
  lastName: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string | null;
  /** Destination form: Google `SW1A 1AA`, Meta `sw1a1aa`. */
  postalCode: string | null;
  /** Meta `ct` and `st` forms; '' for Google or when unknown. */
  city: string;
  region: string;
  /** Whether Google gets an address identifier (first, last, country, postal code all known). */
  hasAddress: boolean;
  value: number | undefined;
  consent: { adUserData: ConsentStatus; adPersonalization: ConsentStatus };
  uploaded: boolean;
  issues: AudienceLintIssue[];
}

interface Candidate {
  normalized: string;
  /** Same value across people, for shared-value detection. */
  key: string;
}

interface Group {
  personId: string;
  index: number;
  /** Fragment values by type, in input order. */
  byType: Map<string, string[]>;
  value: number | undefined;
  adUserData: ConsentStatus;
  adPersonalization: ConsentStatus;
  duplicate: boolean;
}

const CONSENT_RANK: Readonly<Record<ConsentStatus, number>> = { unspecified: 0, granted: 1, denied: 2 };

function stricter(a: ConsentStatus, b: ConsentStatus | undefined): ConsentStatus {
  return b !== undefined && CONSENT_RANK[b] > CONSENT_RANK[a] ? b : a;
}

function asConsent(value: unknown): ConsentStatus | undefined {
  return value === 'granted' || value === 'denied' || value === 'unspecified' ? value : undefined;
}

function group(people: readonly AudiencePerson[]): Group[] {
  const groups = new Map<string, Group>();
  people.forEach((person, index) => {
    const personId = typeof person?.personId === 'string' ? person.personId : String(person?.personId ?? '');
    let g = groups.get(personId);
    if (!g) {
      g = {
        personId,
        index,
        byType: new Map(),
        value: undefined,
        adUserData: 'unspecified',
        adPersonalization: 'unspecified',
        duplicate: false,
      };
      groups.set(personId, g);
    } else {
      g.duplicate = true;
    }
    for (const f of Array.isArray(person?.fragments) ? person.fragments : []) {
      if (typeof f?.type === 'string' && typeof f.value === 'string' && f.value.trim() !== '') {
        const list = g.byType.get(f.type);
        if (list) list.push(f.value);
        else g.byType.set(f.type, [f.value]);
      }
    }
    if (
      g.value === undefined &&
      typeof person?.value === 'number' &&
      Number.isFinite(person.value) &&
      person.value >= 0
    ) {
      g.value = person.value;
    }
    g.adUserData = stricter(g.adUserData, asConsent(person?.consent?.adUserData));
    g.adPersonalization = stricter(g.adPersonalization, asConsent(person?.consent?.adPersonalization));
  });
  return [...groups.values()];
}

const NONE: readonly string[] = [];

function valuesOf(g: Group, type: string): readonly string[] {
  return g.byType.get(type) ?? NONE;
}

function pushUnique(list: Candidate[], candidate: Candidate): void {
  if (!list.some((c) => c.normalized === candidate.normalized)) list.push(candidate);
}

const INTERNATIONAL = /^\s*(?:\+|00|011)/;

interface Collected {
  emails: Candidate[];
  phones: Candidate[];
  firstName: string;
  lastName: string;
  country: string | null;
  postalCode: string | null;
  city: string;
  region: string;
  issues: AudienceLintIssue[];
}

function collect(g: Group, destination: AudienceDestination, options: ResolvedAudienceOptions): Collected {
  const issues: AudienceLintIssue[] = [];
  const meta = destination === 'meta';

  let country: string | null = null;
  for (const raw of valuesOf(g, 'country')) {
    country = adCountry(raw);
    if (country !== null) break;
  }
  if (country === null && valuesOf(g, 'country').length > 0) {
    issues.push(
      issue(
        'invalid-country',
        'The country is not a known country; use an ISO 3166-1 alpha-2 code.',
        'country',
      ),
    );
  }
  country ??= options.defaultCountry ?? null;

  const emails: Candidate[] = [];
  for (const raw of valuesOf(g, 'email')) {
    const trimmed = raw.trim();
    if (isSha256Hex(trimmed)) {
      pushUnique(emails, { normalized: trimmed.toLowerCase(), key: trimmed.toLowerCase() });
      continue;
    }
    const canonical = canonicalEmail(raw);
    if (canonical === null) {
      const placeholder = isPlaceholderEmail(raw);
      issues.push(
        placeholder
          ? issue(
              'placeholder-email',
              'An email field holds a "no email" placeholder; it is not uploaded.',
              'email',
            )
          : issue('invalid-email', 'An email value is not an email address; fix it at the source.', 'email'),
      );
      continue;
    }
    if (isPlaceholderCanonicalEmail(canonical)) {
      issues.push(
        issue('placeholder-email', 'A placeholder email (none@none.com, test@…) is not uploaded.', 'email'),
      );
      continue;
    }
    const normalized = meta ? canonical.email : stripGmailLocalPart(canonical.email);
    pushUnique(emails, { normalized, key: canonical.matchKey });
  }

  const phones: Candidate[] = [];
  for (const raw of valuesOf(g, 'phone')) {
    const trimmed = raw.trim();
    if (isSha256Hex(trimmed)) {
      pushUnique(phones, { normalized: trimmed.toLowerCase(), key: trimmed.toLowerCase() });
      continue;
    }
    const parsed = parsePhone(raw, country ?? undefined);
    if (parsed === null) {
      const digits = raw.replace(/\D/g, '');
      if (country === null && !INTERNATIONAL.test(raw) && digits.length >= 7 && !isPlaceholderPhone(raw)) {
        issues.push(
          issue(
            'phone-without-country',
            'A phone has no country code and the person has no country; add the country or set defaultCountry.',
            'phone',
          ),
        );
      } else if (digits.length >= 7 && isPlaceholderPhone(raw)) {
        issues.push(
          issue(
            'placeholder-phone',
            'A placeholder phone (0000000000, 555-01xx …) is not uploaded.',
            'phone',
          ),
        );
      } else {
        issues.push(issue('invalid-phone', 'A phone value is not a valid number for its country.', 'phone'));
      }
      continue;
    }
    if (isPlaceholderPhone(parsed.e164)) {
      issues.push(
        issue('placeholder-phone', 'A placeholder phone (0000000000, 555-01xx …) is not uploaded.', 'phone'),
      );
      continue;
    }
    pushUnique(phones, { normalized: meta ? parsed.e164.slice(1) : parsed.e164, key: parsed.e164 });
  }

  const nameOf = (raw: string): string => (isSha256Hex(raw.trim()) ? raw.trim().toLowerCase() : adName(raw));
  let firstName =
    valuesOf(g, 'first_name')
      .map(nameOf)
      .find((n) => n !== '') ?? '';
  let lastName =
    valuesOf(g, 'last_name')
      .map(nameOf)
      .find((n) => n !== '') ?? '';
  if (firstName === '' || lastName === '') {
    for (const raw of valuesOf(g, 'full_name')) {
      const words = adName(raw)
        .split(' ')
        .filter((w) => w !== '');
      if (words.length < 2) continue;
      if (firstName === '') firstName = words[0]!;
      if (lastName === '') lastName = words[words.length - 1]!;
      break;
    }
  }

  let postalCode: string | null = null;
  const postalValues = valuesOf(g, 'postal_code');
  for (const raw of postalValues) {
    postalCode = meta
      ? metaPostalCode(raw, country ?? undefined)
      : googlePostalCode(raw, country ?? undefined);
    if (postalCode !== null) break;
  }
  if (postalCode === null && postalValues.length > 0) {
    issues.push(
      issue('invalid-postal-code', "The postal code is not valid for the person's country.", 'postal_code'),
    );
  }

  const city = meta
    ? (valuesOf(g, 'city')
        .map(metaCity)
        .find((c) => c !== '') ?? '')
    : '';
  const region = meta
    ? (valuesOf(g, 'region')
        .map((r) => metaRegion(r, country ?? undefined))
        .find((r) => r !== '') ?? '')
    : '';
  return { emails, phones, firstName, lastName, country, postalCode, city, region, issues };
}

function assemble(
  g: Group,
  c: Collected,
  destination: AudienceDestination,
  options: ResolvedAudienceOptions & { valueBased: boolean },
): PreparedPerson {
  const issues = c.issues;
  if (g.duplicate) {
    issues.push(
      issue('duplicate-person-id', 'The person id appears on several rows; their identifiers were merged.'),
    );
  }
  let emails = c.emails.map((e) => e.normalized);
  let phones = c.phones.map((p) => p.normalized);
  let hasAddress = false;

  if (destination === 'meta') {
    if (emails.length > 1 || phones.length > 1) {
      issues.push(
        issue(
          'too-many-identifiers',
          'A Meta API row takes one email and one phone; the others go only into the CSV file (up to three each).',
        ),
      );
    }
    emails = emails.slice(0, META_CSV_MAX_PER_KIND);
    phones = phones.slice(0, META_CSV_MAX_PER_KIND);
  } else {
    const names = c.firstName !== '' || c.lastName !== '';
    const place = c.country !== null && c.postalCode !== null;
    hasAddress = c.firstName !== '' && c.lastName !== '' && place;
    if (names && !place) {
      issues.push(
        issue(
          'name-without-country-and-zip',
          'Google matches names only with country and postal code; add them (or defaultCountry) to use the name.',
        ),
      );
    } else if (place && !hasAddress) {
      issues.push(
        issue(
          'incomplete-address',
          'Country and postal code need both first and last name to form an address match.',
        ),
      );
    }
    const limit = MAX_IDENTIFIERS_PER_PERSON[destination];
    const total = emails.length + phones.length + (hasAddress ? 1 : 0);
    if (total > limit) {
      issues.push(
        issue(
          'too-many-identifiers',
          `More than ${limit} identifiers for one person; the last ones are not sent.`,
        ),
      );
      emails = emails.slice(0, limit);
      phones = phones.slice(0, limit - emails.length);
      hasAddress = hasAddress && emails.length + phones.length < limit;
    }
  }

  const usable =
    destination === 'meta'
      ? emails.length > 0 ||
        phones.length > 0 ||
        (c.firstName !== '' && c.lastName !== '' && (c.postalCode !== null || c.city !== ''))
      : emails.length > 0 || phones.length > 0 || hasAddress;
  if (!usable) {
    issues.push(
      issue(
        'no-usable-identifier',
        destination === 'meta'
          ? 'No valid email or phone, and no first + last name with a postal code or city: nothing to match on.'
          : 'No valid email or phone, and no first + last name with country and postal code: nothing to match on.',
      ),
    );
  }
  if (options.excludeDeniedConsent && (g.adUserData === 'denied' || g.adPersonalization === 'denied')) {
    issues.push(issue('consent-denied', 'The person denied ad consent; they are left out of the upload.'));
  }
  if (options.valueBased && g.value === undefined) {
    issues.push(
      issue('missing-value', 'A value-based audience needs a non-negative value for every person.'),
    );
  }
  const uploaded = !issues.some((i) => i.severity === 'error');
  return {
    personId: g.personId,
    index: g.index,
    emails,
    phones,
    firstName: c.firstName,
    lastName: c.lastName,
    country: c.country,
    postalCode: c.postalCode,
    city: c.city,
    region: c.region,
    hasAddress,
    value: g.value,
    consent: { adUserData: g.adUserData, adPersonalization: g.adPersonalization },
    uploaded,
    issues,
  };
}

function dropShared(collected: Collected[], maxPeoplePerValue: number): void {
  const keysOf = (c: Collected) => new Set([...c.emails, ...c.phones].map((x) => x.key));
  const shared = findOverSharedValues(
    (function* () {
      for (const c of collected) yield* keysOf(c);
    })(),
    { maxRecordsPerValue: maxPeoplePerValue },
  );
  if (shared.size === 0) return;
  for (const c of collected) {
    const before = c.emails.length + c.phones.length;
    const emailsBefore = c.emails.length;
    c.emails = c.emails.filter((e) => !shared.has(e.key));
    c.phones = c.phones.filter((p) => !shared.has(p.key));
    if (c.emails.length + c.phones.length < before) {
      const field = c.emails.length < emailsBefore ? 'email' : 'phone';
      c.issues.push(
        issue(
          'shared-value',
          `An ${field} is shared by more than ${maxPeoplePerValue} people, so it is not personal and is not uploaded.`,
          field,
        ),
      );
    }
  }
}

function report(destination: AudienceDestination, prepared: readonly PreparedPerson[]): AudienceLintReport {
  const counts: Partial<Record<AudienceLintReason, number>> = {};
  const rows: AudienceLintRow[] = [];
  let uploadedPeople = 0;
  for (const p of prepared) {
    if (p.uploaded) uploadedPeople++;
    if (p.issues.length === 0) continue;
    for (const reason of new Set(p.issues.map((i) => i.reason))) counts[reason] = (counts[reason] ?? 0) + 1;
    rows.push({ personId: p.personId, index: p.index, uploaded: p.uploaded, issues: p.issues });
  }
  return {
    destination,
    totalPeople: prepared.length,
    uploadedPeople,
    excludedPeople: prepared.length - uploadedPeople,
    counts,
    rows,
  };
}

/**
 * Normalises every person's identifiers for one destination, drops invalid,
 * placeholder and shared values, applies the per-person limits and consent,
 * and reports each problem. Hashing and formatting are left to the exporters.
 */
export function prepareAudience(
  people: readonly AudiencePerson[],
  destination: AudienceDestination,
  options: ResolvedAudienceOptions & { valueBased: boolean },
): { people: PreparedPerson[]; lint: AudienceLintReport } {
  const groups = group(people);
  const collected = groups.map((g) => collect(g, destination, options));
  dropShared(collected, options.maxPeoplePerValue);
  const prepared = groups.map((g, i) => assemble(g, collected[i]!, destination, options));
  return { people: prepared, lint: report(destination, prepared) };
}
