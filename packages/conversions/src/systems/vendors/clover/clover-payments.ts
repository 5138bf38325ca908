import type { SystemDefinition } from '../../system-registry.js';

/**
 * Clover Platform REST API payments (`GET /v3/merchants/{mId}/payments`, `{"elements":[...]}`).
 * https://docs.clover.com/docs/paginating-elements
 * https://docs.clover.com/docs/payment-response-reference
 *
 * Contract (shared/reference/vendor-apis.md §3): integer minor units, epoch-millisecond
 * timestamps. The payment response reference gives `payment.id`, `payment.order.id`,
 * `payment.amount` ("amount in cents", tip excluded), `payment.tipAmount`, `payment.taxAmount`,
 * `createdTime`. A payment has no currency of its own: the mapping reads
 * `cardTransaction.currency` (a Clover filter field per the May 2023 changelog) and otherwise
 * needs `defaultCurrency` — cash payments are quarantined without it.
 * Not confirmed by the reference: the `result` values mapped below (SUCCESS, FAIL, INITIATED,
 * PENDING, AUTH, AUTH_COMPLETED, VOIDED, VOIDING, VOID_FAILED, OFFLINE_RETRYING) and the
 * `refunds` expansion (`refunds.elements[*].amount`).
 */
export const cloverPayments: SystemDefinition = {
  id: 'clover.payments',
  vendor: 'clover',
  name: 'Clover payments (API)',
  source: 'pos',
  kind: 'api',
  docs: 'https://docs.clover.com/docs/payment-response-reference',
  refundTreatment:
    'A payment keeps its gross amount as value; the refunds expanded on it (refunds.elements[*].amount, cents) are summed into amounts.refunded. Its result gives the status: VOIDED → voided, FAIL → failed, SUCCESS/AUTH_COMPLETED → completed. Clover does not mark a refunded payment in result, and no negative refund conversions are produced. transactionId is the order id, shared with clover.orders.',
  mapping: {
    version: 1,
    system: 'clover.payments',
    source: 'pos',
    conversionType: 'purchase',
    description:
      'One conversion per Clover payment: value = amount (cents, tip excluded), tip and tax in amounts, transactionId = order.id. Payments without cardTransaction.currency need defaultCurrency.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'transactionId', source: ['order.id', 'id'], transform: { type: 'coalesce' } },
      {
        target: 'timestamp',
        source: 'createdTime',
        transform: { type: 'timestamp', format: 'epoch_millis' },
      },
      { target: 'currency', source: 'cardTransaction.currency', required: false },
      { target: 'value', source: 'amount', transform: { type: 'money', minorUnits: true } },
      {
        target: 'status',
        source: 'result',
        transform: {
          type: 'enum',
          map: {
            SUCCESS: 'completed',
            AUTH_COMPLETED: 'completed',
            VOID_FAILED: 'completed',
            AUTH: 'pending',
            INITIATED: 'pending',
            PENDING: 'pending',
            OFFLINE_RETRYING: 'pending',
            VOIDING: 'pending',
            VOIDED: 'voided',
            FAIL: 'failed',
          },
          fallback: 'unknown',
        },
      },
      { target: 'amounts.tip', source: 'tipAmount', transform: { type: 'money', minorUnits: true } },
      { target: 'amounts.tax', source: 'taxAmount', transform: { type: 'money', minorUnits: true } },
      {
        target: 'amounts.refunded',
        source: 'refunds.elements[*].amount',
        transform: { type: 'sum', minorUnits: true },
      },
      { target: 'extras.order_id', source: 'order.id' },
      { target: 'extras.tender', source: 'tender.label' },
      { target: 'extras.card_last4', source: 'cardTransaction.last4' },
      { target: 'extras.external_payment_id', source: 'externalPaymentId' },
      {
        target: 'extras.client_created_time',
        source: 'clientCreatedTime',
        transform: { type: 'timestamp', format: 'epoch_millis' },
      },
    ],
  },
};
