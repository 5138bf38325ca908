import { type SandboxReply, type SandboxRequest, startSandboxServer } from '../testing/sandbox-server.js';
import { SandboxStore } from '../testing/sandbox-store.js';
import { seededRandom } from '../testing/seeded-random.js';
import type { VendorSandbox, VendorSandboxOptions } from '../testing/vendor-sandbox.js';
import { formatWooGmt, parseWooGmt } from './woocommerce-gmt-cursor.js';
import { generateWooData, siteTime } from './woocommerce-sandbox-data.js';

type Json = Record<string, unknown>;

export interface WooCommerceSandboxOptions extends VendorSandboxOptions {
  /** Orders (a number), or counts per stream: orders, customers. Refunds follow orders (~8% of completed ones). */
  records?: number | Readonly<Record<string, number>> | undefined;
  /** The consumer key and secret the sandbox accepts (default `ck_sandbox_key` / `cs_sandbox_secret`). */
  consumerKey?: string | undefined;
  consumerSecret?: string | undefined;
  /** Newest generated creation time (default 2025-01-01T00:00:00Z); data spans `spanDays` before it (default 730). */
  dataEnd?: number | undefined;
  spanDays?: number | undefined;
}

/** The WooCommerce sandbox, plus a way to record a refund the way the store does. */
export interface WooCommerceSandbox extends VendorSandbox {
  /** Every refund object by refund id (order links are added when served). */
  refunds(): Json[];
  /** Records a refund of `amount` on an order: the order lists it and its date_modified moves. */
  addRefund(orderId: string, amount: string): Json;
}

const API = '/wp-json/wc/v3';
const DEFAULT_KEY = 'ck_sandbox_key';
const DEFAULT_SECRET = 'cs_sandbox_secret';
const MAX_PER_PAGE = 100;

const wooError = (status: number, code: string, message: string, extra: Json = {}): SandboxReply => ({
  status,
  json: { code, message, data: { status, ...extra } },
});
const invalidParam = (param: string, message: string) =>
  wooError(400, 'rest_invalid_param', `Invalid parameter(s): ${param}`, { params: { [param]: message } });

function one(query: SandboxRequest['query'], name: string): string | undefined {
  const v = query[name];
  return Array.isArray(v) ? v[v.length - 1] : v;
}

/** A naive (offset-less) time as UTC ms, so local and GMT fields compare within their own kind. */
const naive = (value: unknown): number => parseWooGmt(value) ?? Number.NaN;

/**
 * WooCommerce stamps `date_modified_gmt` in whole seconds; a change made
 * through `touch` gets the next such stamp, strictly after every stamp in the
 * store, and moves the site-local `date_modified` with it.
 */
class WooStore extends SandboxStore<Json> {
  override nextStamp(): string {
    const base = Date.parse(String(super.nextStamp()));
    let newest = 0;
    for (const r of this.all()) newest = Math.max(newest, naive(r.date_modified_gmt) || 0);
    const second = Math.max(Math.ceil(base / 1000), Math.floor(newest / 1000) + 1);
    return formatWooGmt(second * 1000);
  }

  override touch(id: string, patch: Partial<Json> = {}): Json {
    const next = super.touch(id, patch);
    const updated = { ...next, date_modified: siteTime(naive(next.date_modified_gmt)) };
    this.insert(updated);
    return updated;
  }
}

interface ListSpec {
  orderby: Readonly<Record<string, (r: Json) => number | string>>;
  defaultOrderby: string;
  defaultOrder: 'asc' | 'desc';
}

/**
 * A local WooCommerce REST API v3 (`/wp-json/wc/v3`): orders, order refunds
 * and customers, with the contract of shared/reference/vendor-apis.md §6:
 *
 * - HTTP Basic auth with the consumer key and secret; 401 with WooCommerce's
 *   envelope `{ code, message, data: { status } }` (`Consumer key is invalid.`,
 *   `Consumer secret is invalid.`, `Sorry, you cannot list resources.` — codes
 *   and messages from WooCommerce's REST authentication, not the reference).
 * - Collections are bare JSON arrays paged by `page` (1-based) and `per_page`
 *   (default 10, 1–100, else 400 `rest_invalid_param`), over the live result
 *   (a change between pages shifts the offsets, as in WordPress), with
 *   `X-WP-Total`, `X-WP-TotalPages` and a `Link` header (next, prev, first,
 *   last); a page past the end is `[]`.
 * - orders: `modified_after`/`modified_before` and `after`/`before`
 *   (exclusive) on the site-local times, or on the `*_gmt` times with
 *   `dates_are_gmt=true`; `status` (default any); `orderby` date | modified |
 *   id | include | title | slug (default date), `order` (default desc).
 * - refunds: `/orders/{id}/refunds`, 404 `woocommerce_rest_shop_order_invalid_id`
 *   for an unknown order, `_links.up` pointing at the order.
 * - customers: no date filter; `orderby` id | include | name | registered_date
 *   (default name), `order` (default asc); `role` (default customer).
 * - Times have one-second resolution: `date_modified_gmt` in GMT, `date_modified`
 *   in the site's zone (+01:00), neither with an offset.
 * - No documented rate limit: the fault injector's 429 uses WooCommerce's
 *   envelope with a sandbox code.
 */
export async function startWooCommerceSandbox(
  options: WooCommerceSandboxOptions = {},
): Promise<WooCommerceSandbox> {
  const random = seededRandom(options.seed ?? 1);
  const counts = typeof options.records === 'number' ? { orders: options.records } : (options.records ?? {});
  const orderCount = counts.orders ?? 250;
  const data = generateWooData(random, {
    orders: orderCount,
    customers: counts.customers ?? Math.max(5, Math.min(Math.ceil(orderCount / 4), 2_000)),
    end: options.dataEnd ?? Date.UTC(2025, 0, 1),
    spanDays: options.spanDays ?? 730,
  });
  const now = options.now ?? Date.now;
  const storeOf = (records: Json[]) =>
    new WooStore(records, { key: (r) => String(r.id), cursorField: 'date_modified_gmt', now });
  const stores = { orders: storeOf(data.orders), customers: storeOf(data.customers) };
  const refunds = data.refunds;
  const key = options.consumerKey ?? DEFAULT_KEY;
  const secret = options.consumerSecret ?? DEFAULT_SECRET;
  let nextRefundId = 900_000;

  const authorize = (request: SandboxRequest): SandboxReply | null => {
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('Basic ')) {
      return wooError(401, 'woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.');
    }
    const [user, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
    if (user !== key)
      return wooError(401, 'woocommerce_rest_authentication_error', 'Consumer key is invalid.');
    if (rest.join(':') !== secret) {
      return wooError(401, 'woocommerce_rest_authentication_error', 'Consumer secret is invalid.');
    }
    return null;
  };

  /** WordPress collection paging over `rows` (already filtered and sorted). */
  const collection = (request: SandboxRequest, rows: readonly Json[], view: (r: Json) => unknown) => {
    const q = request.query;
    const page = Number(one(q, 'page') ?? 1);
    const perPage = Number(one(q, 'per_page') ?? 10);
    if (!Number.isInteger(page) || page < 1)
      return invalidParam('page', 'page must be greater than or equal to 1');
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
      return invalidParam(
        'per_page',
        `per_page must be between 1 (inclusive) and ${MAX_PER_PAGE} (inclusive)`,
      );
    }
    const total = rows.length;
    const totalPages = Math.ceil(total / perPage);
    const host = request.headers.host ?? '127.0.0.1';
    const link = (p: number, rel: string) => {
      const url = new URL(`http://${host}${request.path}`);
      for (const [k, v] of Object.entries(q)) url.searchParams.set(k, Array.isArray(v) ? v.join(',') : v);
      url.searchParams.set('page', String(p));
      return `<${url.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1 && totalPages > 0) links.push(link(Math.min(page - 1, totalPages), 'prev'));
    if (page < totalPages) links.push(link(page + 1, 'next'));
    if (totalPages > 0) links.push(link(1, 'first'), link(totalPages, 'last'));
    return {
      headers: {
        'x-wp-total': String(total),
        'x-wp-totalpages': String(totalPages),
        ...(links.length > 0 ? { link: links.join(', ') } : {}),
      },
      json: rows.slice((page - 1) * perPage, page * perPage).map(view),
    };
  };

  const sorted = (request: SandboxRequest, rows: Json[], spec: ListSpec): Json[] | SandboxReply => {
    const orderby = one(request.query, 'orderby') ?? spec.defaultOrderby;
    const order = one(request.query, 'order') ?? spec.defaultOrder;
    const keyOf = spec.orderby[orderby];
    if (!keyOf) {
      return invalidParam('orderby', `orderby is not one of ${Object.keys(spec.orderby).join(', ')}.`);
    }
    if (order !== 'asc' && order !== 'desc')
      return invalidParam('order', 'order is not one of asc and desc.');
    const sign = order === 'asc' ? 1 : -1;
    const compare = (x: number | string, y: number | string) => (x < y ? -1 : x > y ? 1 : 0);
    return [...rows].sort((a, b) => sign * (compare(keyOf(a), keyOf(b)) || Number(a.id) - Number(b.id)));
  };

  const listOrders = (request: SandboxRequest): SandboxReply => {
    const q = request.query;
    const gmt = ['true', '1'].includes(one(q, 'dates_are_gmt') ?? '');
    const field = (name: string) => (gmt ? `${name}_gmt` : name);
    const filters: [string, string, 'after' | 'before'][] = [
      ['modified_after', 'date_modified', 'after'],
      ['modified_before', 'date_modified', 'before'],
      ['after', 'date_created', 'after'],
      ['before', 'date_created', 'before'],
    ];
    const bounds: { field: string; at: number; side: 'after' | 'before' }[] = [];
    for (const [param, name, side] of filters) {
      const v = one(q, param);
      if (v === undefined) continue;
      const at = naive(v);
      if (Number.isNaN(at)) return invalidParam(param, `Invalid date.`);
      bounds.push({ field: field(name), at, side });
    }
    const statuses = (one(q, 'status') ?? 'any').split(',');
    const rows = stores.orders.all().filter((o) => {
      if (!statuses.includes('any') && !statuses.includes(o.status as string)) return false;
      return bounds.every((b) => {
        const t = naive(o[b.field]);
        return b.side === 'after' ? t > b.at : t < b.at;
      });
    });
    const ordered = sorted(request, rows, {
      orderby: {
        date: (r) => naive(r.date_created_gmt),
        modified: (r) => naive(r.date_modified_gmt),
        id: (r) => Number(r.id),
        include: (r) => Number(r.id),
        title: (r) => Number(r.id),
        slug: (r) => Number(r.id),
      },
      defaultOrderby: 'date',
      defaultOrder: 'desc',
    });
    if (!Array.isArray(ordered)) return ordered;
    return collection(request, ordered, (r) => r);
  };

  const listRefunds = (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
    const orderId = params.id ?? '';
    if (!stores.orders.get(orderId)) {
      return wooError(404, 'woocommerce_rest_shop_order_invalid_id', 'Invalid order ID.');
    }
    const host = request.headers.host ?? '127.0.0.1';
    const base = `http://${host}${API}/orders/${orderId}`;
    const ordered = sorted(request, refunds.get(orderId) ?? [], {
      orderby: {
        date: (r) => naive(r.date_created_gmt),
        id: (r) => Number(r.id),
        modified: (r) => naive(r.date_created_gmt),
      },
      defaultOrderby: 'date',
      defaultOrder: 'desc',
    });
    if (!Array.isArray(ordered)) return ordered;
    return collection(request, ordered, (r) => ({
      ...r,
      _links: {
        self: [{ href: `${base}/refunds/${r.id}` }],
        collection: [{ href: `${base}/refunds` }],
        up: [{ href: base }],
      },
    }));
  };

  const listCustomers = (request: SandboxRequest): SandboxReply => {
    const role = one(request.query, 'role') ?? 'customer';
    const email = one(request.query, 'email');
    const rows = stores.customers
      .all()
      .filter((c) => (role === 'all' || c.role === role) && (email === undefined || c.email === email));
    const ordered = sorted(request, rows, {
      orderby: {
        id: (r) => Number(r.id),
        include: (r) => Number(r.id),
        name: (r) => `${String(r.last_name ?? '')} ${String(r.first_name ?? '')}`,
        registered_date: (r) => naive(r.date_created_gmt),
      },
      defaultOrderby: 'name',
      defaultOrder: 'asc',
    });
    if (!Array.isArray(ordered)) return ordered;
    return collection(request, ordered, (r) => r);
  };

  const server = await startSandboxServer({
    vendor: 'woocommerce',
    seed: options.seed,
    latencyMs: options.latencyMs,
    recordRequests: options.recordRequests,
    port: options.port,
    authorize,
    errors: {
      rateLimit: () => wooError(429, 'woocommerce_rest_too_many_requests', 'Too many requests.'),
      unauthorized: () => wooError(401, 'woocommerce_rest_authentication_error', 'Consumer key is invalid.'),
      serverError: (status) =>
        wooError(status, 'internal_server_error', 'There has been a critical error on this website.'),
      notFound: () =>
        wooError(404, 'rest_no_route', 'No route was found matching the URL and request method.'),
    },
    routes: [
      { method: 'GET', path: `${API}/orders`, handler: listOrders },
      { method: 'GET', path: `${API}/orders/:id/refunds`, handler: listRefunds },
      { method: 'GET', path: `${API}/customers`, handler: listCustomers },
    ],
  });

  return {
    ...server,
    vendor: 'woocommerce',
    credentials: { type: 'basic', username: key, password: secret },
    streams: ['orders', 'customers'],
    store(stream: string) {
      const found = stores[stream as keyof typeof stores];
      if (!found) {
        throw new Error(
          `WooCommerce sandbox has no stream "${stream}"; streams: orders, customers (refunds: sandbox.refunds()).`,
        );
      }
      return found;
    },
    refunds: () => [...refunds.values()].flat(),
    addRefund(orderId: string, amount: string): Json {
      const order = stores.orders.get(orderId);
      if (!order) throw new Error(`no order ${orderId}`);
      const at = Date.now();
      const refund = {
        id: nextRefundId++,
        date_created: siteTime(at),
        date_created_gmt: formatWooGmt(at),
        amount,
        reason: 'Returned',
        refunded_by: 1,
        refunded_payment: true,
        meta_data: [],
        line_items: [],
      };
      refunds.set(orderId, [...(refunds.get(orderId) ?? []), refund]);
      stores.orders.touch(orderId, {
        refunds: [
          ...((order.refunds as Json[]) ?? []),
          { id: refund.id, refund: refund.reason, total: `-${amount}` },
        ],
      });
      return refund;
    },
  };
}
