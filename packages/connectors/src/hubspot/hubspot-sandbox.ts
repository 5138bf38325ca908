import { isValidRefreshGrant, type SandboxOAuth } from '../testing/oauth-refresh-grant.js';
import { type SandboxReply, type SandboxRequest, startSandboxServer } from '../testing/sandbox-server.js';
import { decodeCursor, encodeCursor, SandboxStore, type SortKey } from '../testing/sandbox-store.js';
import { seededRandom } from '../testing/seeded-random.js';
import type { VendorSandbox, VendorSandboxOptions } from '../testing/vendor-sandbox.js';
import { generateHubspotData } from './hubspot-sandbox-data.js';

type Json = Record<string, unknown>;

export interface HubspotSandboxOptions extends VendorSandboxOptions {
  /** Contacts (a number), or counts per stream: contacts, deals. */
  records?: number | Readonly<Record<string, number>> | undefined;
  /** The access token the sandbox accepts (default `hs-sandbox-token`). */
  accessToken?: string | undefined;
  /** Tokens that answer 401 (expired); a refresh replaces them. */
  expiredTokens?: readonly string[] | undefined;
  /** OAuth client for POST /oauth/v1/token (refresh_token grant). */
  oauth?: SandboxOAuth | undefined;
  /** The per-app window: requests per `intervalMs` (default 100 per 10,000 ms, the Free/Starter limit). */
  rateLimit?: { max: number; intervalMs: number } | undefined;
  /** Requests per day (default 250,000); past it, 429 with policyName DAILY. */
  dailyLimit?: number | undefined;
  /** Results one search query can page through (default 10,000). */
  searchCeiling?: number | undefined;
  /** Newest generated creation time (default 2025-01-01T00:00:00Z); data spans `spanDays` before it (default 730). */
  dataEnd?: number | undefined;
  spanDays?: number | undefined;
}

/** A HubSpot sandbox; `associatedContacts` tells which contacts the associations API links to a deal. */
export interface HubspotSandbox extends VendorSandbox {
  associatedContacts(dealId: string): readonly string[];
}

const DEFAULT_TOKEN = 'hs-sandbox-token';
/** The last-modified property of each object type (reference §9: deals use hs_lastmodifieddate). */
const MODIFIED: Readonly<Record<string, string>> = {
  contacts: 'lastmodifieddate',
  deals: 'hs_lastmodifieddate',
};
/** Properties returned without asking. */
const DEFAULTS: Readonly<Record<string, readonly string[]>> = {
  contacts: ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'],
  deals: [
    'amount',
    'closedate',
    'createdate',
    'dealname',
    'dealstage',
    'hs_lastmodifieddate',
    'hs_object_id',
    'pipeline',
  ],
};
// Search limits since Aug 2024: 5 filterGroups, 10 filters per group, 25 filters in all (reference §9).
const MAX_GROUPS = 5;
const MAX_FILTERS_PER_GROUP = 10;
const MAX_FILTERS = 25;
// Largest page: 100 for the list endpoint (reference §9); the search endpoint takes up to 200.
const MAX_LIST_LIMIT = 100;
const MAX_SEARCH_LIMIT = 200;
// Associations v4 batch read inputs per call.
const MAX_BATCH_INPUTS = 1_000;

const ms = (v: unknown): number => {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return Number.NaN;
  return /^\d+$/.test(v) ? Number(v) : Date.parse(v);
};

function hsError(status: number, category: string, message: string, extra: Json = {}): SandboxReply {
  return {
    status,
    json: { status: 'error', message, correlationId: '3f1c2d4e-sandbox', category, ...extra },
  };
}

/**
 * A local HubSpot CRM v3 with what an incremental sync relies on:
 *
 * - `POST /crm/v3/objects/{contacts|deals}/search`: `filterGroups` (≤ 5
 *   groups, ≤ 10 filters each, ≤ 25 in all) with EQ/GT/GTE/LT/LTE on the
 *   last-modified property (epoch ms or ISO values), one `sorts` entry,
 *   `properties`, `limit` ≤ 200, `after` an offset into the live result
 *   (so a record changed mid-walk shifts later pages), `paging.next.after`,
 *   and the 10,000-result ceiling (400 past it). No associations in results.
 * - `GET /crm/v3/objects/{type}` with `limit` ≤ 100 and an opaque `after`.
 * - `POST /crm/v4/associations/{from}/{to}/batch/read`.
 * - `Authorization: Bearer`; 401 INVALID_AUTHENTICATION.
 * - `X-HubSpot-RateLimit-Max/-Remaining/-Interval-Milliseconds` and
 *   `-Daily/-Daily-Remaining` on every response; 429 bodies with `errorType:
 *   RATE_LIMIT` and `policyName` TEN_SECONDLY_ROLLING or DAILY.
 * - OAuth refresh at `POST /oauth/v1/token` (form-encoded).
 * Property values are strings; the last-modified property equals `updatedAt`.
 * Sources: /work/shared/reference/vendor-apis.md §9 and the HubSpot docs cited there.
 */
export async function startHubspotSandbox(options: HubspotSandboxOptions = {}): Promise<HubspotSandbox> {
  const random = seededRandom(options.seed ?? 1);
  const counts =
    typeof options.records === 'number' ? { contacts: options.records } : (options.records ?? {});
  const contactCount = counts.contacts ?? 250;
  const data = generateHubspotData(random, {
    contacts: contactCount,
    deals: counts.deals ?? Math.max(5, Math.ceil(contactCount / 2)),
    end: options.dataEnd ?? Date.UTC(2025, 0, 1),
    spanDays: options.spanDays ?? 730,
  });
  const now = options.now ?? Date.now;
  const stores: Record<string, SandboxStore<Json>> = {
    contacts: new SandboxStore<Json>(data.contacts, {
      key: (r) => r.id as string,
      cursorField: 'updatedAt',
      now,
    }),
    deals: new SandboxStore<Json>(data.deals, { key: (r) => r.id as string, cursorField: 'updatedAt', now }),
  };
  const window = options.rateLimit ?? { max: 100, intervalMs: 10_000 };
  const dailyLimit = options.dailyLimit ?? 250_000;
  const ceiling = options.searchCeiling ?? 10_000;
  let windowStart = now();
  let windowUsed = 0;
  let dailyUsed = 0;

  const validTokens = new Set([options.accessToken ?? DEFAULT_TOKEN]);
  let issued = 0;

  const authorize = (request: SandboxRequest): SandboxReply | null => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (validTokens.has(token)) return null;
    const expired = (options.expiredTokens ?? []).includes(token);
    return hsError(
      401,
      'INVALID_AUTHENTICATION',
      expired
        ? 'The OAuth token used to make this call expired 1 hour(s) ago.'
        : 'Authentication credentials not found. This API supports OAuth 2.0 authentication.',
    );
  };

  const rateHeaders = (): Record<string, string> => ({
    'x-hubspot-ratelimit-max': String(window.max),
    'x-hubspot-ratelimit-remaining': String(Math.max(0, window.max - windowUsed)),
    'x-hubspot-ratelimit-interval-milliseconds': String(window.intervalMs),
    'x-hubspot-ratelimit-daily': String(dailyLimit),
    'x-hubspot-ratelimit-daily-remaining': String(Math.max(0, dailyLimit - dailyUsed)),
  });

  const limited = (reply: SandboxReply): SandboxReply => ({
    ...reply,
    headers: { ...reply.headers, ...rateHeaders() },
  });

  /** Counts the call in the 10-second window and the day; a spent limit is a 429. */
  const metered =
    (handler: (request: SandboxRequest, params: Record<string, string>) => SandboxReply) =>
    (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
      const t = now();
      if (t - windowStart >= window.intervalMs) {
        windowStart = t;
        windowUsed = 0;
      }
      if (dailyUsed >= dailyLimit) {
        return limited(
          hsError(429, 'RATE_LIMITS', 'You have reached your daily limit.', {
            errorType: 'RATE_LIMIT',
            policyName: 'DAILY',
          }),
        );
      }
      if (windowUsed >= window.max) {
        return limited(
          hsError(429, 'RATE_LIMITS', 'You have reached your ten_secondly_rolling limit.', {
            errorType: 'RATE_LIMIT',
            policyName: 'TEN_SECONDLY_ROLLING',
          }),
        );
      }
      windowUsed++;
      dailyUsed++;
      return limited(handler(request, params));
    };

  const storeOf = (type: string | undefined) => (type ? stores[type] : undefined);

  /** A record as HubSpot serves it: requested properties, the last-modified property = updatedAt. */
  const render = (type: string, record: Json, properties: readonly string[]): Json => {
    const props = (record.properties ?? {}) as Json;
    const out: Json = {};
    for (const name of new Set([...DEFAULTS[type]!, ...properties])) {
      if (name === MODIFIED[type]) out[name] = record.updatedAt;
      else if (name === 'hs_object_id') out[name] = record.id;
      else if (props[name] !== undefined) out[name] = props[name];
      else if (DEFAULTS[type]!.includes(name) || properties.includes(name)) out[name] = null;
    }
    return { ...record, properties: out };
  };

  const byModified = (r: Json): SortKey => [ms(r.updatedAt), String(r.id)];

  const search = (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
    const type = params.type as string;
    const store = storeOf(type);
    if (!store) return hsError(404, 'OBJECT_NOT_FOUND', `Unable to infer object type from: ${type}`);
    const body = (request.body ?? {}) as Json;
    const groups = (body.filterGroups ?? []) as {
      filters?: { propertyName?: string; operator?: string; value?: unknown }[];
    }[];
    const filterCount = groups.reduce((n, g) => n + (g.filters?.length ?? 0), 0);
    if (
      !Array.isArray(groups) ||
      groups.length > MAX_GROUPS ||
      filterCount > MAX_FILTERS ||
      groups.some((g) => (g.filters?.length ?? 0) > MAX_FILTERS_PER_GROUP)
    ) {
      return hsError(
        400,
        'VALIDATION_ERROR',
        `Too many filterGroups or filters (at most ${MAX_GROUPS} groups, ${MAX_FILTERS_PER_GROUP} filters per group, ${MAX_FILTERS} in all).`,
      );
    }
    const modified = MODIFIED[type] as string;
    const predicates: ((r: Json) => boolean)[][] = [];
    for (const group of groups) {
      const preds: ((r: Json) => boolean)[] = [];
      for (const f of group.filters ?? []) {
        if (f.propertyName !== modified && f.propertyName !== 'hs_object_id') {
          return hsError(
            400,
            'VALIDATION_ERROR',
            `The sandbox filters on ${modified} and hs_object_id only, not ${String(f.propertyName)}.`,
          );
        }
        const value = f.propertyName === modified ? ms(f.value) : Number(f.value);
        if (Number.isNaN(value)) {
          return hsError(
            400,
            'VALIDATION_ERROR',
            `${String(f.value)} is not a valid value for ${String(f.propertyName)}.`,
          );
        }
        const read = (r: Json) => (f.propertyName === modified ? ms(r.updatedAt) : Number(r.id));
        const ops: Record<string, (x: number) => boolean> = {
          EQ: (x) => x === value,
          GT: (x) => x > value,
          GTE: (x) => x >= value,
          LT: (x) => x < value,
          LTE: (x) => x <= value,
        };
        const op = ops[String(f.operator)];
        if (!op) return hsError(400, 'VALIDATION_ERROR', `Unsupported operator ${String(f.operator)}.`);
        preds.push((r) => op(read(r)));
      }
      predicates.push(preds);
    }
    const sorts = (body.sorts ?? []) as { propertyName?: string; direction?: string }[];
    if (sorts.length > 1) return hsError(400, 'VALIDATION_ERROR', 'Only one sort is supported.');
    const sort = sorts[0];
    if (sort && sort.propertyName !== modified) {
      return hsError(400, 'VALIDATION_ERROR', `The sandbox sorts on ${modified} only.`);
    }
    const limit = body.limit === undefined ? 10 : Number(body.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
      return hsError(400, 'VALIDATION_ERROR', `limit must be between 1 and ${MAX_SEARCH_LIMIT}.`);
    }
    const after = body.after === undefined ? 0 : Number(body.after);
    if (!Number.isInteger(after) || after < 0)
      return hsError(400, 'VALIDATION_ERROR', `Invalid after: ${String(body.after)}`);
    if (after + limit > ceiling) {
      return hsError(400, 'VALIDATION_ERROR', `The search can page through at most ${ceiling} results.`);
    }
    const properties = Array.isArray(body.properties) ? (body.properties as string[]) : [];
    const sorted = store.sorted('modified', byModified);
    const view = sort?.direction === 'DESCENDING' ? [...sorted].reverse() : sorted;
    const rows =
      predicates.length === 0
        ? view
        : view.filter((r) => predicates.some((preds) => preds.every((p) => p(r))));
    const page = rows.slice(after, after + limit);
    const more = after + limit < rows.length;
    return {
      json: {
        total: rows.length,
        results: page.map((r) => render(type, r, properties)),
        ...(more ? { paging: { next: { after: String(after + limit) } } } : {}),
      },
    };
  };

  const list = (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
    const type = params.type as string;
    const store = storeOf(type);
    if (!store) return hsError(404, 'OBJECT_NOT_FOUND', `Unable to infer object type from: ${type}`);
    const limit = Number(request.query.limit ?? 10);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
      return hsError(400, 'VALIDATION_ERROR', `limit must be between 1 and ${MAX_LIST_LIMIT}.`);
    }
    const after =
      typeof request.query.after === 'string' ? (decodeCursor(request.query.after) as string | null) : null;
    const rows = store
      .sorted('id', (r) => [String(r.id)])
      .filter((r) => after === null || String(r.id) > after);
    const page = rows.slice(0, limit);
    const more = rows.length > limit;
    const properties =
      typeof request.query.properties === 'string' ? request.query.properties.split(',') : [];
    const next = more ? encodeCursor(String(page.at(-1)?.id)) : undefined;
    return {
      json: {
        results: page.map((r) => render(type, r, properties)),
        ...(next ? { paging: { next: { after: next, link: `?after=${next}` } } } : {}),
      },
    };
  };

  const associations = (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
    if (params.from !== 'deals' || params.to !== 'contacts') {
      return hsError(400, 'VALIDATION_ERROR', `The sandbox associates deals to contacts only.`);
    }
    const inputs = ((request.body ?? {}) as { inputs?: { id?: unknown }[] }).inputs;
    if (!Array.isArray(inputs) || inputs.length === 0 || inputs.length > MAX_BATCH_INPUTS) {
      return hsError(400, 'VALIDATION_ERROR', `inputs must hold 1 to ${MAX_BATCH_INPUTS} ids.`);
    }
    const started = new Date(now()).toISOString();
    const results = inputs.flatMap((input) => {
      const ids = data.dealContacts.get(String(input.id));
      return ids
        ? [
            {
              from: { id: String(input.id) },
              to: ids.map((id) => ({
                toObjectId: Number(id),
                associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 3, label: null }],
              })),
            },
          ]
        : [];
    });
    return { json: { status: 'COMPLETE', results, startedAt: started, completedAt: started } };
  };

  const token = (request: SandboxRequest): SandboxReply => {
    if (!isValidRefreshGrant(request, options.oauth)) {
      return {
        status: 400,
        json: { status: 'BAD_REFRESH_TOKEN', message: 'missing or unknown refresh token' },
      };
    }
    issued++;
    const access = `hs-access-${issued}-${random.id(16)}`;
    validTokens.add(access);
    return {
      json: {
        token_type: 'bearer',
        refresh_token: options.oauth!.refreshToken,
        access_token: access,
        expires_in: 1800,
      },
    };
  };

  const server = await startSandboxServer({
    vendor: 'hubspot',
    seed: options.seed,
    latencyMs: options.latencyMs,
    recordRequests: options.recordRequests,
    port: options.port,
    authorize,
    errors: {
      rateLimit: () => ({
        ...hsError(429, 'RATE_LIMITS', 'You have reached your ten_secondly_rolling limit.', {
          errorType: 'RATE_LIMIT',
          policyName: 'TEN_SECONDLY_ROLLING',
        }),
        headers: {
          'x-hubspot-ratelimit-max': String(window.max),
          'x-hubspot-ratelimit-remaining': '0',
          'x-hubspot-ratelimit-interval-milliseconds': String(window.intervalMs),
        },
      }),
      unauthorized: () =>
        hsError(
          401,
          'INVALID_AUTHENTICATION',
          'Authentication credentials not found. This API supports OAuth 2.0 authentication.',
        ),
      serverError: (status) => hsError(status, 'INTERNAL_ERROR', 'internal error'),
      notFound: (path) => hsError(404, 'OBJECT_NOT_FOUND', `No route ${path}`),
    },
    routes: [
      { method: 'POST', path: '/crm/v3/objects/:type/search', handler: metered(search) },
      { method: 'GET', path: '/crm/v3/objects/:type', handler: metered(list) },
      { method: 'POST', path: '/crm/v4/associations/:from/:to/batch/read', handler: metered(associations) },
      { method: 'POST', path: '/oauth/v1/token', handler: token, auth: false },
    ],
  });

  return {
    ...server,
    vendor: 'hubspot',
    credentials: { type: 'bearer', token: options.accessToken ?? DEFAULT_TOKEN },
    streams: ['contacts', 'deals'],
    associatedContacts: (dealId: string) => data.dealContacts.get(dealId) ?? [],
    store(stream: string) {
      const found = stores[stream];
      if (!found) {
        throw new Error(
          `HubSpot sandbox has no stream "${stream}"; streams: ${Object.keys(stores).join(', ')}`,
        );
      }
      return found;
    },
  };
}
