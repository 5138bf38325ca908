import type { SystemDefinition } from '../../system-registry.js';

/**
 * HubSpot CRM v3 contacts (`GET /crm/v3/objects/contacts?properties=…`, or the search
 * endpoint), `results[*]`.
 * https://developers.hubspot.com/docs/api-reference/2026-03/crm/search-the-crm
 *
 * Contract (shared/reference/vendor-apis.md §9): default contact properties `createdate`,
 * `email`, `firstname`, `hs_object_id`, `lastmodifieddate`, `lastname`; values are strings and
 * dates ISO 8601 or epoch-ms strings. `phone`, `company`, `city`, `state`, `zip`, `country`,
 * `lifecyclestage` and `hs_analytics_source` are HubSpot contact properties (the headers of the
 * HubSpot contacts export in ../shared/data/schema-matching) that must be requested with
 * `properties=`. `hs_analytics_source` (ORGANIC_SEARCH, PAID_SEARCH …) is HubSpot's own
 * channel bucket, not a UTM value, so it is kept in extras. `mobilephone` and `address` are
 * standard HubSpot contact properties not seen in the reference or the export (unconfirmed).
 */
export const hubspotContacts: SystemDefinition = {
  id: 'hubspot.contacts',
  vendor: 'hubspot',
  name: 'HubSpot contacts (CRM v3)',
  source: 'crm',
  kind: 'api',
  docs: 'https://developers.hubspot.com/docs/api-reference/2026-03/crm/search-the-crm',
  refundTreatment:
    'Not applicable: a contact becomes one lead conversion (value 0) at createdate carrying its identity fragments.',
  mapping: {
    version: 1,
    system: 'hubspot.contacts',
    source: 'crm',
    conversionType: 'lead',
    description:
      'One lead conversion (value 0) per HubSpot contact at properties.createdate, with identity fragments.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'timestamp', source: 'properties.createdate' },
      { target: 'identity.contact_id', source: 'id' },
      { target: 'identity.email', source: 'properties.email' },
      { target: 'identity.phone', source: 'properties.phone' },
      { target: 'identity.phone', source: 'properties.mobilephone' },
      { target: 'identity.first_name', source: 'properties.firstname' },
      { target: 'identity.last_name', source: 'properties.lastname' },
      { target: 'identity.company', source: 'properties.company' },
      { target: 'identity.address_line', source: 'properties.address' },
      { target: 'identity.city', source: 'properties.city' },
      { target: 'identity.region', source: 'properties.state' },
      { target: 'identity.postal_code', source: 'properties.zip' },
      { target: 'identity.country', source: 'properties.country' },
      { target: 'extras.lifecyclestage', source: 'properties.lifecyclestage' },
      { target: 'extras.analytics_source', source: 'properties.hs_analytics_source' },
      { target: 'extras.archived', source: 'archived', transform: { type: 'boolean' } },
    ],
  },
};
