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
import { generateShopifyData, shopifyTime } from './shopify-sandbox-data.js';

type Json = Record<string, unknown>;

export interface ShopifySandboxOptions extends VendorSandboxOptions {
  /** Orders (a number), or counts per stream: orders, customers. Refunds live inside orders (~8% of them). */
  records?: number | Readonly<Record<string, number>> | undefined;
  /** The access token the sandbox accepts (default `shpat_sandbox_token`). */
  accessToken?: string | undefined;
  /**
   * The shop's REST leaky bucket: `capacity` calls, leaking `leakPerSecond`
   * (default 40 and 2, the standard plan). Over capacity the sandbox answers 429.
   */
  callLimit?: { capacity: number; leakPerSecond: number } | undefined;
  /** Newest generated creation time (default 2025-01-01T00:00:00Z); data spans `spanDays` before it (default 730). */
  dataEnd?: number | undefined;
  spanDays?: number | undefined;
}

const DEFAULT_TOKEN = 'shpat_sandbox_token';
const VERSION = /^\d{4}-\d{2}$/;
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 250;
// ISO 8601 with an offset, as the filters take them (`2014-04-25T16:15:47-04:00`).
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const ms = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : Number.NaN);
const shopifyError = (status: number, errors: unknown): SandboxReply => ({ status, json: { errors } });

function one(query: SandboxRequest['query'], name: string): string | undefined {
  const v = query[name];
  return Array.isArray(v) ? v[v.length - 1] : v;
}

/**
 * Shopify stamps `updated_at` in whole seconds in the shop's zone; a change
 * made through `touch` gets the next such stamp, strictly after every stamp
 * in the store.
 */
class ShopifyStore extends SandboxStore<Json> {
  override nextStamp(): string {
    const base = ms(String(super.nextStamp()));
    let newest = 0;
    for (const r of this.all()) newest = Math.max(newest, ms(r.updated_at) || 0);
    const second = Math.max(Math.ceil(base / 1000), Math.floor(newest / 1000) + 1);
    return shopifyTime(second * 1000);
  }
}

interface ListSpec {
  resource: 'orders' | 'customers';
  store: ShopifyStore;
  /** Filter parameters the endpoint takes (besides limit, fields, page_info). */
  timeFilters: readonly string[];
  orderFields: readonly string[];
  /** orders only: `status` (open by default). */
  status: boolean;
}

/**
 * A local Shopify REST Admin API (`/admin/api/{version}/…`): shop.json,
 * orders.json and customers.json, with the contract of
 * shared/reference/vendor-apis.md §5 where it matters for a sync:
 *
 * - `X-Shopify-Access-Token` checked; 401 `{"errors":"[API] Invalid API key or
 *   access token …"}` (body 3rd-party/community, not from the reference).
 * - Pages: `limit` (default 50, max 250; more is a 400 here) and a `Link`
 *   header `<…?limit=…&page_info=…>; rel="next"` (and `rel="previous"`), no
 *   header on a single page. `page_info` is a keyset cursor that carries the
 *   original filters; any filter next to it is a 400, as Shopify rejects them.
 * - orders: `status` any | open (default) | closed | cancelled;
 *   `updated_at_min/max`, `created_at_min/max`, `processed_at_min/max`
 *   (inclusive); customers: `updated_at_*`, `created_at_*`. `order=<field>
 *   asc|desc` (created_at, updated_at, processed_at, id; default created_at
 *   desc, a sandbox choice); `fields=a,b` projects the records.
 * - The leaky bucket: every response carries `X-Shopify-Shop-Api-Call-Limit:
 *   used/capacity`; over capacity, 429 `{"errors":"Exceeded 2 calls per second
 *   for api client. …"}` with `Retry-After` (3rd-party body and header).
 * - Stamps are whole seconds with the shop's offset (`…-05:00`); a change made
 *   through `store(…).touch` bumps `updated_at` like Shopify does.
 */
export async function startShopifySandbox(options: ShopifySandboxOptions = {}): Promise<VendorSandbox> {
  const random = seededRandom(options.seed ?? 1);
  const counts = typeof options.records === 'number' ? { orders: options.records } : (options.records ?? {});
  const orderCount = counts.orders ?? 250;
  const data = generateShopifyData(random, {
    orders: orderCount,
    customers: counts.customers ?? Math.max(5, Math.min(Math.ceil(orderCount / 4), 2_000)),
    end: options.dataEnd ?? Date.UTC(2025, 0, 1),
    spanDays: options.spanDays ?? 730,
  });
  const now = options.now ?? Date.now;
  const storeOf = (records: Json[]) =>
    new ShopifyStore(records, { key: (r) => String(r.id), cursorField: 'updated_at', now });
  const stores = { orders: storeOf(data.orders), customers: storeOf(data.customers) };
  const token = options.accessToken ?? DEFAULT_TOKEN;

  const capacity = options.callLimit?.capacity ?? 40;
  const leak = options.callLimit?.leakPerSecond ?? 2;
  let level = 0;
  let leakedAt = Date.now();
  /** One call into the bucket: the header to send, or null when the bucket is full. */
  const takeCall = (): Record<string, string> | null => {
    const t = Date.now();
    level = Math.max(0, level - ((t - leakedAt) / 1000) * leak);
    leakedAt = t;
    if (level + 1 > capacity) return null;
    level += 1;
    return { 'x-shopify-shop-api-call-limit': `${Math.ceil(level)}/${capacity}` };
  };
  const throttled = (): SandboxReply => ({
    ...shopifyError(
      429,
      `Exceeded ${leak} calls per second for api client. Reduce request rates to resume unthrottled access.`,
    ),
    headers: {
      'retry-after': String(Math.max(1, Math.ceil(1 / leak))),
      'x-shopify-shop-api-call-limit': `${capacity}/${capacity}`,
    },
  });

  const authorize = (request: SandboxRequest): SandboxReply | null =>
    request.headers['x-shopify-access-token'] === token
      ? null
      : shopifyError(401, '[API] Invalid API key or access token (unrecognized login or wrong password)');

  const list =
    (spec: ListSpec) =>
    (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
      const bucket = takeCall();
      if (!bucket) return throttled();
      if (!VERSION.test(params.version ?? '')) return { ...shopifyError(404, 'Not Found'), headers: bucket };
      const bad = (field: string, message: string): SandboxReply => ({
        ...shopifyError(400, { [field]: [message] }),
        headers: bucket,
      });
      const q = request.query;
      const limit = Number(one(q, 'limit') ?? DEFAULT_LIMIT);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
        return bad('limit', `must be between 1 and ${MAX_LIMIT}`);
      }
      const fields = one(q, 'fields');
      let filters: Record<string, string> = {};
      let after: SortKey | null = null;
      const pageInfo = one(q, 'page_info');
      if (pageInfo !== undefined) {
        const extra = Object.keys(q).filter((k) => !['page_info', 'limit', 'fields'].includes(k));
        if (extra.length > 0) return bad('page_info', `cannot be combined with ${extra.join(', ')}`);
        const decoded = decodeCursor(pageInfo) as { f?: Record<string, string>; k?: SortKey } | null;
        if (!decoded?.f || !decoded.k) return bad('page_info', 'Invalid value.');
        filters = decoded.f;
        after = decoded.k;
      } else {
        for (const name of [...spec.timeFilters, 'order', ...(spec.status ? ['status'] : [])]) {
          const v = one(q, name);
          if (v !== undefined) filters[name] = v;
        }
      }
      const bounds: Record<string, number> = {};
      for (const name of spec.timeFilters) {
        const v = filters[name];
        if (v === undefined) continue;
        if (!ISO_WITH_OFFSET.test(v) || Number.isNaN(ms(v)))
          return bad(name, `"${v}" is not an ISO 8601 time`);
        bounds[name] = ms(v);
      }
      const [orderField = 'created_at', direction = 'desc'] = (filters.order ?? 'created_at desc').split(
        /\s+/,
      );
      if (!spec.orderFields.includes(orderField) || !['asc', 'desc'].includes(direction)) {
        return bad('order', `"${filters.order}" is not a sortable field and direction`);
      }
      const status = filters.status ?? 'open';
      if (spec.status && !['open', 'closed', 'cancelled', 'any'].includes(status)) {
        return bad('status', `"${status}" is not a status`);
      }
      const keyOf = (r: Json): SortKey =>
        orderField === 'id' ? [Number(r.id)] : [ms(r[orderField]), String(r.id)];
      const inRange = (r: Json, field: string) => {
        const t = ms(r[field]);
        const min = bounds[`${field}_min`];
        const max = bounds[`${field}_max`];
        return (min === undefined || t >= min) && (max === undefined || t <= max);
      };
      const result = keysetPage(spec.store.sorted(`${spec.resource}:${orderField}`, keyOf), {
        keyOf,
        after,
        from:
          orderField === 'updated_at' && direction === 'asc' && bounds.updated_at_min !== undefined
            ? [bounds.updated_at_min]
            : null,
        descending: direction === 'desc',
        limit,
        filter: (r) => {
          if (spec.status && status !== 'any') {
            const closed = r.closed_at != null;
            const cancelled = r.cancelled_at != null;
            if (status === 'open' && (closed || cancelled)) return false;
            if (status === 'closed' && !closed) return false;
            if (status === 'cancelled' && !cancelled) return false;
          }
          return ['created_at', 'updated_at', 'processed_at'].every((f) => inRange(r, f));
        },
      });
      const host = request.headers.host ?? '127.0.0.1';
      const link = (info: string, rel: string) => {
        const url = new URL(`http://${host}${request.path}`);
        url.searchParams.set('limit', String(limit));
        if (fields !== undefined) url.searchParams.set('fields', fields);
        url.searchParams.set('page_info', info);
        return `<${url.toString()}>; rel="${rel}"`;
      };
      const links: string[] = [];
      if (pageInfo !== undefined && result.items[0]) {
        links.push(link(encodeCursor({ f: filters, k: keyOf(result.items[0]), d: 'prev' }), 'previous'));
      }
      if (result.more && result.last) links.push(link(encodeCursor({ f: filters, k: result.last }), 'next'));
      const headers = { ...bucket, ...(links.length > 0 ? { link: links.join(', ') } : {}) };
      if (fields === undefined) {
        return {
          headers,
          bytes: jsonPage(
            spec.resource,
            result.items.map((r) => spec.store.bytes(r)),
          ),
        };
      }
      const keep = fields.split(',').map((f) => f.trim());
      const projected = result.items.map((r) =>
        Object.fromEntries(keep.filter((f) => f in r).map((f) => [f, r[f]])),
      );
      return { headers, json: { [spec.resource]: projected } };
    };

  const server = await startSandboxServer({
    vendor: 'shopify',
    seed: options.seed,
    latencyMs: options.latencyMs,
    recordRequests: options.recordRequests,
    port: options.port,
    authorize,
    errors: {
      rateLimit: () =>
        shopifyError(
          429,
          'Exceeded 2 calls per second for api client. Reduce request rates to resume unthrottled access.',
        ),
      unauthorized: () =>
        shopifyError(401, '[API] Invalid API key or access token (unrecognized login or wrong password)'),
      serverError: (status) => shopifyError(status, 'Internal Server Error'),
      notFound: () => shopifyError(404, 'Not Found'),
    },
    routes: [
      {
        method: 'GET',
        path: '/admin/api/:version/shop.json',
        handler: () => {
          const bucket = takeCall();
          return bucket ? { headers: bucket, json: { shop: data.shop } } : throttled();
        },
      },
      {
        method: 'GET',
        path: '/admin/api/:version/orders.json',
        handler: list({
          resource: 'orders',
          store: stores.orders,
          timeFilters: [
            'updated_at_min',
            'updated_at_max',
            'created_at_min',
            'created_at_max',
            'processed_at_min',
            'processed_at_max',
          ],
          orderFields: ['created_at', 'updated_at', 'processed_at', 'id'],
          status: true,
        }),
      },
      {
        method: 'GET',
        path: '/admin/api/:version/customers.json',
        handler: list({
          resource: 'customers',
          store: stores.customers,
          timeFilters: ['updated_at_min', 'updated_at_max', 'created_at_min', 'created_at_max'],
          orderFields: ['created_at', 'updated_at', 'id'],
          status: false,
        }),
      },
    ],
  });

  return {
    ...server,
    vendor: 'shopify',
    credentials: { type: 'bearer', token },
    streams: ['orders', 'customers'],
    store(stream: string) {
      const found = stores[stream as keyof typeof stores];
      if (!found) {
        throw new Error(
          `Shopify sandbox has no stream "${stream}"; streams: orders, customers (refunds live inside orders).`,
        );
      }
      return found;
    },
  };
}
