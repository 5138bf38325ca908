import type { SystemDefinition } from '../../system-registry.js';

/**
 * WooCommerce REST API v3 order refunds (`GET /wp-json/wc/v3/orders/{id}/refunds`).
 * https://woocommerce.github.io/woocommerce-rest-api-docs/#refunds
 *
 * Contract ([WOO-DOCS] `_order-refunds.md`; vendor-apis.md §6 lists the endpoint):
 * `{ id, date_created, date_created_gmt, amount: "10.00", reason, refunded_by, refunded_payment,
 * line_items, _links: { up: [{ href: ".../wc/v3/orders/723" }] } }`. The refund object has no
 * order-id field: the refunded order is read from `_links.up[0].href`. It has no currency either:
 * set `defaultCurrency` to the store currency (refunds with a non-zero amount are quarantined
 * with that instruction until it is set). `date_created_gmt` has no offset and is GMT.
 * A refund has no status field either: every listed refund has been recorded, so the status is
 * completed, with `refunded_payment` as the raw value (true: refunded through the payment
 * gateway's API; false: recorded by hand).
 */
export const woocommerceRefunds: SystemDefinition = {
  id: 'woocommerce.refunds',
  vendor: 'woocommerce',
  name: 'WooCommerce refunds (REST API)',
  source: 'ecommerce',
  kind: 'api',
  docs: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#refunds',
  refundTreatment:
    'Each refund is its own conversion: conversionType refund, value = -amount, transactionId = the refunded order id (from _links.up), status completed (WooCommerce only lists refunds that were recorded). Needs defaultCurrency: refunds carry no currency.',
  mapping: {
    version: 1,
    system: 'woocommerce.refunds',
    source: 'ecommerce',
    conversionType: 'refund',
    description:
      'One negative refund conversion per WooCommerce refund at date_created_gmt, pointing at its order. Set defaultCurrency to the store currency.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      {
        target: 'transactionId',
        source: '_links.up[0].href',
        transform: { type: 'regex', pattern: '/orders/(\\d+)/?$' },
        required: true,
      },
      {
        target: 'timestamp',
        source: 'date_created_gmt',
        transform: { type: 'timestamp', format: 'iso', timeZone: 'UTC' },
      },
      { target: 'value', source: 'amount', transform: { type: 'money', negate: true } },
      {
        target: 'status',
        source: 'refunded_payment',
        transform: { type: 'enum', map: { true: 'completed', false: 'completed' }, fallback: 'unknown' },
      },
      { target: 'extras.reason', source: 'reason' },
      { target: 'extras.refunded_payment', source: 'refunded_payment', transform: { type: 'boolean' } },
      { target: 'extras.refunded_by', source: 'refunded_by', transform: { type: 'number' } },
    ],
  },
};
