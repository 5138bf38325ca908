import type { SeededRandom } from '../testing/seeded-random.js';

type Json = Record<string, unknown>;

export interface ToastDataOptions {
  orders: number;
  /** Restaurant GUIDs with their UTC offset in minutes (e.g. -300 for -0500). */
  restaurants: readonly { guid: string; offsetMinutes: number }[];
  /** Newest opening time (epoch ms); data spans `spanDays` before it. */
  end: number;
  spanDays: number;
}

export interface ToastSandboxData {
  orders: Json[];
  /** Restaurant GUID of each order GUID (ordersBulk orders do not name their restaurant). */
  restaurantOf: Map<string, string>;
}

const HEX = '0123456789abcdef';
const MENU: readonly [string, number][] = [
  ['Burger', 14],
  ['Club Sandwich', 13.5],
  ['Iced Tea', 3.5],
  ['Caesar Salad', 11.25],
  ['Fries', 4.75],
  ['Range Balls', 18.35],
  ['Cart Rental', 12],
  ['Draft Beer', 7],
];
const GUESTS: readonly [string, string][] = [
  ['Ada', 'Lovelace'],
  ['Grace', 'Hopper'],
  ['Alan', 'Turing'],
  ['Katherine', 'Johnson'],
  ['Barbara', 'Liskov'],
  ['Dennis', 'Ritchie'],
];
const TAX_RATE = 0.0825;

const round2 = (x: number) => Math.round(x * 100) / 100;
const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

export function toastUuid(random: SeededRandom): string {
  const h = (n: number) => random.id(n, HEX);
  return `${h(8)}-${h(4)}-4${h(3)}-8${h(3)}-${h(12)}`;
}

/** `2025-02-07T08:00:00.000-0800`: Toast's format, in the restaurant's offset. */
export function toastLocalTime(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

function businessDate(ms: number, offsetMinutes: number): number {
  return Number(new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10).replaceAll('-', ''));
}

/**
 * Toast-shaped orders (field names from the Order, Check, Customer and
 * Payment schemas in vendor-apis.md §2), seeded. Most orders have one
 * check, some are split in two; about 5% are voided, a few are still open,
 * and a few carry a partial refund on a payment. Orders are modified long
 * after they open (tips adjusted, refunds), so modifiedDate order differs
 * from creation order.
 */
export function generateToastData(random: SeededRandom, options: ToastDataOptions): ToastSandboxData {
  const start = options.end - options.spanDays * 86_400_000;
  const guests = Array.from({ length: Math.max(3, Math.ceil(options.orders / 4)) }, (_, i) => {
    const [first, last] = GUESTS[i % GUESTS.length]!;
    return {
      guid: toastUuid(random),
      entityType: 'Customer',
      firstName: first,
      lastName: last,
      email: `${first}.${last}${i}@example.com`.toLowerCase(),
      phone: `617555${String(random.int(0, 9999)).padStart(4, '0')}`,
      phoneCountryCode: '1',
    };
  });
  const orders: Json[] = [];
  const restaurantOf = new Map<string, string>();
  for (let i = 0; i < options.orders; i++) {
    const restaurant = random.pick(options.restaurants);
    const tz = restaurant.offsetMinutes;
    const opened = random.int(start, options.end);
    const roll = random.next();
    const status = roll < 0.05 ? 'VOIDED' : roll < 0.09 ? 'OPEN' : roll < 0.15 ? 'PAID' : 'CLOSED';
    const closed = status === 'OPEN' || status === 'VOIDED' ? null : opened + random.int(20, 90) * 60_000;
    // Most orders change again after closing (tip adjustments, refunds), some days later.
    const modified =
      (closed ?? opened) +
      (random.chance(0.5) ? random.int(1_000, 600_000) : random.int(3_600_000, 20 * 86_400_000));
    const guest = random.chance(0.6) ? random.pick(guests) : null;
    const checkCount = random.chance(0.1) ? 2 : 1;
    const checks = Array.from({ length: checkCount }, (_, c) => {
      const selections = Array.from({ length: random.int(1, 4) }, () => {
        const [name, price] = random.pick(MENU);
        const quantity = random.chance(0.8) ? 1 : 2;
        return {
          guid: toastUuid(random),
          entityType: 'MenuItemSelection',
          displayName: name,
          quantity,
          receiptLinePrice: price,
          price: round2(price * quantity),
          voided: status === 'VOIDED',
        };
      });
      const amount = round2(selections.reduce((s, x) => s + x.price, 0));
      const taxAmount = round2(amount * TAX_RATE);
      const totalAmount = round2(amount + taxAmount);
      const paid = status === 'CLOSED' || status === 'PAID';
      const tip = paid && random.chance(0.6) ? round2(amount * random.pick([0.15, 0.18, 0.2])) : 0;
      const refunded = paid && random.chance(0.04);
      return {
        guid: toastUuid(random),
        entityType: 'Check',
        displayNumber: String(random.int(1, 999)),
        amount,
        taxAmount,
        totalAmount,
        paymentStatus: status,
        // A non-deleted check has deletedDate at the Unix epoch (vendor-apis.md §2).
        deletedDate: '1970-01-01T00:00:00.000+0000',
        customer: c === 0 ? guest : null,
        selections,
        payments: paid
          ? [
              {
                guid: toastUuid(random),
                entityType: 'OrderPayment',
                type: random.chance(0.8) ? 'CREDIT' : 'CASH',
                amount: totalAmount,
                tipAmount: tip,
                refundStatus: refunded ? 'PARTIAL' : 'NONE',
                refund: refunded ? { refundAmount: round2(totalAmount / 2), tipRefundAmount: 0 } : null,
              },
            ]
          : [],
      };
    });
    const guid = toastUuid(random);
    restaurantOf.set(guid, restaurant.guid);
    orders.push({
      guid,
      entityType: 'Order',
      openedDate: toastLocalTime(opened, tz),
      createdDate: toastLocalTime(opened + 1_000, tz),
      modifiedDate: toastLocalTime(modified, tz),
      closedDate: closed === null ? null : toastLocalTime(closed, tz),
      businessDate: businessDate(opened, tz),
      voided: status === 'VOIDED',
      deleted: false,
      checks,
    });
  }
  return { orders, restaurantOf };
}
