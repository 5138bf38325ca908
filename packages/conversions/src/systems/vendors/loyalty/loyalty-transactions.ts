import type { SystemDefinition } from '../../system-registry.js';

/**
 * Generic loyalty-program ledger: one record per member event. GrowthNav's own layout (no vendor
 * defines it); a loyalty export or API is mapped onto it, or these rules are overridden.
 *
 * ```jsonc
 * {
 *   "transaction_id": "LT-1001",             // unique id of the event (required)
 *   "member_id": "M-0042",                   // loyalty member id (required) → identity loyalty_id
 *   "type": "earn",                          // earn | redeem | visit | adjust | expire | enroll
 *   "occurred_at": "2025-03-14T12:40:00-05:00", // ISO 8601, offset recommended (required)
 *   "points": 45,                            // signed: + earned, - redeemed or expired
 *   "amount": "45.00",                       // spend that earned the points (decimal), optional
 *   "currency": "USD",                       // ISO 4217, optional
 *   "reference_id": "DO5psXGHgQT4Rrg3iuRfFk",// POS / e-commerce transaction the event belongs to
 *   "status": "posted",                      // posted | pending | reversed | voided
 *   "reward": "Free range bucket",           // what a redemption bought
 *   "location_id": "L1", "location_name": "Downtown",
 *   "member": { "email": "…", "phone": "…", "first_name": "…", "last_name": "…", "postal_code": "…" }
 * }
 * ```
 *
 * Every event is conversionType other except `enroll` (signup): a loyalty ledger usually mirrors
 * sales that already load from the POS, and counting its `earn` events as purchases would count
 * that revenue twice. When the loyalty program is the only record of sales, override the
 * conversionType map with `earn: 'purchase'`. `transactionId` is the POS transaction
 * (`reference_id`) when given, so a loyalty event joins the sale it belongs to.
 */
export const loyaltyTransactions: SystemDefinition = {
  id: 'loyalty.transactions',
  vendor: 'loyalty',
  name: 'Loyalty program events (generic layout)',
  source: 'loyalty',
  kind: 'api',
  docs: 'https://github.com/growthnav/growthnav/tree/main/packages/conversions/src/systems/vendors/loyalty',
  refundTreatment:
    'Loyalty events are not revenue: earn, redeem, visit, adjust and expire load as conversionType other (enroll as signup) with value = amount (0 when absent) and points in extras. A reversed event loads with status refunded and a voided one as voided; reversals written as their own adjust events keep their negative points. Revenue and refunds come from the POS or e-commerce system the events point at (transactionId = reference_id).',
  mapping: {
    version: 1,
    system: 'loyalty.transactions',
    source: 'loyalty',
    description:
      'One conversion per loyalty event (GrowthNav generic layout): other for earn/redeem/visit/adjust/expire, signup for enroll; value = amount; member_id as loyalty_id.',
    fields: [
      { target: 'sourceRecordId', source: 'transaction_id' },
      {
        target: 'transactionId',
        source: ['reference_id', 'transaction_id'],
        transform: { type: 'coalesce' },
      },
      {
        target: 'conversionType',
        source: 'type',
        transform: {
          type: 'enum',
          map: {
            earn: 'other',
            redeem: 'other',
            visit: 'other',
            adjust: 'other',
            expire: 'other',
            enroll: 'signup',
          },
        },
      },
      { target: 'timestamp', source: 'occurred_at', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'currency', source: 'currency', required: false },
      { target: 'value', source: 'amount', default: 0 },
      {
        target: 'status',
        source: 'status',
        transform: {
          type: 'enum',
          map: { posted: 'completed', pending: 'pending', reversed: 'refunded', voided: 'voided' },
          fallback: 'unknown',
        },
      },
      { target: 'location.id', source: 'location_id' },
      { target: 'location.name', source: 'location_name' },
      { target: 'product.name', source: 'reward' },
      { target: 'identity.loyalty_id', source: 'member_id', required: true },
      { target: 'identity.email', source: 'member.email' },
      { target: 'identity.phone', source: 'member.phone' },
      { target: 'identity.first_name', source: 'member.first_name' },
      { target: 'identity.last_name', source: 'member.last_name' },
      { target: 'identity.postal_code', source: 'member.postal_code' },
      { target: 'extras.event_type', source: 'type' },
      { target: 'extras.points', source: 'points', transform: { type: 'number', integer: true } },
      { target: 'extras.reference_id', source: 'reference_id' },
    ],
  },
};
