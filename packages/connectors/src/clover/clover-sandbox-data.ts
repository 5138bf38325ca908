import type { SeededRandom } from '../testing/seeded-random.js';

type Json = Record<string, unknown>;

export interface CloverDataOptions {
  merchantId: string;
  orders: number;
  payments: number;
  customers: number;
  /** Newest creation time (epoch ms); data spans `spanDays` before it. */
  end: number;
  spanDays: number;
}

export interface CloverSandboxData {
  orders: Json[];
  payments: Json[];
  customers: Json[];
}

export const CLOVER_ID = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789';
const GIVEN = ['Ada', 'Grace', 'Alan', 'Katherine', 'Barbara', 'Dennis', 'Margaret'];
const FAMILY = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Liskov', 'Ritchie', 'Hamilton'];
const ITEMS: readonly [string, number, string][] = [
  ['Latte', 475, 'LAT'],
  ['Espresso', 325, 'ESP'],
  ['Croissant', 395, 'CRO'],
  ['Bagel', 295, 'BAG'],
  ['Drip Coffee', 250, 'DRP'],
  ['Muffin', 350, 'MUF'],
];
const TAX_RATE = 0.0725;

/**
 * Clover-shaped orders, payments and customers (field names from the
 * reference's examples and the conversions mapping's notes; money in cents,
 * times in epoch ms), seeded. Records change after creation (payments
 * settle, orders are refunded, profiles edited), so modifiedTime order
 * differs from creation order. Collections are stored fully expanded; the
 * sandbox strips what a request did not `expand`.
 */
export function generateCloverData(random: SeededRandom, options: CloverDataOptions): CloverSandboxData {
  const start = options.end - options.spanDays * 86_400_000;
  const id = () => random.id(13, CLOVER_ID);
  const href = (collection: string, key: string) =>
    `https://apisandbox.dev.clover.com/v3/merchants/${options.merchantId}/${collection}/${key}`;

  const customers: Json[] = Array.from({ length: options.customers }, (_, i) => {
    const since = random.int(start, options.end);
    const first = random.pick(GIVEN);
    const last = random.pick(FAMILY);
    const key = id();
    return {
      href: href('customers', key),
      id: key,
      firstName: first,
      lastName: last,
      marketingAllowed: random.chance(0.4),
      customerSince: since,
      modifiedTime: random.int(since, options.end),
      emailAddresses: {
        elements: random.chance(0.8)
          ? [{ id: id(), emailAddress: `${first}.${last}${i}@example.com`.toLowerCase() }]
          : [],
      },
      phoneNumbers: {
        elements: random.chance(0.6)
          ? [{ id: id(), phoneNumber: `+1 617 555 ${String(random.int(0, 9999)).padStart(4, '0')}` }]
          : [],
      },
      addresses: {
        elements: random.chance(0.4)
          ? [
              {
                id: id(),
                address1: `${random.int(1, 999)} Main St`,
                city: 'Boston',
                state: 'MA',
                zip: String(random.int(2101, 2299)).padStart(5, '0'),
                country: 'US',
              },
            ]
          : [],
      },
    };
  });

  const orders: Json[] = [];
  for (let i = 0; i < options.orders; i++) {
    const created = random.int(start, options.end);
    const key = id();
    const lines = Array.from({ length: random.int(1, 4) }, () => {
      const [name, price, code] = random.pick(ITEMS);
      return { id: id(), name, price, itemCode: code, printed: true };
    });
    const subtotal = lines.reduce((s, l) => s + l.price, 0);
    const total = subtotal + Math.round(subtotal * TAX_RATE);
    const roll = random.next();
    const paymentState =
      roll < 0.04
        ? 'OPEN'
        : roll < 0.07
          ? 'REFUNDED'
          : roll < 0.1
            ? 'PARTIALLY_REFUNDED'
            : roll < 0.12
              ? 'PARTIALLY_PAID'
              : 'PAID';
    const refunds =
      paymentState === 'REFUNDED'
        ? [{ id: id(), amount: total }]
        : paymentState === 'PARTIALLY_REFUNDED'
          ? [{ id: id(), amount: Math.round(total / 3) }]
          : [];
    const customer = customers.length > 0 && random.chance(0.6) ? random.pick(customers) : null;
    orders.push({
      href: href('orders', key),
      id: key,
      currency: 'USD',
      total,
      paymentState,
      state: paymentState === 'OPEN' ? 'open' : 'locked',
      clientCreatedTime: created - random.int(200, 2_000),
      createdTime: created,
      modifiedTime:
        created +
        (refunds.length > 0 ? random.int(86_400_000, 14 * 86_400_000) : random.int(1_000, 3_600_000)),
      lineItems: { elements: lines },
      customers: { elements: customer ? [{ id: customer.id }] : [] },
      refunds: { elements: refunds },
    });
  }

  const payments: Json[] = Array.from({ length: options.payments }, (_, i) => {
    const order = orders.length > 0 ? orders[i % orders.length]! : null;
    const created = order
      ? (order.createdTime as number) + random.int(5_000, 600_000)
      : random.int(start, options.end);
    const amount = order ? (order.total as number) : random.int(250, 5_000);
    const card = random.chance(0.8);
    const roll = random.next();
    const result = roll < 0.03 ? 'VOIDED' : roll < 0.05 ? 'FAIL' : 'SUCCESS';
    const refunds = order ? ((order.refunds as { elements: Json[] }).elements ?? []) : [];
    return {
      id: id(),
      order: { id: order ? order.id : id() },
      tender: card ? { id: 'TENDERCARD001', label: 'Credit Card' } : { id: 'TENDERCASH001', label: 'Cash' },
      amount,
      tipAmount: card && random.chance(0.5) ? Math.round(amount * 0.18) : 0,
      taxAmount: Math.round((amount * TAX_RATE) / (1 + TAX_RATE)),
      createdTime: created,
      clientCreatedTime: created - random.int(100, 1_500),
      modifiedTime:
        created + (refunds.length > 0 ? random.int(86_400_000, 14 * 86_400_000) : random.int(500, 120_000)),
      result,
      ...(card
        ? {
            cardTransaction: {
              last4: String(random.int(0, 9999)).padStart(4, '0'),
              currency: 'USD',
              cardType: 'VISA',
            },
          }
        : {}),
      refunds: { elements: refunds.map((r) => ({ ...r })) },
      externalPaymentId: null,
    };
  });

  return { orders, payments, customers };
}
