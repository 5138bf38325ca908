import type { SystemDefinition } from '../../system-registry.js';

/**
 * Salesforce Contact records from the REST query resource
 * (`SELECT Id, AccountId, FirstName, LastName, Email, Phone, MobilePhone, MailingPostalCode,
 * MailingCountry, CreatedDate, … FROM Contact`).
 * https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.md
 *
 * Contract (shared/reference/vendor-apis.md §8): the Contact field list to query is the one the
 * reference gives ("names per the Contact field reference, partially seen"); datetimes like
 * `2013-05-20T20:49:32.000+0000`. `MailingStreet`, `MailingCity`, `MailingState` and `LeadSource`
 * are standard Contact fields not listed in the reference.
 */
export const salesforceContacts: SystemDefinition = {
  id: 'salesforce.contacts',
  vendor: 'salesforce',
  name: 'Salesforce contacts (REST query)',
  source: 'crm',
  kind: 'api',
  docs: 'https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.md',
  refundTreatment:
    'Not applicable: a contact becomes one lead conversion (value 0) at CreatedDate carrying its identity fragments.',
  mapping: {
    version: 1,
    system: 'salesforce.contacts',
    source: 'crm',
    conversionType: 'lead',
    description:
      'One lead conversion (value 0) per Salesforce Contact at CreatedDate, with identity fragments.',
    fields: [
      { target: 'sourceRecordId', source: 'Id' },
      { target: 'timestamp', source: 'CreatedDate', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'identity.contact_id', source: 'Id' },
      { target: 'identity.email', source: 'Email' },
      { target: 'identity.phone', source: 'Phone' },
      { target: 'identity.phone', source: 'MobilePhone' },
      { target: 'identity.first_name', source: 'FirstName' },
      { target: 'identity.last_name', source: 'LastName' },
      { target: 'identity.address_line', source: 'MailingStreet' },
      { target: 'identity.city', source: 'MailingCity' },
      { target: 'identity.region', source: 'MailingState' },
      { target: 'identity.postal_code', source: 'MailingPostalCode' },
      { target: 'identity.country', source: 'MailingCountry' },
      { target: 'extras.account_id', source: 'AccountId' },
      { target: 'extras.lead_source', source: 'LeadSource' },
    ],
  },
};
