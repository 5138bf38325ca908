import type { SeededRandom } from '../testing/seeded-random.js';

type Json = Record<string, unknown>;

export interface ShopifySandboxData {
  shop: Json;
  orders: Json[];
  customers: Json[];
}

export interface ShopifyDataOptions {
  orders: number;
  customers: number;
  /** Newest creation time (epoch ms); data spans `spanDays` before it. */
  end: number;
  spanDays: number;
}

/** The sandbox shop's UTC offset: Shopify writes times in the shop's zone (`…-05:00`). */
export const SHOP_OFFSET_MINUTES = -5 * 60;

/** `2008-01-10T11:00:00-05:00`: whole seconds in the shop's zone, as Shopify writes them. */
export function shopifyTime(ms: number, offsetMinutes = SHOP_OFFSET_MINUTES): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

const GIVEN = ['Bob', 'Claire', 'Ada', 'Grace', 'Alan', 'Katherine', 'Tim', 'Margaret', 'Linus', 'Barbara'];
const FAMILY = ['Norman', 'Dubois', 'Lovelace', 'Hopper', 'Turing', 'Johnson', 'Lee', 'Hamilton', 'Liskov'];
const PRODUCTS = [
  { title: 'Polo Shirt', sku: 'POLO-M', price: 54 },
  { title: 'Golf Glove', sku: 'GLOVE-L', price: 12.5 },
  { title: 'Tees (100)', sku: 'TEES-100', price: 20 },
  { title: 'Range balls', sku: 'RANGE-50', price: 8 },
  { title: 'Gift wrap', sku: null, price: 5 },
];
const CAMPAIGNS = [
  '/products/polo?utm_source=google&utm_medium=cpc&gclid=EAIaIQobChMI',
  '/?utm_source=facebook&utm_medium=social&fbclid=IwAR0abc',
  '/collections/all',
  null,
];

const money = (n: number) => n.toFixed(2);
const moneySet = (n: number, currency: string) => ({
  shop_money: { amount: money(n), currency_code: currency },
  presentment_money: { amount: money(n), currency_code: currency },
});

/**
 * Shopify-shaped orders and customers (field names and shapes from the
 * reference example in shared/reference/vendor-apis.md §5, [SHOP-JS]
 * order.test.ts), seeded. About 8% of paid orders carry one or two refunds;
 * their `updated_at` is the time of the last refund, so `updated_at` order
 * differs from creation order. Some orders are closed or cancelled (read
 * only with `status=any`).
 */
export function generateShopifyData(random: SeededRandom, options: ShopifyDataOptions): ShopifySandboxData {
  const start = options.end - options.spanDays * 86_400_000;
  const currency = 'USD';
  const customers = Array.from({ length: options.customers }, (_, i) => {
    const created = random.int(start, options.end);
    const first = random.pick(GIVEN);
    const last = random.pick(FAMILY);
    return {
      id: 207_119_551 + i * 7 + random.int(0, 6),
      email: `${first}.${last}${random.int(1, 999)}@example.com`.toLowerCase(),
      phone: random.chance(0.6) ? `+1613555${String(random.int(0, 9999)).padStart(4, '0')}` : null,
      first_name: first,
      last_name: last,
      orders_count: 0,
      total_spent: '0.00',
      last_order_id: null as number | null,
      currency,
      created_at: shopifyTime(created),
      // Profiles change long after creation (new address, consent), unrelated to creation order.
      updated_at: shopifyTime(random.int(created, options.end)),
      state: random.pick(['enabled', 'disabled', 'invited']),
      tags: random.chance(0.2) ? 'vip' : '',
      email_marketing_consent: { state: random.pick(['subscribed', 'not_subscribed']), opt_in_level: null },
      sms_marketing_consent: null,
      default_address: {
        address1: `${random.int(1, 999)} Chestnut Street`,
        city: 'Louisville',
        province_code: 'KY',
        zip: String(random.int(40000, 40299)),
        country_code: 'US',
        phone: null,
        company: null,
      },
    };
  });

  const orders: Json[] = [];
  for (let i = 0; i < options.orders; i++) {
    const created = random.int(start, options.end);
    const id = 450_789_469 + i * 11 + random.int(0, 10);
    const lines = random.int(1, 3);
    const lineItems = Array.from({ length: lines }, (_, l) => {
      const product = random.pick(PRODUCTS);
      return {
        id: id * 10 + l,
        product_id: 632_910_392 + PRODUCTS.indexOf(product),
        variant_id: 39_072_856 + PRODUCTS.indexOf(product),
        name: product.title,
        title: product.title,
        sku: product.sku,
        quantity: random.int(1, 3),
        price: money(product.price),
        total_discount: '0.00',
      };
    });
    const subtotal = lineItems.reduce((s, l) => s + Number(l.price) * l.quantity, 0);
    const tax = Math.round(subtotal * 0.06 * 100) / 100;
    const shipping = random.chance(0.5) ? 5 : 0;
    const total = Math.round((subtotal + tax + shipping) * 100) / 100;
    const customer = customers.length > 0 && random.chance(0.7) ? random.pick(customers) : undefined;
    const cancelled = random.chance(0.04);
    let financial = cancelled
      ? 'voided'
      : random.chance(0.9)
        ? 'paid'
        : random.pick(['pending', 'authorized']);
    let updated = created + random.int(1_000, 3_600_000);
    const refunds: Json[] = [];
    if (financial === 'paid' && random.chance(0.08)) {
      const count = random.chance(0.25) ? 2 : 1;
      let refunded = 0;
      for (let r = 0; r < count; r++) {
        const at = updated + random.int(60_000, 7 * 86_400_000);
        const amount = r === count - 1 && random.chance(0.5) ? total - refunded : random.int(1, 20);
        refunded += amount;
        updated = at + random.int(100, 2_000);
        refunds.push({
          id: 509_562_969 + i * 3 + r,
          order_id: id,
          created_at: shopifyTime(at),
          processed_at: shopifyTime(at),
          note: random.pick(['it broke during shipping', 'Wrong size', '']),
          refund_line_items: [],
          transactions: [
            {
              id: 179_259_969 + i * 3 + r,
              order_id: id,
              amount: money(amount),
              currency,
              kind: 'refund',
              status: 'success',
              gateway: 'bogus',
            },
          ],
        });
      }
      financial = refunded >= total ? 'refunded' : 'partially_refunded';
    }
    const closed = !cancelled && financial === 'paid' && random.chance(0.3);
    const landing = random.pick(CAMPAIGNS);
    orders.push({
      id,
      name: `#${1001 + i}`,
      order_number: 1001 + i,
      email: customer?.email ?? `guest${i}@example.com`,
      phone: customer?.phone ?? null,
      created_at: shopifyTime(created),
      updated_at: shopifyTime(updated),
      processed_at: shopifyTime(created),
      cancelled_at: cancelled ? shopifyTime(created + 60_000) : null,
      cancel_reason: cancelled ? 'customer' : null,
      closed_at: closed ? shopifyTime(created + 86_400_000) : null,
      currency,
      financial_status: financial,
      fulfillment_status: closed ? 'fulfilled' : null,
      subtotal_price: money(subtotal),
      total_tax: money(tax),
      total_discounts: '0.00',
      total_price: money(total),
      current_total_price: money(
        total - refunds.reduce((s, r) => s + Number((r.transactions as Json[])[0]?.amount), 0),
      ),
      total_tip_received: '0.00',
      total_price_set: moneySet(total, currency),
      total_shipping_price_set: moneySet(shipping, currency),
      landing_site: landing,
      referring_site: landing ? 'https://www.google.com/' : null,
      source_name: 'web',
      browser_ip: `203.0.113.${random.int(1, 254)}`,
      buyer_accepts_marketing: random.chance(0.4),
      tags: '',
      test: false,
      location_id: null,
      customer: customer
        ? {
            id: customer.id,
            email: customer.email,
            phone: customer.phone,
            first_name: customer.first_name,
            last_name: customer.last_name,
            created_at: customer.created_at,
            updated_at: customer.updated_at,
            currency,
          }
        : null,
      billing_address: {
        first_name: customer?.first_name ?? random.pick(GIVEN),
        last_name: customer?.last_name ?? random.pick(FAMILY),
        address1: `${random.int(1, 999)} Main Street`,
        city: 'Louisville',
        province_code: 'KY',
        zip: String(random.int(40000, 40299)),
        country_code: 'US',
        phone: null,
        company: null,
      },
      line_items: lineItems,
      refunds,
    });
  }
  const shop = {
    id: 548_380_009,
    name: 'GrowthNav Pro Shop',
    email: 'owner@example.com',
    myshopify_domain: 'growthnav-pro-shop.myshopify.com',
    currency,
    iana_timezone: 'America/New_York',
    plan_name: 'basic',
  };
  return { shop, orders, customers };
}
