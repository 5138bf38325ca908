import type { SeededRandom } from '../testing/seeded-random.js';

type Json = Record<string, unknown>;

export interface ZohoSandboxData {
  contacts: Json[];
  deals: Json[];
}

export interface ZohoDataOptions {
  contacts: number;
  deals: number;
  /** Newest creation time (epoch ms); data spans `spanDays` before it. */
  end: number;
  spanDays: number;
  /** Add the ISO `Currency` field to deals (multi-currency org). */
  multiCurrency: boolean;
}

const FIRST = ['Jason', 'Priya', 'Ada', 'Grace', 'Alan', 'Katherine', 'Ravi', 'Meera'];
const LAST = ['Smith', 'Raman', 'Lovelace', 'Hopper', 'Turing', 'Johnson', 'Iyer', 'Nair'];
// Zoho's default Deal stages (per the zoho.deals mapping; Stage is unconfirmed in the reference).
const STAGES = [
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
  'Closed-Lost to Competition',
];
const IST_MS = 330 * 60_000;

/** `2022-11-21T15:12:13+05:30`: a Zoho datetime in the org's zone (whole seconds, with an offset). */
export function zohoOrgDateTime(ms: number): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + IST_MS).toISOString();
  return `${local.slice(0, 19)}+05:30`;
}

/**
 * Zoho-shaped Contacts and Deals (field API names from the reference's
 * sample and the zoho.* mappings; lookups as `{ id, name }`, Amount a number,
 * `$currency_symbol` on deals), seeded. Modified_Time is later than
 * Created_Time by a random amount, so modification order differs from creation.
 */
export function generateZohoData(random: SeededRandom, o: ZohoDataOptions): ZohoSandboxData {
  const start = o.end - o.spanDays * 86_400_000;
  let nextId = 3_652_397_000_009_000_000n + BigInt(random.int(0, 100_000));
  const id = () => {
    nextId += BigInt(random.int(1, 999));
    return String(nextId);
  };
  const accounts = Array.from({ length: 4 }, (_, i) => ({
    id: id(),
    name: `${random.pick(LAST)} Pvt Ltd ${i + 1}`,
  }));
  const contacts = Array.from({ length: o.contacts }, () => {
    const created = random.int(start, o.end);
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    return {
      id: id(),
      First_Name: first,
      Last_Name: last,
      Email: random.chance(0.85) ? `${first}.${last}${random.int(1, 999)}@example.in`.toLowerCase() : null,
      Phone: random.chance(0.5) ? `+1 555 ${String(random.int(0, 9999)).padStart(4, '0')}` : null,
      Mobile: random.chance(0.4) ? `+91 98450 ${String(random.int(0, 99999)).padStart(5, '0')}` : null,
      Mailing_Street: random.chance(0.5) ? `${random.int(1, 99)} MG Road` : null,
      Mailing_City: random.pick(['Bengaluru', 'Chennai', 'Pune', null]),
      Mailing_State: random.pick(['Karnataka', 'Tamil Nadu', 'Maharashtra', null]),
      Mailing_Zip: random.chance(0.5) ? String(random.int(400000, 699999)) : null,
      Mailing_Country: 'India',
      Account_Name: random.chance(0.6) ? random.pick(accounts) : null,
      Lead_Source: random.pick(['Trade Show', 'Web Download', 'Cold Call', null]),
      Created_Time: zohoOrgDateTime(created),
      Modified_Time: zohoOrgDateTime(random.int(created, o.end)),
    };
  });
  const deals = Array.from({ length: o.deals }, () => {
    const created = random.int(start, o.end);
    const contact = contacts.length > 0 && random.chance(0.7) ? random.pick(contacts) : null;
    return {
      id: id(),
      Deal_Name: `${random.pick(['Golf simulator install', 'Corporate membership', 'Range renovation'])} ${random.int(1, 99)}`,
      Amount: random.chance(0.9) ? random.int(100, 300_000) + random.int(0, 99) / 100 : null,
      ...(o.multiCurrency ? { Currency: random.pick(['INR', 'USD', 'EUR']) } : {}),
      $currency_symbol: o.multiCurrency ? null : '$',
      Stage: random.pick(STAGES),
      Closing_Date: new Date(created + random.int(7, 120) * 86_400_000).toISOString().slice(0, 10),
      Contact_Name: contact ? { id: contact.id, name: `${contact.First_Name} ${contact.Last_Name}` } : null,
      Account_Name: random.chance(0.5) ? random.pick(accounts) : null,
      Lead_Source: random.pick(['Trade Show', 'Partner', null]),
      Created_Time: zohoOrgDateTime(created),
      Modified_Time: zohoOrgDateTime(random.int(created, o.end)),
    };
  });
  return { contacts, deals };
}
