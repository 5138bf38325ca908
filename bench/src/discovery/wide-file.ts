/**
 * A synthetic 60-column export for the speed figure: ids, dates, times,
 * money, counts, names, emails, phones, codes and free text, like a wide POS
 * or e-commerce export. Deterministic (seeded).
 */
const FIRST = ['Ava', 'Liam', 'Olivia', 'Noah', 'Emma', 'Mateo', 'Sophia', 'Lucas', 'Mia', 'Ethan'];
const LAST = ['Smith', 'Lopez', 'Nguyen', 'Brown', 'Walker', 'Young', 'Clark', 'Lee', 'Davis', 'Hall'];
const CITIES = ['Austin', 'Denver', 'Phoenix', 'Portland', 'Miami', 'Seattle'];
const STATES = ['TX', 'CO', 'AZ', 'OR', 'FL', 'WA'];
const STATUS = ['Completed', 'Refunded', 'Voided', 'Pending'];
const BRANDS = ['Visa', 'MasterCard', 'Amex', 'Discover'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Gen = (i: number, r: () => number) => string;
const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;
const money = (r: () => number, max: number) => (r() * max).toFixed(2);

const kinds: [string, Gen][] = [
  ['Order ID', (i) => `ORD-${100000 + i}`],
  [
    'Order Date',
    (_i, r) =>
      `2025-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')} ${String(Math.floor(r() * 24)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}:00`,
  ],
  [
    'Time',
    (_i, r) =>
      `${String(Math.floor(r() * 24)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`,
  ],
  ['Total', (_i, r) => money(r, 400)],
  ['Subtotal', (_i, r) => money(r, 350)],
  ['Tax', (_i, r) => money(r, 30)],
  ['Tip', (_i, r) => money(r, 40)],
  ['Discount', (_i, r) => `-$${money(r, 20)}`],
  ['Qty', (_i, r) => String(1 + Math.floor(r() * 5))],
  ['Customer First Name', (_i, r) => pick(FIRST, r)],
  ['Customer Last Name', (_i, r) => pick(LAST, r)],
  ['Customer Email', (i, r) => `${pick(FIRST, r).toLowerCase()}.${i}@example.com`],
  [
    'Customer Phone',
    (_i, r) => `(${200 + Math.floor(r() * 700)}) 555-${String(Math.floor(r() * 10000)).padStart(4, '0')}`,
  ],
  ['City', (_i, r) => pick(CITIES, r)],
  ['State', (_i, r) => pick(STATES, r)],
  ['Zip', (_i, r) => String(10000 + Math.floor(r() * 89999))],
  ['Status', (_i, r) => pick(STATUS, r)],
  ['Card Brand', (_i, r) => pick(BRANDS, r)],
  ['Last 4', (_i, r) => String(Math.floor(r() * 10000)).padStart(4, '0')],
  ['Notes', (_i, r) => (r() < 0.8 ? '' : 'Customer asked for a receipt by email please')],
];

/** Builds the CSV text: the 20 base kinds, three times over with suffixes, 60 columns in all. */
export function wideCsv(columns = 60, rows = 10_000): string {
  const r = rng(42);
  const gens: [string, Gen][] = [];
  for (let i = 0; i < columns; i++) {
    const [name, gen] = kinds[i % kinds.length]!;
    gens.push([i < kinds.length ? name : `${name} ${Math.floor(i / kinds.length) + 1}`, gen]);
  }
  const lines = [gens.map(([name]) => name).join(',')];
  for (let i = 0; i < rows; i++) lines.push(gens.map(([, gen]) => gen(i, r)).join(','));
  return `${lines.join('\n')}\n`;
}
