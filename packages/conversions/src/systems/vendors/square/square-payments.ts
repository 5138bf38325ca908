import type { SystemDefinition } from '../../system-registry.js';

/**
 * Square Payments API (`GET /v2/payments`).
 * https://developer.squareup.com/reference/square/payments-api/list-payments
 * Money is `{ amount, currency }` in minor units; timestamps RFC 3339.
 */
export const squarePayments: SystemDefinition = {
  id: 'square.payments',
  vendor: 'square',
  name: 'Square payments (API)',
  source: 'pos',
  kind: 'api',
  docs: 'https://developer.squareup.com/reference/square/payments-api/list-payments',
  refundTreatment:
    'A payment keeps its gross total_money as value and refunded_money goes to amounts.refunded. Square payments have no refunded status (APPROVED, PENDING, COMPLETED, CANCELED, FAILED), so a refunded payment stays completed; the refunds themselves load from square.refunds as separate negative refund conversions with the same transactionId (the order id, else the payment id). CANCELED and FAILED payments load as cancelled / failed and are ignored by revenue analytics.',
  mapping: {
    version: 1,
    system: 'square.payments',
    source: 'pos',
    conversionType: 'purchase',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'transactionId', source: ['order_id', 'id'], transform: { type: 'coalesce' } },
      { target: 'timestamp', source: 'created_at', transform: { type: 'timestamp', format: 'iso' } },
      // total_money = amount_money + tip_money (Square Payment object).
      { target: 'value', source: 'total_money.amount', transform: { type: 'money', minorUnits: true } },
      { target: 'currency', source: 'total_money.currency' },
      {
        target: 'status',
        source: 'status',
        transform: {
          type: 'enum',
          map: {
            APPROVED: 'pending',
            PENDING: 'pending',
            COMPLETED: 'completed',
            CANCELED: 'cancelled',
            FAILED: 'failed',
          },
          fallback: 'unknown',
        },
      },
      { target: 'amounts.tip', source: 'tip_money.amount', transform: { type: 'money', minorUnits: true } },
      {
        target: 'amounts.refunded',
        source: 'refunded_money.amount',
        transform: { type: 'money', minorUnits: true },
      },
      {
        target: 'amounts.fee',
        source: 'processing_fee[*].amount_money.amount',
        transform: { type: 'sum', minorUnits: true },
      },
      { target: 'location.id', source: 'location_id' },
      { target: 'identity.customer_id', source: 'customer_id' },
      { target: 'identity.email', source: 'buyer_email_address' },
      { target: 'identity.postal_code', source: 'billing_address.postal_code' },
      { target: 'identity.country', source: 'billing_address.country' },
      { target: 'extras.source_type', source: 'source_type' },
      { target: 'extras.card_brand', source: 'card_details.card.card_brand' },
      { target: 'extras.card_last4', source: 'card_details.card.last_4' },
      { target: 'extras.order_id', source: 'order_id' },
    ],
  },
};
