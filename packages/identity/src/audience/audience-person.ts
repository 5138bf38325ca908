import { z } from 'zod';

/** A consent signal as the source recorded it. */
export const consentStatuses = ['granted', 'denied', 'unspecified'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

/**
 * The identifier kinds audience export reads, named as in the Conversion
 * contract's identity fragments. Fragments of other kinds (customer_id,
 * company …) are ignored.
 */
export const audienceFragmentTypes = [
  'email',
  'phone',
  'first_name',
  'last_name',
  'full_name',
  'city',
  'region',
  'postal_code',
  'country',
] as const;
export type AudienceFragmentType = (typeof audienceFragmentTypes)[number];

export const audienceConsentSchema = z.object({
  adUserData: z
    .enum(consentStatuses)
    .optional()
    .describe('Consent to send the person\'s data to Google for advertising, e.g. "granted".'),
  adPersonalization: z
    .enum(consentStatuses)
    .optional()
    .describe('Consent to personalised advertising, e.g. "granted".'),
});
export type AudienceConsent = z.infer<typeof audienceConsentSchema>;

export const audiencePersonSchema = z.object({
  personId: z.string().min(1).describe('Stable person id from the identity graph, e.g. "p_01H…".'),
  fragments: z
    .array(
      z.object({
        type: z
          .string()
          .describe('Identifier kind, e.g. "email"; kinds other than audienceFragmentTypes are ignored.'),
        value: z.string().describe('The value as the source gave it, e.g. " Jane.Doe@Example.com".'),
      }),
    )
    .describe('Every identifier known for the person; one person may have several emails and phones.'),
  value: z
    .number()
    .finite()
    .nonnegative()
    .optional()
    .describe('Customer value for value-based audiences (Meta LOOKALIKE_VALUE), e.g. 412.5.'),
  consent: audienceConsentSchema.optional().describe('Consent signals; missing means unspecified.'),
});

/** One person to export: their id, identity fragments, optional value and consent. */
export interface AudiencePerson {
  personId: string;
  fragments: readonly { readonly type: string; readonly value: string }[];
  value?: number;
  consent?: AudienceConsent;
}

/** Parses untrusted JSON (an MCP tool argument, a file) into audience people. */
export const audiencePeopleSchema = z.array(audiencePersonSchema);
