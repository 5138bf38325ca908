/**
 * The targets a column can be mapped to: Conversion fields and identity roles,
 * named as in the schema-matching benchmark vocabulary (see the package README),
 * plus the click ids and UTM fields the Conversion schema has beyond it.
 */
export const targetFields = [
  // conversion
  'transaction_id',
  'order_number',
  'payment_id',
  'timestamp',
  'date',
  'time',
  'timezone',
  'created_at',
  'updated_at',
  'paid_at',
  'value',
  'subtotal',
  'tax',
  'tip',
  'discount',
  'shipping',
  'refund_amount',
  'fee',
  'currency',
  'quantity',
  'product_name',
  'product_sku',
  'product_category',
  'status',
  'location',
  'channel',
  'payment_method',
  'card_brand',
  'card_last4',
  'staff',
  'notes',
  'order_count',
  'lifetime_value',
  // identity
  'customer_id',
  'customer_reference',
  'contact_id',
  'loyalty_id',
  'email',
  'phone',
  'first_name',
  'last_name',
  'full_name',
  'company',
  'address_line',
  'city',
  'region',
  'postal_code',
  'country',
  'ip_address',
  'birth_date',
  'marketing_opt_in',
  // attribution
  'gclid',
  'fbclid',
  'msclkid',
  'ttclid',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'lead_source',
] as const;

export type TargetField = (typeof targetFields)[number];

/** What a target's values look like; decides which value checks apply. */
export type TargetKind =
  | 'id'
  | 'money'
  | 'count'
  | 'timestamp'
  | 'date'
  | 'time'
  | 'timezone'
  | 'currency'
  | 'category'
  | 'text'
  | 'notes'
  | 'email'
  | 'phone'
  | 'first_name'
  | 'last_name'
  | 'full_name'
  | 'company'
  | 'address'
  | 'city'
  | 'region'
  | 'postal_code'
  | 'country'
  | 'ip'
  | 'birth_date'
  | 'boolean'
  | 'card_last4'
  | 'card_brand'
  | 'click_id'
  | 'status';

export interface TargetSpec {
  field: TargetField;
  group: 'conversion' | 'identity' | 'attribution';
  kind: TargetKind;
  /**
   * `one`: at most one column (value, timestamp, email of the buyer …).
   * `many`: several columns may carry it (two staff columns, street + street number).
   */
  cardinality: 'one' | 'many';
  /** Counted in the benchmark's critical-field accuracy. */
  critical: boolean;
  description: string;
}

function spec(
  field: TargetField,
  group: TargetSpec['group'],
  kind: TargetKind,
  cardinality: TargetSpec['cardinality'],
  description: string,
  critical = false,
): TargetSpec {
  return { field, group, kind, cardinality, critical, description };
}

export const targetSpecs: Readonly<Record<TargetField, TargetSpec>> = Object.fromEntries(
  [
    spec(
      'transaction_id',
      'conversion',
      'id',
      'one',
      "The record's unique id (order, payment or booking id).",
      true,
    ),
    spec(
      'order_number',
      'conversion',
      'id',
      'one',
      'Human-facing order number, beside a separate record id.',
    ),
    spec('payment_id', 'conversion', 'id', 'one', 'Id of the payment or charge.'),
    spec('timestamp', 'conversion', 'timestamp', 'one', 'Full date-time of the conversion.', true),
    spec(
      'date',
      'conversion',
      'date',
      'one',
      'Date of the conversion when the time is in another column.',
      true,
    ),
    spec('time', 'conversion', 'time', 'one', 'Time of day of the conversion.'),
    spec('timezone', 'conversion', 'timezone', 'one', 'Time zone of the date and time columns.'),
    spec('created_at', 'conversion', 'timestamp', 'one', 'When the record (order, contact) was created.'),
    spec('updated_at', 'conversion', 'timestamp', 'one', 'When the record was last changed.'),
    spec('paid_at', 'conversion', 'timestamp', 'one', 'When the payment was made.'),
    spec('value', 'conversion', 'money', 'one', 'Monetary value of the conversion (the total).', true),
    spec('subtotal', 'conversion', 'money', 'one', 'Amount before tax, tip, shipping and discounts.'),
    spec('tax', 'conversion', 'money', 'one', 'Tax amount.'),
    spec('tip', 'conversion', 'money', 'one', 'Tip or gratuity.'),
    spec('discount', 'conversion', 'money', 'one', 'Discount amount.'),
    spec('shipping', 'conversion', 'money', 'one', 'Shipping charged.'),
    spec('refund_amount', 'conversion', 'money', 'one', 'Amount refunded.'),
    spec(
      'fee',
      'conversion',
      'money',
      'many',
      'Fees charged to the merchant (processing, commission, marketplace).',
    ),
    spec('currency', 'conversion', 'currency', 'one', 'ISO 4217 currency code.', true),
    spec('quantity', 'conversion', 'count', 'one', 'Units, players, guests.'),
    spec('product_name', 'conversion', 'text', 'one', 'Product or service name.'),
    spec('product_sku', 'conversion', 'id', 'one', 'Stock-keeping unit or product code.'),
    spec('product_category', 'conversion', 'category', 'one', 'Product category.'),
    spec('status', 'conversion', 'status', 'many', 'Lifecycle status (paid, refunded, voided …).', true),
    spec('location', 'conversion', 'category', 'many', 'Store, venue, course or site.'),
    spec(
      'channel',
      'conversion',
      'category',
      'many',
      'Sales channel or source of the order (online, POS …).',
    ),
    spec('payment_method', 'conversion', 'category', 'one', 'Tender or payment method.'),
    spec('card_brand', 'conversion', 'card_brand', 'one', 'Card network (Visa, Mastercard …).'),
    spec('card_last4', 'conversion', 'card_last4', 'one', 'Last four digits of the card.'),
    spec('staff', 'conversion', 'category', 'many', 'Employee, server or provider.'),
    spec(
      'notes',
      'conversion',
      'notes',
      'many',
      'Free-text notes (the first on the conversion, the others kept beside it).',
    ),
    spec('order_count', 'conversion', 'count', 'one', "A customer's number of orders or visits."),
    spec('lifetime_value', 'conversion', 'money', 'one', "A customer's total spend."),
    spec('customer_id', 'identity', 'id', 'one', "The source system's customer id.", true),
    spec('customer_reference', 'identity', 'id', 'one', 'External or member reference of the customer.'),
    spec('contact_id', 'identity', 'id', 'one', 'CRM contact id.'),
    spec('loyalty_id', 'identity', 'id', 'one', 'Loyalty or membership number.'),
    spec('email', 'identity', 'email', 'many', 'Email address.', true),
    spec('phone', 'identity', 'phone', 'many', 'Phone number.', true),
    spec('first_name', 'identity', 'first_name', 'many', 'Given name.', true),
    spec('last_name', 'identity', 'last_name', 'many', 'Family name.', true),
    spec('full_name', 'identity', 'full_name', 'many', 'Whole name in one column.', true),
    spec('company', 'identity', 'company', 'one', 'Company or organisation.'),
    spec('address_line', 'identity', 'address', 'many', 'Street address (line 1, street, street number).'),
    spec('city', 'identity', 'city', 'one', 'City, town or suburb.'),
    spec('region', 'identity', 'region', 'one', 'State, province or region.'),
    spec('postal_code', 'identity', 'postal_code', 'one', 'ZIP or postal code.', true),
    spec('country', 'identity', 'country', 'one', 'Country name or code.'),
    spec('ip_address', 'identity', 'ip', 'one', 'IP address.'),
    spec('birth_date', 'identity', 'birth_date', 'one', 'Date of birth.'),
    spec('marketing_opt_in', 'identity', 'boolean', 'many', 'Consent to marketing.'),
    spec('gclid', 'attribution', 'click_id', 'one', 'Google Ads click id.'),
    spec('fbclid', 'attribution', 'click_id', 'one', 'Meta click id.'),
    spec('msclkid', 'attribution', 'click_id', 'one', 'Microsoft Ads click id.'),
    spec('ttclid', 'attribution', 'click_id', 'one', 'TikTok click id.'),
    spec('utm_source', 'attribution', 'category', 'one', 'utm_source.'),
    spec('utm_medium', 'attribution', 'category', 'one', 'utm_medium.'),
    spec('utm_campaign', 'attribution', 'category', 'one', 'utm_campaign.'),
    spec('utm_term', 'attribution', 'category', 'one', 'utm_term.'),
    spec('utm_content', 'attribution', 'category', 'one', 'utm_content.'),
    spec('lead_source', 'attribution', 'category', 'one', 'Where a lead or contact came from.'),
  ].map((s) => [s.field, s]),
) as Record<TargetField, TargetSpec>;

/** Whether a string names a target. */
export function isTargetField(value: unknown): value is TargetField {
  return typeof value === 'string' && Object.hasOwn(targetSpecs, value);
}
