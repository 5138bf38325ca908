import { inspect } from 'node:util';
import { describe, expect, test, vi } from 'vitest';
import { fakeClock, json, scriptedFetch } from '../testing/conformance/fake-fetch.js';
import { startSandboxServer } from '../testing/sandbox-server.js';
import { type Credentials, createAuth } from './auth.js';
import { ApiCallError } from './errors.js';
import { createHttpClient, type HttpClientOptions, vendorErrorDetail } from './http-client.js';
import { hubspotRateLimit, salesforceRequestLimit, shopifyCallLimit } from './vendor-signals.js';

const BASE = 'https://api.vendor.test/v1';
const TOKEN = 'tok-secret-123456';

function client(
  steps: Parameters<typeof scriptedFetch>[0],
  options: Partial<HttpClientOptions> = {},
  credentials?: Credentials,
) {
  const { fetch, seen } = scriptedFetch(steps);
  const clock = fakeClock(Date.parse('2025-01-01T00:00:00Z'));
  const auth = createAuth(credentials ?? { type: 'bearer', token: TOKEN }, {
    vendor: 'Vendor',
    baseUrl: BASE,
    fetch,
  });
  const http = createHttpClient({
    vendor: 'Vendor',
    baseUrl: BASE,
    auth,
    fetch,
    clock,
    random: () => 0.5,
    ...options,
  });
  return { http, seen, clock };
}

async function failure(promise: Promise<unknown>): Promise<ApiCallError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(ApiCallError.isInstance(error), String(error)).toBe(true);
  return error as ApiCallError;
}

describe('createHttpClient: the request sent', () => {
  test('joins the path to the base path, encodes the query and JSON body, sets auth and headers', async () => {
    const { http, seen } = client([json({ ok: true })], { headers: { 'Square-Version': '2025-08-20' } });
    const res = await http.request({
      method: 'POST',
      path: '/orders/search',
      query: { filter: ['a>=1', 'b<2'], limit: 10, skip: undefined, none: null },
      json: { location_ids: ['L1'] },
      headers: { 'X-Trace': 't1' },
    });
    expect(res.body).toEqual({ ok: true });
    expect(res.attempts).toBe(1);
    const [r] = seen;
    expect(r!.method).toBe('POST');
    expect(r!.url.origin + r!.url.pathname).toBe('https://api.vendor.test/v1/orders/search');
    expect([...r!.url.searchParams]).toEqual([
      ['filter', 'a>=1'],
      ['filter', 'b<2'],
      ['limit', '10'],
    ]);
    expect(JSON.parse(r!.body)).toEqual({ location_ids: ['L1'] });
    expect(r!.headers).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      accept: 'application/json',
      'content-type': 'application/json',
      'square-version': '2025-08-20',
      'x-trace': 't1',
    });
  });

  test('api-key, custom header and basic credentials go where the vendor wants them', async () => {
    const apiKey = client(
      [json({})],
      {},
      { type: 'api-key', key: 'shpat_abcdef', header: 'X-Shopify-Access-Token' },
    );
    await apiKey.http.request({ path: '/orders.json' });
    expect(apiKey.seen[0]!.headers['x-shopify-access-token']).toBe('shpat_abcdef');
    expect(apiKey.seen[0]!.headers.authorization).toBeUndefined();
    const basic = client([json({})], {}, { type: 'basic', username: 'ck_1', password: 'cs_2' });
    await basic.http.request({ path: '/orders' });
    expect(basic.seen[0]!.headers.authorization).toBe(`Basic ${Buffer.from('ck_1:cs_2').toString('base64')}`);
  });

  test('a next-page URL on another origin is refused before credentials are sent', async () => {
    const { http, seen } = client([json({})]);
    const error = await failure(http.request({ url: 'https://evil.test/steal?page=2' }));
    expect(error.code).toBe('UNSAFE_URL');
    expect(seen).toHaveLength(0);
    await http.request({ url: '/v1/next?page=2' });
    expect(seen[0]!.url.href).toBe('https://api.vendor.test/v1/next?page=2');
  });
});

describe('createHttpClient: retries', () => {
  test('429 honours Retry-After in seconds and as an HTTP-date', async () => {
    const { http, clock } = client([
      json({ e: 1 }, { status: 429, headers: { 'retry-after': '2' } }),
      json({ e: 1 }, { status: 429, headers: { 'retry-after': 'Wed, 01 Jan 2025 00:00:07 GMT' } }),
      json({ ok: 1 }),
    ]);
    const res = await http.request({ path: '/x' });
    expect(res.attempts).toBe(3);
    // 2 s, then until 00:00:07 (the clock is at 00:00:02 after the first wait).
    expect(clock.sleeps).toEqual([2000, 5000]);
  });

  test('429 without Retry-After and 5xx back off exponentially with full jitter', async () => {
    const events: unknown[] = [];
    const { http, clock } = client(
      [json({}, { status: 429 }), json({}, { status: 503 }), json({}, { status: 502 }), json({ ok: 1 })],
      { retry: { baseDelayMs: 400, maxDelayMs: 1_000 }, onRetry: (e) => events.push(e) },
    );
    await http.request({ path: '/x' });
    // random() = 0.5 → half of min(max, base·2^(n-1)): 200, 400, 500 (capped at 1000).
    expect(clock.sleeps).toEqual([200, 400, 500]);
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ attempt: 1, delayMs: 200, code: 'RATE_LIMITED', status: 429 });
    expect(http.stats).toEqual({ requests: 4, retries: 3, refreshes: 0 });
  });

  test('network errors and truncated or non-JSON bodies are retried; so is a failed envelope check', async () => {
    const { http, seen } = client([
      new TypeError('fetch failed'),
      json('{"payments":[{"id":'),
      new Response('<html>502</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
      json({ payments: 'nope' }),
      json({ payments: [{ id: 'p1' }] }),
    ]);
    const res = await http.request({
      path: '/payments',
      parse: (body) => {
        const records = (body as { payments: unknown }).payments;
        if (!Array.isArray(records)) throw new TypeError('payments is not an array');
        return records;
      },
    });
    expect(res.body).toEqual([{ id: 'p1' }]);
    expect(seen).toHaveLength(5);
  });

  test('a slow response times out and is retried', async () => {
    // A real server (fetch's abort wiring is what is under test), slow on the first call only.
    let calls = 0;
    const server = await startSandboxServer({
      vendor: 'slow',
      routes: [
        {
          method: 'GET',
          path: '/slow',
          handler: async () => {
            if (++calls === 1) await new Promise((r) => setTimeout(r, 500));
            return { json: { ok: 1 } };
          },
        },
      ],
    });
    try {
      const auth = createAuth({ type: 'bearer', token: TOKEN }, { vendor: 'Vendor', baseUrl: server.url });
      const http = createHttpClient({
        vendor: 'Vendor',
        baseUrl: server.url,
        auth,
        timeoutMs: 100,
        retry: { baseDelayMs: 1 },
      });
      const res = await http.request({ path: '/slow' });
      expect(res.body).toEqual({ ok: 1 });
      expect(res.attempts).toBe(2);
    } finally {
      await server.close();
    }
  });

  test('gives up after maxAttempts and says so', async () => {
    const { http, seen } = client(
      [json({ errors: [{ code: 'INTERNAL_SERVER_ERROR', detail: 'boom' }] }, { status: 500 })],
      {
        retry: { maxAttempts: 3 },
      },
    );
    const error = await failure(http.request({ path: '/x' }));
    expect(error).toMatchObject({ code: 'SERVER_ERROR', status: 500, isRetryable: true, attempts: 3 });
    expect(error.message).toMatch(/INTERNAL_SERVER_ERROR: boom.*gave up after 3 attempts/);
    expect(seen).toHaveLength(3);
  });

  test('a Retry-After longer than maxRetryAfterMs fails at once with when to come back', async () => {
    const { http, seen } = client([json({}, { status: 429, headers: { 'retry-after': '7200' } })]);
    const error = await failure(http.request({ path: '/x' }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', isRetryable: false });
    expect(error.message).toMatch(/asked to wait 7200 s/);
    expect(seen).toHaveLength(1);
  });

  test('4xx other than 429 are final and carry the vendor’s words', async () => {
    const notFound = client([json({ message: 'No route' }, { status: 404 })]);
    expect(await failure(notFound.http.request({ path: '/nope' }))).toMatchObject({
      code: 'NOT_FOUND',
      attempts: 1,
    });
    const bad = client([
      json({ errors: [{ code: 'VALUE_TOO_HIGH', detail: 'limit must be at most 100' }] }, { status: 400 }),
    ]);
    const error = await failure(bad.http.request({ path: '/x' }));
    expect(error).toMatchObject({ code: 'BAD_REQUEST', isRetryable: false, status: 400 });
    expect(error.message).toContain('VALUE_TOO_HIGH: limit must be at most 100');
    expect(bad.seen).toHaveLength(1);
  });

  test('304 Not Modified is an empty answer: one request, body null through parse, no error', async () => {
    const { http, seen } = client([new Response(null, { status: 304 })]);
    const parsed: unknown[] = [];
    const res = await http.request({
      path: '/records',
      headers: { 'If-Modified-Since': '2025-01-01T00:00:00+00:00' },
      parse: (body) => {
        parsed.push(body);
        return { records: [] };
      },
    });
    expect(res).toMatchObject({ status: 304, body: { records: [] }, attempts: 1 });
    expect(parsed).toEqual([null]);
    expect(seen).toHaveLength(1);
  });
});

describe('createHttpClient: auth failures', () => {
  test('401 is AUTH_FAILED after one request, says how to fix it, and holds no secret', async () => {
    const { http, seen } = client([json({ message: `bad token ${TOKEN}` }, { status: 401 })]);
    const error = await failure(http.request({ path: '/x', query: { access_token: 'query-secret-999' } }));
    expect(error).toMatchObject({ code: 'AUTH_FAILED', status: 401, isRetryable: false });
    expect(error.message).toMatch(/reconnect the Vendor account/);
    expect(seen).toHaveLength(1);
    for (const text of [
      error.message,
      error.url,
      error.body ?? '',
      inspect(error, { depth: 10 }),
      JSON.stringify(error),
    ]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('query-secret-999');
    }
  });

  test('a network error keeps no request (and so no Authorization header) in its cause', async () => {
    const { http } = client(
      [new TypeError('fetch failed', { cause: new Error(`connect ECONNREFUSED ${TOKEN}`) })],
      {
        retry: { maxAttempts: 1 },
      },
    );
    const error = await failure(http.request({ path: '/x' }));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(TOKEN);
  });
});

describe('createHttpClient: OAuth2 refresh', () => {
  const oauth = {
    type: 'oauth2' as const,
    accessToken: 'old-access-abcdef',
    refreshToken: 'refresh-abcdef',
    clientId: 'client-1',
    clientSecret: 'client-secret-abcdef',
    tokenUrl: 'https://auth.vendor.test/token',
  };

  function oauthClient(
    api: (auth: string | null) => Response,
    token: () => Response,
    extra: Partial<Credentials> = {},
  ) {
    const { fetch, seen } = scriptedFetch([
      (request) =>
        request.url.startsWith(oauth.tokenUrl) ? token() : api(request.headers.get('authorization')),
    ]);
    const onTokens = vi.fn();
    const auth = createAuth({ ...oauth, ...extra } as Credentials, {
      vendor: 'Vendor',
      baseUrl: BASE,
      fetch,
      onTokens,
    });
    const http = createHttpClient({ vendor: 'Vendor', baseUrl: BASE, auth, fetch, clock: fakeClock() });
    return { http, seen, onTokens };
  }

  test('refreshes once on 401, hands the rotated tokens to onTokens, and retries', async () => {
    const { http, seen, onTokens } = oauthClient(
      (authorization) =>
        authorization === 'Bearer new-access' ? json({ ok: 1 }) : json({}, { status: 401 }),
      () => json({ access_token: 'new-access', refresh_token: 'new-refresh', expires_in: 3600 }),
    );
    expect((await http.request({ path: '/x' })).body).toEqual({ ok: 1 });
    expect(onTokens).toHaveBeenCalledWith({
      accessToken: 'new-access',
      refreshToken: 'new-refresh',
      expiresAt: expect.stringMatching(/Z$/),
    });
    expect(seen.map((r) => r.url.pathname)).toEqual(['/v1/x', '/token', '/v1/x']);
    const form = new URLSearchParams(seen[1]!.body);
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'refresh-abcdef',
      client_id: 'client-1',
      client_secret: 'client-secret-abcdef',
    });
    expect(http.stats.refreshes).toBe(1);
  });

  test('a 401 with the fresh token too is final: one refresh, no loop', async () => {
    const { http, seen } = oauthClient(
      () => json({}, { status: 401 }),
      () => json({ access_token: 'new-access' }),
    );
    const error = await failure(http.request({ path: '/x' }));
    expect(error.code).toBe('AUTH_FAILED');
    expect(seen.map((r) => r.url.pathname)).toEqual(['/v1/x', '/token', '/v1/x']);
  });

  test('a rejected refresh token is AUTH_FAILED with the fix and without the secrets', async () => {
    const { http, seen } = oauthClient(
      () => json({}, { status: 401 }),
      () => json({ error: 'invalid_grant', error_description: 'refresh-abcdef revoked' }, { status: 400 }),
    );
    const error = await failure(http.request({ path: '/x' }));
    expect(error.code).toBe('AUTH_FAILED');
    expect(error.message).toMatch(/invalid_grant.*reconnect the Vendor account/);
    expect(seen).toHaveLength(2);
    for (const text of [error.message, error.body ?? '', inspect(error, { depth: 10 })]) {
      for (const secret of ['refresh-abcdef', 'client-secret-abcdef', 'old-access-abcdef'])
        expect(text).not.toContain(secret);
    }
  });

  test('an access token past its expiry is refreshed before the request; concurrent calls share one refresh', async () => {
    const { http, seen, onTokens } = oauthClient(
      (authorization) => (authorization === 'Bearer fresh' ? json({ ok: 1 }) : json({}, { status: 401 })),
      () => json({ access_token: 'fresh', expires_in: 3600 }),
      { expiresAt: '2000-01-01T00:00:00Z' },
    );
    await Promise.all([http.request({ path: '/a' }), http.request({ path: '/b' })]);
    expect(onTokens).toHaveBeenCalledTimes(1);
    expect(seen.map((r) => r.url.pathname).sort()).toEqual(['/token', '/v1/a', '/v1/b']);
  });
});

describe('createHttpClient: rate limiting', () => {
  test('the connection’s token bucket spaces requests', async () => {
    const { http, clock } = client([json({})], { rateLimit: { requestsPerSecond: 2, burst: 1 } });
    for (let i = 0; i < 3; i++) await http.request({ path: '/x' });
    expect(clock.sleeps).toEqual([500, 500]);
  });

  test('Shopify: a nearly full call-limit bucket pauses the next request', async () => {
    const { http, clock } = client(
      [json({}, { headers: { 'x-shopify-shop-api-call-limit': '39/40' } }), json({})],
      { signals: [shopifyCallLimit()] },
    );
    await http.request({ path: '/orders.json' });
    await http.request({ path: '/orders.json' });
    // 39 used of 40 with 2 kept free: 2 calls over at a leak of 2/s → 1 s.
    expect(clock.sleeps).toEqual([1000]);
  });

  test('HubSpot: the daily limit is final; the 10-second window waits its interval', async () => {
    const daily = client(
      [json({ status: 'error', errorType: 'RATE_LIMIT', policyName: 'DAILY' }, { status: 429 })],
      {
        signals: [hubspotRateLimit()],
      },
    );
    const error = await failure(daily.http.request({ path: '/crm/v3/objects/contacts' }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', isRetryable: false });
    expect(error.message).toMatch(/daily API limit/);
    expect(daily.seen).toHaveLength(1);
    const windowed = client(
      [
        json(
          { policyName: 'TEN_SECONDLY_ROLLING' },
          { status: 429, headers: { 'x-hubspot-ratelimit-interval-milliseconds': '10000' } },
        ),
        json({ results: [] }),
      ],
      { signals: [hubspotRateLimit()] },
    );
    await windowed.http.request({ path: '/crm/v3/objects/contacts' });
    expect(windowed.clock.sleeps).toEqual([10_000]);
  });

  test('Salesforce: 403 REQUEST_LIMIT_EXCEEDED is a rate limit, final when it is the 24 h total', async () => {
    const total = client(
      [
        json([{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }], {
          status: 403,
          headers: { 'sforce-limit-info': 'api-usage=5001/5000' },
        }),
      ],
      { signals: [salesforceRequestLimit()] },
    );
    const error = await failure(total.http.request({ path: '/query' }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', isRetryable: false });
    expect(error.message).toMatch(/api-usage=5001\/5000.*rolling 24 h/);
    const burst = client(
      [
        json([{ message: 'ConcurrentPerOrgLongTxn Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }], {
          status: 403,
        }),
        json({ records: [] }),
      ],
      { signals: [salesforceRequestLimit()] },
    );
    expect((await burst.http.request({ path: '/query' })).attempts).toBe(2);
    const plain = client(
      [json([{ message: 'Insufficient access', errorCode: 'INSUFFICIENT_ACCESS' }], { status: 403 })],
      {
        signals: [salesforceRequestLimit()],
      },
    );
    expect(await failure(plain.http.request({ path: '/query' }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('vendorErrorDetail', () => {
  test.each([
    [{ errors: [{ category: 'X', code: 'RATE_LIMITED', detail: 'slow down' }] }, 'RATE_LIMITED: slow down'],
    [
      [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }],
      'REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.',
    ],
    [
      { errors: 'Exceeded 2 calls per second for api client.' },
      'Exceeded 2 calls per second for api client.',
    ],
    [
      { code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot list resources.' },
      'Sorry, you cannot list resources.',
    ],
    [{ error: 'invalid_grant', error_description: 'expired' }, 'invalid_grant: expired'],
  ])('%j → %s', (body, expected) => {
    expect(vendorErrorDetail(body, JSON.stringify(body))).toBe(expected);
  });

  test('HTML error pages give no detail', () => {
    expect(vendorErrorDetail(undefined, '<html>oops</html>')).toBe('');
  });
});
