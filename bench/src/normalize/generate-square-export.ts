import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';

/** Small deterministic PRNG (mulberry32) so every run writes the same file. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHANUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const ZONES = [
  'Central Time (US & Canada)',
  'Eastern Time (US & Canada)',
  'Pacific Time (US & Canada)',
  'Mountain Time (US & Canada)',
];
const ITEMS = ['Cart Rental', 'Range Balls - Large', 'Green Fee', 'Lesson', 'Polo Shirt', 'Beer', 'Burger'];
const NAMES = ['Mary Walker', 'Olivia Lee', 'James Smith', 'Ana García', 'Wei Chen', 'Noah Brown', ''];
const STATUSES = ['Complete', 'Complete', 'Complete', 'Complete', 'Refunded', 'Partially Refunded', 'Voided'];

function id(rand: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUM[Math.floor(rand() * ALPHANUM.length)];
  return out;
}

function dollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** The Square Dashboard transactions header, read from the shipped sample export. */
export function squareHeader(sampleCsv: string): string[] {
  return readFileSync(sampleCsv, 'utf8').split('\n', 1)[0]!.split(',');
}

/**
 * Writes `rows` synthetic rows in the Square transactions export layout:
 * dates across 2025 with separate Time and Time Zone columns, "$1,234.56"
 * amounts, quoted descriptions, refunds and blank optional columns.
 */
export async function generateSquareExport(
  path: string,
  header: string[],
  rows: number,
  seed = 7,
): Promise<void> {
  const rand = random(seed);
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const col = new Map(header.map((h, i) => [h, i]));
  const fields = new Array<string>(header.length);
  let chunk = `${header.join(',')}\n`;
  const start = Date.UTC(2025, 0, 1);
  for (let r = 0; r < rows; r++) {
    fields.fill('');
    const day = new Date(start + Math.floor(rand() * 364) * 86_400_000).toISOString().slice(0, 10);
    const time = `${String(7 + Math.floor(rand() * 14)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00`;
    const gross = 500 + Math.floor(rand() * 20_000);
    const tax = Math.round(gross * 0.0825);
    const tip = rand() < 0.3 ? Math.floor(rand() * 2_000) : 0;
    const total = gross + tax + tip;
    const fee = -Math.round(total * 0.026 + 10);
    const refund = rand() < 0.05;
    const set = (name: string, value: string) => {
      const i = col.get(name);
      if (i !== undefined) fields[i] = value;
    };
    set('Date', day);
    set('Time', time);
    set('Time Zone', ZONES[Math.floor(rand() * ZONES.length)]!);
    set('Gross Sales', dollars(gross));
    set('Discounts', '$0.00');
    set('Service Charges', '$0.00');
    set('Net Sales', dollars(gross));
    set('Gift Card Sales', '$0.00');
    set('Tax', dollars(tax));
    set('Tip', dollars(tip));
    set('Partial Refunds', '$0.00');
    set('Total Collected', dollars(refund ? -total : total));
    set('Source', rand() < 0.5 ? 'Point of Sale' : 'Square Online');
    set('Card', dollars(total));
    set('Card Entry Methods', 'EMV');
    set('Cash', '$0.00');
    set('Fees', dollars(fee));
    set('Net Total', dollars(total + fee));
    set('Transaction ID', id(rand, 22));
    set('Payment ID', id(rand, 22));
    set('Card Brand', rand() < 0.5 ? 'Visa' : 'MasterCard');
    set('PAN Suffix', String(1000 + Math.floor(rand() * 9000)));
    set('Device Name', 'Bar');
    set('Staff Name', 'Sam K.');
    set(
      'Description',
      `"${1 + Math.floor(rand() * 4)} x ${ITEMS[Math.floor(rand() * ITEMS.length)]}, 1 x Water"`,
    );
    set('Event Type', refund ? 'Refund' : 'Payment');
    set('Location', 'Downtown');
    set('Customer ID', id(rand, 26).toUpperCase());
    set('Customer Name', NAMES[Math.floor(rand() * NAMES.length)]!);
    set('Customer Reference ID', `MBR-${100000 + Math.floor(rand() * 900000)}`);
    set('Transaction Status', STATUSES[Math.floor(rand() * STATUSES.length)]!);
    set('Channel', 'Square Point of Sale');
    chunk += `${fields.join(',')}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
