import type { SeededRandom } from '../testing/seeded-random.js';
import { formatWooGmt } from './woocommerce-gmt-cursor.js';

type Json = Record<string, unknown>;

export interface WooSandboxData {
  orders: Json[];
  /** Full refund objects (without `_links`, which the sandbox adds from its own URL), by order id. */
  refunds: Map<string, Json[]>;
  customers: Json[];
}

export interface WooDataOptions {
  orders: number;
  customers: number;
  /** Newest creation time (epoch ms); data spans `spanDays` before it. */
  end: number;
  spanDays: number;
}

/** The sandbox site's UTC offset: WooCommerce writes the non-`_gmt` times in the site's zone. */
export const SITE_OFFSET_MINUTES = 60;

/** Site-local time of an instant, as WooCommerce writes `date_created` (no offset). */
export const siteTime = (ms: number) => formatWooGmt(ms + SITE_OFFSET_MINUTES * 60_000);

const FIRST = ['John', 'Lena', 'João', 'Pat', 'Ada', 'Grace', 'Alan', 'Margaret', 'Linus'];
const LAST = ['Doe', 'Schmidt', 'Silva', 'Lee', 'Lovelace', 'Hopper', 'Turing', 'Hamilton'];
const PRODUCTS = [
  { id: 93, name: 'Woo Single #1', sku: '', price: 3 },
  { id: 501, name: 'Golf Glove', sku: 'GLOVE-L', price: 12.5 },
  { id: 502, name: 'Tees (100)', sku: 'TEES-100', price: 20 },
  { id: 87, name: 'Woo Album #2', sku: '', price: 9 },
];
const STATUSES = [
  'completed',
  'completed',
  'completed',
  'processing',
  'on-hold',
  'pending',
  'cancelled',
  'failed',
];

const money = (n: number) => n.toFixed(2);
const stamps = (prefix: string, ms: number | null): Json => ({
  [prefix]: ms === null ? null : siteTime(ms),
  [`${prefix}_gmt`]: ms === null ? null : formatWooGmt(ms),
});

/**
 * WooCommerce-shaped orders, refunds and customers (field names and shapes
 * from the docs' examples in [WOO-DOCS] `_orders.md`, `_order-refunds.md`,
 * `_customers.md`), seeded. About 8% of completed orders have one or two
 * refunds; their `date_modified` is the time of the last refund. Some
 * customers were never edited and have no `date_modified_gmt`.
 */
export function generateWooData(random: SeededRandom, options: WooDataOptions): WooSandboxData {
  const start = options.end - options.spanDays * 86_400_000;
  const customers = Array.from({ length: options.customers }, (_, i) => {
    const created = random.int(start, options.end);
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const email = `${first}.${last}${random.int(1, 999)}@example.com`.toLowerCase();
    // A few accounts never edited since they registered: no modification time.
    const modified = random.chance(0.1) ? null : random.int(created, options.end);
    return {
      id: 25 + i,
      ...stamps('date_created', created),
      ...stamps('date_modified', modified),
      email,
      first_name: first,
      last_name: last,
      role: 'customer',
      username: email.split('@')[0],
      billing: {
        first_name: first,
        last_name: last,
        company: '',
        address_1: `${random.int(1, 999)} Market`,
        address_2: '',
        city: 'San Francisco',
        state: 'CA',
        postcode: String(random.int(94000, 94199)),
        country: 'US',
        email,
        phone: `(555) 555-${String(random.int(0, 9999)).padStart(4, '0')}`,
      },
      is_paying_customer: random.chance(0.5),
      avatar_url: 'https://secure.gravatar.com/avatar/?s=96',
      meta_data: [],
    };
  });

  const orders: Json[] = [];
  const refunds = new Map<string, Json[]>();
  for (let i = 0; i < options.orders; i++) {
    const id = 700 + i * 3 + random.int(0, 2);
    const created = random.int(start, options.end);
    const status = random.pick(STATUSES);
    const lineItems = Array.from({ length: random.int(1, 3) }, (_, l) => {
      const product = random.pick(PRODUCTS);
      const quantity = random.int(1, 3);
      return {
        id: id * 10 + l,
        name: product.name,
        product_id: product.id,
        variation_id: 0,
        quantity,
        tax_class: '',
        subtotal: money(product.price * quantity),
        subtotal_tax: '0.00',
        total: money(product.price * quantity),
        total_tax: '0.00',
        taxes: [],
        meta_data: [],
        sku: product.sku,
        price: product.price,
      };
    });
    const subtotal = lineItems.reduce((s, l) => s + Number(l.total), 0);
    const shipping = random.chance(0.6) ? 10 : 0;
    const tax = Math.round(subtotal * 0.05 * 100) / 100;
    const total = Math.round((subtotal + shipping + tax) * 100) / 100;
    const customer = customers.length > 0 && random.chance(0.6) ? random.pick(customers) : undefined;
    let modified = created + random.int(1_000, 3_600_000);
    const orderRefunds: Json[] = [];
    if (status === 'completed' && random.chance(0.08)) {
      const count = random.chance(0.25) ? 2 : 1;
      for (let r = 0; r < count; r++) {
        const at = modified + random.int(60_000, 7 * 86_400_000);
        modified = at + random.int(1_000, 5_000);
        orderRefunds.push({
          id: 100_000 + i * 3 + r,
          ...stamps('date_created', at),
          amount: money(random.int(1, Math.max(1, Math.floor(total / 2)))),
          reason: random.pick(['', 'Damaged', 'Wrong size']),
          refunded_by: 1,
          refunded_payment: random.chance(0.5),
          meta_data: [],
          line_items: [],
        });
      }
    }
    if (orderRefunds.length > 0) refunds.set(String(id), orderRefunds);
    const utm = random.chance(0.3);
    orders.push({
      id,
      parent_id: 0,
      number: String(id),
      order_key: `wc_order_${random.id(13)}`,
      created_via: random.pick(['checkout', 'rest-api', 'admin']),
      version: '8.5.0',
      status,
      currency: 'USD',
      ...stamps('date_created', created),
      ...stamps('date_modified', modified),
      discount_total: '0.00',
      discount_tax: '0.00',
      shipping_total: money(shipping),
      shipping_tax: '0.00',
      cart_tax: money(tax),
      total: money(total),
      total_tax: money(tax),
      prices_include_tax: false,
      customer_id: customer ? customer.id : 0,
      customer_ip_address: `198.51.100.${random.int(1, 254)}`,
      customer_user_agent: '',
      customer_note: '',
      billing: customer
        ? customer.billing
        : {
            first_name: random.pick(FIRST),
            last_name: random.pick(LAST),
            company: '',
            address_1: '969 Market',
            address_2: '',
            city: 'San Francisco',
            state: 'CA',
            postcode: '94103',
            country: 'US',
            email: `guest${i}@example.com`,
            phone: '',
          },
      payment_method: random.pick(['bacs', 'stripe', 'paypal']),
      payment_method_title: 'Direct Bank Transfer',
      transaction_id: '',
      ...stamps('date_paid', status === 'completed' || status === 'processing' ? created + 5_000 : null),
      ...stamps('date_completed', status === 'completed' ? created + 86_400_000 : null),
      cart_hash: '',
      meta_data: utm
        ? [
            { id: i * 2, key: '_wc_order_attribution_utm_source', value: 'google' },
            { id: i * 2 + 1, key: '_wc_order_attribution_utm_medium', value: 'cpc' },
          ]
        : [],
      line_items: lineItems,
      tax_lines: [],
      shipping_lines: [],
      fee_lines: [],
      coupon_lines: [],
      refunds: orderRefunds.map((r) => ({ id: r.id, refund: r.reason, total: `-${r.amount}` })),
    });
  }
  return { orders, refunds, customers };
}
