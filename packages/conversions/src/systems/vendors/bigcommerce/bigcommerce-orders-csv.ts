import type { SystemDefinition } from '../../system-registry.js';

/**
 * BigCommerce control-panel order export (Orders → Export, "Default" export template, CSV).
 * https://support.bigcommerce.com/s/article/Exporting-Orders
 *
 * NOT confirmed from vendor documentation — the reference (vendor-apis.md "CSV exports") found no
 * public BigCommerce export and this layout is written from memory of the Default template:
 * the column names below, the "Billing Suburb" city column, and above all the `Order Date`
 * format, assumed to be the template's default day-first `dd/mm/yyyy` with no time of day (read
 * as midnight UTC). If your export writes month-first dates or a time, override the timestamp
 * rule, e.g. `{ target: 'timestamp', source: 'Order Date', transform: { type: 'timestamp', format: 'us', timeZone: 'America/Chicago' } }`.
 * `Customer ID` is 0 for guest orders and is kept in extras, not as an identity.
 */
export const bigcommerceOrdersCsv: SystemDefinition = {
  id: 'bigcommerce-csv.orders',
  vendor: 'bigcommerce',
  name: 'BigCommerce orders export (CSV)',
  source: 'ecommerce',
  kind: 'file',
  docs: 'https://support.bigcommerce.com/s/article/Exporting-Orders',
  refundTreatment:
    'Each order row keeps its gross "Order Total (inc tax)" as value with "Order Status" as status (Refunded → refunded, Partially Refunded → partially_refunded, Cancelled → cancelled, Declined → failed) and "Refund Amount" in amounts.refunded. The export has no refund rows, so no negative refund conversions are produced from it.',
  mapping: {
    version: 1,
    system: 'bigcommerce-csv.orders',
    source: 'ecommerce',
    conversionType: 'purchase',
    description:
      'One conversion per row of a BigCommerce Default orders export: value = Order Total (inc tax) in Order Currency Code, timestamp = Order Date (dd/mm/yyyy, UTC), status = Order Status. Layout unconfirmed; see the system notes.',
    fields: [
      { target: 'sourceRecordId', source: 'Order ID' },
      { target: 'timestamp', source: 'Order Date', transform: { type: 'timestamp', format: 'eu' } },
      { target: 'currency', source: 'Order Currency Code', required: false },
      { target: 'value', source: 'Order Total (inc tax)' },
      {
        target: 'status',
        source: 'Order Status',
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
      { target: 'amounts.subtotal', source: 'Subtotal (ex tax)' },
      { target: 'amounts.tax', source: 'Tax Total' },
      { target: 'amounts.shipping', source: 'Shipping Cost (inc tax)' },
      { target: 'amounts.refunded', source: 'Refund Amount' },
      { target: 'quantity', source: 'Total Quantity' },
      {
        target: 'identity.email',
        source: ['Customer Email', 'Billing Email'],
        transform: { type: 'coalesce' },
      },
      {
        target: 'identity.phone',
        source: ['Customer Phone', 'Billing Phone'],
        transform: { type: 'coalesce' },
      },
      { target: 'identity.first_name', source: 'Billing First Name' },
      { target: 'identity.last_name', source: 'Billing Last Name' },
      { target: 'identity.company', source: 'Billing Company' },
      { target: 'identity.address_line', source: 'Billing Street 1' },
      { target: 'identity.city', source: 'Billing Suburb' },
      { target: 'identity.region', source: 'Billing State' },
      { target: 'identity.postal_code', source: 'Billing Zip' },
      { target: 'identity.country', source: 'Billing Country' },
      { target: 'extras.customer_id', source: 'Customer ID' },
      { target: 'extras.customer_name', source: 'Customer Name' },
      { target: 'extras.payment_method', source: 'Payment Method' },
      { target: 'extras.product_details', source: 'Product Details' },
    ],
  },
};
