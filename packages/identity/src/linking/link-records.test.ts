import { describe, expect, test } from 'vitest';
import { makeRecord } from '../__fixtures__/make-record.js';
import { seededRandom } from '../random.js';
import type { IdentityRecord } from '../records/identity-record.js';
import { prepareRecords } from '../records/prepare-records.js';
import { linkRecords } from './link-records.js';

const FIRST = [
  'Ann',
  'Bob',
  'Cara',
  'Dev',
  'Eli',
  'Fern',
  'Gus',
  'Hana',
  'Ivan',
  'June',
  'Kofi',
  'Lena',
  'Milo',
  'Nia',
];
const SYLLABLES = [
  'ka',
  'ren',
  'tor',
  'li',
  'mo',
  'san',
  'dra',
  'vel',
  'ber',
  'quin',
  'sto',
  'lam',
  'ne',
  'gar',
];

/** Background population: distinct people, one record each, so the model has non-matches to learn from. */
function strangers(count: number): IdentityRecord[] {
  const random = seededRandom(11);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  return Array.from({ length: count }, (_, i) => {
    const last = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`;
    return makeRecord(`s${i}`, {
      first_name: pick(FIRST),
      last_name: last,
      email: `${last}${i}@mail${i % 7}.com`,
      phone: `212${2 + Math.floor(random() * 8)}${digits(6)}`,
      birth_date: `19${50 + Math.floor(random() * 50)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      postal_code: String(10001 + Math.floor(random() * 90)),
    });
  });
}

function clusterOf(result: ReturnType<typeof linkRecords>, prepared: ReturnType<typeof prepareRecords>) {
  const index = new Map(prepared.ids.map((id, i) => [id, i] as const));
  return (id: string) => result.clusters[index.get(id)!]!;
}

const fast = { uSamplePairs: 50_000 };

describe('linkRecords', () => {
  test('links nickname, email-case, gmail dot/+tag and phone-format variants of one person', () => {
    const records = [
      ...strangers(400),
      makeRecord(
        'sq1',
        { full_name: 'Robert Quist', phone: '(917) 555-2368', postal_code: '10025' },
        'square',
      ),
      makeRecord(
        'hs1',
        {
          first_name: 'Bob',
          last_name: 'Quist',
          email: 'Bob.Quist+golf@GMAIL.com',
          phone: '+1 917 555 2368',
        },
        'hubspot',
      ),
      makeRecord(
        'sh1',
        { first_name: 'Robert', last_name: 'Quist', email: 'bobquist@gmail.com', postal_code: '10025' },
        'shopify',
      ),
    ];
    const prepared = prepareRecords(records);
    const result = linkRecords(prepared, fast);
    const c = clusterOf(result, prepared);
    expect(c('sq1')).toBe(c('hs1'));
    expect(c('hs1')).toBe(c('sh1'));
    expect(c('s0')).not.toBe(c('sq1'));
  });

  test('a shared family phone, surname, address and zip do not weld the family into one person', () => {
    const family = ['Maya', 'Theo', 'Iris', 'Omar'].map((first, k) =>
      makeRecord(`fam${k}`, {
        first_name: first,
        last_name: 'Okafor',
        phone: '917-734-0123',
        address_line: '12 Elm St',
        postal_code: '10027',
        email: `${first.toLowerCase()}.okafor@mail.com`,
      }),
    );
    const again = makeRecord('fam0b', {
      first_name: 'Maya',
      last_name: 'Okafor',
      phone: '(917) 734 0123',
      postal_code: '10027',
    });
    const prepared = prepareRecords([...strangers(400), ...family, again]);
    const result = linkRecords(prepared, fast);
    const c = clusterOf(result, prepared);
    expect(new Set(['fam0', 'fam1', 'fam2', 'fam3'].map(c)).size).toBe(4);
    expect(c('fam0b')).toBe(c('fam0'));
  });

  test('a placeholder phone shared by thousands of strangers creates no blob', () => {
    const crowd = strangers(1500).map((r) => ({
      ...r,
      fragments: [
        ...r.fragments.filter((f) => f.type !== 'phone'),
        { type: 'phone' as const, value: '(212) 734-0000' },
      ],
    }));
    const prepared = prepareRecords(crowd);
    const result = linkRecords(prepared, fast);
    const sizes = new Map<number, number>();
    for (const c of result.clusters) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(2);
    expect(prepared.warnings.some((w) => w.code === 'COMMON_VALUE' && w.column === 'phone')).toBe(true);
  });

  test('one giant true cluster becomes one person in linear work', () => {
    const variants = Array.from({ length: 2000 }, (_, i) =>
      makeRecord(`g${i}`, {
        first_name: i % 3 === 0 ? 'Katherine' : i % 3 === 1 ? 'Kate' : 'Katherin',
        last_name: 'Moreau',
        email: i % 2 === 0 ? 'kate.moreau@mail.com' : 'KATE.MOREAU@mail.com',
        birth_date: '1985-04-12',
      }),
    );
    const prepared = prepareRecords([...strangers(300), ...variants]);
    const result = linkRecords(prepared, fast);
    const c = clusterOf(result, prepared);
    expect(new Set(variants.map((v) => c(v.id))).size).toBe(1);
    // Oversized blocks are windowed: a tenth of the 2.6 million pairs all-pairs blocking would make.
    expect(result.candidates.length).toBeLessThan((2300 * 2299) / 2 / 10);
  });

  test('empty, whitespace and garbage records stay singletons', () => {
    const junk = [
      makeRecord('j1', {}),
      makeRecord('j2', { first_name: '   ', email: 'N/A', phone: '-' }),
      makeRecord('j3', { first_name: '🎉', last_name: '???' }),
      makeRecord('j4', { first_name: '   ', email: 'N/A', phone: '-' }),
    ];
    const prepared = prepareRecords([...strangers(200), ...junk]);
    const result = linkRecords(prepared, fast);
    const c = clusterOf(result, prepared);
    expect(new Set(junk.map((j) => c(j.id))).size).toBe(4);
  });

  test('one customer id per system: two system ids never merge on a shared email alone', () => {
    const prepared = prepareRecords([
      ...strangers(200),
      makeRecord('a', { customer_id: 'C1', first_name: 'Lu', email: 'lu@mail.com' }, 'pos'),
      makeRecord('b', { customer_id: 'C1', first_name: 'Lu' }, 'pos'),
      makeRecord('c', { customer_id: 'C2', first_name: 'Lu', email: 'lu@mail.com' }, 'pos'),
    ]);
    const result = linkRecords(prepared, {
      ...fast,
      mergeLimits: [{ column: 'account', max: 1, perSystem: true }],
    });
    const c = clusterOf(result, prepared);
    expect(c('a')).toBe(c('b'));
    expect(c('c')).not.toBe(c('a'));
    expect(result.blockedMerges['limit account']).toBeGreaterThan(0);
  });

  test('rejects a threshold outside (0, 1)', () => {
    expect(() => linkRecords(prepareRecords(strangers(10)), { threshold: 1.5 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_IDENTITY_OPTIONS' }),
    );
  });

  test('is deterministic: the same input gives the same clusters and weights', () => {
    const records = strangers(300);
    const a = linkRecords(prepareRecords(records), fast);
    const b = linkRecords(prepareRecords(records), fast);
    expect([...a.clusters]).toEqual([...b.clusters]);
    expect([...a.weights]).toEqual([...b.weights]);
  });
});

test('a shared family mailbox links nobody whose first names differ', () => {
  const prepared = prepareRecords([
    makeRecord('mum', { first_name: 'Grace', last_name: 'Obi', email: 'obi.family@mail.com' }),
    makeRecord('son', { first_name: 'Tunde', last_name: 'Obi', email: 'OBI.FAMILY@mail.com' }),
    makeRecord('mum2', { first_name: 'Gracie', last_name: 'Obi', email: 'obi.family@mail.com' }),
  ]);
  const result = linkRecords(prepared, { uSamplePairs: 100 });
  expect(result.clusters[0]).toBe(result.clusters[2]);
  expect(result.clusters[1]).not.toBe(result.clusters[0]);
  expect(result.links.find((l) => l.rule === 'same email')).toBeDefined();
});
