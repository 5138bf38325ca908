import { type SandboxReply, type SandboxRequest, startSandboxServer } from '../testing/sandbox-server.js';
import { SandboxStore, type SandboxStoreOptions } from '../testing/sandbox-store.js';
import { seededRandom } from '../testing/seeded-random.js';
import type { VendorSandbox, VendorSandboxOptions } from '../testing/vendor-sandbox.js';
import { formatIsoSeconds, formatRfc2822, parseBigCommerceTime } from './bigcommerce-date-cursor.js';
import { generateBigCommerceData } from './bigcommerce-sandbox-data.js';

type Json = Record<string, unknown>;

export interface BigCommerceSandboxOptions extends VendorSandboxOptions {
  /** Orders (a number), or counts per stream: orders, customers. */
  records?: number | Readonly<Record<string, number>> | undefined;
  /** The store hash in the path (default `abc123`). */
  storeHash?: string | undefined;
  /** The access token the sandbox accepts in X-Auth-Token (default `bc_sandbox_token`). */
  accessToken?: string | undefined;
  /** The store's window quota (default 150 requests per 30,000 ms, the Standard plan). */
  quota?: { requests: number; windowMs: number } | undefined;
  /** Newest generated creation time (default 2025-01-01T00:00:00Z); data spans `spanDays` before it (default 730). */
  dataEnd?: number | undefined;
  spanDays?: number | undefined;
}

const DEFAULT_TOKEN = 'bc_sandbox_token';
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 250;
const STATUS_CODES = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

/** V3 error envelope. */
const v3Error = (status: number, title: string): SandboxReply => ({
  status,
  json: { status, title, type: STATUS_CODES, errors: {} },
});
/** V2 error envelope: an array of `{ status, message }`. */
const v2Error = (status: number, message: string): SandboxReply => ({ status, json: [{ status, message }] });

function one(query: SandboxRequest['query'], name: string): string | undefined {
  const v = query[name];
  return Array.isArray(v) ? v[v.length - 1] : v;
}

const at = (value: unknown): number => parseBigCommerceTime(value) ?? Number.NaN;

/** BigCommerce stamps `date_modified` in whole seconds; `touch` writes the next one in the resource's format. */
class BigCommerceStore extends SandboxStore<Json> {
  readonly #format: (ms: number) => string;

  constructor(records: Json[], options: SandboxStoreOptions<Json>, format: (ms: number) => string) {
    super(records, options);
    this.#format = format;
  }

  override nextStamp(): string {
    const base = Date.parse(String(super.nextStamp()));
    let newest = 0;
    for (const r of this.all()) newest = Math.max(newest, at(r.date_modified) || 0);
    return this.#format(Math.max(Math.ceil(base / 1000), Math.floor(newest / 1000) + 1) * 1000);
  }
}

interface Page {
  page: number;
  limit: number;
}

/**
 * A local BigCommerce API (`/stores/{store_hash}/v2|v3/…`): V2 store and
 * orders, V3 customers. What it mimics and where each fact comes from (the
 * reference, vendor-apis.md §7, confirms little; everything else is marked):
 *
 * - `X-Auth-Token` checked (header name unconfirmed; the Singer tap's); 401
 *   with a V3-style envelope (sandbox wording).
 * - The window quota (reference, 3rd-party transcription): every answer
 *   carries `X-Rate-Limit-Time-Window-Ms`, `-Time-Reset-Ms`,
 *   `-Requests-Quota`, `-Requests-Left`; over the quota, 429.
 * - V2 orders (archived V2 reference, 3rd-party): a bare array, default sort
 *   by id ascending, `sort=field:asc|desc`, `page` (1-based) and `limit`
 *   (default 50, max 250) over the live result; `min_date_modified` /
 *   `max_date_modified` / `min_date_created` / `max_date_created` in RFC 2822
 *   or ISO 8601 (reference), inclusive; times written in RFC 2822; 204 with
 *   no body when nothing matches (the Singer tap handles it).
 * - V3 customers (unconfirmed): `{ data, meta: { pagination } }`,
 *   `date_modified:min` / `:max`, `date_created:min` / `:max` (ISO 8601,
 *   inclusive), `sort` date_created | last_name | date_modified with :asc or
 *   :desc (default by id), `include=addresses`, `page` / `limit`; bad
 *   parameters are 422 with the V3 envelope.
 */
export async function startBigCommerceSandbox(
  options: BigCommerceSandboxOptions = {},
): Promise<VendorSandbox> {
  const random = seededRandom(options.seed ?? 1);
  const counts = typeof options.records === 'number' ? { orders: options.records } : (options.records ?? {});
  const orderCount = counts.orders ?? 250;
  const data = generateBigCommerceData(random, {
    orders: orderCount,
    customers: counts.customers ?? Math.max(5, Math.min(Math.ceil(orderCount / 4), 2_000)),
    end: options.dataEnd ?? Date.UTC(2025, 0, 1),
    spanDays: options.spanDays ?? 730,
  });
  const now = options.now ?? Date.now;
  const storeOptions = { key: (r: Json) => String(r.id), cursorField: 'date_modified', now };
  const stores = {
    orders: new BigCommerceStore(data.orders, storeOptions, formatRfc2822),
    customers: new BigCommerceStore(data.customers, storeOptions, formatIsoSeconds),
  };
  const storeHash = options.storeHash ?? 'abc123';
  const token = options.accessToken ?? DEFAULT_TOKEN;

  const quota = options.quota ?? { requests: 150, windowMs: 30_000 };
  let windowStart = Date.now();
  let used = 0;
  /** One request against the window quota: its headers, and whether it is over. */
  const takeQuota = () => {
    const t = Date.now();
    if (t - windowStart >= quota.windowMs) {
      windowStart = t;
      used = 0;
    }
    const over = used >= quota.requests;
    if (!over) used++;
    const headers = {
      'x-rate-limit-time-window-ms': String(quota.windowMs),
      'x-rate-limit-time-reset-ms': String(Math.max(0, windowStart + quota.windowMs - t)),
      'x-rate-limit-requests-quota': String(quota.requests),
      'x-rate-limit-requests-left': String(Math.max(0, quota.requests - used)),
    };
    return { over, headers };
  };

  const authorize = (request: SandboxRequest): SandboxReply | null =>
    request.headers['x-auth-token'] === token ? null : v3Error(401, 'No valid credential was provided.');

  /** Wraps a handler: the store hash, the quota and its headers. */
  const api =
    (handler: (request: SandboxRequest) => SandboxReply) =>
    (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
      const { over, headers } = takeQuota();
      if (over) return { ...v3Error(429, 'Too many requests: the store’s API quota is used up.'), headers };
      if (params.hash !== storeHash)
        return { ...v2Error(404, 'The requested resource was not found.'), headers };
      const reply = handler(request);
      return { ...reply, headers: { ...headers, ...reply.headers } };
    };

  const paging = (request: SandboxRequest): Page | string => {
    const page = Number(one(request.query, 'page') ?? 1);
    const limit = Number(one(request.query, 'limit') ?? DEFAULT_LIMIT);
    if (!Number.isInteger(page) || page < 1) return 'page';
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) return 'limit';
    return { page, limit };
  };

  /** `field:asc|desc` over sortable fields; ties by id. */
  const sortBy = (rows: Json[], sort: string, fields: readonly string[]): Json[] | null => {
    const [field = 'id', dir = 'asc'] = sort.split(':');
    if (!fields.includes(field) || !['asc', 'desc'].includes(dir)) return null;
    const sign = dir === 'asc' ? 1 : -1;
    const value = (r: Json): number | string =>
      field.startsWith('date_')
        ? at(r[field])
        : field === 'last_name'
          ? String(r.last_name ?? '')
          : Number(r[field]);
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return sign * (x < y ? -1 : x > y ? 1 : Number(a.id) - Number(b.id));
    });
  };

  /** Inclusive time filters; the name of a bad one, or the predicate. */
  const timeFilters = (request: SandboxRequest, names: readonly [string, string, 'min' | 'max'][]) => {
    const bounds: { field: string; t: number; side: 'min' | 'max' }[] = [];
    for (const [param, field, side] of names) {
      const v = one(request.query, param);
      if (v === undefined) continue;
      const t = parseBigCommerceTime(v);
      if (t === null) return param;
      bounds.push({ field, t, side });
    }
    return (r: Json) =>
      bounds.every((b) => (b.side === 'min' ? at(r[b.field]) >= b.t : at(r[b.field]) <= b.t));
  };

  const listOrders = (request: SandboxRequest): SandboxReply => {
    const p = paging(request);
    if (typeof p === 'string') return v2Error(400, `The field '${p}' is invalid.`);
    const keep = timeFilters(request, [
      ['min_date_modified', 'date_modified', 'min'],
      ['max_date_modified', 'date_modified', 'max'],
      ['min_date_created', 'date_created', 'min'],
      ['max_date_created', 'date_created', 'max'],
    ]);
    if (typeof keep === 'string') return v2Error(400, `The field '${keep}' is invalid.`);
    const rows = sortBy(stores.orders.all().filter(keep), one(request.query, 'sort') ?? 'id:asc', [
      'id',
      'date_created',
      'date_modified',
      'status_id',
    ]);
    if (!rows) return v2Error(400, "The field 'sort' is invalid.");
    const items = rows.slice((p.page - 1) * p.limit, p.page * p.limit);
    if (items.length === 0) return { status: 204, text: '' };
    return {
      bytes: [
        Buffer.from('['),
        ...items.flatMap((r, i) =>
          i > 0 ? [Buffer.from(','), stores.orders.bytes(r)] : [stores.orders.bytes(r)],
        ),
        Buffer.from(']'),
      ],
    };
  };

  const listCustomers = (request: SandboxRequest): SandboxReply => {
    const p = paging(request);
    if (typeof p === 'string') return v3Error(422, `The filter(s): ${p} are not valid filter parameter(s).`);
    const keep = timeFilters(request, [
      ['date_modified:min', 'date_modified', 'min'],
      ['date_modified:max', 'date_modified', 'max'],
      ['date_created:min', 'date_created', 'min'],
      ['date_created:max', 'date_created', 'max'],
    ]);
    if (typeof keep === 'string')
      return v3Error(422, `The filter(s): ${keep} are not valid filter parameter(s).`);
    const sort = one(request.query, 'sort') ?? 'id:asc';
    const allowed = sort === 'id:asc' || /^(date_created|last_name|date_modified):(asc|desc)$/.test(sort);
    const rows = allowed
      ? sortBy(stores.customers.all().filter(keep), sort, [
          'id',
          'date_created',
          'last_name',
          'date_modified',
        ])
      : null;
    if (!rows) return v3Error(422, `The sort ${sort} is not valid.`);
    const includes = (one(request.query, 'include') ?? '').split(',');
    const items = rows.slice((p.page - 1) * p.limit, p.page * p.limit).map((r) => {
      if (includes.includes('addresses')) return r;
      const { addresses: _a, ...rest } = r;
      return rest;
    });
    const totalPages = Math.ceil(rows.length / p.limit);
    const link = (page: number) => `?page=${page}&limit=${p.limit}`;
    return {
      json: {
        data: items,
        meta: {
          pagination: {
            total: rows.length,
            count: items.length,
            per_page: p.limit,
            current_page: p.page,
            total_pages: totalPages,
            links: {
              ...(p.page > 1 ? { previous: link(p.page - 1) } : {}),
              current: link(p.page),
              ...(p.page < totalPages ? { next: link(p.page + 1) } : {}),
            },
          },
        },
      },
    };
  };

  const server = await startSandboxServer({
    vendor: 'bigcommerce',
    seed: options.seed,
    latencyMs: options.latencyMs,
    recordRequests: options.recordRequests,
    port: options.port,
    authorize,
    errors: {
      rateLimit: () => v3Error(429, 'Too many requests: the store’s API quota is used up.'),
      unauthorized: () => v3Error(401, 'No valid credential was provided.'),
      serverError: (status) => v3Error(status, 'Internal Server Error'),
      notFound: () => v2Error(404, 'The requested resource was not found.'),
    },
    routes: [
      { method: 'GET', path: '/stores/:hash/v2/store', handler: api(() => ({ json: data.store })) },
      { method: 'GET', path: '/stores/:hash/v2/orders', handler: api(listOrders) },
      { method: 'GET', path: '/stores/:hash/v3/customers', handler: api(listCustomers) },
    ],
  });

  return {
    ...server,
    vendor: 'bigcommerce',
    credentials: { type: 'api-key', key: token },
    streams: ['orders', 'customers'],
    store(stream: string) {
      const found = stores[stream as keyof typeof stores];
      if (!found)
        throw new Error(`BigCommerce sandbox has no stream "${stream}"; streams: orders, customers.`);
      return found;
    },
  };
}
