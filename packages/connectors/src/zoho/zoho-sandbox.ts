import { createHash } from 'node:crypto';
import { isValidRefreshGrant, type SandboxOAuth } from '../testing/oauth-refresh-grant.js';
import { type SandboxReply, type SandboxRequest, startSandboxServer } from '../testing/sandbox-server.js';
import { decodeCursor, encodeCursor, SandboxStore, type SortKey } from '../testing/sandbox-store.js';
import { seededRandom } from '../testing/seeded-random.js';
import type { VendorSandbox, VendorSandboxOptions } from '../testing/vendor-sandbox.js';
import { generateZohoData, zohoOrgDateTime } from './zoho-sandbox-data.js';

type Json = Record<string, unknown>;

export interface ZohoSandboxOptions extends VendorSandboxOptions {
  /** Contacts (a number), or counts per stream: contacts, deals. */
  records?: number | Readonly<Record<string, number>> | undefined;
  /** The access token the sandbox accepts (default `zoho-sandbox-token`). */
  accessToken?: string | undefined;
  /** OAuth client for POST /oauth/v2/token (refresh_token grant). */
  oauth?: SandboxOAuth | undefined;
  /** API credits for the rolling 24 h (default 50,000, the base of paid editions); past it, 429. */
  credits?: number | undefined;
  /** Multi-currency org: Deals have `Currency`. */
  multiCurrency?: boolean | undefined;
  /** Answer "nothing modified since" with 304 instead of 204 (both are seen from Zoho; which one is unconfirmed). */
  notModifiedStatus?: 204 | 304 | undefined;
  /** Newest generated creation time (default 2025-01-01T00:00:00Z); data spans `spanDays` before it (default 730). */
  dataEnd?: number | undefined;
  spanDays?: number | undefined;
}

const DEFAULT_TOKEN = 'zoho-sandbox-token';
// Get Records limits (reference §10 / get-records.html).
const MAX_PER_PAGE = 200;
const MAX_FIELDS = 50;
const DISCRETE_LIMIT = 2_000;
const TOKEN_LIMIT = 100_000;
const TOKEN_TTL_MS = 24 * 3_600_000;
const MODULE_STREAMS: Readonly<Record<string, string>> = { Contacts: 'contacts', Deals: 'deals' };
const SORTABLE = new Set(['id', 'Created_Time', 'Modified_Time']);

function zohoError(status: number, code: string, message: string, details: Json = {}): SandboxReply {
  return { status, json: { code, details, message, status: 'error' } };
}

/** A store whose `touch` writes Modified_Time the Zoho way (whole seconds, org offset). */
class ZohoStore extends SandboxStore<Json> {
  override nextStamp(): string {
    return zohoOrgDateTime(Date.parse(super.nextStamp() as string));
  }
}

const ms = (v: unknown): number => (typeof v === 'string' ? Date.parse(v) : Number.NaN);
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[v.length - 1] : v);

/**
 * A local Zoho CRM Get Records API (`GET /crm/{version}/{Contacts|Deals}`):
 *
 * - `Authorization: Zoho-oauthtoken <token>`; 401 INVALID_TOKEN.
 * - `fields` mandatory (REQUIRED_PARAM_MISSING), at most 50 (LIMIT_EXCEEDED);
 *   only the asked fields (and `id`) are returned.
 * - `sort_by` id | Created_Time | Modified_Time (default id), `sort_order`
 *   asc | desc (default desc).
 * - `If-Modified-Since` (ISO with offset): records modified after it; when
 *   none, 204 No Content (or 304 with `notModifiedStatus`).
 * - `page` + `per_page` (default and max 200) reach the first 2,000 records
 *   (DISCRETE_PAGINATION_LIMIT_EXCEEDED past them); `page_token` from
 *   `info.next_page_token` continues, bound to the other parameters
 *   (TOKEN_BOUND_DATA_MISMATCH), valid 24 h (EXPIRED_VALUE), up to 100,000
 *   records (PAGINATION_LIMIT_EXCEEDED); `page` with `page_token` is
 *   AMBIGUITY_DURING_PROCESSING. Pages are slices of the live list.
 * - `info { per_page, count, page, sort_by, sort_order, more_records,
 *   next_page_token, previous_page_token, page_token_expiry }`.
 * - API credits over 24 h; past them 429 TOO_MANY_REQUESTS (code unconfirmed).
 * - OAuth refresh at `POST /oauth/v2/token`.
 * Sources: /work/shared/reference/vendor-apis.md §10 and get-records.html (v7).
 */
export async function startZohoSandbox(options: ZohoSandboxOptions = {}): Promise<VendorSandbox> {
  const random = seededRandom(options.seed ?? 1);
  const counts =
    typeof options.records === 'number' ? { contacts: options.records } : (options.records ?? {});
  const contactCount = counts.contacts ?? 250;
  const data = generateZohoData(random, {
    contacts: contactCount,
    deals: counts.deals ?? Math.max(5, Math.ceil(contactCount / 2)),
    end: options.dataEnd ?? Date.UTC(2025, 0, 1),
    spanDays: options.spanDays ?? 730,
    multiCurrency: options.multiCurrency ?? false,
  });
  const now = options.now ?? Date.now;
  const stores: Record<string, SandboxStore<Json>> = {
    contacts: new ZohoStore(data.contacts, { key: (r) => r.id as string, cursorField: 'Modified_Time', now }),
    deals: new ZohoStore(data.deals, { key: (r) => r.id as string, cursorField: 'Modified_Time', now }),
  };
  const credits = options.credits ?? 50_000;
  let used = 0;
  const validTokens = new Set([options.accessToken ?? DEFAULT_TOKEN]);
  let issued = 0;

  const authorize = (request: SandboxRequest): SandboxReply | null => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Zoho-oauthtoken ') ? header.slice('Zoho-oauthtoken '.length) : '';
    if (validTokens.has(token)) return null;
    return zohoError(401, 'INVALID_TOKEN', 'invalid oauth token');
  };

  const records = (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
    used++;
    if (used > credits)
      return zohoError(429, 'TOO_MANY_REQUESTS', 'You have exceeded the API credits for the day.');
    if (!/^v[2-8]$/.test(params.version ?? '')) {
      return zohoError(
        404,
        'INVALID_URL_PATTERN',
        'Please check if the URL trying to access is a correct one',
      );
    }
    const module = params.module as string;
    const stream = MODULE_STREAMS[module];
    const store = stream ? stores[stream] : undefined;
    if (!store)
      return zohoError(400, 'INVALID_MODULE', 'the module name given seems to be invalid', { module });
    const q = request.query;
    const fieldsParam = one(q.fields);
    if (!fieldsParam) {
      return zohoError(400, 'REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', {
        param: 'fields',
      });
    }
    const fields = fieldsParam.split(',').map((f) => f.trim());
    if (fields.length > MAX_FIELDS) {
      return zohoError(400, 'LIMIT_EXCEEDED', `fields limit exceeded: at most ${MAX_FIELDS}`, {
        limit: MAX_FIELDS,
      });
    }
    const sortBy = one(q.sort_by) ?? 'id';
    if (!SORTABLE.has(sortBy)) return zohoError(400, 'INVALID_DATA', 'invalid data', { param: 'sort_by' });
    const sortOrder = one(q.sort_order) ?? 'desc';
    if (sortOrder !== 'asc' && sortOrder !== 'desc')
      return zohoError(400, 'INVALID_DATA', 'invalid data', { param: 'sort_order' });
    const perPage = Number(one(q.per_page) ?? MAX_PER_PAGE);
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
      return zohoError(400, 'INVALID_DATA', 'invalid data', { param: 'per_page' });
    }
    const ims = request.headers['if-modified-since'];
    const since = ims === undefined ? undefined : ms(ims);
    if (since !== undefined && Number.isNaN(since)) {
      return zohoError(400, 'INVALID_DATA', 'invalid If-Modified-Since', { header: 'If-Modified-Since' });
    }
    const bound = createHash('sha1')
      .update(JSON.stringify([module, fieldsParam, sortBy, sortOrder, perPage, ims ?? null]))
      .digest('base64url')
      .slice(0, 10);
    const pageParam = one(q.page);
    const tokenParam = one(q.page_token);
    if (pageParam !== undefined && tokenParam !== undefined) {
      return zohoError(400, 'AMBIGUITY_DURING_PROCESSING', 'You cannot use both page and page_token');
    }
    let offset: number;
    let page: number;
    if (tokenParam !== undefined) {
      const token = decodeCursor(tokenParam) as { b?: string; o?: number; e?: number; p?: number } | null;
      if (!token || typeof token.o !== 'number')
        return zohoError(400, 'INVALID_DATA', 'The token given seems to be invalid');
      if (token.b !== bound) {
        return zohoError(
          400,
          'TOKEN_BOUND_DATA_MISMATCH',
          'The page_token given seems to be invalid or input param is added, altered, or deleted.',
        );
      }
      if ((token.e ?? 0) < now()) return zohoError(400, 'EXPIRED_VALUE', 'The token given has expired.');
      if (token.o + perPage > TOKEN_LIMIT) {
        return zohoError(
          400,
          'PAGINATION_LIMIT_EXCEEDED',
          `You can only get up to first ${TOKEN_LIMIT} records using page_token param.`,
        );
      }
      offset = token.o;
      page = token.p ?? Math.floor(offset / perPage) + 1;
    } else {
      page = Number(pageParam ?? 1);
      if (!Number.isInteger(page) || page < 1)
        return zohoError(400, 'INVALID_DATA', 'invalid data', { param: 'page' });
      if (page * perPage > DISCRETE_LIMIT) {
        return zohoError(
          400,
          'DISCRETE_PAGINATION_LIMIT_EXCEEDED',
          `You can only get the first ${DISCRETE_LIMIT} records without using page_token param.`,
        );
      }
      offset = (page - 1) * perPage;
    }
    const keyOf = (r: Json): SortKey => [
      sortBy === 'id' ? String(r.id).padStart(24, '0') : ms(r[sortBy]),
      String(r.id),
    ];
    const sorted = store.sorted(`sort:${sortBy}`, keyOf);
    const view = sortOrder === 'desc' ? [...sorted].reverse() : sorted;
    const rows = since === undefined ? view : view.filter((r) => ms(r.Modified_Time) > since);
    if (rows.length === 0 && since !== undefined) {
      return { status: options.notModifiedStatus ?? 204, text: '' };
    }
    const slice = rows.slice(offset, offset + perPage);
    const more = offset + perPage < rows.length;
    const expiry = now() + TOKEN_TTL_MS;
    const next = more ? encodeCursor({ b: bound, o: offset + perPage, e: expiry, p: page + 1 }) : null;
    const previous =
      offset > 0
        ? encodeCursor({ b: bound, o: Math.max(0, offset - perPage), e: expiry, p: page - 1 })
        : null;
    const project = (r: Json): Json => {
      const out: Json = { id: r.id };
      for (const f of fields) out[f] = r[f] ?? null;
      if (module === 'Deals' && fields.includes('Amount')) out.$currency_symbol = r.$currency_symbol ?? null;
      return out;
    };
    return {
      json: {
        data: slice.map(project),
        info: {
          per_page: perPage,
          count: slice.length,
          page,
          sort_by: sortBy,
          sort_order: sortOrder,
          more_records: more,
          next_page_token: next,
          previous_page_token: previous,
          page_token_expiry: zohoOrgDateTime(expiry),
        },
      },
    };
  };

  const token = (request: SandboxRequest): SandboxReply => {
    if (!isValidRefreshGrant(request, options.oauth)) {
      // Zoho's accounts server answers an unknown refresh token with 200 and an error field.
      return { json: { error: 'invalid_code' } };
    }
    issued++;
    const access = `1000.zoho-access-${issued}.${random.id(16)}`;
    validTokens.add(access);
    return {
      json: { access_token: access, api_domain: 'http://127.0.0.1', token_type: 'Bearer', expires_in: 3600 },
    };
  };

  const server = await startSandboxServer({
    vendor: 'zoho',
    seed: options.seed,
    latencyMs: options.latencyMs,
    recordRequests: options.recordRequests,
    port: options.port,
    authorize,
    errors: {
      rateLimit: () => zohoError(429, 'TOO_MANY_REQUESTS', 'You have made too many requests continuously.'),
      unauthorized: () => zohoError(401, 'INVALID_TOKEN', 'invalid oauth token'),
      serverError: (status) => zohoError(status, 'INTERNAL_ERROR', 'Internal Server Error'),
      notFound: () =>
        zohoError(404, 'INVALID_URL_PATTERN', 'Please check if the URL trying to access is a correct one'),
    },
    routes: [
      { method: 'GET', path: '/crm/:version/:module', handler: records },
      { method: 'POST', path: '/oauth/v2/token', handler: token, auth: false },
    ],
  });

  return {
    ...server,
    vendor: 'zoho',
    credentials: { type: 'bearer', token: options.accessToken ?? DEFAULT_TOKEN },
    streams: ['contacts', 'deals'],
    store(stream: string) {
      const found = stores[stream];
      if (!found)
        throw new Error(`Zoho sandbox has no stream "${stream}"; streams: ${Object.keys(stores).join(', ')}`);
      return found;
    },
  };
}
