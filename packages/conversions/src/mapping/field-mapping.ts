import { z } from 'zod';
import { conversionSources, conversionTypes } from '../schema/conversion-schema.js';

/**
 * A source path: dot-separated keys with `[n]` indexes and `[*]` projections,
 * e.g. `total_money.amount`, `line_items[*].quantity`, `checks[0].customer.email`.
 * `[name=utm_source]` picks the first array element whose `name` equals
 * `utm_source` (key/value lists such as Shopify `note_attributes`).
 * A key holding dots, brackets or quotes is written `["Order No."]`;
 * `columnPath()` does that for you. A plain CSV header without those
 * characters is its own path: `Time Zone`, `Gross Sales`.
 */
export const sourcePathSchema = z.string().min(1);

const currencyCode = z.string().regex(/^[A-Za-z]{3}$/, 'an ISO 4217 code such as "USD"');

export const stringTransformSchema = z.object({
  type: z.literal('string'),
  /** Trim surrounding whitespace (default true). */
  trim: z.boolean().optional(),
  /** Change case. */
  case: z.enum(['lower', 'upper']).optional(),
});

export const numberTransformSchema = z.object({
  type: z.literal('number'),
  /** Round to an integer and reject fractions. */
  integer: z.boolean().optional(),
});

export const booleanTransformSchema = z.object({
  type: z.literal('boolean'),
  /** Extra words read as true / false (case-insensitive), beside true/false/yes/no/y/n/1/0. */
  trueValues: z.array(z.string()).optional(),
  falseValues: z.array(z.string()).optional(),
});

export const moneyTransformSchema = z.object({
  type: z.literal('money'),
  /** Currency when neither the value nor `currencySource` names one. */
  currency: currencyCode.optional(),
  /** Path of a field holding the currency code, e.g. `total_money.currency`. */
  currencySource: sourcePathSchema.optional(),
  /** The value is an integer in minor units (Square and Clover cents). */
  minorUnits: z.boolean().optional(),
  /** Force the decimal separator when the export's locale is known. */
  decimalSeparator: z.enum(['.', ',']).optional(),
  /** Flip the sign (refund amounts given as positive numbers). */
  negate: z.boolean().optional(),
  /** Report the absolute value (discounts given as negative numbers). */
  absolute: z.boolean().optional(),
});

export const currencyTransformSchema = z.object({ type: z.literal('currency') });

export const timestampTransformSchema = z.object({
  type: z.literal('timestamp'),
  /** `auto` recognises RFC 3339, epoch seconds/millis, US and EU dates. */
  format: z.enum(['auto', 'iso', 'epoch_seconds', 'epoch_millis', 'us', 'eu']).optional(),
  /** Zone for values without an offset: IANA (`America/Chicago`) or Rails/Windows names. Default UTC. */
  timeZone: z.string().optional(),
  /** Path of a field holding the zone name (Square's `Time Zone`). */
  timeZoneSource: sourcePathSchema.optional(),
  /** Path of a field holding the time of day when `source` holds only the date. */
  timeSource: sourcePathSchema.optional(),
  /** What to do with wall times that fall in a DST gap or overlap. */
  disambiguation: z.enum(['compatible', 'earlier', 'later', 'reject']).optional(),
});

export const enumTransformSchema = z.object({
  type: z.literal('enum'),
  /** Source value → target value; keys compared case-insensitively after trimming. */
  map: z.record(z.string(), z.string()),
  /** Target value for anything not in `map`; without it, unknown values fail the rule. */
  fallback: z.string().optional(),
});

export const constantTransformSchema = z.object({
  type: z.literal('constant'),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
});

export const concatTransformSchema = z.object({
  type: z.literal('concat'),
  /** Joins the non-empty values of all sources (or of an array). Default " ". */
  separator: z.string().optional(),
});

export const coalesceTransformSchema = z.object({ type: z.literal('coalesce') });

export const sumTransformSchema = z.object({
  type: z.literal('sum'),
  /** Values are minor units of `currency`/`currencySource`; without it they are plain numbers. */
  minorUnits: z.boolean().optional(),
  /** Flip the sign of the total (refund amounts listed as positive numbers). */
  negate: z.boolean().optional(),
  /** Sum absolute values (refunds listed as negative numbers, reported as a positive amount). */
  absolute: z.boolean().optional(),
});

export const countTransformSchema = z.object({ type: z.literal('count') });

export const regexTransformSchema = z.object({
  type: z.literal('regex'),
  pattern: z.string(),
  /** Capture group to return (default 1, or 0 when the pattern has no groups). */
  group: z.number().int().min(0).optional(),
  /** `fail` (default) reports a value that does not match; `blank` treats it as missing. */
  onNoMatch: z.enum(['fail', 'blank']).optional(),
  /** URL-decode the captured text (query-string parameters such as utm_source). */
  decodeUri: z.boolean().optional(),
});

export const jsonTransformSchema = z.object({ type: z.literal('json') });

export type FieldRule = {
  /**
   * Conversion field to fill: `value`, `currency`, `timestamp`, `transactionId`,
   * `sourceRecordId`, `conversionType`, `status`, `quantity`, `product.name`,
   * `items`, `location.id`, `amounts.tax`, `clickIds.gclid`, `utm.source`,
   * `identity.<fragment type>` (e.g. `identity.email`, repeatable), or
   * `extras.<name>` for source-specific fields.
   */
  target: string;
  /**
   * Path in the source record, or several: `concat`, `coalesce`, `sum` and
   * `count` take all their values; every other transform reads the first
   * non-blank one (a fallback chain, e.g. `['closedate', 'createdate']`).
   */
  source?: string | string[] | undefined;
  transform?: Transform | undefined;
  /** Used when the source is missing or blank. */
  default?: string | number | boolean | null | undefined;
  /** A missing or unreadable value sends the record to quarantine instead of a warning. */
  required?: boolean | undefined;
};

export const itemsTransformSchema: z.ZodType<ItemsTransform> = z.lazy(() =>
  z.object({
    type: z.literal('items'),
    /** Rules applied to each array element; targets are item fields: id, sku, name, category, quantity, unitPrice, total. */
    fields: z.array(fieldRuleSchema),
  }),
);

export type ItemsTransform = { type: 'items'; fields: FieldRule[] };

export type Transform =
  | z.infer<typeof stringTransformSchema>
  | z.infer<typeof numberTransformSchema>
  | z.infer<typeof booleanTransformSchema>
  | z.infer<typeof moneyTransformSchema>
  | z.infer<typeof currencyTransformSchema>
  | z.infer<typeof timestampTransformSchema>
  | z.infer<typeof enumTransformSchema>
  | z.infer<typeof constantTransformSchema>
  | z.infer<typeof concatTransformSchema>
  | z.infer<typeof coalesceTransformSchema>
  | z.infer<typeof sumTransformSchema>
  | z.infer<typeof countTransformSchema>
  | z.infer<typeof regexTransformSchema>
  | z.infer<typeof jsonTransformSchema>
  | ItemsTransform;

export const transformSchema: z.ZodType<Transform> = z.lazy(() =>
  z.union([
    stringTransformSchema,
    numberTransformSchema,
    booleanTransformSchema,
    moneyTransformSchema,
    currencyTransformSchema,
    timestampTransformSchema,
    enumTransformSchema,
    constantTransformSchema,
    concatTransformSchema,
    coalesceTransformSchema,
    sumTransformSchema,
    countTransformSchema,
    regexTransformSchema,
    jsonTransformSchema,
    itemsTransformSchema,
  ]),
);

export const fieldRuleSchema: z.ZodType<FieldRule> = z.lazy(() =>
  z.object({
    target: z.string().min(1),
    source: z.union([sourcePathSchema, z.array(sourcePathSchema).min(1)]).optional(),
    transform: transformSchema.optional(),
    default: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
    required: z.boolean().optional(),
  }),
);

/**
 * A declarative description of how one kind of source record becomes a
 * Conversion. Vendor defaults, discovery suggestions and user overrides are all
 * FieldMappings, executed by the one engine in `compileMapping`.
 */
export const fieldMappingSchema = z.object({
  version: z.literal(1),
  /** System and stream id, written to `sourceSystem`, e.g. `square.payments`. */
  system: z.string().min(1),
  /** Kind of source. */
  source: z.enum(conversionSources),
  /** Conversion type when no rule targets `conversionType`. */
  conversionType: z.enum(conversionTypes).optional(),
  /** Currency when no rule yields one. */
  defaultCurrency: currencyCode.optional(),
  /** Human notes: documentation links, treatment of refunds and voids. */
  description: z.string().optional(),
  fields: z.array(fieldRuleSchema),
});
export type FieldMapping = z.infer<typeof fieldMappingSchema>;

const SAFE_COLUMN = /^[^.[\]"]+$/;

/** The source path for a top-level column name, quoting it when it holds `.`, `[`, `]` or `"`. */
export function columnPath(column: string): string {
  return SAFE_COLUMN.test(column) ? column : `[${JSON.stringify(column)}]`;
}
