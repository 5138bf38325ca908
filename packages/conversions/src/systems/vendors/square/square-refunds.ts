import type { SystemDefinition } from '../../system-registry.js';

/**
 * Square Refunds API (`GET /v2/refunds`, ListPaymentRefunds).
 * https://developer.squareup.com/reference/square/refunds-api/list-payment-refunds
 *
 * Contract (shared/reference/vendor-apis.md §1, [SQ-SPEC] `ListPaymentRefundsResponse` example):
 * `{ id, payment_id, order_id, amount_money: { amount, currency }, status, created_at }`, money in
 * minor units, RFC 3339 timestamps. Refund status is PENDING, COMPLETED, REJECTED or FAILED
 * (the reference lists "PENDING/COMPLETED/…"; REJECTED and FAILED are from the PaymentRefund
 * object in the spec and are the only other values mapped).
 */
export const squareRefunds: SystemDefinition = {
  id: 'square.refunds',
  vendor: 'square',
  name: 'Square refunds (API)',
  source: 'pos',
  kind: 'api',
  docs: 'https://developer.squareup.com/reference/square/refunds-api/list-payment-refunds',
  refundTreatment:
    'Each refund is its own conversion: conversionType refund, value = -amount_money, transactionId = the refunded order (order_id, else payment_id) — the same transactionId square.payments and square.orders give the sale. PENDING refunds load as pending, REJECTED/FAILED as failed; only completed refunds reduce revenue.',
  mapping: {
    version: 1,
    system: 'square.refunds',
    source: 'pos',
    conversionType: 'refund',
    description:
      'One negative refund conversion per Square PaymentRefund, pointing at the order (or payment) it refunds.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      {
        target: 'transactionId',
        source: ['order_id', 'payment_id'],
        transform: { type: 'coalesce' },
        required: true,
      },
      { target: 'timestamp', source: 'created_at', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'currency', source: 'amount_money.currency' },
      {
        target: 'value',
        source: 'amount_money.amount',
        transform: { type: 'money', minorUnits: true, negate: true },
      },
      {
        target: 'status',
        source: 'status',
        transform: {
          type: 'enum',
          map: { PENDING: 'pending', COMPLETED: 'completed', REJECTED: 'failed', FAILED: 'failed' },
          fallback: 'unknown',
        },
      },
      { target: 'location.id', source: 'location_id' },
      { target: 'extras.payment_id', source: 'payment_id' },
      { target: 'extras.order_id', source: 'order_id' },
      { target: 'extras.reason', source: 'reason' },
    ],
  },
};
