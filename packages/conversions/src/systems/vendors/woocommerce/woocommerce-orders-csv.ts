import type { SystemDefinition } from '../../system-registry.js';

/**
 * WooCommerce orders CSV export (one row per order).
 * https://woocommerce.github.io/woocommerce-rest-api-docs/#order-properties (field meanings)
 *
 * WooCommerce core has no orders CSV export with these headers; the layout is the one exporter
 * plugins write from the order's stored fields, and which plugin wrote the shipped file is not
 * confirmed.
 * Layout: the headers of ../shared/data/schema-matching/woocommerce_orders.csv (a real export
 * layout pasted into public repos, per vendor-apis.md "CSV exports"): `order_id`, `order_date`
 * (`2025-06-14 09:34:00`, site-local time with no offset), `order_status` (the stored post
 * status with its `wc-` prefix: wc-processing, wc-completed, wc-refunded …), `customer_id`,
 * `billing_*`, `shipping_*`, `order_total`, `order_currency`, `payment_method`.
 *
 * `order_date` has no zone: it is read as UTC unless an override sets the store's zone, e.g.
 * `{ target: 'timestamp', source: 'order_date', transform: { type: 'timestamp', timeZone: 'America/Denver' } }`.
 * `customer_id` is 0 for guest checkouts in WooCommerce, so it is kept in extras rather than as an
 * identity fragment (a shared "0" would merge all guests).
 */
export const woocommerceOrdersCsv: SystemDefinition = {
  id: 'woocommerce-csv.orders',
  vendor: 'woocommerce',
  name: 'WooCommerce orders export (CSV)',
  source: 'ecommerce',
  kind: 'file',
  docs: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#order-properties',
  refundTreatment:
    'Each order row keeps its gross order_total as value with order_status as status (wc-refunded → refunded, wc-cancelled → cancelled, wc-failed → failed). The export has no refund amounts or refund rows, so amounts.refunded stays empty and no negative refund conversions are produced from it.',
  mapping: {
    version: 1,
    system: 'woocommerce-csv.orders',
    source: 'ecommerce',
    conversionType: 'purchase',
    description:
      'One conversion per row of a WooCommerce orders export: value = order_total in order_currency, timestamp = order_date (UTC unless overridden), status from order_status.',
    fields: [
      { target: 'sourceRecordId', source: 'order_id' },
      { target: 'timestamp', source: 'order_date', transform: { type: 'timestamp', timeZone: 'UTC' } },
      { target: 'currency', source: 'order_currency', required: false },
      { target: 'value', source: 'order_total' },
      {
        target: 'status',
        source: 'order_status',
        transform: {
          type: 'enum',
          map: {
            'wc-pending': 'pending',
            'wc-processing': 'pending',
            'wc-on-hold': 'pending',
            'wc-completed': 'completed',
            'wc-cancelled': 'cancelled',
            'wc-refunded': 'refunded',
            'wc-failed': 'failed',
            'wc-checkout-draft': 'open',
            pending: 'pending',
            processing: 'pending',
            'on-hold': 'pending',
            completed: 'completed',
            cancelled: 'cancelled',
            refunded: 'refunded',
            failed: 'failed',
          },
          fallback: 'unknown',
        },
      },
      { target: 'identity.email', source: 'billing_email' },
      { target: 'identity.phone', source: 'billing_phone' },
      { target: 'identity.first_name', source: 'billing_first_name' },
      { target: 'identity.last_name', source: 'billing_last_name' },
      { target: 'identity.address_line', source: 'billing_address_1' },
      { target: 'identity.city', source: 'billing_city' },
      { target: 'identity.region', source: 'billing_state' },
      { target: 'identity.postal_code', source: 'billing_postcode' },
      { target: 'identity.country', source: 'billing_country' },
      { target: 'extras.customer_id', source: 'customer_id' },
      { target: 'extras.payment_method', source: 'payment_method' },
      { target: 'extras.shipping_postcode', source: 'shipping_postcode' },
    ],
  },
};
