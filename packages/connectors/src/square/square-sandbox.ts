import { createHash } from 'node:crypto';
import type { SandboxOAuth } from '../testing/oauth-refresh-grant.js';
import { type SandboxReply, type SandboxRequest, startSandboxServer } from '../testing/sandbox-server.js';
import {
  decodeCursor,
  encodeCursor,
  jsonPage,
  keysetPage,
  SandboxStore,
  type SortKey,
} from '../testing/sandbox-store.js';
import { seededRandom } from '../testing/seeded-random.js';
import type { VendorSandbox, VendorSandboxOptions } from '../testing/vendor-sandbox.js';
import { generateSquareData } from './square-sandbox-data.js';

type Json = Record<string, unknown>;

export interface SquareSandboxOptions extends VendorSandboxOptions {
  /** Payments (a number), or counts per stream: payments, orders, customers. Refunds follow payments (~5%). */
  records?: number | Readonly<Record<string, number>> | undefined;
  /** Number of locations (default 2). */
  locations?: number | undefined;
  /** The access token the sandbox accepts (default `sq-sandbox-token`). */
  accessToken?: string | undefined;
  /** Tokens that answer 401 ACCESS_TOKEN_EXPIRED (a refresh cures them). */
  expiredTokens?: readonly string[] | undefined;
  /** OAuth client for POST /oauth2/token (refresh_token grant). */
  oauth?: SandboxOAuth | undefined;
  /** Newest generated creation time (default 2025-01-01T00:00:00Z); data spans `spanDays` before it (default 730). */
  dataEnd?: number | undefined;
  spanDays?: number | undefined;
}

const DEFAULT_TOKEN = 'sq-sandbox-token';
const ONE_YEAR_MS = 365 * 86_400_000;

function squareError(
  status: number,
  category: string,
  code: string,
  detail: string,
  field?: string,
): SandboxReply {
  return { status, json: { errors: [{ category, code, detail, ...(field ? { field } : {}) }] } };
}

const badRequest = (code: string, detail: string, field?: string) =>
  squareError(400, 'INVALID_REQUEST_ERROR', code, detail, field);

const ms = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : Number.NaN);

/** Reads an RFC 3339 query/body time; undefined when absent, NaN-free or a 400 reply. */
function timeParam(value: unknown, field: string): number | undefined | SandboxReply {
  if (value === undefined || value === null || value === '') return undefined;
  const t = ms(value);
  if (typeof value !== 'string' || Number.isNaN(t)) {
    return badRequest('INVALID_TIME', `Invalid RFC 3339 time for ${field}: ${JSON.stringify(value)}`, field);
  }
  return t;
}

const isReply = (v: unknown): v is SandboxReply => typeof v === 'object' && v !== null;

function queryHash(parts: unknown): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);
}

function one(query: SandboxRequest['query'], name: string): string | undefined {
  const v = query[name];
  return Array.isArray(v) ? v[v.length - 1] : v;
}

/** A list page from cached record bytes; `{}` when empty, as Square answers; `cursor` only when more follow. */
function page(
  key: string,
  store: SandboxStore<Json>,
  items: readonly Json[],
  cursor: string | undefined,
): SandboxReply {
  if (items.length === 0 && !cursor) return { text: '{}' };
  return {
    bytes: jsonPage(
      key,
      items.map((r) => store.bytes(r)),
      cursor ? `,"cursor":"${cursor}"` : '',
    ),
  };
}

/**
 * A local Square: ListLocations, ListPayments, ListPaymentRefunds,
 * SearchOrders, SearchCustomers and the OAuth token endpoint, with Square's
 * documented behaviour where it matters for a sync:
 *
 * - `Authorization: Bearer` checked; 401 `UNAUTHORIZED` / `ACCESS_TOKEN_EXPIRED`.
 * - ListPayments/ListPaymentRefunds: `begin_time` (created_at) defaults to
 *   one year ago and `location_id` to the main location; `updated_at_*`
 *   filters; `sort_field` CREATED_AT (default) | UPDATED_AT, `sort_order`
 *   DESC (default) | ASC; `limit` above 100 falls back to 100.
 * - SearchOrders: `location_ids` required (1–10), limit ≤ 1000 (default 500),
 *   `sort_field` must match the `date_time_filter` field.
 * - SearchCustomers: limit 1–100 (400 VALUE_TOO_LOW / VALUE_TOO_HIGH),
 *   `query.filter.updated_at`, sort by DEFAULT (name) or CREATED_AT.
 * - Cursors are keyset cursors bound to the original query: a changed query
 *   with an old cursor is a 400, as for the real API.
 * - Empty pages are `{}`; the last page has no `cursor`.
 */
export async function startSquareSandbox(options: SquareSandboxOptions = {}): Promise<VendorSandbox> {
  const random = seededRandom(options.seed ?? 1);
  const counts =
    typeof options.records === 'number' ? { payments: options.records } : (options.records ?? {});
  const payments = counts.payments ?? 250;
  const data = generateSquareData(random, {
    payments,
    orders: counts.orders ?? Math.min(payments, 500),
    customers: counts.customers ?? Math.max(5, Math.min(Math.ceil(payments / 5), 2_000)),
    locations: options.locations ?? 2,
    end: options.dataEnd ?? Date.UTC(2025, 0, 1),
    spanDays: options.spanDays ?? 730,
  });
  const now = options.now ?? Date.now;
  const stores = {
    payments: new SandboxStore<Json>(data.payments, {
      key: (r) => r.id as string,
      cursorField: 'updated_at',
      now,
    }),
    refunds: new SandboxStore<Json>(data.refunds, {
      key: (r) => r.id as string,
      cursorField: 'updated_at',
      now,
    }),
    orders: new SandboxStore<Json>(data.orders, {
      key: (r) => r.id as string,
      cursorField: 'updated_at',
      now,
    }),
    customers: new SandboxStore<Json>(data.customers, {
      key: (r) => r.id as string,
      cursorField: 'updated_at',
      now,
    }),
  };
  const locations = data.locations;
  const mainLocation = locations[0]?.id as string;

  const validTokens = new Set([options.accessToken ?? DEFAULT_TOKEN]);
  const expired = new Set(options.expiredTokens ?? []);
  let issued = 0;
  let refreshToken = options.oauth?.refreshToken;

  const authorize = (request: SandboxRequest): SandboxReply | null => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (validTokens.has(token)) return null;
    if (expired.has(token)) {
      return squareError(
        401,
        'AUTHENTICATION_ERROR',
        'ACCESS_TOKEN_EXPIRED',
        'The access token has expired.',
      );
    }
    return squareError(401, 'AUTHENTICATION_ERROR', 'UNAUTHORIZED', 'This request could not be authorized.');
  };

  const byUpdated = (r: Json): SortKey => [ms(r.updated_at), r.id as string];
  const byCreated = (r: Json): SortKey => [ms(r.created_at), r.id as string];

  /** ListPayments and ListPaymentRefunds share their parameters. */
  const listByTime =
    (store: SandboxStore<Json>, key: 'payments' | 'refunds') => (request: SandboxRequest) => {
      const q = request.query;
      const sortField = one(q, 'sort_field') ?? 'CREATED_AT';
      if (!['CREATED_AT', 'UPDATED_AT', 'OFFLINE_CREATED_AT'].includes(sortField)) {
        return badRequest('INVALID_ENUM_VALUE', `Invalid sort_field: ${sortField}`, 'sort_field');
      }
      const sortOrder = one(q, 'sort_order') ?? 'DESC';
      if (sortOrder !== 'ASC' && sortOrder !== 'DESC') {
        return badRequest('INVALID_ENUM_VALUE', `Invalid sort_order: ${sortOrder}`, 'sort_order');
      }
      const times: Record<string, number | undefined> = {};
      for (const field of ['begin_time', 'end_time', 'updated_at_begin_time', 'updated_at_end_time']) {
        const t = timeParam(one(q, field), field);
        if (isReply(t)) return t;
        times[field] = t;
      }
      const nowMs = now();
      const begin = times.begin_time ?? nowMs - ONE_YEAR_MS;
      const end = times.end_time ?? nowMs;
      const updatedBegin = times.updated_at_begin_time;
      const updatedEnd = times.updated_at_end_time;
      const location = one(q, 'location_id') ?? mainLocation;
      const rawLimit = Number(one(q, 'limit') ?? 100);
      if (!Number.isInteger(rawLimit) || rawLimit < 1) {
        return badRequest('VALUE_TOO_LOW', 'limit must be at least 1', 'limit');
      }
      const limit = Math.min(rawLimit, 100); // documented: values above 100 are ignored (100 is used)
      const { cursor: _cursor, limit: _limit, ...rest } = q;
      const hash = queryHash(rest);
      let after: SortKey | null = null;
      const cursor = one(q, 'cursor');
      if (cursor) {
        const decoded = decodeCursor(cursor) as { k?: SortKey; q?: string } | null;
        if (!decoded?.k || decoded.q !== hash) {
          return badRequest(
            'INVALID_CURSOR',
            'The cursor does not belong to this query; resend the original query.',
          );
        }
        after = decoded.k;
      }
      const keyOf = sortField === 'UPDATED_AT' ? byUpdated : byCreated;
      const view = store.sorted(sortField, keyOf);
      const result = keysetPage(view, {
        keyOf,
        after,
        from:
          sortField === 'UPDATED_AT' && sortOrder === 'ASC' && updatedBegin !== undefined
            ? [updatedBegin]
            : null,
        descending: sortOrder === 'DESC',
        limit,
        filter: (r) => {
          if (r.location_id !== location) return false;
          const c = ms(r.created_at);
          if (c < begin || c >= end) return false;
          if (updatedBegin !== undefined || updatedEnd !== undefined) {
            const u = ms(r.updated_at);
            if (updatedBegin !== undefined && u < updatedBegin) return false;
            if (updatedEnd !== undefined && u >= updatedEnd) return false;
          }
          return true;
        },
      });
      const next = result.more && result.last ? encodeCursor({ k: result.last, q: hash }) : undefined;
      return page(key, store, result.items, next);
    };

  const searchOrders = (request: SandboxRequest): SandboxReply => {
    const body = (request.body ?? {}) as Json;
    const ids = body.location_ids;
    if (!Array.isArray(ids) || ids.length === 0) {
      return badRequest('MISSING_REQUIRED_PARAMETER', 'location_ids is required', 'location_ids');
    }
    if (ids.length > 10) return badRequest('TOO_MANY_ITEMS', 'At most 10 location_ids', 'location_ids');
    const limit = body.limit === undefined ? 500 : Number(body.limit);
    if (!Number.isInteger(limit) || limit < 1)
      return badRequest('VALUE_TOO_LOW', 'limit must be at least 1', 'limit');
    if (limit > 1000) return badRequest('VALUE_TOO_HIGH', 'limit must be at most 1000', 'limit');
    const query = (body.query ?? {}) as Json;
    const filter = (query.filter ?? {}) as Json;
    const dateFilter = (filter.date_time_filter ?? {}) as Record<
      string,
      { start_at?: unknown; end_at?: unknown }
    >;
    const dateFields = Object.keys(dateFilter);
    if (dateFields.length > 1) {
      return badRequest(
        'INVALID_VALUE',
        'Only one date_time_filter field may be set',
        'query.filter.date_time_filter',
      );
    }
    const sort = (query.sort ?? {}) as Json;
    const sortField = (sort.sort_field as string | undefined) ?? 'CREATED_AT';
    const sortOrder = (sort.sort_order as string | undefined) ?? 'DESC';
    const dateField = dateFields[0];
    if (dateField && sortField !== dateField.toUpperCase()) {
      return badRequest(
        'INVALID_VALUE',
        `sort_field ${sortField} must match the date_time_filter field ${dateField}`,
        'query.sort.sort_field',
      );
    }
    let from: number | undefined;
    let to: number | undefined;
    if (dateField) {
      const range = dateFilter[dateField] ?? {};
      const a = timeParam(range.start_at, `${dateField}.start_at`);
      const b = timeParam(range.end_at, `${dateField}.end_at`);
      if (isReply(a)) return a;
      if (isReply(b)) return b;
      from = a;
      to = b;
    }
    const states = ((filter.state_filter as Json | undefined)?.states as string[] | undefined) ?? null;
    const { cursor: _c, limit: _l, ...rest } = body;
    const hash = queryHash(rest);
    let after: SortKey | null = null;
    if (typeof body.cursor === 'string') {
      const decoded = decodeCursor(body.cursor) as { k?: SortKey; q?: string } | null;
      if (!decoded?.k || decoded.q !== hash) {
        return badRequest(
          'INVALID_CURSOR',
          'The cursor does not belong to this query; resend the original query.',
        );
      }
      after = decoded.k;
    }
    const field = (dateField ?? sortField.toLowerCase()) as string;
    const keyOf = (r: Json): SortKey => [ms(r[field]), r.id as string];
    const idSet = new Set(ids);
    const result = keysetPage(stores.orders.sorted(`orders:${field}`, keyOf), {
      keyOf,
      after,
      descending: sortOrder === 'DESC',
      limit,
      filter: (r) => {
        if (!idSet.has(r.location_id)) return false;
        if (states && !states.includes(r.state as string)) return false;
        const t = ms(r[field]);
        if (from !== undefined && !(t >= from)) return false;
        if (to !== undefined && !(t < to)) return false;
        return true;
      },
    });
    const next = result.more && result.last ? encodeCursor({ k: result.last, q: hash }) : undefined;
    return page('orders', stores.orders, result.items, next);
  };

  const searchCustomers = (request: SandboxRequest): SandboxReply => {
    const body = (request.body ?? {}) as Json;
    const limit = body.limit === undefined ? 100 : Number(body.limit);
    if (!Number.isInteger(limit) || limit < 1)
      return badRequest('VALUE_TOO_LOW', 'limit must be at least 1', 'limit');
    if (limit > 100) return badRequest('VALUE_TOO_HIGH', 'limit must be at most 100', 'limit');
    const query = (body.query ?? {}) as Json;
    const filter = (query.filter ?? {}) as Record<
      string,
      { start_at?: unknown; end_at?: unknown } | undefined
    >;
    const ranges: Record<string, [number | undefined, number | undefined]> = {};
    for (const field of ['created_at', 'updated_at']) {
      const range = filter[field];
      if (!range) continue;
      const a = timeParam(range.start_at, `${field}.start_at`);
      const b = timeParam(range.end_at, `${field}.end_at`);
      if (isReply(a)) return a;
      if (isReply(b)) return b;
      ranges[field] = [a, b];
    }
    const sort = (query.sort ?? {}) as Json;
    const sortField = (sort.field as string | undefined) ?? 'DEFAULT';
    if (sortField !== 'DEFAULT' && sortField !== 'CREATED_AT') {
      return badRequest('INVALID_ENUM_VALUE', `Invalid sort field ${sortField}`, 'query.sort.field');
    }
    const order = (sort.order as string | undefined) ?? 'ASC';
    const { cursor: _c, limit: _l, ...rest } = body;
    const hash = queryHash(rest);
    let after: SortKey | null = null;
    if (typeof body.cursor === 'string') {
      const decoded = decodeCursor(body.cursor) as { k?: SortKey; q?: string } | null;
      if (!decoded?.k || decoded.q !== hash) {
        return badRequest(
          'INVALID_CURSOR',
          'The cursor does not belong to this query; resend the original query.',
        );
      }
      after = decoded.k;
    }
    const keyOf =
      sortField === 'CREATED_AT'
        ? byCreated
        : (r: Json): SortKey => [String(r.given_name ?? ''), String(r.family_name ?? ''), r.id as string];
    const result = keysetPage(stores.customers.sorted(`customers:${sortField}`, keyOf), {
      keyOf,
      after,
      descending: order === 'DESC',
      limit,
      filter: (r) => {
        for (const [field, [a, b]] of Object.entries(ranges)) {
          const t = ms(r[field]);
          if (a !== undefined && !(t >= a)) return false;
          if (b !== undefined && !(t < b)) return false;
        }
        return true;
      },
    });
    const next = result.more && result.last ? encodeCursor({ k: result.last, q: hash }) : undefined;
    return page('customers', stores.customers, result.items, next);
  };

  const token = (request: SandboxRequest): SandboxReply => {
    const body = (request.body ?? {}) as Json;
    const oauth = options.oauth;
    if (
      !oauth ||
      body.grant_type !== 'refresh_token' ||
      body.client_id !== oauth.clientId ||
      body.client_secret !== oauth.clientSecret ||
      body.refresh_token !== refreshToken
    ) {
      return squareError(
        401,
        'AUTHENTICATION_ERROR',
        'UNAUTHORIZED',
        'Invalid client credentials or refresh token.',
      );
    }
    issued++;
    const access = `sq-access-${issued}-${random.id(16)}`;
    validTokens.add(access);
    refreshToken = `sq-refresh-${issued}-${random.id(16)}`; // rotated, so callers must store it
    return {
      json: {
        access_token: access,
        token_type: 'bearer',
        expires_at: new Date(now() + 30 * 86_400_000).toISOString(),
        merchant_id: 'MSANDBOX1',
        refresh_token: refreshToken,
      },
    };
  };

  const server = await startSandboxServer({
    vendor: 'square',
    seed: options.seed,
    latencyMs: options.latencyMs,
    recordRequests: options.recordRequests,
    port: options.port,
    authorize,
    errors: {
      rateLimit: () => squareError(429, 'RATE_LIMIT_ERROR', 'RATE_LIMITED', 'Rate limit exceeded.'),
      unauthorized: () =>
        squareError(401, 'AUTHENTICATION_ERROR', 'UNAUTHORIZED', 'This request could not be authorized.'),
      serverError: (status) =>
        squareError(status, 'API_ERROR', 'INTERNAL_SERVER_ERROR', 'Something went wrong.'),
      notFound: (path) => squareError(404, 'INVALID_REQUEST_ERROR', 'NOT_FOUND', `No endpoint ${path}.`),
    },
    routes: [
      { method: 'GET', path: '/v2/locations', handler: () => ({ json: { locations } }) },
      { method: 'GET', path: '/v2/payments', handler: listByTime(stores.payments, 'payments') },
      { method: 'GET', path: '/v2/refunds', handler: listByTime(stores.refunds, 'refunds') },
      { method: 'POST', path: '/v2/orders/search', handler: searchOrders },
      { method: 'POST', path: '/v2/customers/search', handler: searchCustomers },
      { method: 'POST', path: '/oauth2/token', handler: token, auth: false },
    ],
  });

  return {
    ...server,
    vendor: 'square',
    credentials: { type: 'bearer', token: options.accessToken ?? DEFAULT_TOKEN },
    streams: ['payments', 'refunds', 'orders', 'customers'],
    store(stream: string) {
      const found = stores[stream as keyof typeof stores];
      if (!found)
        throw new Error(
          `Square sandbox has no stream "${stream}"; streams: ${Object.keys(stores).join(', ')}`,
        );
      return found;
    },
  };
}
