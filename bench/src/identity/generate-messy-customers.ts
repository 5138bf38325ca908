/**
 * Messy multi-system customer data with ground truth: the same people as
 * Square card holders, HubSpot contacts and Shopify buyers, with households
 * sharing a phone, last name, address and zip; same-name strangers in one
 * zip; placeholder emails and phones; nicknames; typos; email case, dot and
 * +tag variants; second (work) emails; many phone formats; accents, non-Latin
 * names and emoji; blank and garbage fields.
 */

export interface MessyCustomersOptions {
  records: number;
  seed: number;
}

export interface MessyCustomers {
  csv: string;
  people: number;
  roles: Record<string, string[][]>;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// First names with the nicknames people also go by.
const FIRST: [string, string[]][] = [
  ['Robert', ['Bob', 'Rob', 'Bobby']],
  ['William', ['Bill', 'Will', 'Billy']],
  ['Elizabeth', ['Liz', 'Beth', 'Betty']],
  ['Margaret', ['Peggy', 'Maggie', 'Meg']],
  ['James', ['Jim', 'Jimmy']],
  ['John', ['Johnny', 'Jack']],
  ['Michael', ['Mike', 'Mikey']],
  ['Richard', ['Rick', 'Dick', 'Rich']],
  ['Thomas', ['Tom', 'Tommy']],
  ['Christopher', ['Chris']],
  ['Daniel', ['Dan', 'Danny']],
  ['Matthew', ['Matt']],
  ['Anthony', ['Tony']],
  ['Joseph', ['Joe', 'Joey']],
  ['Charles', ['Charlie', 'Chuck']],
  ['Katherine', ['Kate', 'Kathy', 'Katie']],
  ['Jennifer', ['Jen', 'Jenny']],
  ['Patricia', ['Pat', 'Patty', 'Trish']],
  ['Susan', ['Sue', 'Suzy']],
  ['Deborah', ['Deb', 'Debbie']],
  ['Rebecca', ['Becky']],
  ['Samantha', ['Sam']],
  ['Alexander', ['Alex']],
  ['Benjamin', ['Ben']],
  ['Nicholas', ['Nick']],
  ['Jonathan', ['Jon']],
  ['Steven', ['Steve']],
  ['Edward', ['Ed', 'Eddie', 'Ted']],
  ['Andrew', ['Andy', 'Drew']],
  ['Timothy', ['Tim']],
  ['Victoria', ['Vicky', 'Tori']],
  ['Jessica', ['Jess']],
  ['Kimberly', ['Kim']],
  ['Christine', ['Chris', 'Tina']],
  ['Gregory', ['Greg']],
  ['Mary', []],
  ['Linda', []],
  ['Barbara', ['Barb']],
  ['Sarah', []],
  ['Karen', []],
  ['Nancy', []],
  ['Lisa', []],
  ['Betty', []],
  ['Sandra', ['Sandy']],
  ['Ashley', []],
  ['Emily', ['Em']],
  ['Donna', []],
  ['Michelle', ['Shelly']],
  ['Carol', []],
  ['Amanda', ['Mandy']],
  ['Melissa', ['Mel']],
  ['Stephanie', ['Steph']],
  ['Laura', []],
  ['David', ['Dave']],
  ['Mark', []],
  ['Paul', []],
  ['Kevin', []],
  ['Brian', []],
  ['George', []],
  ['Ryan', []],
  ['Jacob', ['Jake']],
  ['Gary', []],
  ['Eric', []],
  ['Larry', []],
  ['Justin', []],
  ['Scott', []],
  ['Brandon', []],
  ['Frank', []],
  ['Raymond', ['Ray']],
  ['Jeffrey', ['Jeff']],
  ['Joshua', ['Josh']],
  ['Dennis', []],
  ['Olivia', []],
  ['Emma', []],
  ['Sophia', []],
  ['Isabella', ['Bella']],
  ['Mia', []],
  ['Ava', []],
  ['Charlotte', []],
  ['Amelia', []],
  ['Harper', []],
  ['Evelyn', []],
  ['Abigail', ['Abby']],
  ['Ella', []],
  ['Liam', []],
  ['Noah', []],
  ['Oliver', []],
  ['Elijah', []],
  ['Lucas', []],
  ['Mason', []],
  ['Logan', []],
  ['Ethan', []],
  ['Aiden', []],
  ['Jackson', []],
  ['Sebastian', []],
  ['Henry', ['Hank']],
  ['Owen', []],
  ['José', []],
  ['María', []],
  ['Zoë', []],
  ['Renée', []],
  ['François', []],
  ['Søren', []],
  ['Łukasz', []],
  ['Björn', []],
  ['Chloé', []],
  ['Inés', []],
  ['Wei', []],
  ['Mei', []],
  ['Hiroshi', []],
  ['Yuki', []],
  ['Priya', []],
  ['Arjun', []],
  ['Olga', []],
  ['Dmitri', []],
  ['Fatima', []],
  ['Omar', []],
];
const COMMON_FIRST = [
  'Robert',
  'William',
  'James',
  'John',
  'Michael',
  'David',
  'Mary',
  'Jennifer',
  'Linda',
  'Elizabeth',
  'Patricia',
  'Susan',
  'Joseph',
  'Thomas',
  'Sarah',
  'Karen',
];
const NON_LATIN: [string, string][] = [
  ['李', '伟'],
  ['王', '芳'],
  ['Ольга', 'Иванова'],
  ['Дмитрий', 'Петров'],
  ['สมชาย', 'ใจดี'],
  ['محمد', 'علي'],
  ['김', '민준'],
  ['Γιώργος', 'Παπαδόπουλος'],
];
const LAST = [
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
  "O'Brien",
  'McDonald',
  'Van der Berg',
  'Müller',
  'Schäfer',
  'Núñez',
  'Peña',
  'Kowalski',
  'Nowak',
  'Dubois',
  'Rossi',
  'Russo',
  'Kim',
  'Park',
  'Chen',
  'Wang',
  'Singh',
  'Patel',
  'Khan',
  'Cohen',
  'Murphy',
  "D'Angelo",
  'St. John',
  'Fitzgerald',
  'Sullivan',
];
const SYL = [
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
  'fi',
  'ho',
  'wen',
  'dal',
  'ric',
  'ton',
  'mar',
  'esh',
  'bro',
  'ki',
  'lund',
  'hart',
  'ley',
  'by',
  'sen',
  'ov',
];
// Assigned US area codes (numbers with unassigned ones are not valid phone numbers).
const AREA_CODES = [
  '212',
  '213',
  '214',
  '305',
  '310',
  '312',
  '404',
  '408',
  '415',
  '503',
  '512',
  '602',
  '617',
  '646',
  '650',
  '702',
  '713',
  '718',
  '720',
  '773',
  '808',
  '818',
  '904',
  '917',
  '919',
  '925',
  '949',
  '971',
];
const STREETS = [
  'Main St',
  'Oak Ave',
  'Maple Dr',
  'Cedar Ln',
  'Pine St',
  'Elm St',
  'Washington Blvd',
  'Lake Rd',
  'Hill St',
  'Park Ave',
  'Sunset Blvd',
  'River Rd',
  '2nd St',
  '3rd Ave',
  'Church St',
  'Highland Ave',
];
const CITIES = [
  'Springfield',
  'Riverside',
  'Franklin',
  'Greenville',
  'Bristol',
  'Clinton',
  'Fairview',
  'Salem',
  'Madison',
  'Georgetown',
  'Arlington',
  'Ashland',
  'Burlington',
  'Manchester',
  'Oxford',
  'Jackson',
];
const FREE_MAIL = [
  'gmail.com',
  'gmail.com',
  'gmail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'icloud.com',
  'aol.com',
];
const COMPANIES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark',
  'Wayne',
  'Wonka',
  'Tyrell',
  'Soylent',
];
const PLACEHOLDER_EMAILS = [
  'noemail@example.com',
  'none@none.com',
  'test@test.com',
  'no@email.com',
  'na@na.com',
];
const PLACEHOLDER_PHONES = ['0000000000', '(555) 555-5555', '123-456-7890', '999-999-9999', '1111111111'];
const GARBAGE = [' ', 'N/A', '-', '???', 'null', '   ', '#N/A', '.'];

interface Person {
  id: number;
  first: string;
  nicknames: string[];
  last: string;
  dob: string | null;
  email: string;
  workEmail: string | null;
  mobile: string;
  home: string | null;
  street: string;
  zip: string;
  city: string;
  company: string | null;
}

/** Generates `records` rows; `person_id` is the truth. */
export function generateMessyCustomers({ records, seed }: MessyCustomersOptions): MessyCustomers {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const digits = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(r() * 10);
    return s;
  };
  const zipCount = Math.max(20, Math.round(records / 400));
  const zips = Array.from({ length: zipCount }, (_, i) =>
    String(10000 + ((i * 7919) % 89999)).padStart(5, '0'),
  );
  const cityOf = (zip: string) => CITIES[Number(zip) % CITIES.length]!;
  const rareLast = () => {
    const n = 2 + Math.floor(r() * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(SYL);
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const phone = () => `${pick(AREA_CODES)}${2 + Math.floor(r() * 8)}${digits(2)}${digits(4)}`;
  const dob = () =>
    `${1940 + Math.floor(r() * 65)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const ascii = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase() || `user${digits(4)}`;
  // A mailbox belongs to one person (or one household that shares it on purpose).
  const usedEmails = new Set<string>();
  const emailFor = (first: string, last: string, domain: string) => {
    const f = ascii(first);
    const l = ascii(last);
    for (let attempt = 0; ; attempt++) {
      const style = attempt > 2 ? 1 : Math.floor(r() * 5);
      const local =
        style === 0
          ? `${f}.${l}`
          : style === 1
            ? `${f}${l}${digits(2 + attempt)}`
            : style === 2
              ? `${f.charAt(0)}${l}`
              : style === 3
                ? `${f}_${l}${digits(3)}`
                : `${l}.${f}${digits(1)}`;
      const key = domain === 'gmail.com' ? `${local.replaceAll('.', '')}@${domain}` : `${local}@${domain}`;
      if (usedEmails.has(key)) continue;
      usedEmails.add(key);
      return `${local}@${domain}`;
    }
  };

  const people: Person[] = [];
  const newPerson = (base?: Partial<Person>): Person => {
    const nonLatin = chance(0.01) ? pick(NON_LATIN) : null;
    const [first, nicknames] = nonLatin ? [nonLatin[0], []] : pick(FIRST);
    const last = base?.last ?? (nonLatin ? nonLatin[1] : chance(0.3) ? pick(LAST) : rareLast());
    const zip = base?.zip ?? pick(zips);
    const p: Person = {
      id: people.length,
      first: chance(0.005) ? `${first} 🌸` : first,
      nicknames,
      last,
      dob: chance(0.85) ? dob() : null,
      email: emailFor(first, last, pick(FREE_MAIL)),
      workEmail: chance(0.25) ? emailFor(first, last, `${pick(COMPANIES).toLowerCase()}.com`) : null,
      mobile: phone(),
      home: base?.home ?? (chance(0.3) ? phone() : null),
      street: base?.street ?? `${1 + Math.floor(r() * 9999)} ${pick(STREETS)}`,
      zip,
      city: cityOf(zip),
      company: chance(0.3) ? pick(COMPANIES) : null,
    };
    people.push(p);
    return p;
  };

  // Records per person: 1–6, mean ≈ 2.2.
  const recordsPerPerson = () => {
    const x = r();
    return x < 0.35 ? 1 : x < 0.65 ? 2 : x < 0.82 ? 3 : x < 0.92 ? 4 : x < 0.97 ? 5 : 6;
  };
  const plan: { person: Person; count: number }[] = [];
  let planned = 0;
  while (planned < records) {
    const x = r();
    let group: Person[];
    if (x < 0.25) {
      // Household: shared last name, address, zip and home phone.
      const head = newPerson({ home: phone() });
      group = [head];
      const size = 1 + Math.floor(r() * 3);
      for (let i = 0; i < size; i++) {
        const member = newPerson({ last: head.last, zip: head.zip, street: head.street, home: head.home! });
        // Family members go by different first names (Jr./Sr. pairs are left out: nothing tells them apart).
        while (group.some((g) => g.first === member.first)) [member.first, member.nicknames] = pick(FIRST);
        group.push(member);
      }
      // Some households share one family mailbox.
      if (chance(0.1)) {
        const family = emailFor('the', `${head.last}family`, pick(FREE_MAIL));
        for (const member of group) member.email = family;
      }
    } else if (x < 0.3) {
      // Same-name strangers in one zip: a common first and last name, as in life.
      const a = newPerson({ last: pick(LAST.slice(0, 30)) });
      while (!COMMON_FIRST.includes(a.first)) [a.first, a.nicknames] = pick(FIRST);
      const b = newPerson({ zip: a.zip });
      b.first = a.first;
      b.nicknames = a.nicknames;
      b.last = a.last;
      b.email = emailFor(b.first, b.last, pick(FREE_MAIL));
      group = [a, b];
    } else {
      group = [newPerson()];
    }
    for (const person of group) {
      const count = Math.min(recordsPerPerson(), records - planned);
      if (count <= 0) break;
      plan.push({ person, count });
      planned += count;
    }
  }

  const typo = (s: string) => {
    if (s.length < 3) return s;
    const i = 1 + Math.floor(r() * (s.length - 2));
    const kind = Math.floor(r() * 4);
    const letter = String.fromCharCode(97 + Math.floor(r() * 26));
    if (kind === 0) return s.slice(0, i) + s.slice(i + 1);
    if (kind === 1) return s.slice(0, i) + letter + s.slice(i + 1);
    if (kind === 2) return s.slice(0, i) + letter + s.slice(i);
    return s.slice(0, i - 1) + s.charAt(i) + s.charAt(i - 1) + s.slice(i + 1);
  };
  const caseVariant = (s: string) => {
    const x = r();
    return x < 0.6 ? s : x < 0.8 ? s.toUpperCase() : s.toLowerCase();
  };
  const emailVariant = (e: string) => {
    let out = e;
    const [local, domain] = e.split('@') as [string, string];
    if (domain === 'gmail.com' && chance(0.3)) {
      const plain = local.replaceAll('.', '');
      const dotted = plain.length > 4 && chance(0.5) ? `${plain.slice(0, 3)}.${plain.slice(3)}` : plain;
      out = `${dotted}${chance(0.5) ? `+${pick(['shop', 'promo', 'golf', 'news'])}` : ''}@${domain}`;
    }
    if (chance(0.25)) out = out.charAt(0).toUpperCase() + out.slice(1);
    if (chance(0.05)) out = out.toUpperCase();
    if (chance(0.05)) out = ` ${out} `;
    if (chance(0.03)) out = typo(out);
    return out;
  };
  const phoneFormat = (p: string) => {
    const a = p.slice(0, 3);
    const b = p.slice(3, 6);
    const c = p.slice(6);
    switch (Math.floor(r() * 8)) {
      case 0:
        return `(${a}) ${b}-${c}`;
      case 1:
        return `${a}-${b}-${c}`;
      case 2:
        return `${a}.${b}.${c}`;
      case 3:
        return `+1 ${a} ${b} ${c}`;
      case 4:
        return `1-${a}-${b}-${c}`;
      case 5:
        return `+1${p}`;
      case 6:
        return `${a} ${b} ${c}`;
      default:
        return p;
    }
  };
  const firstVariant = (p: Person) => {
    let f = p.first;
    if (p.nicknames.length > 0 && chance(0.25)) f = pick(p.nicknames);
    if (chance(0.06)) f = typo(f);
    if (chance(0.03)) f = f.charAt(0);
    return caseVariant(f);
  };
  const lastVariant = (p: Person) => caseVariant(chance(0.06) ? typo(p.last) : p.last);
  const maybe = (v: string | null, p: number) => (v !== null && chance(p) ? v : '');
  const garbage = (v: string) => (v === '' && chance(0.03) ? pick(GARBAGE) : v);

  const header = [
    'record_id',
    'person_id',
    'source',
    'customer_id',
    'first_name',
    'last_name',
    'full_name',
    'email',
    'email_2',
    'phone',
    'phone_2',
    'address',
    'city',
    'zip',
    'dob',
    'company',
  ];
  const lines: string[] = [header.join(',')];
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  let next = 0;
  // One customer id per (person, system), with occasional second accounts.
  const accounts = new Map<string, string>();
  let accountCount = 0;
  const rows: string[][] = [];
  for (const { person, count } of plan) {
    for (let k = 0; k < count; k++) {
      const system = pick(['square', 'square', 'hubspot', 'shopify', 'shopify']);
      const accountKey = `${person.id}|${system}`;
      let account = accounts.get(accountKey);
      if (account === undefined || chance(0.1)) {
        account = `${system.slice(0, 2).toUpperCase()}${String(1e7 + accountCount++ * 7 + Math.floor(r() * 7))}`;
        accounts.set(accountKey, account);
      }
      const email = chance(0.02)
        ? pick(PLACEHOLDER_EMAILS)
        : person.workEmail && system === 'hubspot' && chance(0.5)
          ? emailVariant(person.workEmail)
          : emailVariant(person.email);
      let phoneValue = chance(0.02)
        ? pick(PLACEHOLDER_PHONES)
        : phoneFormat(person.home && chance(0.35) ? person.home : person.mobile);
      if (chance(0.03))
        phoneValue = phoneFormat(typo(phoneValue.replace(/\D/g, '').slice(-10)).padEnd(10, '0'));
      let row: Record<string, string>;
      if (system === 'square') {
        // Card holder: full name, sometimes email and phone.
        const full = chance(0.15)
          ? `${lastVariant(person)}, ${firstVariant(person)}`
          : `${firstVariant(person)} ${lastVariant(person)}`;
        row = {
          customer_id: account,
          full_name: full,
          email: maybe(email, 0.55),
          phone: maybe(phoneValue, 0.7),
          zip: maybe(person.zip, 0.4),
        };
      } else if (system === 'hubspot') {
        row = {
          customer_id: account,
          first_name: firstVariant(person),
          last_name: lastVariant(person),
          email,
          email_2: person.workEmail && chance(0.3) ? emailVariant(person.workEmail) : '',
          phone: maybe(phoneValue, 0.8),
          phone_2: maybe(person.home ? phoneFormat(person.home) : null, 0.3),
          address: maybe(person.street, 0.5),
          city: maybe(person.city, 0.6),
          zip: maybe(person.zip, 0.6),
          dob: maybe(person.dob && chance(0.05) ? typo(person.dob) : person.dob, 0.5),
          company: maybe(person.company, 0.7),
        };
      } else {
        row = {
          customer_id: account,
          first_name: firstVariant(person),
          last_name: lastVariant(person),
          email,
          phone: maybe(phoneValue, 0.6),
          address: chance(0.05) ? typo(person.street) : person.street,
          city: person.city,
          zip: person.zip,
        };
      }
      rows.push([
        `r${next++}`,
        `p${person.id}`,
        system,
        ...header.slice(3).map((h) => garbage(row[h] ?? '')),
      ]);
    }
  }
  // Shuffle so a person's records are not adjacent.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = rows[i]!;
    rows[i] = rows[j]!;
    rows[j] = t;
  }
  for (const row of rows) lines.push(row.map(q).join(','));
  const roles: Record<string, string[][]> = {
    source: [['source']],
    customer_id: [['customer_id']],
    first_name: [['first_name']],
    last_name: [['last_name']],
    full_name: [['full_name']],
    email: [['email'], ['email_2']],
    phone: [['phone'], ['phone_2']],
    address_line: [['address']],
    city: [['city']],
    postal_code: [['zip']],
    birth_date: [['dob']],
    company: [['company']],
  };
  return { csv: `${lines.join('\n')}\n`, people: new Set(plan.map((p) => p.person.id)).size, roles };
}
