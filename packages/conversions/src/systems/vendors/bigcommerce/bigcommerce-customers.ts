import type { SystemDefinition } from '../../system-registry.js';

/**
 * BigCommerce customers, REST API V3 (`GET /stores/{store_hash}/v3/customers?include=addresses`).
 * https://developer.bigcommerce.com/docs/rest-management/customers
 *
 * Contract (shared/reference/vendor-apis.md §7): path pattern and the `meta.pagination` envelope
 * are NOT confirmed, and no example was found. The fields read here — `id`, `email`,
 * `first_name`, `last_name`, `company`, `phone`, `date_created` (ISO 8601), `customer_group_id`,
 * `addresses[*] { address1, city, state_or_province, postal_code, country_code }` — are the V3
 * customer fields as commonly documented, unverified. Only the first address is read.
 */
export const bigcommerceCustomers: SystemDefinition = {
  id: 'bigcommerce.customers',
  vendor: 'bigcommerce',
  name: 'BigCommerce customers (REST API V3)',
  source: 'ecommerce',
  kind: 'api',
  docs: 'https://developer.bigcommerce.com/docs/rest-management/customers',
  refundTreatment:
    'Not applicable: a customer becomes one signup conversion (value 0) at date_created carrying its identity fragments.',
  mapping: {
    version: 1,
    system: 'bigcommerce.customers',
    source: 'ecommerce',
    conversionType: 'signup',
    description:
      'One signup conversion (value 0) per BigCommerce customer at date_created, with identity fragments.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'timestamp', source: 'date_created' },
      { target: 'identity.customer_id', source: 'id' },
      { target: 'identity.email', source: 'email' },
      { target: 'identity.phone', source: 'phone' },
      { target: 'identity.first_name', source: 'first_name' },
      { target: 'identity.last_name', source: 'last_name' },
      { target: 'identity.company', source: 'company' },
      { target: 'identity.address_line', source: 'addresses[0].address1' },
      { target: 'identity.city', source: 'addresses[0].city' },
      { target: 'identity.region', source: 'addresses[0].state_or_province' },
      { target: 'identity.postal_code', source: 'addresses[0].postal_code' },
      { target: 'identity.country', source: 'addresses[0].country_code' },
      { target: 'extras.customer_group_id', source: 'customer_group_id', transform: { type: 'number' } },
    ],
  },
};
