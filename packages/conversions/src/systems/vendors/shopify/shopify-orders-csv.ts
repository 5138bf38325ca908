import type { SystemDefinition } from '../../system-registry.js';

/**
 * Shopify admin "Export orders" CSV (Orders → Export).
 * https://help.shopify.com/en/manual/fulfillment/managing-orders/exporting-orders
 *
 * Layout: the headers of ../shared/data/schema-matching/shopify_orders.csv (a real export layout
 * pasted into public repos, per vendor-apis.md "CSV exports"): `Name`, `Email`,
 * `Financial Status`, `Paid at`, `Currency`, `Subtotal`, `Shipping`, `Taxes`, `Total`,
 * `Discount Amount`, `Created at` (`2025-10-03 17:55:00 -0500`), `Lineitem *`, `Billing *`,
 * `Cancelled at`, `Refunded Amount`, `Id`, `Source`, `Note Attributes` …
 *
 * Shopify writes one row per line item and fills the order columns (Total, Created at …) only on
 * the order's first row, so a later line-item row has no Total and is quarantined as
 * "missing or blank" — the order itself loads from its first row with that line as its product.
 * A row with a blank Currency is quarantined with "set defaultCurrency" (Shopify leaves it blank
 * on some rows of real exports); set `defaultCurrency` to the shop currency to load them.
 */
export const shopifyOrdersCsv: SystemDefinition = {
  id: 'shopify-csv.orders',
  vendor: 'shopify',
  name: 'Shopify orders export (CSV)',
  source: 'ecommerce',
  kind: 'file',
  docs: 'https://help.shopify.com/en/manual/fulfillment/managing-orders/exporting-orders',
  refundTreatment:
    'Each order row keeps its gross Total as value, Financial Status as status (refunded, partially_refunded, voided …) and Refunded Amount in amounts.refunded; "Cancelled at" is kept in extras. The export has no refund rows, so no negative refund conversions are produced from it.',
  mapping: {
    version: 1,
    system: 'shopify-csv.orders',
    source: 'ecommerce',
    conversionType: 'purchase',
    description:
      'One conversion per order row of a Shopify orders export: value = Total, timestamp = Created at, status = Financial Status; the first line item fills product and quantity.',
    fields: [
      { target: 'sourceRecordId', source: ['Id', 'Name'], transform: { type: 'coalesce' } },
      { target: 'timestamp', source: 'Created at' },
      { target: 'currency', source: 'Currency', required: false },
      { target: 'value', source: 'Total' },
      {
        target: 'status',
        source: 'Financial Status',
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
      { target: 'amounts.subtotal', source: 'Subtotal' },
      { target: 'amounts.shipping', source: 'Shipping' },
      { target: 'amounts.tax', source: 'Taxes' },
      { target: 'amounts.discount', source: 'Discount Amount' },
      { target: 'amounts.refunded', source: 'Refunded Amount' },
      { target: 'quantity', source: 'Lineitem quantity' },
      { target: 'product.name', source: 'Lineitem name' },
      { target: 'product.sku', source: 'Lineitem sku' },
      { target: 'location.name', source: 'Location' },
      { target: 'identity.email', source: 'Email' },
      {
        target: 'identity.phone',
        source: ['Billing Phone', 'Shipping Phone'],
        transform: { type: 'coalesce' },
      },
      {
        target: 'identity.full_name',
        source: ['Billing Name', 'Shipping Name'],
        transform: { type: 'coalesce' },
      },
      { target: 'identity.company', source: 'Billing Company' },
      { target: 'identity.address_line', source: 'Billing Address1' },
      { target: 'identity.city', source: 'Billing City' },
      { target: 'identity.region', source: 'Billing Province' },
      { target: 'identity.postal_code', source: 'Billing Zip' },
      { target: 'identity.country', source: 'Billing Country' },
      { target: 'extras.order_name', source: 'Name' },
      { target: 'extras.paid_at', source: 'Paid at', transform: { type: 'timestamp' } },
      { target: 'extras.cancelled_at', source: 'Cancelled at', transform: { type: 'timestamp' } },
      { target: 'extras.fulfillment_status', source: 'Fulfillment Status' },
      { target: 'extras.accepts_marketing', source: 'Accepts Marketing', transform: { type: 'boolean' } },
      { target: 'extras.discount_code', source: 'Discount Code' },
      { target: 'extras.lineitem_price', source: 'Lineitem price', transform: { type: 'money' } },
      { target: 'extras.payment_method', source: 'Payment Method' },
      { target: 'extras.source', source: 'Source' },
      { target: 'extras.tags', source: 'Tags' },
      { target: 'extras.note_attributes', source: 'Note Attributes' },
    ],
  },
};
