import { randomUUID } from 'node:crypto';
import { type SandboxReply, type SandboxRequest, startSandboxServer } from '../testing/sandbox-server.js';
import { SandboxStore, type SortKey } from '../testing/sandbox-store.js';
import { seededRandom } from '../testing/seeded-random.js';
import type { VendorSandbox, VendorSandboxOptions } from '../testing/vendor-sandbox.js';
import { TOAST_TIME } from './toast-api.js';
import { generateToastData, toastUuid } from './toast-sandbox-data.js';

type Json = Record<string, unknown>;

export interface ToastSandboxOptions extends VendorSandboxOptions {
  /** Orders (a number), or `{ orders }`. */
  records?: number | Readonly<Record<string, number>> | undefined;
  /** Number of restaurants (default 2). */
  restaurants?: number | undefined;
  /** The access token the sandbox accepts (default `toast-sandbox-token`). */
  accessToken?: string | undefined;
  /**
   * Serve pages sorted by guid instead of modifiedDate: a Toast that does
   * not sort ordersBulk (its order is not documented), to test `verifySorted`.
   */
  unsorted?: boolean | undefined;
  /** Newest generated opening time (default 2025-01-01T00:00:00Z); data spans `spanDays` before it (default 730). */
  dataEnd?: number | undefined;
  spanDays?: number | undefined;
}

/** A Toast sandbox: also names its restaurants, for `restaurantGuids`. */
export interface ToastSandbox extends VendorSandbox {
  readonly restaurantGuids: readonly string[];
  /** The restaurant an order belongs to (ordersBulk orders do not name it). */
  restaurantOf(orderGuid: string): string;
}

const DEFAULT_TOKEN = 'toast-sandbox-token';
const MAX_PAGE_SIZE = 100;
// "The date must be after 2015-12-01T00:00:00.000+0000" (ordersBulkGet startDate).
const OLDEST_START = Date.UTC(2015, 11, 1);
// Restaurant time zones the data is written in: Eastern, Pacific, Central.
const OFFSETS = [-300, -480, -360];

/**
 * Toast's error body (status, message, requestId, errors, canRetry). The
 * field set follows Toast's error-response docs; it is not in the reference.
 */
function toastError(status: number, message: string, canRetry = false): SandboxReply {
  return {
    status,
    json: { status, message, requestId: randomUUID(), developerMessage: null, errors: [], canRetry },
  };
}

function one(query: SandboxRequest['query'], name: string): string | undefined {
  const v = query[name];
  return Array.isArray(v) ? v[v.length - 1] : v;
}

/** An ISO-8601 query time in Toast's format, or a 400 naming the parameter. */
function timeParam(query: SandboxRequest['query'], name: string): number | undefined | SandboxReply {
  const value = one(query, name);
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (!TOAST_TIME.test(value) || Number.isNaN(ms)) {
    return toastError(
      400,
      `Invalid ${name} "${value}": use ISO-8601 with a fraction of a second, e.g. 2016-01-01T14:13:12.000+0400.`,
    );
  }
  return ms;
}

const isReply = (v: unknown): v is SandboxReply => typeof v === 'object' && v !== null;

function positiveInt(
  query: SandboxRequest['query'],
  name: string,
  fallback: number,
  max: number,
): number | SandboxReply {
  const value = one(query, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) return toastError(400, `${name} must be a positive integer.`);
  if (n > max) return toastError(400, `${name} must be at most ${max}.`);
  return n;
}

/**
 * A local Toast orders API: `GET /orders/v2/ordersBulk` with Toast's
 * documented behaviour where a sync depends on it (vendor-apis.md §2):
 *
 * - `Authorization: Bearer` checked (401 otherwise); every call must carry
 *   `Toast-Restaurant-External-ID` (400 when missing, 403 for a restaurant
 *   the token cannot see).
 * - `startDate` (inclusive) and `endDate` (exclusive) select on the order's
 *   modifiedDate; both required unless `businessDate=yyyyMMdd` is given;
 *   ISO-8601 with fractional seconds; startDate after 2015-12-01, endDate
 *   after startDate (400 otherwise).
 * - `pageSize` (max 100, default 100) and `page` (1-based) slice the live
 *   query on every request, as an offset does, so a change between pages
 *   shifts the rows; `Link` headers with rel first / self / prev / next.
 * - The body is a bare JSON array (`[]` when empty).
 * - Pages are sorted by modifiedDate, then guid. Toast does not document
 *   its order; `unsorted: true` serves guid order instead.
 * - Errors use Toast's JSON error body; 429 via fault injection.
 */
export async function startToastSandbox(options: ToastSandboxOptions = {}): Promise<ToastSandbox> {
  const random = seededRandom(options.seed ?? 1);
  const count = typeof options.records === 'number' ? options.records : (options.records?.orders ?? 200);
  const restaurants = Array.from({ length: options.restaurants ?? 2 }, (_, i) => ({
    guid: toastUuid(random),
    offsetMinutes: OFFSETS[i % OFFSETS.length]!,
  }));
  const data = generateToastData(random, {
    orders: count,
    restaurants,
    end: options.dataEnd ?? Date.UTC(2025, 0, 1),
    spanDays: options.spanDays ?? 730,
  });
  const orders = new SandboxStore<Json>(data.orders, {
    key: (r) => r.guid as string,
    cursorField: 'modifiedDate',
    now: options.now,
  });
  const restaurantGuids = restaurants.map((r) => r.guid);
  const known = new Set(restaurantGuids);
  // Orders added later (store.insert) belong to the first restaurant.
  const restaurantOf = (guid: string): string => data.restaurantOf.get(guid) ?? restaurantGuids[0]!;
  const token = options.accessToken ?? DEFAULT_TOKEN;

  const authorize = (request: SandboxRequest): SandboxReply | null =>
    request.headers.authorization === `Bearer ${token}` ? null : toastError(401, 'Authentication failed.');

  const byModified = (r: Json): SortKey => [Date.parse(r.modifiedDate as string), r.guid as string];
  const byGuid = (r: Json): SortKey => [r.guid as string];

  const ordersBulk = (request: SandboxRequest): SandboxReply => {
    const restaurant = request.headers['toast-restaurant-external-id'];
    if (!restaurant) {
      return toastError(400, 'The Toast-Restaurant-External-ID header is required for restaurant data.');
    }
    if (!known.has(restaurant)) {
      return toastError(403, `Access to restaurant ${restaurant} is denied for these credentials.`);
    }
    const q = request.query;
    const start = timeParam(q, 'startDate');
    const end = timeParam(q, 'endDate');
    if (isReply(start)) return start;
    if (isReply(end)) return end;
    const business = one(q, 'businessDate');
    if (business !== undefined && !/^\d{8}$/.test(business)) {
      return toastError(400, `Invalid businessDate "${business}": use yyyyMMdd.`);
    }
    if (business === undefined && (start === undefined || end === undefined)) {
      return toastError(400, 'Specify both startDate and endDate, or businessDate.');
    }
    if (start !== undefined && start <= OLDEST_START) {
      return toastError(400, 'startDate must be after 2015-12-01T00:00:00.000+0000.');
    }
    if (start !== undefined && end !== undefined && end <= start) {
      return toastError(400, 'endDate must be later than startDate.');
    }
    const pageSize = positiveInt(q, 'pageSize', MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    const page = positiveInt(q, 'page', 1, Number.MAX_SAFE_INTEGER);
    if (isReply(pageSize)) return pageSize;
    if (isReply(page)) return page;

    const view = options.unsorted ? orders.sorted('guid', byGuid) : orders.sorted('modified', byModified);
    const matching = view.filter((r) => {
      if (restaurantOf(r.guid as string) !== restaurant) return false;
      if (business !== undefined) return String(r.businessDate) === business;
      const t = Date.parse(r.modifiedDate as string);
      return t >= (start as number) && t < (end as number);
    });
    const items = matching.slice((page - 1) * pageSize, page * pageSize);
    const more = matching.length > page * pageSize;

    // Link headers as in Toast's example: the same query with another page number.
    const link = (n: number | null, rel: string) => {
      const url = new URL(`http://${request.headers.host}/orders/v2/ordersBulk`);
      for (const [k, v] of Object.entries(q)) if (k !== 'page') url.searchParams.set(k, String(v));
      if (n !== null) url.searchParams.set('page', String(n));
      return `<${url}>; rel="${rel}"`;
    };
    const links = [link(null, 'first'), link(page, 'self')];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (more) links.push(link(page + 1, 'next'));

    const parts: Buffer[] = [Buffer.from('[')];
    items.forEach((r, i) => {
      if (i > 0) parts.push(Buffer.from(','));
      parts.push(orders.bytes(r));
    });
    parts.push(Buffer.from(']'));
    return { headers: { link: links.join(', ') }, bytes: parts };
  };

  const server = await startSandboxServer({
    vendor: 'toast',
    seed: options.seed,
    latencyMs: options.latencyMs,
    recordRequests: options.recordRequests,
    port: options.port,
    authorize,
    errors: {
      rateLimit: () => toastError(429, 'Rate limit exceeded. Retry the request later.', true),
      unauthorized: () => toastError(401, 'Authentication failed.'),
      serverError: (status) => toastError(status, 'An unexpected internal error occurred.', true),
      notFound: (path) => toastError(404, `No endpoint ${path}.`),
    },
    routes: [{ method: 'GET', path: '/orders/v2/ordersBulk', handler: ordersBulk }],
  });

  return {
    ...server,
    vendor: 'toast',
    credentials: { type: 'bearer', token },
    streams: ['orders'],
    restaurantGuids,
    restaurantOf,
    store(stream: string) {
      if (stream !== 'orders') throw new Error(`Toast sandbox has no stream "${stream}"; streams: orders`);
      return orders;
    },
  };
}
