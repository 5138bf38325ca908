import type { SystemDefinition } from '../../system-registry.js';

/**
 * Zoho CRM v7 Deals records (`GET /crm/v7/Deals?fields=…`, `data[*]`).
 * https://www.zoho.com/crm/developer/docs/api/v7/get-records.html
 *
 * Contract (shared/reference/vendor-apis.md §10, [ZOHO-V7]):
 * - Currency fields are JSON numbers (`"Amount": 1000`); the record carries `$currency_symbol`
 *   (a symbol such as "$", not an ISO code, per a third-party payload). Multi-currency orgs add a
 *   `Currency` field with the ISO code (not confirmed by the reference); it is read when present,
 *   otherwise set `defaultCurrency` to the org currency — a deal with a non-zero Amount and no
 *   currency is quarantined with that instruction.
 * - Datetimes are ISO 8601 with an offset (`2022-11-21T15:12:13+05:30`); `Closing_Date` is a
 *   date (`2018-10-09`), read as midnight UTC.
 * - `Stage` and the `Contact_Name { id, name }` lookup shape are NOT confirmed. The stage map
 *   covers Zoho's default Deal stages: "Closed Won" → purchase/completed; "Closed Lost" and
 *   "Closed-Lost to Competition" → other/cancelled; any other stage → other/open.
 */
export const zohoDeals: SystemDefinition = {
  id: 'zoho.deals',
  vendor: 'zoho',
  name: 'Zoho CRM deals (API v7)',
  source: 'crm',
  kind: 'api',
  docs: 'https://www.zoho.com/crm/developer/docs/api/v7/get-records.html',
  refundTreatment:
    'A deal is a purchase only in the Closed Won stage (status completed); Closed Lost / Closed-Lost to Competition load as other/cancelled and open stages as other/open, valued at Amount (0 when blank) at Closing_Date. Zoho has no refunds on deals; a deal that changes stage is updated in place on the next sync (same conversionId).',
  mapping: {
    version: 1,
    system: 'zoho.deals',
    source: 'crm',
    description:
      'One conversion per Zoho deal: purchase when Stage is Closed Won, else other; value = Amount (number), timestamp = Closing_Date, status from Stage.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'transactionId', source: 'id' },
      {
        target: 'conversionType',
        source: 'Stage',
        transform: { type: 'enum', map: { 'Closed Won': 'purchase' }, fallback: 'other' },
        default: 'unknown',
      },
      { target: 'timestamp', source: 'Closing_Date', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'currency', source: 'Currency', required: false },
      { target: 'value', source: 'Amount', default: 0 },
      {
        target: 'status',
        source: 'Stage',
        transform: {
          type: 'enum',
          map: {
            'Closed Won': 'completed',
            'Closed Lost': 'cancelled',
            'Closed-Lost to Competition': 'cancelled',
          },
          fallback: 'open',
        },
      },
      { target: 'product.name', source: 'Deal_Name' },
      { target: 'identity.contact_id', source: 'Contact_Name.id' },
      { target: 'identity.full_name', source: 'Contact_Name.name' },
      { target: 'identity.company', source: 'Account_Name.name' },
      { target: 'extras.currency_symbol', source: '$currency_symbol' },
      { target: 'extras.lead_source', source: 'Lead_Source' },
      {
        target: 'extras.created_time',
        source: 'Created_Time',
        transform: { type: 'timestamp', format: 'iso' },
      },
      {
        target: 'extras.modified_time',
        source: 'Modified_Time',
        transform: { type: 'timestamp', format: 'iso' },
      },
    ],
  },
};
