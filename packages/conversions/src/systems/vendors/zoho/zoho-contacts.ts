import type { SystemDefinition } from '../../system-registry.js';

/**
 * Zoho CRM v7 Contacts records (`GET /crm/v7/Contacts?fields=…`, `data[*]`).
 * https://www.zoho.com/crm/developer/docs/api/v7/get-records.html
 *
 * Contract (shared/reference/vendor-apis.md §10, [ZOHO-V7] example): `id`, `First_Name`,
 * `Last_Name`, `Email`, `Phone` (`+1 555 0100`), `Created_Time`, `Modified_Time` (ISO 8601 with
 * an offset, e.g. `2023-06-23T23:47:59-11:00`). `fields=` is mandatory and must list them.
 * `Mobile`, `Mailing_Street`, `Mailing_City`, `Mailing_State`, `Mailing_Zip`, `Mailing_Country`,
 * `Account_Name { id, name }` and `Lead_Source` are Zoho's standard Contact field API names and
 * are NOT confirmed by the reference.
 */
export const zohoContacts: SystemDefinition = {
  id: 'zoho.contacts',
  vendor: 'zoho',
  name: 'Zoho CRM contacts (API v7)',
  source: 'crm',
  kind: 'api',
  docs: 'https://www.zoho.com/crm/developer/docs/api/v7/get-records.html',
  refundTreatment:
    'Not applicable: a contact becomes one lead conversion (value 0) at Created_Time carrying its identity fragments.',
  mapping: {
    version: 1,
    system: 'zoho.contacts',
    source: 'crm',
    conversionType: 'lead',
    description: 'One lead conversion (value 0) per Zoho contact at Created_Time, with identity fragments.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'timestamp', source: 'Created_Time', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'identity.contact_id', source: 'id' },
      { target: 'identity.email', source: 'Email' },
      { target: 'identity.phone', source: 'Phone' },
      { target: 'identity.phone', source: 'Mobile' },
      { target: 'identity.first_name', source: 'First_Name' },
      { target: 'identity.last_name', source: 'Last_Name' },
      { target: 'identity.company', source: 'Account_Name.name' },
      { target: 'identity.address_line', source: 'Mailing_Street' },
      { target: 'identity.city', source: 'Mailing_City' },
      { target: 'identity.region', source: 'Mailing_State' },
      { target: 'identity.postal_code', source: 'Mailing_Zip' },
      { target: 'identity.country', source: 'Mailing_Country' },
      { target: 'extras.lead_source', source: 'Lead_Source' },
    ],
  },
};
