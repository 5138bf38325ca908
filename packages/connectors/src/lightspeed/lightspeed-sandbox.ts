import { isValidRefreshGrant, type SandboxOAuth } from '../testing/oauth-refresh-grant.js';
import { type SandboxReply, type SandboxRequest, startSandboxServer } from '../testing/sandbox-server.js';
import { jsonPage, keysetPage, SandboxStore, type SortKey } from '../testing/sandbox-store.js';
import { seededRandom } from '../testing/seeded-random.js';
import type { VendorSandbox, VendorSandboxOptions } from '../testing/vendor-sandbox.js';
import { generateLightspeedData } from './lightspeed-sandbox-data.js';

type Json = Record<string, unknown>;

export interface LightspeedSandboxOptions extends VendorSandboxOptions {
  /** Sales (a number), or counts per stream: sales, customers. */
  records?: number | Readonly<Record<string, number>> | undefined;
  /** The access token the sandbox accepts (default `ls-sandbox-token`). */
  accessToken?: string | undefined;
  /** Tokens that answer 401 as expired (a refresh cures them). */
  expiredTokens?: readonly string[] | undefined;
  /** OAuth client for POST /api/1.0/token (refresh_token grant). */
  oauth?: SandboxOAuth | undefined;
  /** Newest generated sale date (default 2025-01-01T00:00:00Z); data spans `spanDays` before it (default 730). */
  dataEnd?: number | undefined;
  spanDays?: number | undefined;
}

const DEFAULT_TOKEN = 'ls-sandbox-token';
// API 0.x capped page_size at 200; the 2.0 default and maximum are not confirmed by the reference.
const DEFAULT_PAGE_SIZE = 1_000;
const MAX_PAGE_SIZE = 10_000;
// The version counter is global: a retailer's records start far from 0.
const FIRST_VERSION = 5_000_000;
// Access tokens issued by the token endpoint live 8 hours (`expires_in`).
const TOKEN_LIFETIME_S = 28_800;

/** The OAuth-style error body (`error`, `error_description`). Not confirmed by the reference. */
function lightspeedError(status: number, error: string, description: string): SandboxReply {
  return { status, json: { error, error_description: description } };
}

function one(query: SandboxRequest['query'], name: string): string | undefined {
  const v = query[name];
  return Array.isArray(v) ? v[v.length - 1] : v;
}

/**
 * A local Lightspeed Retail X-Series API 2.0: `GET /api/2.0/sales` and
 * `GET /api/2.0/customers` as change feeds, and the OAuth token endpoint,
 * with the documented behaviour a sync depends on (vendor-apis.md §4):
 *
 * - `Authorization: Bearer` checked; 401 `invalid_token` (also for expired
 *   tokens, which a refresh at `POST /api/1.0/token` cures).
 * - `after=<version>` (exclusive) and `page_size`: records with a higher
 *   `version`, ascending; the page carries `version: {min, max}` and the
 *   next page is `after=max`. The feed never ends by itself: a page with
 *   empty `data` (`{"data":[]}`) is the end. A record changed mid-sync gets
 *   a new, higher version and moves to the end of the feed.
 * - Versions come from a global counter, so they jump (other retailers'
 *   changes fall in between).
 * - `date_from` / `date_to` are ignored on /sales, as a 3rd-party report says.
 * - 429 via fault injection, with or without `Retry-After`.
 */
export async function startLightspeedSandbox(options: LightspeedSandboxOptions = {}): Promise<VendorSandbox> {
  const random = seededRandom(options.seed ?? 1);
  const counts = typeof options.records === 'number' ? { sales: options.records } : (options.records ?? {});
  const main = counts.sales ?? counts.customers ?? 200;
  const data = generateLightspeedData(random, {
    sales: counts.sales ?? main,
    customers: counts.customers ?? Math.max(5, Math.ceil(main / 3)),
    end: options.dataEnd ?? Date.UTC(2025, 0, 1),
    spanDays: options.spanDays ?? 730,
    firstVersion: FIRST_VERSION,
  });
  const store = (records: Json[]) =>
    new SandboxStore<Json>(records, {
      key: (r) => r.id as string,
      cursorField: 'version',
      cursorKind: 'sequence',
    });
  const stores: Record<string, SandboxStore<Json>> = {
    sales: store(data.sales),
    customers: store(data.customers),
  };

  const valid = new Set([options.accessToken ?? DEFAULT_TOKEN]);
  const expired = new Set(options.expiredTokens ?? []);
  let issued = 0;

  const authorize = (request: SandboxRequest): SandboxReply | null => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (valid.has(token)) return null;
    return lightspeedError(
      401,
      'invalid_token',
      expired.has(token) ? 'The access token provided has expired.' : 'The access token provided is invalid.',
    );
  };

  const byVersion = (r: Json): SortKey => [r.version as number];

  const feed =
    (name: string) =>
    (request: SandboxRequest): SandboxReply => {
      const q = request.query;
      const afterText = one(q, 'after') ?? '0';
      const sizeText = one(q, 'page_size');
      if (!/^\d+$/.test(afterText)) {
        return lightspeedError(400, 'bad_request', `after must be a version number, not "${afterText}".`);
      }
      const pageSize = sizeText === undefined ? DEFAULT_PAGE_SIZE : Number(sizeText);
      if (!/^\d+$/.test(sizeText ?? '1') || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        return lightspeedError(400, 'bad_request', `page_size must be between 1 and ${MAX_PAGE_SIZE}.`);
      }
      const source = stores[name]!;
      const page = keysetPage(source.sorted('version', byVersion), {
        keyOf: byVersion,
        after: [Number(afterText)],
        limit: pageSize,
      });
      if (page.items.length === 0) return { json: { data: [] } };
      const versions = page.items.map((r) => r.version as number);
      const range = { min: Math.min(...versions), max: Math.max(...versions) };
      return {
        bytes: jsonPage(
          'data',
          page.items.map((r) => source.bytes(r)),
          `,"version":${JSON.stringify(range)}`,
        ),
      };
    };

  const token = (request: SandboxRequest): SandboxReply => {
    if (!isValidRefreshGrant(request, options.oauth)) {
      return lightspeedError(400, 'invalid_grant', 'The refresh token or client credentials are invalid.');
    }
    issued++;
    const access = `ls-access-${issued}-${random.id(16)}`;
    valid.add(access);
    return {
      json: {
        access_token: access,
        token_type: 'Bearer',
        expires: Math.floor(Date.now() / 1000) + TOKEN_LIFETIME_S,
        expires_in: TOKEN_LIFETIME_S,
        refresh_token: options.oauth!.refreshToken,
        domain_prefix: 'sandbox',
      },
    };
  };

  const server = await startSandboxServer({
    vendor: 'lightspeed',
    seed: options.seed,
    latencyMs: options.latencyMs,
    recordRequests: options.recordRequests,
    port: options.port,
    authorize,
    errors: {
      rateLimit: () => lightspeedError(429, 'rate_limited', 'Too many requests for this retailer.'),
      unauthorized: () => lightspeedError(401, 'invalid_token', 'The access token provided is invalid.'),
      serverError: (status) => lightspeedError(status, 'server_error', 'Something went wrong.'),
      notFound: (path) => lightspeedError(404, 'not_found', `No endpoint ${path}.`),
    },
    routes: [
      { method: 'GET', path: '/api/2.0/sales', handler: feed('sales') },
      { method: 'GET', path: '/api/2.0/customers', handler: feed('customers') },
      { method: 'POST', path: '/api/1.0/token', handler: token, auth: false },
    ],
  });

  return {
    ...server,
    vendor: 'lightspeed',
    credentials: { type: 'bearer', token: options.accessToken ?? DEFAULT_TOKEN },
    streams: ['sales', 'customers'],
    store(stream: string) {
      const found = stores[stream];
      if (!found) {
        throw new Error(
          `Lightspeed sandbox has no stream "${stream}"; streams: ${Object.keys(stores).join(', ')}`,
        );
      }
      return found;
    },
  };
}
