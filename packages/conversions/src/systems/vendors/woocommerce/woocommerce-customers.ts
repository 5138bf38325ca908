import type { SystemDefinition } from '../../system-registry.js';

/**
 * WooCommerce REST API v3 customers (`GET /wp-json/wc/v3/customers`).
 * https://woocommerce.github.io/woocommerce-rest-api-docs/#customers
 *
 * Contract (shared/reference/vendor-apis.md §6, [WOO-DOCS] `_customers.md`): `id`,
 * `date_created` (site-local) / `date_created_gmt` (GMT, no offset), `email`, `first_name`,
 * `last_name`, `username`, `billing { company, address_1, city, state, postcode, country, email,
 * phone }`, `is_paying_customer`.
 */
export const woocommerceCustomers: SystemDefinition = {
  id: 'woocommerce.customers',
  vendor: 'woocommerce',
  name: 'WooCommerce customers (REST API)',
  source: 'ecommerce',
  kind: 'api',
  docs: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#customers',
  refundTreatment:
    'Not applicable: a registered customer becomes one signup conversion (value 0) at date_created_gmt carrying its identity fragments.',
  mapping: {
    version: 1,
    system: 'woocommerce.customers',
    source: 'ecommerce',
    conversionType: 'signup',
    description:
      'One signup conversion (value 0) per WooCommerce customer at date_created_gmt (UTC), with identity fragments from the account and its billing address.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      {
        target: 'timestamp',
        source: 'date_created_gmt',
        transform: { type: 'timestamp', format: 'iso', timeZone: 'UTC' },
      },
      { target: 'identity.customer_id', source: 'id' },
      { target: 'identity.email', source: ['email', 'billing.email'], transform: { type: 'coalesce' } },
      { target: 'identity.phone', source: 'billing.phone' },
      {
        target: 'identity.first_name',
        source: ['first_name', 'billing.first_name'],
        transform: { type: 'coalesce' },
      },
      {
        target: 'identity.last_name',
        source: ['last_name', 'billing.last_name'],
        transform: { type: 'coalesce' },
      },
      { target: 'identity.company', source: 'billing.company' },
      { target: 'identity.address_line', source: 'billing.address_1' },
      { target: 'identity.city', source: 'billing.city' },
      { target: 'identity.region', source: 'billing.state' },
      { target: 'identity.postal_code', source: 'billing.postcode' },
      { target: 'identity.country', source: 'billing.country' },
      { target: 'extras.username', source: 'username' },
      { target: 'extras.role', source: 'role' },
      { target: 'extras.is_paying_customer', source: 'is_paying_customer', transform: { type: 'boolean' } },
    ],
  },
};
