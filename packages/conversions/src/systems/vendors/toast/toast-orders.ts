import type { SystemDefinition } from '../../system-registry.js';

/**
 * Toast orders API (`GET /orders/v2/ordersBulk`): a JSON array of Order objects.
 * https://doc.toasttab.com/openapi/orders/operation/ordersBulkGet
 * https://doc.toasttab.com/openapi/orders/tag/Data-definitions/schema/Check
 *
 * Contract (shared/reference/vendor-apis.md §2):
 * - Money is decimal numbers (`number <double>`) in the restaurant currency, not minor units:
 *   `Check.amount`, `taxAmount`, `totalAmount`, `Payment.amount`, `tipAmount`, `Refund.refundAmount`.
 *   Orders carry no currency code, and Toast's Check schema describes amounts "in USD", so the
 *   mapping defaults to USD — override `defaultCurrency` for a restaurant in another currency.
 * - Timestamps are ISO 8601 with millis and a numeric offset without a colon:
 *   `2025-02-07T08:00:00.000-0800`.
 * - `Check.customer { guid, firstName, lastName, phone, phoneCountryCode, email }`; email "is the
 *   key that identifies a unique restaurant guest".
 * - Voiding an order sets the order's `voided` to true and the check's payment status to VOIDED
 *   (https://doc.toasttab.com/doc/devguide/apiVoidOrder.html).
 * Not confirmed by the reference: selection `displayName`, `price` (read here as the line total)
 * and `receiptLinePrice` (read as the unit price), and the OPEN / PAID values of `paymentStatus`.
 *
 * One conversion per order; a split order's checks are summed. Status, identity and refunds are
 * read from the checks: the status and the guest from the first check.
 */
export const toastOrders: SystemDefinition = {
  id: 'toast.orders',
  vendor: 'toast',
  name: 'Toast orders (API)',
  source: 'pos',
  kind: 'api',
  docs: 'https://doc.toasttab.com/openapi/orders/operation/ordersBulkGet',
  refundTreatment:
    'An order keeps its gross value (the sum of its checks’ totalAmount); refunds recorded on its payments (payments[*].refund.refundAmount) are summed into amounts.refunded (each payment’s refundStatus stays in the raw record). Toast has no separate refund records in ordersBulk, so no negative refund conversion is produced. A voided order (check paymentStatus VOIDED, order voided=true) loads with status voided; an unpaid check (OPEN) as open.',
  mapping: {
    version: 1,
    system: 'toast.orders',
    source: 'pos',
    conversionType: 'purchase',
    defaultCurrency: 'USD',
    description:
      'One conversion per Toast order: value = sum of checks[*].totalAmount (decimal), timestamp = openedDate, status = first check paymentStatus. Set defaultCurrency for non-USD restaurants.',
    fields: [
      { target: 'sourceRecordId', source: 'guid' },
      { target: 'transactionId', source: 'guid' },
      { target: 'timestamp', source: 'openedDate', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'value', source: 'checks[*].totalAmount', transform: { type: 'sum' } },
      {
        target: 'status',
        source: 'checks[0].paymentStatus',
        transform: {
          type: 'enum',
          map: { OPEN: 'open', PAID: 'completed', CLOSED: 'completed', VOIDED: 'voided' },
          fallback: 'unknown',
        },
      },
      { target: 'amounts.subtotal', source: 'checks[*].amount', transform: { type: 'sum' } },
      { target: 'amounts.tax', source: 'checks[*].taxAmount', transform: { type: 'sum' } },
      { target: 'amounts.tip', source: 'checks[*].payments[*].tipAmount', transform: { type: 'sum' } },
      {
        target: 'amounts.refunded',
        source: 'checks[*].payments[*].refund.refundAmount',
        transform: { type: 'sum' },
      },
      {
        target: 'items',
        source: 'checks[*].selections[*]',
        transform: {
          type: 'items',
          fields: [
            { target: 'id', source: 'guid' },
            { target: 'name', source: 'displayName' },
            { target: 'quantity', source: 'quantity' },
            { target: 'unitPrice', source: 'receiptLinePrice' },
            { target: 'total', source: 'price' },
          ],
        },
      },
      { target: 'identity.customer_id', source: 'checks[0].customer.guid' },
      { target: 'identity.email', source: 'checks[0].customer.email' },
      { target: 'identity.phone', source: 'checks[0].customer.phone' },
      { target: 'identity.first_name', source: 'checks[0].customer.firstName' },
      { target: 'identity.last_name', source: 'checks[0].customer.lastName' },
      { target: 'extras.business_date', source: 'businessDate', transform: { type: 'string' } },
      { target: 'extras.closed_date', source: 'closedDate', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'extras.voided', source: 'voided', transform: { type: 'boolean' } },
      { target: 'extras.deleted', source: 'deleted', transform: { type: 'boolean' } },
      { target: 'extras.check_count', source: 'checks', transform: { type: 'count' } },
      { target: 'extras.check_number', source: 'checks[0].displayNumber' },
      { target: 'extras.phone_country_code', source: 'checks[0].customer.phoneCountryCode' },
    ],
  },
};
