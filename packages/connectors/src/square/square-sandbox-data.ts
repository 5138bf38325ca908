import type { SeededRandom } from '../testing/seeded-random.js';

type Json = Record<string, unknown>;

export interface SquareSandboxData {
  locations: Json[];
  payments: Json[];
  refunds: Json[];
  orders: Json[];
  customers: Json[];
}

export interface SquareDataOptions {
  payments: number;
  orders: number;
  customers: number;
  locations: number;
  /** Newest creation time (epoch ms); data spans `spanDays` before it. */
  end: number;
  spanDays: number;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const GIVEN = [
  'Amelia',
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Tim',
  'Margaret',
  'Linus',
  'Barbara',
  'Dennis',
];
const FAMILY = [
  'Earhart',
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Lee',
  'Hamilton',
  'Torvalds',
  'Liskov',
];
const BRANDS = ['VISA', 'MASTERCARD', 'AMERICAN_EXPRESS', 'DISCOVER'];
const ITEMS = ['Green fee', 'Cart rental', 'Range balls', 'Lunch special', 'Polo shirt', 'Lesson'];

const iso = (ms: number) => new Date(ms).toISOString();
const money = (amount: number) => ({ amount, currency: 'USD' });

/**
 * Square-shaped data (field names and shapes from the spec's ListPayments,
 * SearchOrders, SearchCustomers and ListPaymentRefunds examples), seeded.
 * Payments carry an order_id; the first `orders` payments have their Order.
 * About 5% of completed payments are (partly) refunded, with a PaymentRefund.
 */
export function generateSquareData(random: SeededRandom, options: SquareDataOptions): SquareSandboxData {
  const start = options.end - options.spanDays * 86_400_000;
  const locations = Array.from({ length: options.locations }, (_, i) => ({
    id: `L${random.id(12, UPPER)}`,
    name: i === 0 ? 'Main course' : `Location ${i + 1}`,
    status: 'ACTIVE',
    timezone: 'America/Chicago',
    currency: 'USD',
    country: 'US',
    created_at: iso(start - 86_400_000),
    merchant_id: 'MSANDBOX1',
  }));
  const customers = Array.from({ length: options.customers }, () => {
    const created = random.int(start, options.end);
    const given = random.pick(GIVEN);
    const family = random.pick(FAMILY);
    return {
      id: random.id(26, UPPER),
      created_at: iso(created),
      // Profiles change long after they are created (a new email, a loyalty tier), so
      // updated_at order is unrelated to created_at order, as for real accounts.
      updated_at: iso(random.int(created, options.end)),
      given_name: given,
      family_name: family,
      email_address: `${given}.${family}${random.int(1, 999)}@example.com`.toLowerCase(),
      phone_number: `+1-212-555-${String(random.int(0, 9999)).padStart(4, '0')}`,
      address: { postal_code: String(random.int(10000, 99999)), country: 'US' },
      creation_source: 'THIRD_PARTY',
      preferences: { email_unsubscribed: false },
      version: 1,
    };
  });

  const payments: Json[] = [];
  const refunds: Json[] = [];
  const orders: Json[] = [];
  for (let i = 0; i < options.payments; i++) {
    const created = random.int(start, options.end);
    const location = random.pick(locations).id;
    const amount = random.int(100, 25_000);
    const tip = random.chance(0.3) ? random.int(50, 2_000) : 0;
    const total = amount + tip;
    const status = random.chance(0.92) ? 'COMPLETED' : random.pick(['CANCELED', 'FAILED', 'APPROVED']);
    const source = random.chance(0.8) ? 'CARD' : random.pick(['CASH', 'WALLET']);
    const id = random.id(29);
    const orderId = random.id(29);
    const customer = customers.length > 0 && random.chance(0.6) ? random.pick(customers) : undefined;
    let updated = created + random.int(500, 10_000);
    const payment: Json = {
      id,
      created_at: iso(created),
      updated_at: iso(updated),
      amount_money: money(amount),
      ...(tip > 0 ? { tip_money: money(tip) } : {}),
      total_money: money(total),
      approved_money: money(total),
      status,
      source_type: source,
      ...(source === 'CARD'
        ? {
            card_details: {
              status: status === 'COMPLETED' ? 'CAPTURED' : 'FAILED',
              card: {
                card_brand: random.pick(BRANDS),
                last_4: String(random.int(0, 9999)).padStart(4, '0'),
                exp_month: random.int(1, 12),
                exp_year: random.int(2026, 2031),
                card_type: 'CREDIT',
              },
              entry_method: 'KEYED',
            },
          }
        : {}),
      location_id: location,
      order_id: orderId,
      customer_id: customer ? customer.id : null,
      buyer_email_address: customer && random.chance(0.7) ? customer.email_address : null,
      processing_fee: [
        {
          effective_at: iso(created + 1_000),
          type: 'INITIAL',
          amount_money: money(Math.round(total * 0.029) + 30),
        },
      ],
      receipt_number: id.slice(0, 4),
      refund_ids: [] as string[],
      refunded_money: null,
      application_details: { square_product: 'VIRTUAL_TERMINAL' },
      version_token: random.id(43),
    };
    if (status === 'COMPLETED' && random.chance(0.05)) {
      const refunded = random.chance(0.5) ? total : random.int(1, total);
      const refundAt = updated + random.int(60_000, 7 * 86_400_000);
      const refundId = `${id}_${random.id(30)}`;
      payment.refund_ids = [refundId];
      payment.refunded_money = money(refunded);
      updated = refundAt + random.int(100, 2_000);
      payment.updated_at = iso(updated);
      refunds.push({
        id: refundId,
        status: 'COMPLETED',
        location_id: location,
        amount_money: money(refunded),
        payment_id: id,
        order_id: orderId,
        reason: 'Returned goods',
        created_at: iso(refundAt),
        updated_at: iso(updated),
      });
    }
    payments.push(payment);
    if (i < options.orders) {
      const lines = random.int(1, 3);
      let remaining = amount;
      const lineItems = Array.from({ length: lines }, (_, l) => {
        const price = l === lines - 1 ? remaining : Math.floor(remaining / (lines - l));
        remaining -= price;
        return {
          uid: random.id(22),
          name: random.pick(ITEMS),
          quantity: '1',
          base_price_money: money(price),
          total_money: money(price),
        };
      });
      orders.push({
        id: orderId,
        location_id: location,
        customer_id: payment.customer_id,
        state: status === 'COMPLETED' ? 'COMPLETED' : 'OPEN',
        created_at: iso(created - 1_000),
        updated_at: iso(updated),
        closed_at: status === 'COMPLETED' ? iso(created + 200) : null,
        version: 1,
        line_items: lineItems,
        total_money: money(total),
        total_tax_money: money(0),
        total_discount_money: money(0),
        total_tip_money: money(tip),
        tenders: [{ id: random.id(29), type: source === 'CASH' ? 'CASH' : 'CARD', payment_id: id }],
        net_amounts: { total_money: money(total) },
      });
    }
  }
  return { locations, payments, refunds, orders, customers };
}
