import { z } from 'zod';
import { canonicalCountry } from '../canonical/canonical-country.js';
import { IdentityError } from '../errors.js';

/**
 * Households rarely have more than five people sharing one landline or one
 * email address; a value on more people than that is a shop's, an office's or
 * a placeholder, and uploading it would target whoever owns it.
 */
export const DEFAULT_MAX_PEOPLE_PER_VALUE = 5;

export const audienceOptionsSchema = z.object({
  defaultCountry: z
    .string()
    .optional()
    .describe(
      'Country (ISO alpha-2 or English name) of people whose records carry none; used to read phones without a country code and for Google address matching, e.g. "US".',
    ),
  maxPeoplePerValue: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      `An email or phone on more people than this is not uploaded; default ${DEFAULT_MAX_PEOPLE_PER_VALUE}.`,
    ),
  excludeDeniedConsent: z
    .boolean()
    .optional()
    .describe('Leave out people who denied ad_user_data or ad_personalization consent; default true.'),
});

/** Options every audience export and `lintAudience` take. */
export type AudienceOptions = z.infer<typeof audienceOptionsSchema>;

export interface ResolvedAudienceOptions {
  defaultCountry: string | undefined;
  maxPeoplePerValue: number;
  excludeDeniedConsent: boolean;
}

/** Parses options with a schema; a bad option throws an IdentityError that says how to fix it. */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  options: unknown,
  functionName: string,
): z.infer<S> {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`)
      .join('; ');
    throw new IdentityError({
      code: 'INVALID_IDENTITY_OPTIONS',
      message: `${functionName}: invalid options (${problems}). Fix these options and call again.`,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

export function resolveAudienceOptions(
  options: AudienceOptions,
  functionName: string,
): ResolvedAudienceOptions {
  let defaultCountry: string | undefined;
  if (options.defaultCountry !== undefined) {
    const code = canonicalCountry(options.defaultCountry);
    if (code === null) {
      throw new IdentityError({
        code: 'INVALID_IDENTITY_OPTIONS',
        message: `${functionName}: defaultCountry "${options.defaultCountry}" is not a known country; pass an ISO 3166-1 alpha-2 code such as "US".`,
      });
    }
    defaultCountry = code;
  }
  return {
    defaultCountry,
    maxPeoplePerValue: options.maxPeoplePerValue ?? DEFAULT_MAX_PEOPLE_PER_VALUE,
    excludeDeniedConsent: options.excludeDeniedConsent ?? true,
  };
}
