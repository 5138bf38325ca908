import type { SeededRandom } from '../testing/seeded-random.js';

type Json = Record<string, unknown>;

export interface SalesforceSandboxData {
  opportunities: Json[];
  contacts: Json[];
  leads: Json[];
}

export interface SalesforceDataOptions {
  opportunities: number;
  contacts: number;
  leads: number;
  /** Newest creation time (epoch ms); data spans `spanDays` before it. */
  end: number;
  spanDays: number;
  /** Add CurrencyIsoCode to opportunities (multi-currency org). */
  multiCurrency: boolean;
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Tim',
  'Margaret',
  'Linus',
  'Barbara',
  'Dennis',
  'Charles',
];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Lee', 'Hamilton', 'Torvalds', 'Liskov', 'Babbage'];
const STAGES = ['Prospecting', 'Qualification', 'Negotiation/Review', 'Closed Won', 'Closed Lost'];
const LEAD_STATUSES = [
  'Open - Not Contacted',
  'Working - Contacted',
  'Closed - Converted',
  'Closed - Not Converted',
];
const SOURCES = ['Web', 'Phone Inquiry', 'Partner Referral', 'Trade Show', null];
const CITIES: [string, string, string][] = [
  ['Boston', 'MA', '02108'],
  ['Arlington', 'VA', '22201'],
  ['Austin', 'TX', '73301'],
  ['Denver', 'CO', '80202'],
];

/** `2013-05-20T20:49:32.000+0000`: how Salesforce writes datetimes (reference §8). */
export function salesforceDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** An 18-character Salesforce id with the object's key prefix (006 Opportunity, 003 Contact, 00Q Lead, 001 Account). */
export function salesforceId(random: SeededRandom, prefix: string): string {
  return `${prefix}${random.id(15, ID_CHARS)}`;
}

/**
 * Salesforce-shaped Opportunity, Contact and Lead records (field names from
 * the reference's Opportunity example and Contact list, standard Lead
 * fields), seeded. `SystemModstamp` is later than creation by a random
 * amount, so modification order differs from creation order.
 */
export function generateSalesforceData(
  random: SeededRandom,
  o: SalesforceDataOptions,
): SalesforceSandboxData {
  const start = o.end - o.spanDays * 86_400_000;
  const stamps = (): { created: number; modified: number } => {
    // Whole seconds, as Salesforce datetimes usually are (".000").
    const created = Math.floor(random.int(start, o.end) / 1000) * 1000;
    const modified = Math.floor(random.int(created, o.end) / 1000) * 1000;
    return { created, modified };
  };
  const accounts = Array.from({ length: Math.max(1, Math.ceil(o.contacts / 3)) }, () =>
    salesforceId(random, '001'),
  );
  const contacts = Array.from({ length: o.contacts }, () => {
    const { created, modified } = stamps();
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const [city, state, zip] = random.pick(CITIES);
    return {
      attributes: { type: 'Contact' },
      Id: salesforceId(random, '003'),
      AccountId: random.pick(accounts),
      FirstName: random.chance(0.9) ? first : null,
      LastName: last,
      Email: random.chance(0.85) ? `${first}.${last}${random.int(1, 999)}@example.com`.toLowerCase() : null,
      Phone: random.chance(0.6) ? `(617) 555-${String(random.int(0, 9999)).padStart(4, '0')}` : null,
      MobilePhone: random.chance(0.3) ? `+1 617 555 ${String(random.int(0, 9999)).padStart(4, '0')}` : null,
      MailingStreet: random.chance(0.5) ? `${random.int(1, 999)} Main St` : null,
      MailingCity: city,
      MailingState: state,
      MailingPostalCode: zip,
      MailingCountry: 'United States',
      LeadSource: random.pick(SOURCES),
      CreatedDate: salesforceDateTime(created),
      LastModifiedDate: salesforceDateTime(modified),
      SystemModstamp: salesforceDateTime(modified),
    };
  });
  const opportunities = Array.from({ length: o.opportunities }, () => {
    const { created, modified } = stamps();
    const stage = random.pick(STAGES);
    const closed = stage.startsWith('Closed');
    const contact = contacts.length > 0 && random.chance(0.5) ? random.pick(contacts) : undefined;
    const close = new Date(created + random.int(7, 180) * 86_400_000).toISOString().slice(0, 10);
    return {
      attributes: { type: 'Opportunity' },
      Id: salesforceId(random, '006'),
      AccountId: contact ? contact.AccountId : random.pick(accounts),
      ContactId: contact ? contact.Id : null,
      Name: `${random.pick(['Membership', 'Corporate day', 'Simulator bay', 'Fleet lease'])} ${random.int(1, 99)}`,
      StageName: stage,
      IsClosed: closed,
      IsWon: stage === 'Closed Won',
      Amount: random.chance(0.9) ? random.int(100, 250_000) + random.int(0, 99) / 100 : null,
      ...(o.multiCurrency ? { CurrencyIsoCode: random.pick(['USD', 'EUR', 'GBP']) } : {}),
      CloseDate: close,
      LeadSource: random.pick(SOURCES),
      Type: random.pick(['New Business', 'Existing Business', null]),
      CreatedDate: salesforceDateTime(created),
      LastModifiedDate: salesforceDateTime(modified),
      SystemModstamp: salesforceDateTime(modified),
    };
  });
  const leads = Array.from({ length: o.leads }, () => {
    const { created, modified } = stamps();
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const status = random.pick(LEAD_STATUSES);
    const converted = status === 'Closed - Converted';
    const [city, state, zip] = random.pick(CITIES);
    return {
      attributes: { type: 'Lead' },
      Id: salesforceId(random, '00Q'),
      FirstName: first,
      LastName: last,
      Email: random.chance(0.8) ? `${first}.${last}${random.int(1, 999)}@example.org`.toLowerCase() : null,
      Phone: random.chance(0.5) ? `+1 512 555 ${String(random.int(0, 9999)).padStart(4, '0')}` : null,
      MobilePhone: null,
      Company: `${last} ${random.pick(['Events', 'Holdings', 'Golf Club'])}`,
      Street: null,
      City: city,
      State: state,
      PostalCode: zip,
      Country: 'United States',
      Status: status,
      LeadSource: random.pick(SOURCES),
      IsConverted: converted,
      ConvertedContactId: converted && contacts.length > 0 ? random.pick(contacts).Id : null,
      CreatedDate: salesforceDateTime(created),
      LastModifiedDate: salesforceDateTime(modified),
      SystemModstamp: salesforceDateTime(modified),
    };
  });
  return { opportunities, contacts, leads };
}
