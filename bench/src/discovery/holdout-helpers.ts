/** Value generators and the writer shared by the held-out set scripts (seeded, deterministic). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Label = string | string[] | null;
export type Gen = (i: number) => string;
export interface Column {
  header: string;
  label: Label;
  gen: Gen;
}

let seed = 20250611;
/** Restarts the generator, so each set is reproducible on its own. */
export function reseed(value: number): void {
  seed = value;
}
export function rand(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
export const maybe = (p: number, f: () => string) => (rand() < p ? f() : '');
export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const money = (lo: number, hi: number) => (lo + rand() * (hi - lo)).toFixed(2);

export const FIRST = [
  'Olivia',
  'Liam',
  'Aroha',
  'Siobhan',
  'Priya',
  'Kenji',
  'Oluwaseun',
  'Mateo',
  'Chloe',
  'Freya',
  'Hamish',
  'Ngaio',
  'Diego',
  'Fatima',
  'Yusuf',
  'Ingrid',
  'Tomasz',
  'Aisling',
  'Rohan',
  'Mei',
  'Jack',
  'Charlotte',
  'Noah',
  'Isla',
  'Harper',
  'Elijah',
  'Zara',
  'Omar',
  'Leilani',
  'Bodhi',
];
export const LAST = [
  'Okafor',
  'Nguyen',
  'Fitzgerald',
  'Kowalski',
  'Haddad',
  'Tanaka',
  'Smith',
  'García',
  'MacLeod',
  'Petrov',
  'Brown',
  'Singh',
  'Rossi',
  'Walker',
  'Te Aho',
  'Johansson',
  "O'Connor",
  'Dubois',
  'Kim',
  'Patel',
  'Lee',
  'Martin',
  'Hughes',
  'Silva',
];
export const CITIES = [
  'Austin',
  'Denver',
  'Scottsdale',
  'Portland',
  'Tampa',
  'Boise',
  'Raleigh',
  'Madison',
  'Savannah',
];
export const STATES = ['TX', 'CO', 'AZ', 'OR', 'FL', 'ID', 'NC', 'WI', 'GA'];
export const STREETS = [
  'Maple Ave',
  'Oak St',
  'Pine Rd',
  'Cedar Ln',
  'Elm Dr',
  'Birch Way',
  'Lakeview Blvd',
  'Hillcrest Ct',
];
export const first = () => pick(FIRST);
export const last = () => pick(LAST);
export const fullName = () => `${first()} ${last()}`;
export const email = (i: number) =>
  `${first().toLowerCase()}.${last()
    .toLowerCase()
    .replace(
      /[^a-z]/g,
      '',
    )}${i}@${pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me'])}`;
export const usPhone = () => `(${int(201, 989)}) ${int(200, 999)}-${pad(int(0, 9999), 4)}`;
export const dashPhone = () => `${int(201, 989)}-${int(200, 999)}-${pad(int(0, 9999), 4)}`;
export const e164 = () => `+1${int(201, 989)}${int(200, 999)}${pad(int(0, 9999), 4)}`;
export const street = () => `${int(10, 9999)} ${pick(STREETS)}`;
export const zip = () => String(int(10001, 99950));
export const isoDate = () => `2025-${pad(int(1, 12))}-${pad(int(1, 28))}`;
export const clock = () => `${pad(int(0, 23))}:${pad(int(0, 59))}`;
export const isoDateTime = () => `${isoDate()} ${clock()}:${pad(int(0, 59))}`;
export const usDate = () => `${pad(int(1, 12))}/${pad(int(1, 28))}/2025`;
export const usDateTime = () =>
  `${int(1, 12)}/${int(1, 28)}/25 ${int(1, 12)}:${pad(int(0, 59))} ${pick(['AM', 'PM'])}`;
export const isoZ = () => `${isoDate()}T${clock()}:${pad(int(0, 59))}Z`;
export const birth = () => `${int(1945, 2004)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
export const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('');
export const alnum = (n: number) =>
  Array.from(
    { length: n },
    () => 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'[int(0, 57)],
  ).join('');

export interface HoldoutCase {
  name: string;
  file: string;
  source: string;
  rows: number;
  columns: Column[];
  /** Field delimiter of the CSV; default ','. EU exports often use ';'. */
  delimiter?: string;
}

export const c = (header: string, label: Label, gen: Gen): Column => ({ header, label, gen });

export const ampm = () => `${int(1, 12)}:${pad(int(0, 59))} ${pick(['AM', 'PM'])}`;
/** A random version-4 UUID; `variant` is its fourth group's first digit. */
export const uuid = (variant = 'a') => `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;

/** The cases of one set and the `add` that appends one. */
export function collectCases() {
  const cases: HoldoutCase[] = [];
  const add = (name: string, source: string, columns: Column[], rows = 120, delimiter?: string) =>
    cases.push({ name, file: `${name}.csv`, source, rows, columns, ...(delimiter ? { delimiter } : {}) });
  return { cases, add };
}

const csvCell = (v: string, delimiter = ',') =>
  /["\n]/.test(v) || v.includes(delimiter) ? `"${v.replace(/"/g, '""')}"` : v;

/** Writes each case's CSV and the labels.json of the set into `out`. */
export function writeCases(out: string, cases: readonly HoldoutCase[]): void {
  mkdirSync(out, { recursive: true });
  for (const k of cases) {
    const d = k.delimiter ?? ',';
    const lines = [k.columns.map((col) => csvCell(col.header, d)).join(d)];
    for (let i = 0; i < k.rows; i++) lines.push(k.columns.map((col) => csvCell(col.gen(i), d)).join(d));
    writeFileSync(join(out, k.file), `${lines.join('\n')}\n`);
  }
  writeFileSync(
    join(out, 'labels.json'),
    `${JSON.stringify(
      cases.map((k) => ({
        name: k.name,
        file: k.file,
        source: k.source,
        labels: Object.fromEntries(k.columns.map((col) => [col.header, col.label])),
      })),
      null,
      1,
    )}\n`,
  );
  console.log(
    `wrote ${cases.length} cases, ${cases.reduce((n, k) => n + k.columns.length, 0)} columns to ${out}`,
  );
}

// Small generators shared by the later makers (j onwards).
/** Two-digit seconds. */
export const seconds = () => pad(int(0, 59));
/** Random upper-case letters and digits. */
export const upper = (n: number) => alnum(n).toUpperCase();
/** A random run of digits. */
export const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('');
/** One value per row, drawn up front so that later columns of a row can agree with it. */
export const perRow = <T>(n: number, f: () => T): T[] => Array.from({ length: n }, f);
/** Rounded to cents. */
export const cents = (x: number) => Math.round(x * 100) / 100;
/** Lower-case ASCII letters only (for e-mail local parts). */
export const ascii = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
/** "1,234.50" */
export const thousands = (x: number) =>
  x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** "$1,234.50", "-$5.00" */
export const dollars = (x: number) => (x < 0 ? `-$${thousands(-x)}` : `$${thousands(x)}`);
/** A date some days later. */
export const plusDays = (d: Date, days: number) => new Date(d.getTime() + days * 86400000);
/** "2025-03-04" */
export const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
/** "03/04/2025" */
export const mdy = (d: Date) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
/** "3/4/2025" */
export const mdyShort = (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
/** "14:05" */
export const hm = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
/** "14:05:09" */
export const hms = (d: Date) => `${hm(d)}:${pad(d.getUTCSeconds())}`;
/** A random moment of 2025 (UTC fields are used as local wall-clock time). */
export const moment2025 = (hLo = 0, hHi = 23) =>
  new Date(Date.UTC(2025, int(0, 11), int(1, 28), int(hLo, hHi), int(0, 59), int(0, 59)));
/** "3/4/25" */
export const mdyy = (d: Date) =>
  `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`;
/** A public-looking IPv4 address. */
export const ipv4 = () => `${int(23, 223)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
/** "2:05 PM", "2:05:09 PM", "02:05 PM" */
export const h12 = (d: Date, withSeconds = false, padHour = false) => {
  const h = d.getUTCHours();
  const s = withSeconds ? `:${pad(d.getUTCSeconds())}` : '';
  const hh = h % 12 === 0 ? 12 : h % 12;
  return `${padHour ? pad(hh) : hh}:${pad(d.getUTCMinutes())}${s} ${h < 12 ? 'AM' : 'PM'}`;
};
/** An amount with a decimal comma: "12,50". */
export const commaMoney = (lo: number, hi: number) => money(lo, hi).replace('.', ',');
/** A day of 2025, day first: "04/03/2025". */
export const euDate = () => `${pad(int(1, 28))}/${pad(int(1, 12))}/2025`;

/** "first.last12@gmail.com": a person's e-mail from their names and row number (the later blind makers' shape). */
export const mail = (
  fn: string,
  ln: string,
  i: number,
  domains = ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'],
) => `${ascii(fn)}.${ascii(ln)}${i}@${pick(domains)}`;
