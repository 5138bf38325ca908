import type { SystemDefinition } from '../../system-registry.js';

/**
 * Clover Platform REST API customers (`GET /v3/merchants/{mId}/customers`, `{"elements":[...]}`,
 * with `expand=emailAddresses,phoneNumbers,addresses`).
 * https://docs.clover.com/docs/paginating-elements
 *
 * Contract (shared/reference/vendor-apis.md §3): epoch-millisecond timestamps. The reference
 * does NOT confirm the customer object's `emailAddresses` / `phoneNumbers`; the field names used
 * here (`firstName`, `lastName`, `customerSince`, `marketingAllowed`, and `{ elements: [...] }`
 * collections holding `emailAddress`, `phoneNumber`, `address1`, `city`, `state`, `zip`,
 * `country`) follow Clover's Platform API Customer resource and are unverified. Only the first
 * email, phone and address become identity fragments.
 */
export const cloverCustomers: SystemDefinition = {
  id: 'clover.customers',
  vendor: 'clover',
  name: 'Clover customers (API)',
  source: 'pos',
  kind: 'api',
  docs: 'https://docs.clover.com/docs/paginating-elements',
  refundTreatment:
    'Not applicable: a customer becomes one signup conversion (value 0) at customerSince carrying its identity fragments.',
  mapping: {
    version: 1,
    system: 'clover.customers',
    source: 'pos',
    conversionType: 'signup',
    description:
      'One signup conversion (value 0) per Clover customer at customerSince (epoch ms), with the first email, phone and address as identity fragments.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      {
        target: 'timestamp',
        source: 'customerSince',
        transform: { type: 'timestamp', format: 'epoch_millis' },
      },
      { target: 'identity.customer_id', source: 'id' },
      { target: 'identity.first_name', source: 'firstName' },
      { target: 'identity.last_name', source: 'lastName' },
      { target: 'identity.email', source: 'emailAddresses.elements[0].emailAddress' },
      { target: 'identity.phone', source: 'phoneNumbers.elements[0].phoneNumber' },
      { target: 'identity.address_line', source: 'addresses.elements[0].address1' },
      { target: 'identity.city', source: 'addresses.elements[0].city' },
      { target: 'identity.region', source: 'addresses.elements[0].state' },
      { target: 'identity.postal_code', source: 'addresses.elements[0].zip' },
      { target: 'identity.country', source: 'addresses.elements[0].country' },
      { target: 'extras.marketing_allowed', source: 'marketingAllowed', transform: { type: 'boolean' } },
    ],
  },
};
