import type { SystemDefinition } from '../../system-registry.js';

/**
 * Shopify REST Admin orders (`GET /admin/api/{version}/orders.json?status=any`).
 * https://shopify.dev/api/admin-rest/latest/resources/order
 *
 * Contract (shared/reference/vendor-apis.md §5, [SHOP-JS] order.ts / order.test.ts):
 * - Money is decimal strings (`"total_price": "598.94"`) in the shop currency `currency`
 *   (ISO 4217), with `*_set { shop_money, presentment_money }` twins.
 * - Timestamps are ISO 8601 with an offset (`2008-01-10T11:00:00-05:00`). `processed_at` is the
 *   order date Shopify's own reports use, so it is the conversion time.
 * - `financial_status`: pending, authorized, partially_paid, paid, partially_refunded, refunded,
 *   voided. `refunds[*].transactions[*] { amount, currency, kind: "refund", status }`.
 * - Order fields per [SHOP-JS] order.ts: `landing_site`, `referring_site`, `note_attributes`,
 *   `browser_ip`, `billing_address`, `location_id`, `source_name`, `cancelled_at`, `tags`,
 *   `total_tip_received`, `total_shipping_price_set`. The billing address keys (`zip`,
 *   `country_code`, `province_code`, `city`, `address1`, `first_name`, `last_name`, `phone`) are
 *   Shopify's MailingAddress fields, not shown in the trimmed example.
 *
 * Click ids and UTM tags are read from the query string of `landing_site` (the first page of
 * the visit, e.g. `/products/x?utm_source=google&gclid=abc`); a missing parameter is blank.
 * `landing_site` and `referring_site` are also kept in extras.
 */
export const shopifyOrders: SystemDefinition = {
  id: 'shopify.orders',
  vendor: 'shopify',
  name: 'Shopify orders (REST API)',
  source: 'ecommerce',
  kind: 'api',
  docs: 'https://shopify.dev/api/admin-rest/latest/resources/order',
  refundTreatment:
    'An order keeps its gross total_price as value with financial_status as status (refunded, partially_refunded, voided …) and the sum of refunds[*].transactions[*].amount in amounts.refunded. Each refund also loads from shopify.refunds as a separate negative refund conversion with transactionId = the order id. A cancelled order keeps the status Shopify gives its payment (usually voided or refunded) and its cancelled_at in extras.',
  mapping: {
    version: 1,
    system: 'shopify.orders',
    source: 'ecommerce',
    conversionType: 'purchase',
    description:
      'One conversion per Shopify order: value = total_price in currency, timestamp = processed_at, status = financial_status, items from line_items, buyer identity from the order, its customer and billing address.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'transactionId', source: 'id' },
      { target: 'timestamp', source: 'processed_at', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'currency', source: 'currency' },
      { target: 'value', source: 'total_price' },
      {
        target: 'status',
        source: 'financial_status',
        transform: {
          type: 'enum',
          map: {
            pending: 'pending',
            authorized: 'pending',
            partially_paid: 'pending',
            paid: 'completed',
            partially_refunded: 'partially_refunded',
            refunded: 'refunded',
            voided: 'voided',
          },
          fallback: 'unknown',
        },
      },
      { target: 'amounts.subtotal', source: 'subtotal_price' },
      { target: 'amounts.tax', source: 'total_tax' },
      { target: 'amounts.discount', source: 'total_discounts' },
      { target: 'amounts.shipping', source: 'total_shipping_price_set.shop_money.amount' },
      { target: 'amounts.tip', source: 'total_tip_received' },
      {
        target: 'amounts.refunded',
        source: 'refunds[*].transactions[*].amount',
        transform: { type: 'sum' },
      },
      {
        target: 'items',
        source: 'line_items[*]',
        transform: {
          type: 'items',
          fields: [
            { target: 'id', source: ['product_id', 'id'], transform: { type: 'coalesce' } },
            { target: 'sku', source: 'sku' },
            { target: 'name', source: ['name', 'title'], transform: { type: 'coalesce' } },
            { target: 'quantity', source: 'quantity' },
            { target: 'unitPrice', source: 'price' },
          ],
        },
      },
      { target: 'location.id', source: 'location_id' },
      { target: 'identity.customer_id', source: 'customer.id' },
      { target: 'identity.email', source: ['email', 'customer.email'], transform: { type: 'coalesce' } },
      {
        target: 'identity.phone',
        source: ['phone', 'customer.phone', 'billing_address.phone'],
        transform: { type: 'coalesce' },
      },
      {
        target: 'identity.first_name',
        source: ['customer.first_name', 'billing_address.first_name'],
        transform: { type: 'coalesce' },
      },
      {
        target: 'identity.last_name',
        source: ['customer.last_name', 'billing_address.last_name'],
        transform: { type: 'coalesce' },
      },
      { target: 'identity.address_line', source: 'billing_address.address1' },
      { target: 'identity.city', source: 'billing_address.city' },
      { target: 'identity.region', source: 'billing_address.province_code' },
      { target: 'identity.postal_code', source: 'billing_address.zip' },
      { target: 'identity.country', source: 'billing_address.country_code' },
      { target: 'identity.ip_address', source: 'browser_ip' },
      { target: 'extras.order_name', source: 'name' },
      { target: 'extras.fulfillment_status', source: 'fulfillment_status' },
      {
        target: 'extras.cancelled_at',
        source: 'cancelled_at',
        transform: { type: 'timestamp', format: 'iso' },
      },
      { target: 'extras.cancel_reason', source: 'cancel_reason' },
      { target: 'extras.current_total_price', source: 'current_total_price', transform: { type: 'money' } },
      { target: 'extras.source_name', source: 'source_name' },
      ...(['source', 'medium', 'campaign', 'term', 'content'] as const).map((part) => ({
        target: `utm.${part}`,
        source: 'landing_site',
        transform: {
          type: 'regex' as const,
          pattern: `[?&]utm_${part}=([^&#]*)`,
          onNoMatch: 'blank' as const,
          decodeUri: true,
        },
      })),
      ...(['gclid', 'fbclid', 'ttclid', 'msclkid'] as const).map((id) => ({
        target: `clickIds.${id}`,
        source: 'landing_site',
        transform: {
          type: 'regex' as const,
          pattern: `[?&]${id}=([^&#]*)`,
          onNoMatch: 'blank' as const,
          decodeUri: true,
        },
      })),
      { target: 'extras.landing_site', source: 'landing_site' },
      { target: 'extras.referring_site', source: 'referring_site' },
      { target: 'extras.tags', source: 'tags' },
      {
        target: 'extras.buyer_accepts_marketing',
        source: 'buyer_accepts_marketing',
        transform: { type: 'boolean' },
      },
      { target: 'extras.test', source: 'test', transform: { type: 'boolean' } },
    ],
  },
};
