import type { SystemDefinition } from '../../system-registry.js';

/**
 * WooCommerce REST API v3 orders (`GET /wp-json/wc/v3/orders`).
 * https://woocommerce.github.io/woocommerce-rest-api-docs/#orders
 *
 * Contract (shared/reference/vendor-apis.md §6, [WOO-DOCS] `_orders.md`, `_introduction.md`):
 * - Money is decimal strings with two decimals (`"total": "29.35"`); `currency` is ISO 4217.
 * - Timestamps have NO offset: `date_created` is site-local time, `date_created_gmt` is GMT, so
 *   the mapping reads the `*_gmt` fields as UTC.
 * - `status`: pending, processing, on-hold, completed, cancelled, refunded, failed, trash.
 * - `billing { first_name, last_name, company, address_1, city, state, postcode, country, email,
 *   phone }`, `customer_id` (0 for guests), `customer_ip_address`, `line_items[*] { id,
 *   product_id, sku, quantity, subtotal, total, price }`, and `refunds[*] { id, refund, total }`
 *   where `total` is negative (`"-10.00"`, the docs' order example).
 *
 * `customer_id` is not mapped: guests carry 0, and a "0" customer id would merge every guest into
 * one person; the billing email (required at checkout) links registered customers instead.
 * UTM tags come from WooCommerce's order attribution (8.5+), stored as `meta_data` entries
 * `{ key: "_wc_order_attribution_utm_source", value }` (key names from WooCommerce's
 * OrderAttributionMeta; not in vendor-apis.md, so unconfirmed against a live store).
 */
export const woocommerceOrders: SystemDefinition = {
  id: 'woocommerce.orders',
  vendor: 'woocommerce',
  name: 'WooCommerce orders (REST API)',
  source: 'ecommerce',
  kind: 'api',
  docs: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#orders',
  refundTreatment:
    'An order keeps its gross total as value with status refunded / cancelled / failed as WooCommerce reports it (a partly refunded order stays processing or completed) and its refund in amounts.refunded (the absolute refunds[*].total; several refunds summed). Each refund also loads from woocommerce.refunds as a separate negative refund conversion with transactionId = the order id. Draft (checkout-draft) and trash orders load as open / cancelled.',
  mapping: {
    version: 1,
    system: 'woocommerce.orders',
    source: 'ecommerce',
    conversionType: 'purchase',
    description:
      'One conversion per WooCommerce order: value = total in currency, timestamp = date_created_gmt (UTC), status from status, items from line_items, identity from billing.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'transactionId', source: 'id' },
      {
        target: 'timestamp',
        source: 'date_created_gmt',
        transform: { type: 'timestamp', format: 'iso', timeZone: 'UTC' },
      },
      { target: 'currency', source: 'currency' },
      { target: 'value', source: 'total' },
      {
        target: 'status',
        source: 'status',
        transform: {
          type: 'enum',
          map: {
            pending: 'pending',
            processing: 'pending',
            'on-hold': 'pending',
            completed: 'completed',
            cancelled: 'cancelled',
            refunded: 'refunded',
            failed: 'failed',
            trash: 'cancelled',
            'checkout-draft': 'open',
          },
          fallback: 'unknown',
        },
      },
      ...(['source', 'medium', 'campaign', 'term', 'content'] as const).map((part) => ({
        target: `utm.${part}`,
        source: `meta_data[key=_wc_order_attribution_utm_${part}].value`,
      })),
      { target: 'amounts.tax', source: 'total_tax' },
      { target: 'amounts.shipping', source: 'shipping_total' },
      { target: 'amounts.discount', source: 'discount_total' },
      {
        target: 'amounts.refunded',
        source: 'refunds[*].total',
        transform: { type: 'sum', absolute: true },
      },
      {
        target: 'items',
        source: 'line_items[*]',
        transform: {
          type: 'items',
          fields: [
            { target: 'id', source: 'product_id' },
            { target: 'sku', source: 'sku' },
            { target: 'name', source: 'name' },
            { target: 'quantity', source: 'quantity' },
            { target: 'unitPrice', source: 'price' },
            { target: 'total', source: 'total' },
          ],
        },
      },
      { target: 'identity.email', source: 'billing.email' },
      { target: 'identity.phone', source: 'billing.phone' },
      { target: 'identity.first_name', source: 'billing.first_name' },
      { target: 'identity.last_name', source: 'billing.last_name' },
      { target: 'identity.company', source: 'billing.company' },
      { target: 'identity.address_line', source: 'billing.address_1' },
      { target: 'identity.city', source: 'billing.city' },
      { target: 'identity.region', source: 'billing.state' },
      { target: 'identity.postal_code', source: 'billing.postcode' },
      { target: 'identity.country', source: 'billing.country' },
      { target: 'identity.ip_address', source: 'customer_ip_address' },
      { target: 'extras.number', source: 'number' },
      { target: 'extras.customer_id', source: 'customer_id', transform: { type: 'number' } },
      { target: 'extras.payment_method', source: 'payment_method' },
      { target: 'extras.created_via', source: 'created_via' },
      {
        target: 'extras.date_paid',
        source: 'date_paid_gmt',
        transform: { type: 'timestamp', format: 'iso', timeZone: 'UTC' },
      },
      {
        target: 'extras.date_completed',
        source: 'date_completed_gmt',
        transform: { type: 'timestamp', format: 'iso', timeZone: 'UTC' },
      },
    ],
  },
};
