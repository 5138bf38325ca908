import type { SystemDefinition } from '../../system-registry.js';

/**
 * HubSpot CRM v3 deals (`GET /crm/v3/objects/deals?associations=contacts`, or the search
 * endpoint), `results[*]`.
 * https://developers.hubspot.com/docs/api-reference/2026-03/crm/search-the-crm
 *
 * Contract (shared/reference/vendor-apis.md §9):
 * - Property values are strings: `"amount": "50000.00"`. Default deal properties: `amount`,
 *   `closedate`, `createdate`, `dealname`, `dealstage`, `hs_lastmodifieddate`, `hs_object_id`,
 *   `pipeline` (per a third-party payload).
 * - Date properties come as ISO strings (`"2024-03-31T00:00:00.000Z"`) or epoch-ms strings
 *   (`"1572480000000"`); the timestamp transform reads both.
 * - The deal currency property `deal_currency_code` is NOT confirmed. It is read when present;
 *   otherwise set `defaultCurrency` to the portal currency (a deal with a non-zero amount and no
 *   currency is quarantined with that instruction).
 * - `associations=contacts` links a deal to its contacts; the response shape
 *   (`associations.contacts.results[*].id`) is NOT verified. Only the first contact is read.
 *
 * Stages: `dealstage` holds internal stage ids. In the default sales pipeline `closedwon` and
 * `closedlost` close a deal (per HubSpot's default pipeline); any other stage is open. Custom
 * pipelines use numeric stage ids: override the conversionType and status maps with yours.
 */
export const hubspotDeals: SystemDefinition = {
  id: 'hubspot.deals',
  vendor: 'hubspot',
  name: 'HubSpot deals (CRM v3)',
  source: 'crm',
  kind: 'api',
  docs: 'https://developers.hubspot.com/docs/api-reference/2026-03/crm/search-the-crm',
  refundTreatment:
    'A deal is a purchase only in the closedwon stage (status completed); closedlost loads as other/cancelled and every other stage as other/open, valued at amount (0 when blank) at closedate. HubSpot has no refunds on deals; a deal that moves stage is updated in place on the next sync (same conversionId).',
  mapping: {
    version: 1,
    system: 'hubspot.deals',
    source: 'crm',
    description:
      'One conversion per HubSpot deal: purchase when dealstage is closedwon, else other; value = amount (string), timestamp = closedate, status from dealstage.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'transactionId', source: 'id' },
      {
        target: 'conversionType',
        source: 'properties.dealstage',
        transform: { type: 'enum', map: { closedwon: 'purchase' }, fallback: 'other' },
        default: 'unknown',
      },
      // Open deals may have no close date yet: fall back to when the deal was created.
      { target: 'timestamp', source: ['properties.closedate', 'properties.createdate'] },
      { target: 'currency', source: 'properties.deal_currency_code', required: false },
      { target: 'value', source: 'properties.amount', default: 0 },
      {
        target: 'status',
        source: 'properties.dealstage',
        transform: {
          type: 'enum',
          map: { closedwon: 'completed', closedlost: 'cancelled' },
          fallback: 'open',
        },
      },
      { target: 'product.name', source: 'properties.dealname' },
      { target: 'identity.contact_id', source: 'associations.contacts.results[0].id' },
      { target: 'extras.pipeline', source: 'properties.pipeline' },
      { target: 'extras.dealstage', source: 'properties.dealstage' },
      { target: 'extras.createdate', source: 'properties.createdate', transform: { type: 'timestamp' } },
      { target: 'extras.archived', source: 'archived', transform: { type: 'boolean' } },
    ],
  },
};
