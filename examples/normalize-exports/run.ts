/**
 * Normalizes every sample export in ./data with its vendor layout and prints
 * what was loaded, what was quarantined and why. `./dev demo` runs it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type NormalizeResult, normalize } from '@growthnav/conversions';
import { parseCsv } from '@growthnav/conversions/csv';

const data = join(import.meta.dirname, 'data');
const exports = [
  { file: 'square-transactions.csv', system: 'square-csv.transactions' },
  { file: 'square-payments.json', system: 'square.payments' },
];

function read(file: string): unknown[] {
  const text = readFileSync(join(data, file), 'utf8');
  return file.endsWith('.json') ? (JSON.parse(text) as unknown[]) : parseCsv(text).rows;
}

function summarize(file: string, system: string, records: unknown[], result: NormalizeResult): void {
  const { conversions, quarantined, warnings } = result;
  const revenue = new Map<string, number>();
  for (const c of conversions) {
    if (c.status.unified === 'completed')
      revenue.set(c.currency, (revenue.get(c.currency) ?? 0) + Math.round(c.value * 100));
  }
  const times = conversions.map((c) => c.timestamp).sort();
  const people = new Set(conversions.flatMap((c) => c.identityFragments.map((f) => `${f.type}:${f.value}`)));
  console.log(`\n${file}  →  ${system}`);
  console.log(
    `  records      ${records.length} = ${conversions.length} loaded + ${quarantined.length} quarantined`,
  );
  console.log(`  period       ${times[0] ?? '-'} … ${times.at(-1) ?? '-'} (UTC)`);
  for (const [currency, cents] of revenue)
    console.log(`  completed    ${(cents / 100).toFixed(2)} ${currency}`);
  console.log(`  identifiers  ${people.size} distinct identity fragments`);
  for (const q of quarantined) {
    console.log(`  quarantined  record ${q.index}: ${q.field} = ${JSON.stringify(q.value)} → ${q.reason}`);
  }
  if (warnings.length > 0) console.log(`  warnings     ${warnings.length}`);
}

console.log('GrowthNav: normalizing sample exports for tenant "demo-golf-club"');
for (const { file, system } of exports) {
  const records = read(file);
  summarize(file, system, records, normalize(system, records, { customerId: 'demo-golf-club' }));
}
