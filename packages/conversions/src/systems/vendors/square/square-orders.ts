import type { SystemDefinition } from '../../system-registry.js';

/**
 * Square Orders API (`POST /v2/orders/search`, SearchOrders).
 * https://developer.squareup.com/reference/square/orders-api/search-orders
 *
 * Contract (shared/reference/vendor-apis.md §1, [SQ-SPEC] `RetrieveOrderResponse` example):
 * - Money is `Money { amount: integer minor units, currency: ISO 4217 }`: USD 555 is $5.55.
 * - Timestamps are RFC 3339 (`2020-05-18T16:30:49.614Z`).
 * - `state` is OPEN, COMPLETED, CANCELED or DRAFT.
 * - `line_items[*]` carry `uid`, `name`, `quantity` (a decimal string), `base_price_money`, `total_money`.
 * - `refunds[*].amount_money` lists refunds taken against the order ([SQ-SPEC] `Order.refunds`).
 *
 * square.orders and square.payments describe the same sale: load one of them as the revenue
 * stream. Both use the order id as transactionId, so a sale seen through both can be joined.
 */
export const squareOrders: SystemDefinition = {
  id: 'square.orders',
  vendor: 'square',
  name: 'Square orders (API)',
  source: 'pos',
  kind: 'api',
  docs: 'https://developer.squareup.com/reference/square/orders-api/search-orders',
  refundTreatment:
    'An order keeps its gross total_money as value; the refunds listed on it (refunds[*].amount_money) are summed into amounts.refunded. Square has no refunded order state, so the status stays completed; the refunds themselves load from square.refunds as separate negative refund conversions with transactionId = the order id. CANCELED orders load with status cancelled, DRAFT and OPEN as open; none of these count as revenue.',
  mapping: {
    version: 1,
    system: 'square.orders',
    source: 'pos',
    conversionType: 'purchase',
    description:
      'One conversion per Square order. Value = total_money (minor units), status from state, line items from line_items. Use square.orders or square.payments for revenue, not both.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'transactionId', source: 'id' },
      { target: 'timestamp', source: 'created_at', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'currency', source: 'total_money.currency' },
      { target: 'value', source: 'total_money.amount', transform: { type: 'money', minorUnits: true } },
      {
        target: 'status',
        source: 'state',
        transform: {
          type: 'enum',
          map: { OPEN: 'open', DRAFT: 'open', COMPLETED: 'completed', CANCELED: 'cancelled' },
          fallback: 'unknown',
        },
      },
      {
        target: 'amounts.tax',
        source: 'total_tax_money.amount',
        transform: { type: 'money', minorUnits: true },
      },
      {
        target: 'amounts.discount',
        source: 'total_discount_money.amount',
        transform: { type: 'money', minorUnits: true, absolute: true },
      },
      {
        target: 'amounts.tip',
        source: 'total_tip_money.amount',
        transform: { type: 'money', minorUnits: true },
      },
      {
        target: 'amounts.refunded',
        source: 'refunds[*].amount_money.amount',
        transform: { type: 'sum', minorUnits: true },
      },
      {
        target: 'items',
        source: 'line_items[*]',
        transform: {
          type: 'items',
          fields: [
            { target: 'id', source: ['catalog_object_id', 'uid'], transform: { type: 'coalesce' } },
            { target: 'name', source: 'name' },
            { target: 'quantity', source: 'quantity' },
            {
              target: 'unitPrice',
              source: 'base_price_money.amount',
              transform: { type: 'money', minorUnits: true },
            },
            { target: 'total', source: 'total_money.amount', transform: { type: 'money', minorUnits: true } },
          ],
        },
      },
      { target: 'location.id', source: 'location_id' },
      { target: 'identity.customer_id', source: 'customer_id' },
      { target: 'extras.state', source: 'state' },
      { target: 'extras.closed_at', source: 'closed_at', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'extras.reference_id', source: 'reference_id' },
      { target: 'extras.version', source: 'version', transform: { type: 'number' } },
    ],
  },
};
