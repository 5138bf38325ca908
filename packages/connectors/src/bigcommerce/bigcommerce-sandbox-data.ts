import type { SeededRandom } from '../testing/seeded-random.js';
import { formatIsoSeconds, formatRfc2822 } from './bigcommerce-date-cursor.js';

type Json = Record<string, unknown>;

export interface BigCommerceSandboxData {
  store: Json;
  orders: Json[];
  customers: Json[];
}

export interface BigCommerceDataOptions {
  orders: number;
  customers: number;
  /** Newest creation time (epoch ms); data spans `spanDays` before it. */
  end: number;
  spanDays: number;
}

const FIRST = ['Jane', 'Trisha', 'Bruce', 'Sam', 'Ada', 'Grace', 'Alan', 'Margaret'];
const LAST = ['Doe', 'McLaughlin', 'Wayne', 'Lee', 'Lovelace', 'Hopper', 'Turing', 'Hamilton'];
// status_id → status, as the V2 order statuses list them (bigcommerce.orders mapping).
const STATUSES: readonly [number, string][] = [
  [10, 'Completed'],
  [10, 'Completed'],
  [11, 'Awaiting Fulfillment'],
  [2, 'Shipped'],
  [1, 'Pending'],
  [4, 'Refunded'],
  [14, 'Partially Refunded'],
  [5, 'Cancelled'],
];

const money = (n: number) => n.toFixed(4);

/**
 * BigCommerce-shaped V2 orders and V3 customers (field names from the
 * bigcommerce.orders / bigcommerce.customers mappings and the archived V2
 * orders example; none confirmed by vendor-apis.md §7), seeded. `date_modified`
 * is later than `date_created` by a random amount, so modification order
 * differs from creation order.
 */
export function generateBigCommerceData(
  random: SeededRandom,
  options: BigCommerceDataOptions,
): BigCommerceSandboxData {
  const start = options.end - options.spanDays * 86_400_000;
  const customers = Array.from({ length: options.customers }, (_, i) => {
    const created = random.int(start, options.end);
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    return {
      id: 11 + i,
      email: `${first}.${last}${random.int(1, 999)}@example.com`.toLowerCase(),
      first_name: first,
      last_name: last,
      company: random.chance(0.3) ? 'Anderson Golf' : '',
      phone: random.chance(0.5) ? `512-555-${String(random.int(0, 9999)).padStart(4, '0')}` : '',
      registration_ip_address: '',
      notes: '',
      tax_exempt_category: '',
      customer_group_id: random.pick([0, 0, 1, 2]),
      date_created: formatIsoSeconds(created),
      date_modified: formatIsoSeconds(random.int(created, options.end)),
      accepts_product_review_abandoned_cart_emails: false,
      channel_ids: [1],
      addresses: random.chance(0.8)
        ? [
            {
              id: 100 + i,
              customer_id: 11 + i,
              first_name: first,
              last_name: last,
              address1: `${random.int(1, 99999)} W Anderson Ln`,
              address2: '',
              city: 'Austin',
              state_or_province: 'Texas',
              postal_code: String(random.int(78700, 78799)),
              country_code: 'US',
              phone: '',
              address_type: 'residential',
            },
          ]
        : [],
    };
  });

  const orders = Array.from({ length: options.orders }, (_, i) => {
    const created = random.int(start, options.end);
    const [statusId, status] = random.pick(STATUSES);
    const subtotal = random.int(500, 25_000) / 100;
    const shipping = random.chance(0.5) ? 11 : 0;
    const tax = Math.round(subtotal * 0.1 * 100) / 100;
    const total = subtotal + shipping + tax;
    const refunded =
      status === 'Refunded' ? total : status === 'Partially Refunded' ? Math.round(total * 40) / 100 : 0;
    const customer = customers.length > 0 && random.chance(0.6) ? random.pick(customers) : undefined;
    return {
      id: 100 + i,
      customer_id: customer ? customer.id : 0,
      date_created: formatRfc2822(created),
      date_modified: formatRfc2822(created + random.int(60_000, 30 * 86_400_000)),
      date_shipped: '',
      status_id: statusId,
      status,
      subtotal_ex_tax: money(subtotal),
      subtotal_inc_tax: money(subtotal + tax),
      subtotal_tax: money(tax),
      shipping_cost_ex_tax: money(shipping),
      shipping_cost_inc_tax: money(shipping),
      total_ex_tax: money(subtotal + shipping),
      total_inc_tax: money(total),
      total_tax: money(tax),
      items_total: random.int(1, 4),
      items_shipped: 0,
      payment_method: random.pick(['Credit Card', 'PayPal', 'cash']),
      payment_status: '',
      refunded_amount: money(refunded),
      order_is_digital: false,
      ip_address: `192.0.2.${random.int(1, 254)}`,
      currency_id: 1,
      currency_code: 'USD',
      default_currency_code: 'USD',
      discount_amount: money(0),
      coupon_discount: money(0),
      is_deleted: false,
      order_source: random.pick(['www', 'external', 'manual']),
      billing_address: {
        first_name: customer?.first_name ?? random.pick(FIRST),
        last_name: customer?.last_name ?? random.pick(LAST),
        company: '',
        street_1: '12345 W Anderson Ln',
        street_2: '',
        city: 'Austin',
        state: 'Texas',
        zip: '78757',
        country: 'United States',
        country_iso2: 'US',
        phone: '',
        email: customer?.email ?? `guest${i}@example.com`,
      },
      products: {
        url: `https://api.bigcommerce.com/stores/abc123/v2/orders/${100 + i}/products`,
        resource: `/orders/${100 + i}/products`,
      },
    };
  });
  const store = {
    id: 'abc123',
    domain: 'pro-shop.example.com',
    name: 'GrowthNav Pro Shop',
    currency: 'USD',
    timezone: { name: 'America/Chicago' },
  };
  return { store, orders, customers };
}
