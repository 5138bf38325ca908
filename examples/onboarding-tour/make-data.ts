/**
 * Writes the tour's synthetic exports into ./data, deterministically from a
 * seed: `node make-data.ts [--seed 20250630]`. Every name, email, phone and
 * amount is made up here; only the Square header row is read from
 * ../shared/data (never its data rows).
 *
 * One tenant, Pecan Hollow Golf Club (Austin, TX), 2024-01-01 … 2025-06-30:
 * - square-transactions.csv  Square Dashboard transactions export (pro shop, grill, range, lessons)
 * - tee-sheet.csv            the booking engine's export, a layout no built-in system knows
 * - hubspot-contacts.json    one CRM v3 contacts page, messy as real CRMs are
 * - ad-touchpoints.json      Google Ads and Meta clicks, some with the contact HubSpot tied them to
 * - answer-key.json          who is who (synthetic data only): source record → true person
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalPhone, isPlaceholderPhone } from '@growthnav/identity';

export const DEFAULT_SEED = 20250630;

/** Observation window in days since 2024-01-01 (2024 is a leap year: 2025-06-30 is day 546). */
const FIRST_DAY = 0;
const LAST_DAY = 546;
const PEOPLE = 300;
const CRM_CONTACTS = 200;
const TIME_ZONE_LABEL = 'Central Time (US & Canada)';
const SQUARE_HEADER_FILE = join(
  import.meta.dirname,
  '../../../shared/data/schema-matching/square_transactions.csv',
);

const TEE_SHEET_HEADER = [
  'Booking #',
  'Tee Date',
  'Tee Time',
  'Golfer',
  'Email',
  'Mobile',
  'Member #',
  'Players',
  'Green Fee',
  'Cart',
  'Status',
  'Booked Via',
  'gclid',
  'fbclid',
];

// Formal first names with the nickname people also go by (null: none).
const FIRST_NAMES: readonly (readonly [string, string | null])[] = [
  ['Robert', 'Bob'],
  ['William', 'Bill'],
  ['Elizabeth', 'Liz'],
  ['Katherine', 'Kate'],
  ['James', 'Jim'],
  ['Michael', 'Mike'],
  ['Richard', 'Rick'],
  ['Thomas', 'Tom'],
  ['Joseph', 'Joe'],
  ['Daniel', 'Dan'],
  ['Christopher', 'Chris'],
  ['Jennifer', 'Jen'],
  ['Margaret', 'Maggie'],
  ['Patricia', 'Patty'],
  ['Susan', 'Sue'],
  ['Steven', 'Steve'],
  ['Anthony', 'Tony'],
  ['Edward', 'Ed'],
  ['Andrew', 'Andy'],
  ['Matthew', 'Matt'],
  ['David', 'Dave'],
  ['Frederick', 'Fred'],
  ['Nicholas', 'Nick'],
  ['Samuel', 'Sam'],
  ['Benjamin', 'Ben'],
  ['Timothy', 'Tim'],
  ['Gregory', 'Greg'],
  ['Jeffrey', 'Jeff'],
  ['Kenneth', 'Ken'],
  ['Ronald', 'Ron'],
  ['Donald', 'Don'],
  ['Rebecca', 'Becky'],
  ['Jessica', 'Jess'],
  ['Kimberly', 'Kim'],
  ['Pamela', 'Pam'],
  ['Cynthia', 'Cindy'],
  ['Deborah', 'Debbie'],
  ['Abigail', 'Abby'],
  ['Lawrence', 'Larry'],
  ['Douglas', 'Doug'],
  ['Raymond', 'Ray'],
  ['Olivia', null],
  ['Emma', null],
  ['Sofia', null],
  ['Priya', null],
  ['Carlos', null],
  ['Luis', null],
  ['Aisha', null],
  ['Hannah', null],
  ['Grace', null],
  ['Noah', null],
  ['Ethan', null],
  ['Mateo', null],
  ['Diego', null],
  ['Maria', null],
  ['Kevin', null],
  ['Brian', null],
  ['Jason', null],
  ['Laura', null],
  ['Sarah', null],
  ['Megan', null],
  ['Rachel', null],
  ['Tyler', null],
  ['Ryan', null],
  ['Lauren', null],
  ['Arjun', null],
  ['Fatima', null],
  ['Omar', null],
  ['Elena', null],
  ['Marco', null],
  ['Jorge', null],
  ['Naomi', null],
];

const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Torres',
  'Nguyen',
  'Hill',
  'Flores',
  'Green',
  'Adams',
  'Nelson',
  'Baker',
  'Hall',
  'Rivera',
  'Campbell',
  'Mitchell',
  'Carter',
  'Roberts',
  'Patel',
  'Chen',
  'Kim',
  'Singh',
  'Okafor',
  'Keller',
  'Quist',
  'Delgado',
  'Whitfield',
  'Brennan',
  'Castillo',
  'Hoffman',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Oyelaran',
  'Petrov',
  'Sullivan',
  'Vasquez',
  'Yamamoto',
  'Zimmerman',
  'Abernathy',
  'Beaumont',
  'Calloway',
  'Drummond',
  'Ellsworth',
  'Fairbanks',
  'Galloway',
  'Hargrove',
  'Ingram',
  'Jaramillo',
  'Kowalski',
  'Larkin',
  'McAllister',
  'Novak',
  "O'Connell",
  'Prescott',
  'Rutherford',
  'Stanton',
  'Thornton',
];

const CITIES: readonly (readonly [string, string])[] = [
  ['Austin', '787'],
  ['Round Rock', '786'],
  ['Cedar Park', '786'],
  ['Pflugerville', '786'],
  ['Georgetown', '786'],
  ['Dripping Springs', '786'],
];
const AREA_CODES = ['512', '737'];
const MAIL_DOMAINS = [
  'gmail.com',
  'gmail.com',
  'gmail.com',
  'yahoo.com',
  'outlook.com',
  'icloud.com',
  'att.net',
];
const WORK_DOMAINS = [
  'dellmail.com',
  'austinlaw.com',
  'hillcountrybank.com',
  'utexas.edu',
  'lonestarmed.org',
];
const STAFF = ['Jordan P.', 'Casey R.', 'Morgan T.', 'Alex V.'];
const CARD_BRANDS = ['Visa', 'Visa', 'MasterCard', 'American Express', 'Discover'];

interface Item {
  name: string;
  price: number;
  location: 'Pro Shop' | 'Grill';
  golf: boolean;
}
const CATALOG: readonly Item[] = [
  { name: 'Green Fee - 18 Holes', price: 65, location: 'Pro Shop', golf: true },
  { name: 'Green Fee - 9 Holes', price: 38, location: 'Pro Shop', golf: true },
  { name: 'Cart Rental', price: 22, location: 'Pro Shop', golf: true },
  { name: 'Range Balls - Large', price: 12, location: 'Pro Shop', golf: false },
  { name: 'Range Balls - Small', price: 8, location: 'Pro Shop', golf: false },
  { name: 'Private Lesson', price: 85, location: 'Pro Shop', golf: false },
  { name: 'Pro V1 Dozen', price: 54.99, location: 'Pro Shop', golf: false },
  { name: 'Golf Glove', price: 24, location: 'Pro Shop', golf: false },
  { name: 'Club Polo', price: 69, location: 'Pro Shop', golf: false },
  { name: 'Club Sandwich', price: 13.5, location: 'Grill', golf: false },
  { name: 'Draft Beer', price: 7, location: 'Grill', golf: false },
  { name: 'Breakfast Taco Plate', price: 11, location: 'Grill', golf: false },
];

const MEMBER_GREEN_FEE: Item = { name: 'Member Green Fee', price: 30, location: 'Pro Shop', golf: true };

const CAMPAIGNS = {
  google_ads: ['brand-search', 'tee-times-search', 'pro-shop-shopping'],
  meta: ['spring-tee-times', 'member-open-house', 'pro-shop-retargeting'],
} as const;
type Platform = keyof typeof CAMPAIGNS;

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same files. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number): boolean => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    exponential: (mean: number): number => -Math.log(1 - next()) * mean,
    /** Log-normal around a median, with spread sigma. */
    logNormal: (median: number, sigma: number): number => {
      const u = 1 - next();
      const v = next();
      return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    },
    chars: (alphabet: string, length: number): string => {
      let s = '';
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
  };
}
type Random = ReturnType<typeof createRandom>;

type Segment = 'loyal' | 'regular' | 'casual' | 'lapsing';

interface Person {
  index: number;
  first: string;
  nickname: string | null;
  last: string;
  email: string;
  workEmail: string | null;
  mobile: string;
  homePhone: string | null;
  city: string;
  zip: string;
  member: string | null;
  squareIds: string[];
  card: { brand: string; last4: string };
  golfer: boolean;
  /** Players this person usually pays for (green fees, carts, the grill tab). */
  party: number;
  /** Chance of picking up something in the pro shop on a visit. */
  shopper: number;
  segment: Segment;
  visits: number[];
}

interface TouchpointOut {
  touchpointId: string;
  platform: Platform;
  campaign: string;
  timestamp: string;
  clickIds: { gclid?: string; fbclid?: string };
  hubspotContactId: string | null;
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isoDay(day: number): string {
  return new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
}

function usDay(day: number): string {
  const [y, m, d] = isoDay(day).split('-');
  return `${m}/${d}/${y}`;
}

function money(value: number): string {
  const cents = Math.round(value * 100);
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `$${cents < 0 ? '-' : ''}${whole}.${pad(abs % 100)}`;
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

function makePhone(random: Random, taken: Set<string>): string {
  for (;;) {
    const digits = `${random.pick(AREA_CODES)}${random.int(2, 9)}${random.int(0, 9)}${random.int(0, 9)}${random.chars('0123456789', 4)}`;
    if (digits.slice(3, 6) === '555' || taken.has(digits)) continue;
    const canonical = canonicalPhone(digits);
    if (canonical === null || isPlaceholderPhone(canonical.e164)) continue;
    taken.add(digits);
    return digits;
  }
}

/** The same number as a person or a clerk might type it. */
function phoneSpelling(random: Random, digits: string): string {
  const a = digits.slice(0, 3);
  const b = digits.slice(3, 6);
  const c = digits.slice(6);
  return random.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, digits]);
}

/** The same mailbox as typed elsewhere: case, Gmail dots and +tags. */
function emailSpelling(random: Random, email: string): string {
  const [local, domain] = email.split('@') as [string, string];
  const roll = random.next();
  if (roll < 0.55) return email;
  if (roll < 0.75) return `${local[0]!.toUpperCase()}${local.slice(1)}@${domain.toUpperCase()}`;
  if (domain !== 'gmail.com') return email.toUpperCase();
  if (roll < 0.88) return `${local}+${random.pick(['golf', 'teetimes', 'club'])}@${domain}`;
  return `${local.includes('.') ? local.replaceAll('.', '') : `${local.slice(0, 3)}.${local.slice(3)}`}@${domain}`;
}

function makePeople(random: Random): Person[] {
  const people: Person[] = [];
  const names = new Set<string>();
  const phones = new Set<string>();
  const members = new Set<string>();
  const emails = new Set<string>();
  while (people.length < PEOPLE) {
    const [first, nickname] = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    if (names.has(`${first} ${last}`)) continue;
    names.add(`${first} ${last}`);
    const l = last.toLowerCase().replace(/[^a-z]/g, '');
    const f = first.toLowerCase();
    const domain = random.pick(MAIL_DOMAINS);
    const local = random.pick([`${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}.${l}${random.int(10, 99)}`]);
    const email = `${local}@${domain}`;
    if (emails.has(email)) continue;
    emails.add(email);
    const [city, zip3] = random.pick(CITIES);
    let member: string | null = null;
    if (random.chance(0.45)) {
      do member = `MBR-${random.int(1000, 9999)}`;
      while (members.has(member));
      members.add(member);
    }
    const roll = random.next();
    const segment: Segment =
      member !== null
        ? roll < 0.35
          ? 'loyal'
          : roll < 0.75
            ? 'regular'
            : 'lapsing'
        : roll < 0.05
          ? 'loyal'
          : roll < 0.3
            ? 'regular'
            : roll < 0.75
              ? 'casual'
              : 'lapsing';
    people.push({
      index: people.length,
      first,
      nickname,
      last,
      email,
      workEmail: random.chance(0.1) ? `${f}.${l}@${random.pick(WORK_DOMAINS)}` : null,
      mobile: makePhone(random, phones),
      homePhone: null,
      city,
      zip: `${zip3}${pad(random.int(1, 99))}`,
      member,
      squareIds: [random.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 26)],
      card: { brand: random.pick(CARD_BRANDS), last4: random.chars('0123456789', 4) },
      golfer: member !== null || random.chance(0.6),
      party: random.pick([1, 1, 1, 2, 2, 4]),
      shopper: 0.05 + 0.5 * random.next() ** 2,
      segment,
      visits: [],
    });
  }
  // Households: a spouse with the same surname, address and home landline, their own email and mobile.
  for (let h = 0; h < 8; h++) {
    const a = people[h * 7]!;
    const b = people[h * 7 + 3]!;
    b.last = a.last;
    b.city = a.city;
    b.zip = a.zip;
    b.email = `${b.first.toLowerCase()}.${a.last.toLowerCase().replace(/[^a-z]/g, '')}${h}@${random.pick(MAIL_DOMAINS)}`;
    const home = makePhone(random, phones);
    a.homePhone = home;
    b.homePhone = home;
    a.golfer = true;
    b.golfer = true;
  }
  // A few people have a second Square profile, created at the register under their nickname.
  let duplicates = 0;
  for (const p of people) {
    if (duplicates < 10 && p.nickname !== null && p.segment !== 'casual' && random.chance(0.3)) {
      p.squareIds.push(random.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 26));
      duplicates++;
    }
  }
  // Visits: a buy-till-you-die process (purchase rate per week, chance of leaving after each visit).
  const behaviour: Record<Segment, { rate: [number, number]; dropout: number }> = {
    loyal: { rate: [0.09, 0.19], dropout: 0.01 },
    regular: { rate: [0.035, 0.07], dropout: 0.05 },
    casual: { rate: [0.015, 0.04], dropout: 0.25 },
    lapsing: { rate: [0.06, 0.12], dropout: 0.2 },
  };
  for (const p of people) {
    const { rate, dropout } = behaviour[p.segment];
    const perWeek = rate[0] + random.next() * (rate[1] - rate[0]);
    let day = random.chance(0.55) ? random.int(FIRST_DAY, 60) : random.int(FIRST_DAY, LAST_DAY - 21);
    for (;;) {
      p.visits.push(day);
      if (random.chance(dropout)) break;
      day += Math.max(1, Math.round(random.exponential(7 / perWeek)));
      if (day > LAST_DAY) break;
    }
  }
  return people;
}

export interface GeneratedData {
  /** File name in data/ → contents. */
  files: Record<string, string>;
  /** Rows per file, for the generator's own summary line. */
  counts: Record<string, number>;
}

/** Generates every data file from the seed; writes nothing. */
export function makeData(seed = DEFAULT_SEED): GeneratedData {
  const random = createRandom(seed);
  const people = makePeople(random);
  const squareHeader = readFileSync(SQUARE_HEADER_FILE, 'utf8').split(/\r?\n/, 1)[0]!.split(',');
  const column = new Map(squareHeader.map((h, i) => [h, i]));
  const squareRows: { day: number; time: string; cells: string[] }[] = [];
  interface TeeRow {
    day: number;
    time: string;
    person: number;
    cells: string[];
  }
  const teeRows: TeeRow[] = [];
  const touchpoints: TouchpointOut[] = [];
  const answer = {
    square: {} as Record<string, number>,
    teeSheet: {} as Record<string, number>,
    hubspot: {} as Record<string, number>,
  };
  const transactionIds = new Set<string>();

  const contactOf = new Map<number, string>();
  const crm = [...people]
    .sort(
      (a, b) =>
        Number(b.homePhone !== null) - Number(a.homePhone !== null) ||
        Number(b.golfer) - Number(a.golfer) ||
        Number(b.member !== null) - Number(a.member !== null) ||
        a.index - b.index,
    )
    .slice(0, CRM_CONTACTS + 25)
    .filter((p) => p.homePhone !== null || random.chance(CRM_CONTACTS / (CRM_CONTACTS + 25)))
    .slice(0, CRM_CONTACTS)
    .sort((a, b) => a.index - b.index);
  for (const [i, p] of crm.entries()) contactOf.set(p.index, String(51200 + i * 3 + random.int(0, 2)));

  const time = (minHour: number, maxHour: number): string =>
    `${pad(random.int(minHour, maxHour))}:${pad(random.int(0, 11) * 5)}:00`;

  const squareRow = (fields: Record<string, string>): string[] => {
    const cells = squareHeader.map(() => '');
    for (const [k, v] of Object.entries(fields)) {
      const at = column.get(k);
      if (at === undefined) throw new Error(`The Square header has no column "${k}".`);
      cells[at] = v;
    }
    return cells;
  };

  const sale = (
    day: number,
    t: string,
    items: { item: Item; qty: number }[],
    person: Person | null,
    profile = 0,
  ) => {
    const gross = items.reduce((s, { item, qty }) => s + item.price * qty, 0);
    const tax = Math.round(gross * 0.0825 * 100) / 100;
    const tip =
      items.some(({ item }) => item.location === 'Grill') && random.chance(0.6) ? random.int(2, 6) : 0;
    const total = gross + tax + tip;
    const fee = Math.round((total * 0.026 + 0.1) * 100) / 100;
    let id: string;
    do id = random.chars('ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz0123456789', 22);
    while (transactionIds.has(id));
    transactionIds.add(id);
    const squareId = person?.squareIds[profile] ?? '';
    const fields: Record<string, string> = {
      Date: isoDay(day),
      Time: t,
      'Time Zone': TIME_ZONE_LABEL,
      'Gross Sales': money(gross),
      Discounts: money(0),
      'Service Charges': money(0),
      'Net Sales': money(gross),
      'Gift Card Sales': money(0),
      Tax: money(tax),
      Tip: money(tip),
      'Partial Refunds': money(0),
      'Total Collected': money(total),
      Source: 'Point of Sale',
      Card: money(total),
      'Card Entry Methods': random.pick(['EMV', 'Contactless', 'Swiped']),
      Cash: money(0),
      Fees: money(-fee),
      'Net Total': money(total - fee),
      'Transaction ID': id,
      'Payment ID': `P${id.slice(1)}`,
      'Card Brand': person?.card.brand ?? random.pick(CARD_BRANDS),
      'PAN Suffix': person?.card.last4 ?? random.chars('0123456789', 4),
      'Device Name': items[0]!.item.location === 'Grill' ? 'Grill Register' : 'Pro Shop Register',
      'Staff Name': random.pick(STAFF),
      Description: items.map(({ item, qty }) => `${qty} x ${item.name}`).join(', '),
      'Event Type': 'Payment',
      Location: items[0]!.item.location,
      'Customer ID': squareId,
      'Customer Name':
        person === null ? '' : `${profile === 1 ? person.nickname : person.first} ${person.last}`,
      'Customer Reference ID': profile === 0 ? (person?.member ?? '') : '',
      'Transaction Status': 'Complete',
      Channel: 'Square Point of Sale',
    };
    squareRows.push({ day, time: t, cells: squareRow(fields) });
    if (person !== null && squareId !== '') answer.square[squareId] = person.index;
    // About one sale in 50 is refunded later, in full or in part: a refund row of its own.
    if (random.chance(0.02)) {
      const partial = random.chance(0.5);
      const back = partial ? Math.round(total * 0.4 * 100) / 100 : total;
      const status = partial ? 'Partially Refunded' : 'Refunded';
      const original = squareRows.at(-1)!.cells;
      original[column.get('Transaction Status')!] = status;
      if (partial) original[column.get('Partial Refunds')!] = money(-back);
      const refundDay = Math.min(LAST_DAY, day + random.int(1, 10));
      const refund = squareRow({
        ...fields,
        Date: isoDay(refundDay),
        Time: time(9, 17),
        'Gross Sales': money(-back),
        'Net Sales': money(-back),
        Tax: money(0),
        Tip: money(0),
        'Total Collected': money(-back),
        Card: money(-back),
        Fees: money(0),
        'Net Total': money(-back),
        'Payment ID': `R${id.slice(1)}`,
        'Event Type': 'Refund',
        'Refund Reason': random.pick(['Wrong size', 'Rain check', 'Duplicate charge']),
        'Transaction Status': status,
      });
      squareRows.push({ day: refundDay, time: '', cells: refund });
    }
  };

  for (const p of people) {
    for (const day of p.visits) {
      const golfRound = p.golfer && random.chance(0.7);
      const profile = p.squareIds.length > 1 && random.chance(0.35) ? 1 : 0;
      let teeTime = '';
      if (golfRound) {
        const hour = random.int(6, 15);
        teeTime = `${pad(hour)}:${pad(random.int(0, 7) * 8)}:00`;
        const party = random.chance(0.75) ? p.party : 1;
        const fee = p.member !== null ? MEMBER_GREEN_FEE : CATALOG[random.chance(0.8) ? 0 : 1]!;
        const items: { item: Item; qty: number }[] = [{ item: fee, qty: party }];
        if (random.chance(0.6)) items.push({ item: CATALOG[2]!, qty: Math.ceil(party / 2) });
        if (random.chance(p.shopper)) items.push({ item: random.pick(CATALOG.slice(5, 9)), qty: 1 });
        sale(day, teeTime, items, p, profile);
        if (random.chance(0.3)) {
          const grill = CATALOG.slice(9);
          const afterRound = `${pad(Math.min(20, hour + 4))}:${pad(random.int(0, 11) * 5)}:00`;
          sale(day, afterRound, [{ item: random.pick(grill), qty: party + random.int(0, 1) }], p, profile);
        }
        if (random.chance(0.82)) teeRows.push(teeBooking(p, day, teeTime));
      } else {
        const item = random.chance(p.shopper)
          ? random.pick(CATALOG.slice(5, 9))
          : random.pick(CATALOG.slice(3, 5));
        sale(day, time(7, 19), [{ item, qty: item.price > 30 ? 1 : random.int(1, 2) }], p, profile);
      }
    }
  }

  function teeBooking(p: Person, day: number, teeTime: string): TeeRow {
    const [hh, mm] = teeTime.split(':').map(Number) as [number, number];
    const clock = `${((hh + 11) % 12) + 1}:${pad(mm)} ${hh < 12 ? 'AM' : 'PM'}`;
    const players = random.pick([1, 2, 2, 3, 4, 4]);
    const rate = p.member !== null ? 30 : hh >= 15 ? 35 : 65;
    const via = random.pick(['Online', 'Online', 'Online', 'Phone', 'Pro Shop']);
    let gclid = '';
    let fbclid = '';
    // Some online bookings follow an ad click; the booking engine kept its click id.
    if (via === 'Online' && random.chance(0.3)) {
      const platform: Platform = random.chance(0.55) ? 'google_ads' : 'meta';
      const clickDay = Math.max(FIRST_DAY, day - random.int(1, 6));
      const clickId =
        platform === 'google_ads'
          ? `Cj0KCQ${random.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40)}`
          : `IwAR${random.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 44)}`;
      if (platform === 'google_ads') gclid = clickId;
      else fbclid = clickId;
      touchpoints.push(
        touch(
          platform,
          random.pick(CAMPAIGNS[platform].slice(0, 2)),
          clickDay,
          platform === 'google_ads' ? { gclid } : { fbclid },
          null,
        ),
      );
    }
    const status =
      day >= LAST_DAY - 1
        ? 'Booked'
        : random.pick([
            'Checked In',
            'Checked In',
            'Checked In',
            'Checked In',
            'Checked In',
            'Checked In',
            'Checked In',
            'No Show',
            'Cancelled',
          ]);
    const golfer = random.chance(0.6)
      ? `${p.last}, ${random.chance(0.3) && p.nickname ? p.nickname : p.first}`
      : `${p.first} ${p.last}`;
    const mobile = p.homePhone !== null && random.chance(0.5) ? p.homePhone : p.mobile;
    return {
      day,
      time: teeTime,
      person: p.index,
      cells: [
        '',
        usDay(day),
        clock,
        golfer,
        random.chance(0.05) ? '' : emailSpelling(random, p.email),
        random.chance(0.05) ? '' : phoneSpelling(random, mobile),
        p.member ?? '',
        String(players),
        money(rate * players),
        random.chance(0.65) ? 'Yes' : 'No',
        status,
        via,
        gclid,
        fbclid,
      ],
    };
  }

  function touch(
    platform: Platform,
    campaign: string,
    day: number,
    clickIds: TouchpointOut['clickIds'],
    hubspotContactId: string | null,
  ): TouchpointOut {
    // Clicks happen in the evening, Central time (UTC-5/-6): 00:00–04:59 UTC the next day.
    const timestamp = `${isoDay(day + 1)}T0${random.int(0, 4)}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}.000Z`;
    return { touchpointId: '', platform, campaign, timestamp, clickIds, hubspotContactId, day };
  }

  // Clicks HubSpot tied to a known contact: journeys before some visits (Meta prospecting tends to
  // open them, Google search to close them) and clicks that led nowhere.
  for (const p of crm) {
    const contact = contactOf.get(p.index)!;
    for (const day of p.visits) {
      if (day - 25 < FIRST_DAY || !random.chance(0.12)) continue;
      const roll = random.next();
      if (roll < 0.65)
        touchpoints.push(touch('meta', random.pick(CAMPAIGNS.meta), day - random.int(8, 25), {}, contact));
      if (roll >= 0.35) {
        const campaign = random.pick(CAMPAIGNS.google_ads.slice(0, 2));
        touchpoints.push(touch('google_ads', campaign, day - random.int(1, 4), {}, contact));
      }
    }
    if (random.chance(0.4)) {
      const platform: Platform = random.chance(0.25) ? 'google_ads' : 'meta';
      touchpoints.push(
        touch(platform, random.pick(CAMPAIGNS[platform]), random.int(FIRST_DAY, LAST_DAY - 1), {}, contact),
      );
    }
  }
  // Anonymous clicks with ids that match no booking: most ad clicks never convert.
  for (let i = 0; i < 160; i++) {
    const platform: Platform = random.chance(0.3) ? 'google_ads' : 'meta';
    const clickIds =
      platform === 'google_ads'
        ? { gclid: `Cj0KCQ${random.chars('abcdefghijklmnopqrstuvwxyz0123456789', 40)}` }
        : { fbclid: `IwAR${random.chars('abcdefghijklmnopqrstuvwxyz0123456789', 44)}` };
    touchpoints.push(
      touch(platform, random.pick(CAMPAIGNS[platform]), random.int(FIRST_DAY, LAST_DAY - 1), clickIds, null),
    );
  }

  // Walk-in sales with no customer on file.
  for (let i = 0; i < 90; i++) {
    const item = random.pick(CATALOG.slice(2));
    sale(random.int(FIRST_DAY, LAST_DAY), time(7, 19), [{ item, qty: 1 }], null);
  }

  squareRows.sort((a, b) => a.day - b.day || a.time.localeCompare(b.time));
  // Rows a spreadsheet round-trip damaged: a lost date and amounts that no longer read as money.
  const damaged = [
    { at: 211, column: 'Date', value: '' },
    { at: 640, column: 'Date', value: '' },
    { at: 905, column: 'Total Collected', value: '#VALUE!' },
    { at: 1288, column: 'Total Collected', value: '$1O4.17' },
  ];
  for (const d of damaged) {
    const row = squareRows[Math.min(d.at, squareRows.length - 1)]!;
    row.cells[column.get(d.column)!] = d.value;
  }
  teeRows.sort((a, b) => a.day - b.day || a.time.localeCompare(b.time));
  // Booking numbers run in booking order (a few days before the round); close enough to tee order here.
  for (const [i, row] of teeRows.entries()) {
    row.cells[0] = `TS-${24101 + i}`;
    answer.teeSheet[row.cells[0]] = row.person;
  }
  const blankTee = teeRows[Math.floor(teeRows.length / 2)]!;
  blankTee.cells[1] = '';

  // HubSpot contacts: nicknames, email spellings, phone formats, a work address, household landlines, placeholders.
  const results = crm.map((p, i) => {
    const id = contactOf.get(p.index)!;
    answer.hubspot[id] = p.index;
    const created = Math.max(FIRST_DAY, (p.visits[0] ?? 0) - random.int(0, 40));
    const createdIso = `${isoDay(created)}T${pad(random.int(14, 23))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))}.${pad(random.int(0, 999), 3)}Z`;
    const placeholder = i % 67 === 5;
    const properties: Record<string, string> = {
      email: placeholder
        ? 'none@none.com'
        : p.workEmail !== null && random.chance(0.5)
          ? p.workEmail
          : emailSpelling(random, p.email),
      firstname: p.nickname !== null && random.chance(0.35) ? p.nickname : p.first,
      lastname: random.chance(0.1) ? p.last.toUpperCase() : p.last,
      phone: phoneSpelling(random, p.homePhone ?? p.mobile),
      createdate: i === 120 ? '' : random.chance(0.2) ? String(Date.parse(createdIso)) : createdIso,
      lastmodifieddate: `${isoDay(Math.min(LAST_DAY, created + random.int(5, 200)))}T12:00:00.000Z`,
      hs_object_id: id,
      city: p.city,
      state: random.pick(['TX', 'Texas']),
      zip: p.zip,
      country: random.pick(['United States', 'US', 'USA']),
      lifecyclestage: p.visits.length > 3 ? 'customer' : random.pick(['lead', 'subscriber', 'customer']),
      hs_analytics_source: random.pick([
        'PAID_SEARCH',
        'PAID_SOCIAL',
        'ORGANIC_SEARCH',
        'DIRECT_TRAFFIC',
        'OFFLINE',
      ]),
    };
    if (p.homePhone !== null) properties.mobilephone = phoneSpelling(random, p.mobile);
    if (p.member !== null) properties.member_number = p.member;
    return { id, properties, createdAt: createdIso, updatedAt: properties.lastmodifieddate, archived: false };
  });

  touchpoints.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  const touchpointsOut = touchpoints.map(({ day: _day, ...t }, i) => ({
    ...t,
    touchpointId: `tp-${pad(i + 1, 4)}`,
  }));

  const files: Record<string, string> = {
    'square-transactions.csv': `${[csvLine(squareHeader), ...squareRows.map((r) => csvLine(r.cells))].join('\n')}\n`,
    'tee-sheet.csv': `${[csvLine(TEE_SHEET_HEADER), ...teeRows.map((r) => csvLine(r.cells))].join('\n')}\n`,
    'hubspot-contacts.json': `${JSON.stringify({ results, paging: { next: { after: 'NTIwMA%3D%3D', link: '?after=NTIwMA%3D%3D' } } }, null, 2)}\n`,
    'ad-touchpoints.json': `${JSON.stringify(touchpointsOut, null, 2)}\n`,
    'answer-key.json': `${JSON.stringify({ seed, ...answer }, null, 2)}\n`,
  };
  return {
    files,
    counts: {
      people: people.length,
      'square-transactions.csv': squareRows.length,
      'tee-sheet.csv': teeRows.length,
      'hubspot-contacts.json': results.length,
      'ad-touchpoints.json': touchpointsOut.length,
    },
  };
}

if (import.meta.main) {
  const at = process.argv.indexOf('--seed');
  const seed = at === -1 ? DEFAULT_SEED : Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(seed)) throw new Error('--seed takes an integer, e.g. --seed 7');
  const { files, counts } = makeData(seed);
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(import.meta.dirname, 'data', name), text);
  console.log(
    `seed ${seed}: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}
