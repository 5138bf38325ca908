import { z } from 'zod';

/** Bumped on any breaking change to the Conversion contract. */
export const CONVERSION_SCHEMA_VERSION = 1 as const;

export const conversionTypes = [
  'purchase',
  'refund',
  'lead',
  'signup',
  'booking',
  'subscription',
  'other',
] as const;
export type ConversionType = (typeof conversionTypes)[number];

export const conversionSources = ['pos', 'crm', 'ecommerce', 'loyalty', 'file', 'other'] as const;
export type ConversionSource = (typeof conversionSources)[number];

/**
 * Unified lifecycle status. Analytics count only `completed` purchases and
 * `refund` conversions; everything else is kept for audit, not revenue.
 */
export const unifiedStatuses = [
  'completed',
  'pending',
  'open',
  'refunded',
  'partially_refunded',
  'voided',
  'cancelled',
  'failed',
  'unknown',
] as const;
export type UnifiedStatus = (typeof unifiedStatuses)[number];

/** Kinds of identifier a record can carry about a person. */
export const identityFragmentTypes = [
  'email',
  'phone',
  'first_name',
  'last_name',
  'full_name',
  'customer_id',
  'customer_reference',
  'contact_id',
  'loyalty_id',
  'company',
  'address_line',
  'city',
  'region',
  'postal_code',
  'country',
  'birth_date',
  'ip_address',
] as const;
export type IdentityFragmentType = (typeof identityFragmentTypes)[number];

const nullableString = z.string().nullable();

export const identityFragmentSchema = z.object({
  type: z.enum(identityFragmentTypes).describe('What the value identifies, e.g. "email".'),
  value: z.string().min(1).describe('The value as the source gave it (trimmed); identity canonicalises it.'),
  sourceSystem: z.string().describe('System the fragment came from, e.g. "square".'),
});
export type IdentityFragment = z.infer<typeof identityFragmentSchema>;

export const conversionItemSchema = z.object({
  id: nullableString.describe('Source line-item or product id.'),
  sku: nullableString.describe('Stock-keeping unit.'),
  name: nullableString.describe('Product or service name.'),
  category: nullableString.describe('Product category.'),
  quantity: z.number().nullable().describe('Units of this item.'),
  unitPrice: z.number().nullable().describe('Price of one unit in the conversion currency (major units).'),
  total: z.number().nullable().describe('Line total in the conversion currency (major units).'),
});
export type ConversionItem = z.infer<typeof conversionItemSchema>;

/** Monetary components of `value`, all in the conversion currency, major units. */
export const amountsSchema = z.object({
  subtotal: z.number().nullable().describe('Before tax, tip, shipping and discounts.'),
  tax: z.number().nullable(),
  tip: z.number().nullable(),
  discount: z.number().nullable().describe('Discounts as a positive amount taken off.'),
  shipping: z.number().nullable(),
  fee: z.number().nullable().describe('Processing fees charged to the merchant, positive.'),
  refunded: z.number().nullable().describe('Amount refunded against this conversion so far, positive.'),
});
export type ConversionAmounts = z.infer<typeof amountsSchema>;

export const clickIdsSchema = z.object({
  gclid: nullableString.describe('Google Ads click id.'),
  fbclid: nullableString.describe('Meta click id.'),
  ttclid: nullableString.describe('TikTok click id.'),
  msclkid: nullableString.describe('Microsoft Ads click id.'),
});
export type ClickIds = z.infer<typeof clickIdsSchema>;

export const utmSchema = z.object({
  source: nullableString,
  medium: nullableString,
  campaign: nullableString,
  term: nullableString,
  content: nullableString,
});
export type Utm = z.infer<typeof utmSchema>;

export const attributionResultSchema = z.object({
  platform: z.string().describe('Ad platform credited, e.g. "google_ads".'),
  campaign: nullableString.describe('Campaign credited.'),
  model: z.string().describe('Attribution model, e.g. "last_click", "markov".'),
  weight: z.number().min(0).max(1).describe('Share of this conversion credited to the platform.'),
  touchpointId: nullableString.describe('The touchpoint credited, when there is one.'),
});
export type AttributionResult = z.infer<typeof attributionResultSchema>;

/** UTC instant as RFC 3339 with milliseconds and `Z`, e.g. `2025-02-01T18:12:00.000Z`. */
const utcTimestamp = z.iso.datetime({ precision: 3 });

/**
 * One business conversion (a sale, a refund, a lead, a booking …) from any
 * source, in one shape. This schema is the contract between every package.
 */
export const conversionSchema = z.object({
  schemaVersion: z.literal(CONVERSION_SCHEMA_VERSION).describe('Version of this contract.'),
  customerId: z.string().min(1).describe('Tenant: the GrowthNav client this conversion belongs to.'),
  conversionId: z
    .string()
    .regex(/^cv_[0-9a-f]{32}$/)
    .describe(
      'Deterministic id: a hash of tenant, source system and source record id, so re-syncing the same record never duplicates it.',
    ),
  transactionId: z
    .string()
    .min(1)
    .describe(
      'Business transaction the record belongs to (an order or payment id); refunds point at what they refund.',
    ),
  sourceRecordId: z.string().min(1).describe('Primary key of the record in its source system.'),
  conversionType: z.enum(conversionTypes).describe('What happened.'),
  source: z.enum(conversionSources).describe('Kind of system the record came from.'),
  sourceSystem: z
    .string()
    .min(1)
    .describe('System and stream, e.g. "square.payments", "shopify-csv.orders".'),
  timestamp: utcTimestamp.describe('When the conversion happened, UTC.'),
  value: z.number().describe('Monetary value in `currency`, major units; negative for refunds.'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .describe('ISO 4217 code.'),
  status: z.object({
    unified: z.enum(unifiedStatuses).describe('Status in the GrowthNav vocabulary.'),
    raw: nullableString.describe('Status exactly as the source wrote it.'),
  }),
  quantity: z.number().nullable().describe('Total units in the conversion.'),
  product: z
    .object({ id: nullableString, sku: nullableString, name: nullableString, category: nullableString })
    .describe('The product when the conversion is about one product (or the first one).'),
  items: z.array(conversionItemSchema).describe('Line items, when the source lists them.'),
  location: z.object({ id: nullableString, name: nullableString }).describe('Store, venue or site.'),
  amounts: amountsSchema,
  clickIds: clickIdsSchema,
  utm: utmSchema,
  attribution: z
    .array(attributionResultSchema)
    .describe('Attribution results; empty until attribution runs.'),
  identityFragments: z
    .array(identityFragmentSchema)
    .describe('Identifiers of the person, as the source gave them.'),
  userId: nullableString.describe('Resolved person id from @growthnav/identity; null until resolved.'),
  extras: z
    .record(z.string(), z.unknown())
    .describe('Source-specific fields without a place above, keyed by name.'),
  raw: z.record(z.string(), z.unknown()).describe('The source record exactly as read.'),
});
export type Conversion = z.infer<typeof conversionSchema>;
