import type { SeededRandom } from '../testing/seeded-random.js';

type Json = Record<string, unknown>;

export interface HubspotSandboxData {
  contacts: Json[];
  deals: Json[];
  /** Deal id → associated contact ids (the associations API's data, kept apart from the records). */
  dealContacts: Map<string, string[]>;
}

export interface HubspotDataOptions {
  contacts: number;
  deals: number;
  /** Newest creation time (epoch ms); data spans `spanDays` before it. */
  end: number;
  spanDays: number;
}

const FIRST = ['Ada', 'Harper', 'Grace', 'Alan', 'Katherine', 'Tim', 'Margaret', 'Linus'];
const LAST = ['Lovelace', 'Miller', 'Hopper', 'Turing', 'Johnson', 'Lee', 'Hamilton', 'Torvalds'];
// HubSpot's default sales pipeline stages (internal ids), per the hubspot.deals mapping.
const STAGES = [
  'appointmentscheduled',
  'qualifiedtobuy',
  'presentationscheduled',
  'decisionmakerboughtin',
  'contractsent',
  'closedwon',
  'closedlost',
];
const SOURCES = ['ORGANIC_SEARCH', 'PAID_SEARCH', 'DIRECT_TRAFFIC', 'REFERRALS', 'OFFLINE'];

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * HubSpot-shaped contacts and deals (shapes from the reference's examples:
 * string property values, ISO createdAt/updatedAt, epoch-ms date strings on
 * some deals), seeded. `updatedAt` (the last-modified time) is later than
 * creation by a random amount, so modification order differs from creation
 * order. The last-modified properties are rendered from `updatedAt` when served.
 */
export function generateHubspotData(random: SeededRandom, o: HubspotDataOptions): HubspotSandboxData {
  const start = o.end - o.spanDays * 86_400_000;
  let nextId = 5_000_000_000 + random.int(0, 1_000_000);
  const id = () => {
    nextId += random.int(1, 97);
    return String(nextId);
  };
  const contacts = Array.from({ length: o.contacts }, () => {
    const created = random.int(start, o.end);
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    return {
      id: id(),
      properties: {
        email: random.chance(0.9) ? `${first}.${last}${random.int(1, 999)}@example.com`.toLowerCase() : null,
        firstname: first,
        lastname: last,
        phone: random.chance(0.5) ? `+1617555${String(random.int(0, 9999)).padStart(4, '0')}` : null,
        company: random.chance(0.4) ? `${last} Events` : null,
        city: random.pick(['Denver', 'Boston', 'Austin', null]),
        state: random.pick(['CO', 'MA', 'TX', null]),
        zip: random.chance(0.5) ? String(random.int(10000, 99999)) : null,
        country: 'United States',
        lifecyclestage: random.pick(['lead', 'customer', 'opportunity']),
        hs_analytics_source: random.pick(SOURCES),
        // Date properties come as ISO or epoch-ms strings (reference §9).
        createdate: random.chance(0.8) ? iso(created) : String(created),
      },
      createdAt: iso(created),
      updatedAt: iso(random.int(created, o.end)),
      archived: false,
    };
  });
  const dealContacts = new Map<string, string[]>();
  const deals = Array.from({ length: o.deals }, () => {
    const created = random.int(start, o.end);
    const stage = random.pick(STAGES);
    const dealId = id();
    if (contacts.length > 0 && random.chance(0.6)) {
      dealContacts.set(
        dealId,
        Array.from({ length: random.int(1, 2) }, () => random.pick(contacts).id as string),
      );
    }
    const close = created + random.int(7, 120) * 86_400_000;
    return {
      id: dealId,
      properties: {
        amount: random.chance(0.9) ? (random.int(100, 90_000) + random.int(0, 99) / 100).toFixed(2) : '',
        ...(random.chance(0.3) ? { deal_currency_code: random.pick(['EUR', 'GBP', 'USD']) } : {}),
        closedate:
          stage.startsWith('closed') || random.chance(0.5)
            ? random.chance(0.7)
              ? iso(close)
              : String(close)
            : null,
        createdate: iso(created),
        dealname: `${random.pick(['Corporate golf day', 'Membership', 'Simulator bay'])} ${random.int(1, 99)}`,
        dealstage: stage,
        pipeline: 'default',
      },
      createdAt: iso(created),
      updatedAt: iso(random.int(created, o.end)),
      archived: false,
    };
  });
  return { contacts, deals, dealContacts };
}
