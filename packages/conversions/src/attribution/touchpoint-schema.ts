import { z } from 'zod';
import type { ClickIds, Utm } from '../schema/conversion-schema.js';

const optionalString = z.string().nullable().default(null);

const touchpointClickIds = {
  gclid: optionalString.describe('Google Ads click id.'),
  fbclid: optionalString.describe('Meta click id.'),
  ttclid: optionalString.describe('TikTok click id.'),
  msclkid: optionalString.describe('Microsoft Ads click id.'),
} satisfies Record<keyof ClickIds, unknown>;

const touchpointUtm = {
  source: optionalString,
  medium: optionalString,
  campaign: optionalString,
  term: optionalString,
  content: optionalString,
} satisfies Record<keyof Utm, unknown>;

/**
 * One marketing touch of a person before a conversion: an ad click, a visit
 * from a campaign link. Optional fields default to null, so
 * `touchpointSchema.parse(untrustedJson)` yields a complete `Touchpoint`.
 *
 * The attribution functions accept any object with the fields they use
 * (`AttributableTouchpoint`) and do not run this schema themselves (it would
 * dominate the run time on large inputs): parse untrusted JSON with it first.
 */
export const touchpointSchema = z.object({
  touchpointId: z
    .string()
    .min(1)
    .describe('Unique id of the touchpoint; touchpoints at the same instant are ordered by this id.'),
  platform: z
    .string()
    .min(1)
    .describe('Ad platform or channel credited, e.g. "google_ads", "meta", "email".'),
  campaign: optionalString.describe('Campaign of the touch, when known.'),
  timestamp: z.iso
    .datetime({ precision: 3 })
    .describe('When the touch happened, UTC, e.g. "2025-03-01T10:00:00.000Z".'),
  userId: optionalString.describe(
    'Resolved person id, the same id space as Conversion.userId; null when the person is unknown.',
  ),
  clickIds: z
    .object(touchpointClickIds)
    .prefault({})
    .describe('Click ids carried by the touch; a conversion with the same click id is matched to it.'),
  utm: z.object(touchpointUtm).prefault({}).describe('UTM parameters of the landing URL, kept as evidence.'),
});

export type Touchpoint = z.output<typeof touchpointSchema>;
/** What `touchpointSchema` accepts: optional fields may be left out. */
export type TouchpointInput = z.input<typeof touchpointSchema>;

/** The click-id kinds a conversion and a touchpoint are matched on, in match order. */
export const clickIdKinds = Object.keys(touchpointClickIds) as (keyof ClickIds)[];
