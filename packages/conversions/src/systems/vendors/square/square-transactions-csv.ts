import type { SystemDefinition } from '../../system-registry.js';

/**
 * Square Dashboard "Transactions" CSV export (Reports → Transactions → Export).
 * Date, Time and Time Zone are separate columns; amounts are "$1,234.56".
 * https://squareup.com/help/us/en/article/5072-summaries-and-reports-from-the-online-square-dashboard
 */
export const squareTransactionsCsv: SystemDefinition = {
  id: 'square-csv.transactions',
  vendor: 'square',
  name: 'Square transactions export (CSV)',
  source: 'pos',
  kind: 'file',
  docs: 'https://squareup.com/help/us/en/article/5072-summaries-and-reports-from-the-online-square-dashboard',
  refundTreatment:
    'Each row is a payment or a refund ("Event Type"). Payment rows keep Total Collected as value with "Partial Refunds" in amounts.refunded; "Refund" rows become conversionType refund with a negative value and transactionId of the refunded payment. Transaction Status maps Complete → completed, Refunded/Partially Refunded → refunded/partially_refunded, Voided → voided.',
  mapping: {
    version: 1,
    system: 'square-csv.transactions',
    source: 'pos',
    conversionType: 'purchase',
    defaultCurrency: 'USD',
    fields: [
      { target: 'sourceRecordId', source: ['Payment ID', 'Transaction ID'], transform: { type: 'coalesce' } },
      { target: 'transactionId', source: 'Transaction ID' },
      {
        target: 'conversionType',
        source: 'Event Type',
        transform: { type: 'enum', map: { Payment: 'purchase', Refund: 'refund' }, fallback: 'other' },
        default: 'Payment',
      },
      {
        target: 'timestamp',
        source: 'Date',
        transform: { type: 'timestamp', timeSource: 'Time', timeZoneSource: 'Time Zone' },
      },
      { target: 'value', source: 'Total Collected' },
      { target: 'status', source: 'Transaction Status', default: 'Complete' },
      { target: 'amounts.subtotal', source: 'Gross Sales' },
      { target: 'amounts.discount', source: 'Discounts', transform: { type: 'money', absolute: true } },
      { target: 'amounts.tax', source: 'Tax' },
      { target: 'amounts.tip', source: 'Tip' },
      { target: 'amounts.fee', source: 'Fees', transform: { type: 'money', absolute: true } },
      { target: 'amounts.refunded', source: 'Partial Refunds', transform: { type: 'money', absolute: true } },
      { target: 'product.name', source: 'Description' },
      { target: 'location.name', source: 'Location' },
      { target: 'identity.customer_id', source: 'Customer ID' },
      { target: 'identity.full_name', source: 'Customer Name' },
      { target: 'identity.customer_reference', source: 'Customer Reference ID' },
      { target: 'extras.card_brand', source: 'Card Brand' },
      { target: 'extras.card_last4', source: 'PAN Suffix' },
      { target: 'extras.staff', source: 'Staff Name' },
      { target: 'extras.channel', source: 'Channel' },
      { target: 'extras.payment_source', source: 'Source' },
      { target: 'extras.net_total', source: 'Net Total', transform: { type: 'money' } },
    ],
  },
};
