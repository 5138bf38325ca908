import type { SystemDefinition } from '../../system-registry.js';

/**
 * Shopify REST Admin customers (`GET /admin/api/{version}/customers.json`).
 * https://shopify.dev/api/admin-rest/latest/resources/customer
 *
 * Contract (shared/reference/vendor-apis.md §5, [SHOP-JS] customer.ts): `id`, `email`, `phone`,
 * `first_name`, `last_name`, `orders_count`, `total_spent` (string), `last_order_id`, `currency`,
 * `created_at`, `updated_at`, `state`, `tags`, `email_marketing_consent`,
 * `sms_marketing_consent`, `default_address`. The `default_address` keys (`address1`, `city`,
 * `province_code`, `zip`, `country_code`, `company`) are Shopify's customer-address fields and
 * are not shown in the reference.
 */
export const shopifyCustomers: SystemDefinition = {
  id: 'shopify.customers',
  vendor: 'shopify',
  name: 'Shopify customers (REST API)',
  source: 'ecommerce',
  kind: 'api',
  docs: 'https://shopify.dev/api/admin-rest/latest/resources/customer',
  refundTreatment:
    'Not applicable: a customer becomes one signup conversion (value 0) at created_at carrying its identity fragments; total_spent is kept in extras, not as value.',
  mapping: {
    version: 1,
    system: 'shopify.customers',
    source: 'ecommerce',
    conversionType: 'signup',
    description:
      'One signup conversion (value 0) per Shopify customer at created_at, with identity fragments.',
    fields: [
      { target: 'sourceRecordId', source: 'id' },
      { target: 'timestamp', source: 'created_at', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'identity.customer_id', source: 'id' },
      { target: 'identity.email', source: 'email' },
      {
        target: 'identity.phone',
        source: ['phone', 'default_address.phone'],
        transform: { type: 'coalesce' },
      },
      { target: 'identity.first_name', source: 'first_name' },
      { target: 'identity.last_name', source: 'last_name' },
      { target: 'identity.company', source: 'default_address.company' },
      { target: 'identity.address_line', source: 'default_address.address1' },
      { target: 'identity.city', source: 'default_address.city' },
      { target: 'identity.region', source: 'default_address.province_code' },
      { target: 'identity.postal_code', source: 'default_address.zip' },
      { target: 'identity.country', source: 'default_address.country_code' },
      { target: 'extras.state', source: 'state' },
      { target: 'extras.orders_count', source: 'orders_count', transform: { type: 'number' } },
      { target: 'extras.total_spent', source: 'total_spent', transform: { type: 'money' } },
      { target: 'extras.tags', source: 'tags' },
      { target: 'extras.email_marketing_consent', source: 'email_marketing_consent.state' },
      { target: 'extras.sms_marketing_consent', source: 'sms_marketing_consent.state' },
    ],
  },
};
