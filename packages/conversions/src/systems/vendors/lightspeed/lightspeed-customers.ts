import type { SystemDefinition } from '../../system-registry.js';

/**
 * Lightspeed Retail X-Series API 2.0 customers (`GET /api/2.0/customers`).
 * https://x-series-api.lightspeedhq.com/docs/pagination
 *
 * Contract (shared/reference/vendor-apis.md §4): endpoint and version-cursor pagination only; the
 * reference has no customer example. The field names here — `id`, `customer_code`, `first_name`,
 * `last_name`, `email`, `phone`, `mobile`, `company_name`, `date_of_birth`,
 * `physical_address_1`, `physical_city`, `physical_state`, `physical_postcode`,
 * `physical_country_id` (ISO country code), `created_at` — follow X-Series customer
 * create/update parameters as seen in third-party tool docs and are NOT confirmed.
 */
export const lightspeedCustomers: SystemDefinition = {
  id: 'lightspeed.customers',
  vendor: 'lightspeed',
  name: 'Lightspeed X-Series customers (API)',
  source: 'pos',
  kind: 'api',
  docs: 'https://x-series-api.lightspeedhq.com/docs/pagination',
  refundTreatment:
    'Not applicable: a customer becomes one signup conversion (value 0) at created_at carrying its identity fragments.',
  mapping: {
    version: 1,
    system: 'lightspeed.customers',
    source: 'pos',
    conversionType: 'signup',
    description:
      'One signup conversion (value 0) per X-Series customer at created_at, with identity fragments.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'timestamp', source: 'created_at', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'identity.customer_id', source: 'id' },
      { target: 'identity.customer_reference', source: 'customer_code' },
      { target: 'identity.first_name', source: 'first_name' },
      { target: 'identity.last_name', source: 'last_name' },
      { target: 'identity.email', source: 'email' },
      { target: 'identity.phone', source: 'mobile' },
      { target: 'identity.phone', source: 'phone' },
      { target: 'identity.company', source: 'company_name' },
      { target: 'identity.birth_date', source: 'date_of_birth' },
      { target: 'identity.address_line', source: 'physical_address_1' },
      { target: 'identity.city', source: 'physical_city' },
      { target: 'identity.region', source: 'physical_state' },
      { target: 'identity.postal_code', source: 'physical_postcode' },
      { target: 'identity.country', source: 'physical_country_id' },
    ],
  },
};
