import type { SystemDefinition } from '../../system-registry.js';

/**
 * Salesforce Opportunity records from the REST query resource
 * (`GET /services/data/vXX.X/query?q=SELECT+…+FROM+Opportunity`, `records[*]`).
 * https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.md
 *
 * Contract (shared/reference/vendor-apis.md §8):
 * - `Amount` is a JSON number (currency(18,2)); `CurrencyIsoCode` exists only in multi-currency
 *   orgs. In a single-currency org set `defaultCurrency` to the org currency; until then a deal
 *   with a non-zero Amount is quarantined with that instruction.
 * - Datetimes look like `2013-05-20T20:49:32.000+0000` (offset without a colon); dates are
 *   `YYYY-MM-DD`. `CloseDate` is a date, read as midnight UTC.
 * - Opportunity fields per the example: `Id`, `AccountId`, `ContactId`, `Name`, `StageName`,
 *   `IsClosed`, `IsWon`, `Amount`, `CloseDate`, `CreatedDate`, `LastModifiedDate`.
 *
 * conversionType comes from `IsWon` (true → purchase, otherwise other), so it does not depend on
 * an org's stage names. The status comes from `StageName`: the standard "Closed Won" and
 * "Closed Lost" stages map to completed / cancelled and every other stage (the open pipeline) to
 * open; an org with custom closed stages should override the status map.
 */
export const salesforceOpportunities: SystemDefinition = {
  id: 'salesforce.opportunities',
  vendor: 'salesforce',
  name: 'Salesforce opportunities (REST query)',
  source: 'crm',
  kind: 'api',
  docs: 'https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.md',
  refundTreatment:
    'An opportunity is a purchase only when IsWon is true; open ones load as conversionType other with status open and lost ones as other with status cancelled, at CloseDate, value = Amount (0 when blank). Salesforce has no refunds on opportunities; a won deal reopened or lost later is updated in place on the next sync (same conversionId).',
  mapping: {
    version: 1,
    system: 'salesforce.opportunities',
    source: 'crm',
    description:
      'One conversion per Opportunity: purchase when IsWon, else other; value = Amount, timestamp = CloseDate, status from StageName (Closed Won → completed, Closed Lost → cancelled, other stages → open).',
    fields: [
      { target: 'sourceRecordId', source: 'Id' },
      { target: 'transactionId', source: 'Id' },
      {
        target: 'conversionType',
        source: 'IsWon',
        transform: { type: 'enum', map: { true: 'purchase', false: 'other' }, fallback: 'other' },
        default: false,
      },
      { target: 'timestamp', source: 'CloseDate', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'currency', source: 'CurrencyIsoCode', required: false },
      { target: 'value', source: 'Amount', default: 0 },
      {
        target: 'status',
        source: 'StageName',
        transform: {
          type: 'enum',
          map: { 'Closed Won': 'completed', 'Closed Lost': 'cancelled' },
          fallback: 'open',
        },
      },
      { target: 'product.name', source: 'Name' },
      { target: 'identity.contact_id', source: 'ContactId' },
      { target: 'extras.account_id', source: 'AccountId' },
      { target: 'extras.is_closed', source: 'IsClosed', transform: { type: 'boolean' } },
      {
        target: 'extras.created_date',
        source: 'CreatedDate',
        transform: { type: 'timestamp', format: 'iso' },
      },
      { target: 'extras.lead_source', source: 'LeadSource' },
      { target: 'extras.type', source: 'Type' },
    ],
  },
};
