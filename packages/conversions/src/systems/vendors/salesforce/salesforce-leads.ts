import type { SystemDefinition } from '../../system-registry.js';

/**
 * Salesforce Lead records from the REST query resource
 * (`SELECT Id, FirstName, LastName, Email, Phone, MobilePhone, Company, Street, City, State,
 * PostalCode, Country, Status, LeadSource, IsConverted, ConvertedContactId, CreatedDate FROM Lead`).
 * https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.md
 *
 * Contract (shared/reference/vendor-apis.md §8): "Lead is analogous [to Contact] but was not
 * checked" — the Lead field names above are Salesforce's standard Lead fields and are NOT
 * confirmed by the reference. `Status` is the org's lead-status picklist; the map covers the
 * default values (Open - Not Contacted, Working - Contacted → open; Closed - Converted →
 * completed; Closed - Not Converted → cancelled) and leaves any other value unknown.
 */
export const salesforceLeads: SystemDefinition = {
  id: 'salesforce.leads',
  vendor: 'salesforce',
  name: 'Salesforce leads (REST query)',
  source: 'crm',
  kind: 'api',
  docs: 'https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.md',
  refundTreatment:
    'Not applicable: a lead becomes one lead conversion (value 0) at CreatedDate carrying its identity fragments; a converted lead keeps its conversion and links to the contact through ConvertedContactId.',
  mapping: {
    version: 1,
    system: 'salesforce.leads',
    source: 'crm',
    conversionType: 'lead',
    description:
      'One lead conversion (value 0) per Salesforce Lead at CreatedDate, with identity fragments; status from the lead Status picklist.',
    fields: [
      { target: 'sourceRecordId', source: 'Id' },
      { target: 'timestamp', source: 'CreatedDate', transform: { type: 'timestamp', format: 'iso' } },
      {
        target: 'status',
        source: 'Status',
        transform: {
          type: 'enum',
          map: {
            'Open - Not Contacted': 'open',
            'Working - Contacted': 'open',
            'Closed - Converted': 'completed',
            'Closed - Not Converted': 'cancelled',
          },
          fallback: 'unknown',
        },
      },
      // Lead ids (00Q…) and contact ids (003…) never collide; both are CRM person ids, and the
      // second fragment links a converted lead to its contact.
      { target: 'identity.contact_id', source: 'Id' },
      { target: 'identity.contact_id', source: 'ConvertedContactId' },
      { target: 'identity.email', source: 'Email' },
      { target: 'identity.phone', source: 'Phone' },
      { target: 'identity.phone', source: 'MobilePhone' },
      { target: 'identity.first_name', source: 'FirstName' },
      { target: 'identity.last_name', source: 'LastName' },
      { target: 'identity.company', source: 'Company' },
      { target: 'identity.address_line', source: 'Street' },
      { target: 'identity.city', source: 'City' },
      { target: 'identity.region', source: 'State' },
      { target: 'identity.postal_code', source: 'PostalCode' },
      { target: 'identity.country', source: 'Country' },
      { target: 'extras.lead_source', source: 'LeadSource' },
      { target: 'extras.is_converted', source: 'IsConverted', transform: { type: 'boolean' } },
    ],
  },
};
