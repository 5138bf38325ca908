import { type SandboxReply, type SandboxRequest, startSandboxServer } from '../testing/sandbox-server.js';
import { SandboxStore, type SortKey } from '../testing/sandbox-store.js';
import { seededRandom } from '../testing/seeded-random.js';
import type { VendorSandbox, VendorSandboxOptions } from '../testing/vendor-sandbox.js';
import { generateCloverData } from './clover-sandbox-data.js';

type Json = Record<string, unknown>;

export interface CloverSandboxOptions extends VendorSandboxOptions {
  /** Orders (a number), or counts per stream: orders, payments, customers. */
  records?: number | Readonly<Record<string, number>> | undefined;
  /** The merchant id (default CLOVER_SANDBOX_MERCHANT_ID). */
  merchantId?: string | undefined;
  /** The access token the sandbox accepts (default `clover-sandbox-token`). */
  accessToken?: string | undefined;
  /** Newest generated creation time (default 2025-01-01T00:00:00Z); data spans `spanDays` before it (default 730). */
  dataEnd?: number | undefined;
  spanDays?: number | undefined;
}

/** A Clover sandbox: also names its merchant, for `merchantId`. */
export interface CloverSandbox extends VendorSandbox {
  readonly merchantId: string;
}

const DEFAULT_TOKEN = 'clover-sandbox-token';
/** The sandbox's merchant unless told otherwise (13 characters, like Clover's ids). */
export const CLOVER_SANDBOX_MERCHANT_ID = 'SANDBOXMRCH01';
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
// Nested collections are capped at 100 and cannot be paginated (paginating-elements).
const MAX_NESTED = 100;
// GetPayments without a DateTime filter only returns the last 90 days (changelog, Feb 2025).
const PAYMENTS_DEFAULT_WINDOW_MS = 90 * 86_400_000;
const TIME_FIELDS = new Set(['modifiedTime', 'createdTime', 'clientCreatedTime', 'customerSince']);

interface Collection {
  store: SandboxStore<Json>;
  /** Fields `filter=` accepts, reported in X-Clover-Allowed-Filter-Fields. */
  filterFields: readonly string[];
  /** Fields that are `{ elements }` collections (or references) only when expanded. */
  expandable: readonly string[];
}

/** Clover's error body: `{"message": "..."}`. */
function cloverError(status: number, message: string): SandboxReply {
  return { status, json: { message } };
}

function many(query: SandboxRequest['query'], name: string): string[] {
  const v = query[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function one(query: SandboxRequest['query'], name: string): string | undefined {
  return many(query, name).at(-1);
}

const OPERATORS = ['>=', '<=', '!=', '=', '>', '<'] as const;
type Operator = (typeof OPERATORS)[number];
interface Filter {
  field: string;
  op: Operator;
  value: string;
}

function parseFilter(text: string): Filter | null {
  const match = /^\s*([A-Za-z.]+)\s*(>=|<=|!=|=|>|<)\s*(.*)$/.exec(text);
  if (!match) return null;
  return { field: match[1]!, op: match[2] as Operator, value: match[3]!.trim() };
}

function matches(record: Json, filter: Filter): boolean {
  const actual = record[filter.field];
  const numeric = typeof actual === 'number';
  const a = numeric ? actual : String(actual ?? '');
  const b = numeric ? Number(filter.value) : filter.value;
  switch (filter.op) {
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '=':
      return a === b;
    case '!=':
      return a !== b;
  }
}

/** The record as a request with `expand` sees it: unexpanded collections left out, expanded ones capped. */
function project(record: Json, collection: Collection, expand: ReadonlySet<string>): Json {
  const out: Json = { ...record };
  for (const field of collection.expandable) {
    const value = record[field];
    if (value === undefined) continue;
    if (!expand.has(field)) {
      // A reference keeps its id (tender, order); a collection is left out.
      const ref = value as { id?: unknown; elements?: unknown };
      if (ref && typeof ref === 'object' && 'id' in ref) out[field] = { id: ref.id };
      else delete out[field];
    } else if (value && typeof value === 'object' && Array.isArray((value as Json).elements)) {
      out[field] = { elements: ((value as Json).elements as unknown[]).slice(0, MAX_NESTED) };
    }
  }
  return out;
}

/**
 * A local Clover Platform API for one merchant: `GET /v3/merchants/{mId}`
 * and its `orders`, `payments` and `customers` collections, with Clover's
 * documented behaviour where a sync depends on it (vendor-apis.md §3):
 *
 * - `Authorization: Bearer` checked (401 `{"message":…}`); another merchant's
 *   path is 403.
 * - `{"elements":[...]}` pages with `offset`/`limit` (default 100, max 1000)
 *   over the live query and no next link: a short page is the last one.
 * - Repeatable `filter=field<op>value` (`=`, `!=`, `>=`, `<=`, `>`, `<`) on
 *   the fields `X-Clover-Allowed-Filter-Fields` lists (400 for others);
 *   times are epoch milliseconds.
 * - `orderBy=field[ ASC|DESC]` (https://docs.clover.com/docs/sorting-collections);
 *   without it, newest created first.
 * - GetPayments without a time filter returns only the last 90 days.
 * - `expand=` adds nested `{ elements }` collections (capped at 100); without
 *   it collections are left out and references keep only their id.
 * - 429 `{"message":…}` via fault injection (with or without Retry-After).
 */
export async function startCloverSandbox(options: CloverSandboxOptions = {}): Promise<CloverSandbox> {
  const random = seededRandom(options.seed ?? 1);
  const counts = typeof options.records === 'number' ? { orders: options.records } : (options.records ?? {});
  const main = counts.orders ?? counts.payments ?? counts.customers ?? 200;
  const merchantId = options.merchantId ?? CLOVER_SANDBOX_MERCHANT_ID;
  const data = generateCloverData(random, {
    merchantId,
    orders: counts.orders ?? main,
    payments: counts.payments ?? main,
    customers: counts.customers ?? Math.max(5, Math.ceil(main / 3)),
    end: options.dataEnd ?? Date.UTC(2025, 0, 1),
    spanDays: options.spanDays ?? 730,
  });
  const store = (records: Json[]) =>
    new SandboxStore<Json>(records, {
      key: (r) => r.id as string,
      cursorField: 'modifiedTime',
      cursorKind: 'epoch-ms',
      now: options.now,
    });
  const collections: Record<string, Collection> = {
    orders: {
      store: store(data.orders),
      filterFields: [
        'id',
        'modifiedTime',
        'createdTime',
        'clientCreatedTime',
        'state',
        'paymentState',
        'total',
      ],
      expandable: ['lineItems', 'customers', 'refunds', 'payments'],
    },
    payments: {
      store: store(data.payments),
      filterFields: ['id', 'modifiedTime', 'createdTime', 'clientCreatedTime', 'result', 'amount'],
      expandable: ['tender', 'refunds'],
    },
    customers: {
      store: store(data.customers),
      filterFields: [
        'id',
        'modifiedTime',
        'customerSince',
        'firstName',
        'lastName',
        'emailAddress',
        'phoneNumber',
      ],
      expandable: ['emailAddresses', 'phoneNumbers', 'addresses'],
    },
  };
  const token = options.accessToken ?? DEFAULT_TOKEN;
  const now = options.now ?? Date.now;

  const authorize = (request: SandboxRequest): SandboxReply | null =>
    request.headers.authorization === `Bearer ${token}` ? null : cloverError(401, '401 Unauthorized');

  const merchantOnly = (params: Record<string, string>): SandboxReply | null =>
    params.mId === merchantId
      ? null
      : cloverError(403, 'Forbidden: the token has no access to this merchant');

  const list =
    (name: string) =>
    (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
      const denied = merchantOnly(params);
      if (denied) return denied;
      const collection = collections[name]!;
      const q = request.query;
      const allowed = { 'X-Clover-Allowed-Filter-Fields': collection.filterFields.join(',') };
      const filters: Filter[] = [];
      for (const text of many(q, 'filter')) {
        const filter = parseFilter(text);
        if (!filter) return cloverError(400, `Invalid filter: ${text}`);
        if (!collection.filterFields.includes(filter.field)) {
          return { ...cloverError(400, `Invalid filter field: ${filter.field}`), headers: allowed };
        }
        if (TIME_FIELDS.has(filter.field) && !/^\d+$/.test(filter.value)) {
          return cloverError(400, `Invalid time for ${filter.field}: use epoch milliseconds`);
        }
        filters.push(filter);
      }
      const limitText = one(q, 'limit');
      const offsetText = one(q, 'offset');
      const rawLimit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
      const offset = offsetText === undefined ? 0 : Number(offsetText);
      if (!Number.isInteger(rawLimit) || rawLimit < 1)
        return cloverError(400, 'limit must be a positive integer');
      if (!Number.isInteger(offset) || offset < 0)
        return cloverError(400, 'offset must be a non-negative integer');
      const limit = Math.min(rawLimit, MAX_LIMIT);

      const orderBy = one(q, 'orderBy') ?? 'createdTime DESC';
      const sort = /^\s*(\w+)(?:\s+(ASC|DESC))?\s*$/i.exec(orderBy);
      if (!sort) return cloverError(400, `Invalid orderBy: ${orderBy}`);
      const field = sort[1]!;
      const descending = (sort[2] ?? 'ASC').toUpperCase() === 'DESC';
      const keyOf = (r: Json): SortKey => [(r[field] as string | number | undefined) ?? '', r.id as string];
      const sorted = collection.store.sorted(`${name}:${field}`, keyOf);
      const view = descending ? [...sorted].reverse() : sorted;

      const timeFiltered = filters.some((f) => TIME_FIELDS.has(f.field));
      const oldest = name === 'payments' && !timeFiltered ? now() - PAYMENTS_DEFAULT_WINDOW_MS : null;
      const matching = view.filter(
        (r) =>
          filters.every((f) => matches(r, f)) && (oldest === null || (r.createdTime as number) >= oldest),
      );
      const expand = new Set(
        many(q, 'expand')
          .flatMap((e) => e.split(','))
          .map((e) => e.trim()),
      );
      const elements = matching.slice(offset, offset + limit).map((r) => project(r, collection, expand));
      const href = `https://${request.headers.host}${request.path}?limit=${limit}`;
      return { headers: allowed, json: { elements, href } };
    };

  const server = await startSandboxServer({
    vendor: 'clover',
    seed: options.seed,
    latencyMs: options.latencyMs,
    recordRequests: options.recordRequests,
    port: options.port,
    authorize,
    errors: {
      rateLimit: () => cloverError(429, 'Too Many Requests'),
      unauthorized: () => cloverError(401, '401 Unauthorized'),
      serverError: (status) => cloverError(status, 'Internal Server Error'),
      notFound: (path) => cloverError(404, `Not Found: ${path}`),
    },
    routes: [
      {
        method: 'GET',
        path: '/v3/merchants/:mId',
        handler: (_request, params) =>
          merchantOnly(params) ?? {
            json: {
              href: `https://apisandbox.dev.clover.com/v3/merchants/${merchantId}`,
              id: merchantId,
              name: 'Sandbox Cafe',
            },
          },
      },
      { method: 'GET', path: '/v3/merchants/:mId/orders', handler: list('orders') },
      { method: 'GET', path: '/v3/merchants/:mId/payments', handler: list('payments') },
      { method: 'GET', path: '/v3/merchants/:mId/customers', handler: list('customers') },
    ],
  });

  return {
    ...server,
    vendor: 'clover',
    credentials: { type: 'bearer', token },
    streams: ['orders', 'payments', 'customers'],
    merchantId,
    store(stream: string) {
      const found = collections[stream];
      if (!found) {
        throw new Error(
          `Clover sandbox has no stream "${stream}"; streams: ${Object.keys(collections).join(', ')}`,
        );
      }
      return found.store;
    },
  };
}
