/**
 * Canonicalisation and audience-export benchmark.
 *
 *   pnpm --filter @growthnav/identity build && node bench/src/audience.ts [--people 200000] [--seed 7]
 *
 * Generates messy customer identifiers (mixed-case and Gmail-dotted emails,
 * phones in many spellings, accented and non-Latin names, placeholders,
 * ZIP+4 codes), then prints the throughput of each canonicaliser and the time,
 * people per second, request counts and peak memory of each audience export.
 */
import { parseArgs } from 'node:util';
import {
  type AudiencePerson,
  canonicalDate,
  canonicalEmail,
  canonicalFirstName,
  canonicalName,
  canonicalPhone,
  canonicalPostalCode,
  exportDataManagerAudience,
  exportGoogleCustomerMatch,
  exportMetaCustomAudience,
  isPlaceholderEmail,
  isPlaceholderPhone,
  lintAudience,
} from '@growthnav/identity';

const { values } = parseArgs({ options: { people: { type: 'string' }, seed: { type: 'string' } } });
const count = Number(values.people ?? 200_000);
let state = Number(values.seed ?? 7) >>> 0;
function random(): number {
  // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const FIRST = [
  'Mary',
  'Bob',
  'Robert',
  'Liz',
  'José',
  'Zoë',
  'Valéry',
  '정',
  'Йордан',
  'Dr. Bill',
  'Ann-Marie',
  'Kathy',
];
const LAST = ["O'Brien", 'Smith', 'García', 'Nguyen', '김', 'Müller', 'Smith Jr.', 'de la Cruz', 'Łukasz'];
const DOMAINS = ['gmail.com', 'GMail.com', 'yahoo.com', 'outlook.com', 'shop-mail.com', 'googlemail.com'];
const AREAS = ['212', '415', '650', '312', '617', '206', '303', '404'];

function email(i: number): string {
  if (random() < 0.03)
    return pick(['none@none.com', 'noemail@gmail.com', 'N/A', 'test@test.com', 'declined']);
  const user = `${pick(['jane', 'john', 'mary', 'bob'])}.${pick(['doe', 'smith', 'lee'])}${i}`;
  return `${random() < 0.3 ? ' ' : ''}${random() < 0.5 ? user.toUpperCase() : user}${random() < 0.2 ? '+shop' : ''}@${pick(DOMAINS)}`;
}

function phone(): string {
  if (random() < 0.03) return pick(['0000000000', '555-555-5555', '1234567890', '(212) 555-0100']);
  const area = pick(AREAS);
  const exchange = String(200 + Math.floor(random() * 700)).replace('555', '556');
  const line = String(Math.floor(random() * 10_000)).padStart(4, '0');
  return pick([
    `(${area}) ${exchange}-${line}`,
    `${area}.${exchange}.${line}`,
    `+1 ${area} ${exchange} ${line}`,
    `1${area}${exchange}${line}`,
  ]);
}

function person(i: number): AudiencePerson {
  const fragments = [
    { type: 'email', value: email(i) },
    { type: 'phone', value: phone() },
    { type: 'first_name', value: pick(FIRST) },
    { type: 'last_name', value: pick(LAST) },
    {
      type: 'postal_code',
      value: `${String(10_000 + Math.floor(random() * 89_999))}${random() < 0.3 ? '-1234' : ''}`,
    },
    { type: 'city', value: pick(['San Francisco', 'New York', 'Austin', 'St. Louis']) },
    { type: 'region', value: pick(['CA', 'New York', 'texas', 'MO']) },
  ];
  if (random() < 0.9) fragments.push({ type: 'country', value: pick(['US', 'USA', 'United States', 'us']) });
  if (random() < 0.2) fragments.push({ type: 'email', value: email(i + count) });
  const consent = random() < 0.05 ? { adUserData: 'denied' as const } : { adUserData: 'granted' as const };
  return { personId: `p${i}`, fragments, value: Math.round(random() * 50_000) / 100, consent };
}

const people = Array.from({ length: count }, (_, i) => person(i));
const field = (type: string) =>
  people.flatMap((p) => p.fragments.filter((f) => f.type === type).map((f) => f.value));
const emails = field('email');
const phones = field('phone');
const firstNames = field('first_name');
const lastNames = field('last_name');
const postals = field('postal_code');
const dates = people.map((_, i) =>
  pick([`${1 + (i % 12)}/${1 + (i % 28)}/19${50 + (i % 50)}`, '2023-02-29', `19${50 + (i % 50)}0101`]),
);

function rate(label: string, inputs: readonly string[], fn: (value: string) => unknown): void {
  const start = performance.now();
  for (const value of inputs) fn(value);
  const ms = performance.now() - start;
  const perSecond = Math.round(inputs.length / (ms / 1000));
  console.log(
    `${label.padEnd(26)} ${String(inputs.length).padStart(9)} values ${ms.toFixed(0).padStart(7)} ms ${perSecond.toLocaleString('en-US').padStart(12)} /s`,
  );
}

console.log(
  `node ${process.version}, ${count.toLocaleString('en-US')} generated people, seed ${values.seed ?? 7}`,
);
console.log('\ncanonicalisation');
rate('canonicalEmail', emails, canonicalEmail);
rate('isPlaceholderEmail', emails, isPlaceholderEmail);
rate('canonicalPhone', phones, (v) => canonicalPhone(v));
rate('isPlaceholderPhone', phones, isPlaceholderPhone);
rate('canonicalName', lastNames, canonicalName);
rate('canonicalFirstName', firstNames, canonicalFirstName);
rate('canonicalPostalCode (US)', postals, (v) => canonicalPostalCode(v, 'US'));
rate('canonicalDate', dates, canonicalDate);

function timed<T>(label: string, run: () => T, describe: (result: T) => string): void {
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const perSecond = Math.round(count / (ms / 1000));
  console.log(
    `${label.padEnd(26)} ${ms.toFixed(0).padStart(7)} ms ${perSecond.toLocaleString('en-US').padStart(10)} people/s  ${describe(result)}`,
  );
}

console.log('\naudience export');
timed(
  'lintAudience (google-ads)',
  () => lintAudience(people, { destination: 'google-ads' }),
  (r) => `uploaded ${r.uploadedPeople}, excluded ${r.excludedPeople}, ${JSON.stringify(r.counts)}`,
);
timed(
  'exportGoogleCustomerMatch',
  () => exportGoogleCustomerMatch(people),
  (r) =>
    `${r.requests.length} requests, CSV ${(r.csv.length / 1e6).toFixed(1)} MB, uploaded ${r.lint.uploadedPeople}`,
);
timed(
  'exportDataManagerAudience',
  () =>
    exportDataManagerAudience(people, {
      destination: { operatingAccount: { accountId: '1234567890' }, audienceId: '1' },
    }),
  (r) => `${r.requests.length} requests, uploaded ${r.lint.uploadedPeople}`,
);
timed(
  'exportMetaCustomAudience',
  () => exportMetaCustomAudience(people, { valueBased: true }),
  (r) =>
    `${r.requests.length} requests, CSV ${(r.csv.length / 1e6).toFixed(1)} MB, uploaded ${r.lint.uploadedPeople}`,
);
// maxRSS is in kilobytes.
console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
