import type { SystemDefinition } from '../../system-registry.js';

/**
 * Shopify REST Admin refunds (`GET /admin/api/{version}/orders/{order_id}/refunds.json`, or the
 * `refunds[*]` of an order — the same Refund object).
 * https://shopify.dev/api/admin-rest/latest/resources/refund
 *
 * Contract (shared/reference/vendor-apis.md §5, [SHOP-JS] refund.ts and the order example):
 * `{ id, order_id, created_at, processed_at, note, transactions: [{ id, amount: "209.00",
 * currency, kind: "refund", status: "success" }], refund_line_items, order_adjustments }`.
 * Money is decimal strings; timestamps ISO 8601 with an offset.
 *
 * The refunded money is the sum of the refund's transactions (several for split tenders), negated.
 */
export const shopifyRefunds: SystemDefinition = {
  id: 'shopify.refunds',
  vendor: 'shopify',
  name: 'Shopify refunds (REST API)',
  source: 'ecommerce',
  kind: 'api',
  docs: 'https://shopify.dev/api/admin-rest/latest/resources/refund',
  refundTreatment:
    'Each refund is its own conversion: conversionType refund, value = -transactions[*].amount, transactionId = order_id (the id shopify.orders uses). Transaction status success → completed, pending → pending, failure/error → failed. A split-tender refund sums its transactions.',
  mapping: {
    version: 1,
    system: 'shopify.refunds',
    source: 'ecommerce',
    conversionType: 'refund',
    description:
      'One negative refund conversion per Shopify refund, at created_at, pointing at its order. The records may come from the refunds endpoint or from order.refunds[*].',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'transactionId', source: 'order_id', required: true },
      { target: 'timestamp', source: 'created_at', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'currency', source: 'transactions[0].currency' },
      { target: 'value', source: 'transactions[*].amount', transform: { type: 'sum', negate: true } },
      {
        target: 'status',
        source: 'transactions[0].status',
        transform: {
          type: 'enum',
          map: { success: 'completed', pending: 'pending', failure: 'failed', error: 'failed' },
          fallback: 'unknown',
        },
      },
      { target: 'extras.note', source: 'note' },
      {
        target: 'extras.processed_at',
        source: 'processed_at',
        transform: { type: 'timestamp', format: 'iso' },
      },
      { target: 'extras.transaction_kind', source: 'transactions[0].kind' },
      { target: 'extras.refund_line_items', source: 'refund_line_items', transform: { type: 'count' } },
    ],
  },
};
