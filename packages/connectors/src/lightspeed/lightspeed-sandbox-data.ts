import type { SeededRandom } from '../testing/seeded-random.js';

type Json = Record<string, unknown>;

export interface LightspeedDataOptions {
  sales: number;
  customers: number;
  /** Newest sale date (epoch ms); data spans `spanDays` before it. */
  end: number;
  spanDays: number;
  /** First version handed out; the counter is global, so it starts far from 0. */
  firstVersion: number;
}

export interface LightspeedSandboxData {
  sales: Json[];
  customers: Json[];
  outlets: string[];
}

const HEX = '0123456789abcdef';
const GIVEN = ['Ada', 'Grace', 'Alan', 'Katherine', 'Barbara', 'Dennis', 'Kiri'];
const FAMILY = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Liskov', 'Ritchie', 'Te Kanawa'];
const PRODUCTS: readonly [string, number][] = [
  ['p-tee', 35],
  ['p-cap', 25],
  ['p-mug', 18.5],
  ['p-socks', 12],
  ['p-jacket', 149],
];
const GST = 0.15;
const STATUSES: readonly [string, string, number][] = [
  // [legacy status, state, weight]
  ['CLOSED', 'closed', 0.82],
  ['VOIDED', 'voided', 0.05],
  ['SAVED', 'parked', 0.05],
  ['LAYBY', 'pending', 0.04],
  ['ONACCOUNT_CLOSED', 'closed', 0.04],
];

const round2 = (x: number) => Math.round(x * 100) / 100;

function pickWeighted<T extends readonly [string, string, number]>(
  random: SeededRandom,
  options: readonly T[],
): T {
  let roll = random.next();
  for (const option of options) {
    roll -= option[2];
    if (roll < 0) return option;
  }
  return options[0]!;
}

export function lightspeedUuid(random: SeededRandom): string {
  const h = (n: number) => random.id(n, HEX);
  return `${h(8)}-${h(4)}-4${h(3)}-8${h(3)}-${h(12)}`;
}

/**
 * Hands out versions in the order records were last changed, with gaps: the
 * counter is global, so other retailers' changes fall between ours.
 */
function assignVersions(random: SeededRandom, records: Json[], changedAt: number[], first: number): void {
  const order = records.map((_, i) => i).sort((a, b) => changedAt[a]! - changedAt[b]!);
  let version = first;
  for (const i of order) {
    version += random.int(1, 2_000);
    records[i]!.version = version;
  }
}

/**
 * Lightspeed-shaped sales and customers (the reference's illustrative sale
 * fields and the customer fields of the conversions mapping), seeded. Sales
 * are edited after the sale (lay-bys completed, notes), so version order
 * differs from sale_date order. About 5% of sales are returns with negative
 * totals, as X-Series records them.
 */
export function generateLightspeedData(
  random: SeededRandom,
  options: LightspeedDataOptions,
): LightspeedSandboxData {
  const start = options.end - options.spanDays * 86_400_000;
  const outlets = [lightspeedUuid(random), lightspeedUuid(random)];
  const registers = outlets.map(() => lightspeedUuid(random));

  const customerChanged: number[] = [];
  const customers: Json[] = Array.from({ length: options.customers }, (_, i) => {
    const created = random.int(start, options.end);
    customerChanged.push(random.int(created, options.end));
    const first = random.pick(GIVEN);
    const last = random.pick(FAMILY);
    return {
      id: lightspeedUuid(random),
      customer_code: `C-${String(1000 + i)}`,
      first_name: first,
      last_name: last,
      email: random.chance(0.8) ? `${first}.${last.replace(' ', '')}${i}@example.co.nz`.toLowerCase() : null,
      phone: random.chance(0.5) ? `+64 9 555 ${String(random.int(0, 9999)).padStart(4, '0')}` : null,
      mobile: random.chance(0.5) ? `+64 21 555 ${String(random.int(0, 9999)).padStart(4, '0')}` : null,
      company_name: random.chance(0.1) ? 'Analytical Engines Ltd' : null,
      date_of_birth: random.chance(0.3)
        ? `19${random.int(50, 99)}-0${random.int(1, 9)}-1${random.int(0, 9)}`
        : null,
      physical_address_1: random.chance(0.4) ? `${random.int(1, 200)} Queen St` : null,
      physical_city: 'Auckland',
      physical_postcode: '1010',
      physical_country_id: 'NZ',
      created_at: new Date(created).toISOString(),
      updated_at: new Date(customerChanged[i]!).toISOString(),
    };
  });
  assignVersions(random, customers, customerChanged, options.firstVersion);

  const saleChanged: number[] = [];
  const sales: Json[] = Array.from({ length: options.sales }, (_, i) => {
    const at = random.int(start, options.end);
    saleChanged.push(
      at + (random.chance(0.3) ? random.int(3_600_000, 30 * 86_400_000) : random.int(1_000, 60_000)),
    );
    const [status, state] = pickWeighted(random, STATUSES);
    const sign = random.chance(0.05) ? -1 : 1;
    const lines = Array.from({ length: random.int(1, 3) }, () => {
      const [product, price] = random.pick(PRODUCTS);
      return { product_id: product, quantity: sign * random.int(1, 2), price };
    });
    const totalPrice = round2(lines.reduce((s, l) => s + l.price * l.quantity, 0));
    const outlet = random.int(0, outlets.length - 1);
    const customer = customers.length > 0 && random.chance(0.5) ? random.pick(customers) : null;
    return {
      id: lightspeedUuid(random),
      invoice_number: String(1000 + i),
      status,
      state,
      outlet_id: outlets[outlet],
      register_id: registers[outlet],
      customer_id: customer ? customer.id : null,
      sale_date: new Date(at).toISOString(),
      total_price: totalPrice,
      total_tax: round2(totalPrice * GST),
      line_items: lines,
    };
  });
  assignVersions(random, sales, saleChanged, options.firstVersion);
  return { sales, customers, outlets };
}
