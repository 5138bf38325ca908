import type { SystemDefinition } from '../../system-registry.js';

/**
 * Lightspeed Retail X-Series (formerly Vend) API 2.0 sales (`GET /api/2.0/sales`).
 * https://x-series-api.lightspeedhq.com/docs/pagination
 * https://x-series-api.lightspeedhq.com/docs/sales_statuses
 * https://x-series-api.lightspeedhq.com/docs/sales_states_and_attributes
 *
 * Contract (shared/reference/vendor-apis.md §4): the reference could NOT confirm the sale field
 * names from vendor docs. Its illustrative sale — `id`, `invoice_number`, `status`, `customer_id`,
 * `sale_date`, `total_price`, `total_tax` (decimals), `line_items[*].{product_id,quantity,price}`,
 * `version` — is what this mapping reads. `total_price` is read as the tax-exclusive total (the
 * example: one line at 20.0, total_price 20.0, total_tax 3.0), so value = total_price + total_tax.
 * Sales carry no currency code: set `defaultCurrency` to the retailer's currency, otherwise every
 * sale with a non-zero total is quarantined with that instruction.
 *
 * Status: the legacy `status` (SAVED, OPEN, CLOSED, VOIDED, ONACCOUNT, ONACCOUNT_CLOSED, LAYBY,
 * LAYBY_CLOSED, AWAITING_DISPATCH, DISPATCHED_CLOSED, AWAITING_PICKUP, PICKED_UP_CLOSED, SERVICE,
 * SERVICE_CLOSED) is deprecated in favour of `state` (parked, pending, voided, closed); the map
 * below accepts both vocabularies, so `{ target: 'status', source: 'state' }` as an override
 * works with the same map.
 */
export const lightspeedSales: SystemDefinition = {
  id: 'lightspeed.sales',
  vendor: 'lightspeed',
  name: 'Lightspeed X-Series sales (API)',
  source: 'pos',
  kind: 'api',
  docs: 'https://x-series-api.lightspeedhq.com/docs/sales_statuses',
  refundTreatment:
    'A sale keeps its gross value (total_price + total_tax). VOIDED sales load with status voided; parked, on-account, layby and awaiting-fulfilment sales as open/pending; *_CLOSED as completed. Lightspeed records a return as its own sale with negative totals, which loads as a purchase conversion with a negative value (override conversionType if returns must be typed refund); amounts.refunded is not filled.',
  mapping: {
    version: 1,
    system: 'lightspeed.sales',
    source: 'pos',
    conversionType: 'purchase',
    description:
      'One conversion per X-Series sale: value = total_price + total_tax (decimals), timestamp = sale_date, status from status. Set defaultCurrency to the retailer currency.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'transactionId', source: 'id' },
      { target: 'timestamp', source: 'sale_date', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'value', source: ['total_price', 'total_tax'], transform: { type: 'sum' } },
      {
        target: 'status',
        source: 'status',
        transform: {
          type: 'enum',
          map: {
            SAVED: 'open',
            OPEN: 'open',
            CLOSED: 'completed',
            VOIDED: 'voided',
            ONACCOUNT: 'pending',
            ONACCOUNT_CLOSED: 'completed',
            LAYBY: 'pending',
            LAYBY_CLOSED: 'completed',
            AWAITING_DISPATCH: 'pending',
            DISPATCHED_CLOSED: 'completed',
            AWAITING_PICKUP: 'pending',
            PICKED_UP_CLOSED: 'completed',
            SERVICE: 'pending',
            SERVICE_CLOSED: 'completed',
            parked: 'open',
            pending: 'pending',
            voided: 'voided',
            closed: 'completed',
          },
          fallback: 'unknown',
        },
      },
      { target: 'amounts.subtotal', source: 'total_price' },
      { target: 'amounts.tax', source: 'total_tax' },
      {
        target: 'items',
        source: 'line_items[*]',
        transform: {
          type: 'items',
          fields: [
            { target: 'id', source: 'product_id' },
            { target: 'quantity', source: 'quantity' },
            { target: 'unitPrice', source: 'price' },
          ],
        },
      },
      { target: 'location.id', source: 'outlet_id' },
      { target: 'identity.customer_id', source: 'customer_id' },
      { target: 'extras.invoice_number', source: 'invoice_number' },
      { target: 'extras.register_id', source: 'register_id' },
      { target: 'extras.state', source: 'state' },
      { target: 'extras.version', source: 'version', transform: { type: 'number' } },
    ],
  },
};
