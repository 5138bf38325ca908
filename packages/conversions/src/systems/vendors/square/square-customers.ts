import type { SystemDefinition } from '../../system-registry.js';

/**
 * Square Customers API (`GET /v2/customers`, ListCustomers; `POST /v2/customers/search`).
 * https://developer.squareup.com/reference/square/customers-api/list-customers
 *
 * Contract (shared/reference/vendor-apis.md §1, [SQ-SPEC] `ListCustomersResponse` example):
 * `given_name`, `family_name`, `email_address`, `phone_number`, `reference_id`,
 * `address.{postal_code,country}`, `created_at` (RFC 3339), `birthday` (`YYYY-MM-DD`).
 * `address.locality`, `address.administrative_district_level_1`, `address.address_line_1` and
 * `company_name` are Square Customer/Address fields in the spec, not in the trimmed example.
 */
export const squareCustomers: SystemDefinition = {
  id: 'square.customers',
  vendor: 'square',
  name: 'Square customers (API)',
  source: 'pos',
  kind: 'api',
  docs: 'https://developer.squareup.com/reference/square/customers-api/list-customers',
  refundTreatment:
    'Not applicable: a customer profile becomes one signup conversion (value 0) at created_at carrying its identity fragments; it has no money to refund.',
  mapping: {
    version: 1,
    system: 'square.customers',
    source: 'pos',
    conversionType: 'signup',
    description:
      'One signup conversion (value 0, currency XXX unless defaultCurrency is set) per Square customer profile, carrying its identity fragments.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'timestamp', source: 'created_at', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'identity.customer_id', source: 'id' },
      { target: 'identity.email', source: 'email_address' },
      { target: 'identity.phone', source: 'phone_number' },
      { target: 'identity.first_name', source: 'given_name' },
      { target: 'identity.last_name', source: 'family_name' },
      { target: 'identity.customer_reference', source: 'reference_id' },
      { target: 'identity.company', source: 'company_name' },
      { target: 'identity.address_line', source: 'address.address_line_1' },
      { target: 'identity.city', source: 'address.locality' },
      { target: 'identity.region', source: 'address.administrative_district_level_1' },
      { target: 'identity.postal_code', source: 'address.postal_code' },
      { target: 'identity.country', source: 'address.country' },
      { target: 'identity.birth_date', source: 'birthday' },
      { target: 'extras.creation_source', source: 'creation_source' },
    ],
  },
};
