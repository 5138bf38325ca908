import type { SystemDefinition } from '../../system-registry.js';

/**
 * Clover Platform REST API orders (`GET /v3/merchants/{mId}/orders`, `{"elements":[...]}`).
 * https://docs.clover.com/docs/paginating-elements
 * https://docs.clover.com/docs/applying-filters
 *
 * Contract (shared/reference/vendor-apis.md §3):
 * - Money is integer minor units (cents): `"total": 1358`. An explicit "in cents" sentence for
 *   the Platform API was not found; Clover's examples and the payment response reference
 *   (https://docs.clover.com/docs/payment-response-reference, "amount in cents") agree.
 * - Timestamps are epoch milliseconds: `"createdTime": 1401286268000`.
 * - The order carries `currency`, `paymentState` and `state`; `customers` and `lineItems` are
 *   `{ elements: [...] }` expansions (`expand=customers,lineItems`).
 * Not confirmed by the reference: `total`, `modifiedTime`, the shape of the customers expansion,
 * the `lineItems` fields (`name`, `price` in cents, `itemCode`) and the `paymentState` values
 * mapped below (OPEN, PAID, PARTIALLY_PAID, REFUNDED, CREDITED, PARTIALLY_REFUNDED).
 */
export const cloverOrders: SystemDefinition = {
  id: 'clover.orders',
  vendor: 'clover',
  name: 'Clover orders (API)',
  source: 'pos',
  kind: 'api',
  docs: 'https://docs.clover.com/docs/paginating-elements',
  refundTreatment:
    'An order keeps its gross total as value; its paymentState gives the status: REFUNDED/CREDITED → refunded, PARTIALLY_REFUNDED → partially_refunded, OPEN → open, PARTIALLY_PAID → pending. Refund amounts are not on the order: they load with clover.payments (amounts.refunded). No negative refund conversions are produced from Clover.',
  mapping: {
    version: 1,
    system: 'clover.orders',
    source: 'pos',
    conversionType: 'purchase',
    description:
      'One conversion per Clover order: value = total (cents), timestamp = createdTime (epoch ms), status from paymentState, items from lineItems.elements.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'transactionId', source: 'id' },
      {
        target: 'timestamp',
        source: 'createdTime',
        transform: { type: 'timestamp', format: 'epoch_millis' },
      },
      { target: 'currency', source: 'currency' },
      { target: 'value', source: 'total', transform: { type: 'money', minorUnits: true } },
      {
        target: 'status',
        source: 'paymentState',
        transform: {
          type: 'enum',
          map: {
            OPEN: 'open',
            PAID: 'completed',
            PARTIALLY_PAID: 'pending',
            REFUNDED: 'refunded',
            CREDITED: 'refunded',
            PARTIALLY_REFUNDED: 'partially_refunded',
          },
          fallback: 'unknown',
        },
      },
      {
        target: 'items',
        source: 'lineItems.elements[*]',
        transform: {
          type: 'items',
          fields: [
            { target: 'id', source: 'id' },
            { target: 'name', source: 'name' },
            { target: 'sku', source: 'itemCode' },
            { target: 'unitPrice', source: 'price', transform: { type: 'money', minorUnits: true } },
          ],
        },
      },
      { target: 'identity.customer_id', source: 'customers.elements[0].id' },
      { target: 'extras.state', source: 'state' },
      {
        target: 'extras.client_created_time',
        source: 'clientCreatedTime',
        transform: { type: 'timestamp', format: 'epoch_millis' },
      },
      {
        target: 'extras.modified_time',
        source: 'modifiedTime',
        transform: { type: 'timestamp', format: 'epoch_millis' },
      },
    ],
  },
};
