import type { AudienceFragmentType } from './audience-person.js';

/** Where an audience is exported to; normalisation and limits depend on it. */
export const audienceDestinations = ['google-ads', 'data-manager', 'meta'] as const;
export type AudienceDestination = (typeof audienceDestinations)[number];

/**
 * Why a row cannot match, or matches on fewer identifiers than it carries.
 * Reasons marked "error" exclude the person from the upload; the others drop
 * one identifier and keep the person.
 */
export const audienceLintReasons = [
  /** error: nothing left that this destination matches on. */
  'no-usable-identifier',
  /** error: the person denied ad_user_data or ad_personalization consent (and `excludeDeniedConsent` is on). */
  'consent-denied',
  /** error: a value-based export needs a value for every person. */
  'missing-value',
  /** An email value is not an email address. */
  'invalid-email',
  /** An email value is a placeholder such as none@none.com; it would match a stranger or nobody. */
  'placeholder-email',
  /** A phone value is not a valid number. */
  'invalid-phone',
  /** A phone written without a country code, and the person's country is unknown (set `defaultCountry`). */
  'phone-without-country',
  /** A phone value is a placeholder such as 0000000000 or a 555-01xx number. */
  'placeholder-phone',
  /** An email or phone is shared by more people than `maxPeoplePerValue` (a shop's own number): not personal. */
  'shared-value',
  /** A country value is not a known country. */
  'invalid-country',
  /** A postal code is not valid for the person's country. */
  'invalid-postal-code',
  /** Google matches names only together with country and postal code; one of those is missing. */
  'name-without-country-and-zip',
  /** Country and postal code are known but first or last name is missing, so no address identifier is sent. */
  'incomplete-address',
  /** More identifiers than the destination takes per person; the extra ones are not sent. */
  'too-many-identifiers',
  /** The same person id appeared more than once; the rows were merged. */
  'duplicate-person-id',
] as const;
export type AudienceLintReason = (typeof audienceLintReasons)[number];

const ERRORS: ReadonlySet<AudienceLintReason> = new Set([
  'no-usable-identifier',
  'consent-denied',
  'missing-value',
]);

/** Whether a reason excludes the person from the upload. */
export function isExcludingReason(reason: AudienceLintReason): boolean {
  return ERRORS.has(reason);
}

export interface AudienceLintIssue {
  reason: AudienceLintReason;
  /** `error` excludes the person; `warning` drops one identifier. */
  severity: 'error' | 'warning';
  /** The identifier kind concerned, when there is one. */
  field?: AudienceFragmentType;
  /** What is wrong and how to fix it; never contains the value itself. */
  message: string;
}

export interface AudienceLintRow {
  personId: string;
  /** Index of the person's first row in the input. */
  index: number;
  /** Whether the person is in the upload. */
  uploaded: boolean;
  issues: AudienceLintIssue[];
}

/** The pre-upload lint of one export: who is uploaded, who is not and why, with counts. */
export interface AudienceLintReport {
  destination: AudienceDestination;
  /** Distinct person ids in the input. */
  totalPeople: number;
  uploadedPeople: number;
  excludedPeople: number;
  /** Number of people with each reason (a person with two invalid emails counts once). */
  counts: Partial<Record<AudienceLintReason, number>>;
  /** Only the people with at least one issue, in input order. */
  rows: AudienceLintRow[];
}

export function issue(
  reason: AudienceLintReason,
  message: string,
  field?: AudienceFragmentType,
): AudienceLintIssue {
  const severity = isExcludingReason(reason) ? 'error' : 'warning';
  return field === undefined ? { reason, severity, message } : { reason, severity, field, message };
}
