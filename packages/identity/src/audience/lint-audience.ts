import { z } from 'zod';
import { type AudienceLintReport, audienceDestinations } from './audience-lint.js';
import { audienceOptionsSchema, parseOptions, resolveAudienceOptions } from './audience-options.js';
import type { AudiencePerson } from './audience-person.js';
import { prepareAudience } from './prepare-audience.js';

export const lintAudienceOptionsSchema = audienceOptionsSchema.extend({
  destination: z.enum(audienceDestinations).describe('Where the audience will go, e.g. "meta".'),
  valueBased: z.boolean().optional().describe('Meta value-based audience: every person needs a value.'),
});
export type LintAudienceOptions = z.infer<typeof lintAudienceOptionsSchema>;

/**
 * The pre-upload lint alone: for each person, the reasons they cannot match
 * at `destination` (no usable identifier, invalid or placeholder email, phone
 * without country, name without country and zip …) or match on fewer
 * identifiers, with counts per reason. Nothing is hashed. The exporters
 * return the same report.
 */
export function lintAudience(
  people: readonly AudiencePerson[],
  options: LintAudienceOptions,
): AudienceLintReport {
  const parsed = parseOptions(lintAudienceOptionsSchema, options, 'lintAudience');
  const resolved = resolveAudienceOptions(parsed, 'lintAudience');
  return prepareAudience(people, parsed.destination, { ...resolved, valueBased: parsed.valueBased ?? false })
    .lint;
}
