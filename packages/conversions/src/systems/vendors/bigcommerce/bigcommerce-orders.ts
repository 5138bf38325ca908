import type { SystemDefinition } from '../../system-registry.js';

/**
 * BigCommerce orders, REST API V2 (`GET /stores/{store_hash}/v2/orders`).
 * https://developer.bigcommerce.com/docs/rest-management/orders
 *
 * Contract (shared/reference/vendor-apis.md §7): the reference found NO vendor example. It notes
 * V2 orders are "believed to use decimal strings (`"total_inc_tax":"12.0000"`) and RFC-2822
 * `date_created`" (`Mon, 23 Sep 2024 14:21:24 +0000`, also the format of `min_date_modified`),
 * and treats that as unverified. The field names read here — `id`, `customer_id`,
 * `date_created`, `status`, `status_id`, `subtotal_ex_tax`, `total_inc_tax`, `total_tax`,
 * `shipping_cost_inc_tax`, `discount_amount`, `refunded_amount`, `currency_code`,
 * `payment_method`, `ip_address`, `order_source`, `billing_address { first_name, last_name,
 * company, street_1, city, state, zip, country_iso2, phone, email }` — are BigCommerce's V2 order
 * fields as third-party import/export tools list them, not confirmed from vendor docs.
 * Status names (status_id): Incomplete (0), Pending (1), Shipped (2), Partially Shipped (3),
 * Refunded (4), Cancelled (5), Declined (6), Awaiting Payment (7), Awaiting Pickup (8),
 * Awaiting Shipment (9), Completed (10), Awaiting Fulfillment (11), Manual Verification
 * Required (12), Disputed (13), Partially Refunded (14); only 2, 4, 5 and 10 were seen in a
 * (third-party) source.
 * V2 order line items are a separate resource (`/v2/orders/{id}/products`), so this mapping fills
 * no items. `customer_id` is 0 for guest checkouts and is kept in extras, not as an identity.
 */
export const bigcommerceOrders: SystemDefinition = {
  id: 'bigcommerce.orders',
  vendor: 'bigcommerce',
  name: 'BigCommerce orders (REST API V2)',
  source: 'ecommerce',
  kind: 'api',
  docs: 'https://developer.bigcommerce.com/docs/rest-management/orders',
  refundTreatment:
    'An order keeps its gross total_inc_tax as value with its status (Refunded → refunded, Partially Refunded → partially_refunded, Cancelled → cancelled, Declined → failed) and refunded_amount in amounts.refunded. BigCommerce refunds are a separate resource not mapped here, so no negative refund conversions are produced.',
  mapping: {
    version: 1,
    system: 'bigcommerce.orders',
    source: 'ecommerce',
    conversionType: 'purchase',
    description:
      'One conversion per BigCommerce V2 order: value = total_inc_tax in currency_code, timestamp = date_created (RFC 2822), status from status, identity from billing_address.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'transactionId', source: 'id' },
      { target: 'timestamp', source: 'date_created' },
      { target: 'currency', source: 'currency_code' },
      { target: 'value', source: 'total_inc_tax' },
      {
        target: 'status',
        source: 'status',
        transform: {
          type: 'enum',
          map: {
            Incomplete: 'open',
            Pending: 'pending',
            'Awaiting Payment': 'pending',
            'Manual Verification Required': 'pending',
            Disputed: 'pending',
            'Awaiting Fulfillment': 'completed',
            'Awaiting Shipment': 'completed',
            'Awaiting Pickup': 'completed',
            'Partially Shipped': 'completed',
            Shipped: 'completed',
            Completed: 'completed',
            Refunded: 'refunded',
            'Partially Refunded': 'partially_refunded',
            Cancelled: 'cancelled',
            Declined: 'failed',
          },
          fallback: 'unknown',
        },
      },
      { target: 'amounts.subtotal', source: 'subtotal_ex_tax' },
      { target: 'amounts.tax', source: 'total_tax' },
      { target: 'amounts.shipping', source: 'shipping_cost_inc_tax' },
      { target: 'amounts.discount', source: 'discount_amount' },
      { target: 'amounts.refunded', source: 'refunded_amount' },
      { target: 'quantity', source: 'items_total' },
      { target: 'identity.email', source: 'billing_address.email' },
      { target: 'identity.phone', source: 'billing_address.phone' },
      { target: 'identity.first_name', source: 'billing_address.first_name' },
      { target: 'identity.last_name', source: 'billing_address.last_name' },
      { target: 'identity.company', source: 'billing_address.company' },
      { target: 'identity.address_line', source: 'billing_address.street_1' },
      { target: 'identity.city', source: 'billing_address.city' },
      { target: 'identity.region', source: 'billing_address.state' },
      { target: 'identity.postal_code', source: 'billing_address.zip' },
      { target: 'identity.country', source: 'billing_address.country_iso2' },
      { target: 'identity.ip_address', source: 'ip_address' },
      { target: 'extras.customer_id', source: 'customer_id', transform: { type: 'number' } },
      { target: 'extras.status_id', source: 'status_id', transform: { type: 'number' } },
      { target: 'extras.payment_method', source: 'payment_method' },
      { target: 'extras.order_source', source: 'order_source' },
      { target: 'extras.date_modified', source: 'date_modified', transform: { type: 'timestamp' } },
    ],
  },
};
