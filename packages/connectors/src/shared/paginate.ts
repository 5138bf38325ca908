import { ApiCallError } from './errors.js';
import type { HttpClient, HttpRequest, QueryValue } from './http-client.js';

/**
 * How a vendor pages, declared as data and run by `paginate()`:
 *
 * - `cursor`: an opaque token from the body (`next` path) sent back as a query
 *   parameter or body field (`param`, `in`). Square (`cursor`), HubSpot
 *   (`after` ← `paging.next.after`), Zoho (`page_token` ←
 *   `info.next_page_token`, `more: 'info.more_records'`), Lightspeed 2.0
 *   (`after` ← `version.max`, `stopOnEmptyPage: true`).
 * - `link-header`: follow the `Link: <url>; rel="next"` URL exactly as given
 *   (Shopify `page_info`, Toast, WooCommerce).
 * - `offset`: `offset`/`limit`, stop on a short page (Clover).
 * - `page`: `page`/`per_page`, stop on a short page or at the total-pages
 *   header (WooCommerce `X-WP-TotalPages`, Zoho's first 2,000).
 * - `next-url`: a URL in the body (Salesforce `nextRecordsUrl`, `done: true` ends).
 * - `seek`: for offset or page-number APIs whose query can filter `cursor >=`
 *   and sort by it (Clover, WooCommerce, Toast, BigCommerce). Each page is a
 *   fresh query from the last cursor value read (inclusive; repeats are
 *   dropped by the dedupe), so a record changed mid-sync cannot shift the
 *   offsets and make the next page skip one. Only when a whole page shares
 *   one cursor value does the offset advance. Needs `sortedByCursor`.
 * - `none`: a single page.
 */
export type Pagination =
  | {
      style: 'cursor';
      in: 'query' | 'body';
      /** Request parameter / body field that carries the token. */
      param: string;
      /** Dotted path of the next token in the response body. */
      next: string;
      /** Dotted path of a "more pages" boolean; false ends even when a token is present. */
      more?: string | undefined;
      /** End when a page has no records (change feeds that always return a token). */
      stopOnEmptyPage?: boolean | undefined;
    }
  | { style: 'link-header'; rel?: string | undefined }
  | { style: 'offset'; limit: number; offsetParam?: string | undefined; limitParam?: string | undefined }
  | {
      style: 'page';
      size: number;
      pageParam?: string | undefined;
      sizeParam?: string | undefined;
      /** Number of the first page (default 1). */
      firstPage?: number | undefined;
      /** Response header with the total number of pages (`X-WP-TotalPages`). */
      totalPagesHeader?: string | undefined;
    }
  | { style: 'next-url'; next: string; done?: string | undefined }
  | {
      style: 'seek';
      limit: number;
      offsetParam?: string | undefined;
      limitParam?: string | undefined;
      /** Send 1-based page numbers (offset / limit + 1) in this parameter instead of an offset. */
      pageParam?: string | undefined;
    }
  | { style: 'none' };

/** Where the next page starts; JSON-serialisable so it can live in a state. */
export type PageToken =
  | { cursor: string }
  | { url: string }
  | { offset: number }
  | { page: number }
  | { seek: number; offset: number };

export interface Page {
  /** The page's records as the vendor sent them (not yet checked). */
  records: unknown[];
  /** The whole parsed body, for envelope fields a connector wants. */
  body: unknown;
  headers: Headers;
  /** Where the following page starts; null when this was the last page. */
  next: PageToken | null;
  /** The token this page was fetched with (null for the first). */
  token: PageToken | null;
}

export interface PaginateOptions {
  /** Dotted path of the records array in the body; `''` when the body is the array (Toast). */
  records: string;
  /** Resume from this token (from a saved state) instead of the first page. */
  start?: PageToken | null | undefined;
  /** Request the next page while the caller handles this one (default true; still one request at a time). */
  prefetch?: boolean | undefined;
  signal?: AbortSignal | undefined;
  /** For `seek`: the query from an inclusive lower bound, and a record's cursor as an ordinal. */
  seek?:
    | { request(lowerBound: number): HttpRequest<unknown>; ordinal(record: unknown): number | null }
    | undefined;
}

/** Reads a dotted path (`paging.next.after`) from parsed JSON. */
export function getPath(value: unknown, path: string): unknown {
  if (path === '') return value;
  let at: unknown = value;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** The URL of `rel` in an RFC 8288 Link header. */
export function parseLinkHeader(value: string | null, rel = 'next'): string | undefined {
  if (!value) return undefined;
  for (const part of value.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const params = match[2] ?? '';
    const rels = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(params)?.[1]?.split(/\s+/) ?? [];
    if (rels.includes(rel)) return match[1];
  }
  return undefined;
}

function withQuery(request: HttpRequest<unknown>, extra: Record<string, QueryValue>): HttpRequest<unknown> {
  return { ...request, query: { ...request.query, ...extra } };
}

function requestFor(
  first: HttpRequest<unknown>,
  pagination: Pagination,
  token: PageToken | null,
  options: PaginateOptions,
): HttpRequest<unknown> {
  switch (pagination.style) {
    case 'seek': {
      const at = token as { seek: number; offset: number } | null;
      if (at !== null && !options.seek) throw new TypeError('seek pagination needs options.seek');
      const base = at === null ? first : { ...options.seek!.request(at.seek), signal: first.signal };
      const offset = at?.offset ?? 0;
      return withQuery(
        base,
        pagination.pageParam
          ? {
              [pagination.pageParam]: offset / pagination.limit + 1,
              [pagination.limitParam ?? 'per_page']: pagination.limit,
            }
          : {
              [pagination.offsetParam ?? 'offset']: offset,
              [pagination.limitParam ?? 'limit']: pagination.limit,
            },
      );
    }
    case 'cursor': {
      if (token === null) return first;
      const cursor = (token as { cursor: string }).cursor;
      if (pagination.in === 'query') return withQuery(first, { [pagination.param]: cursor });
      return { ...first, json: { ...(first.json as Record<string, unknown>), [pagination.param]: cursor } };
    }
    case 'link-header':
    case 'next-url':
      // The vendor's URL is used exactly as given: Shopify rejects filters next to page_info.
      if (token === null) return first;
      return {
        method: 'GET',
        url: (token as { url: string }).url,
        headers: first.headers,
        signal: first.signal,
      };
    case 'offset':
      return withQuery(first, {
        [pagination.offsetParam ?? 'offset']: token === null ? 0 : (token as { offset: number }).offset,
        [pagination.limitParam ?? 'limit']: pagination.limit,
      });
    case 'page':
      return withQuery(first, {
        [pagination.pageParam ?? 'page']:
          token === null ? (pagination.firstPage ?? 1) : (token as { page: number }).page,
        [pagination.sizeParam ?? 'per_page']: pagination.size,
      });
    case 'none':
      return first;
  }
}

function nextToken(
  pagination: Pagination,
  token: PageToken | null,
  body: unknown,
  headers: Headers,
  records: readonly unknown[],
  options: PaginateOptions,
): PageToken | null {
  const count = records.length;
  switch (pagination.style) {
    case 'seek': {
      if (count < pagination.limit) return null;
      const at = token as { seek: number; offset: number } | null;
      let max: number | null = null;
      for (const r of records) {
        const o = options.seek?.ordinal(r) ?? null;
        if (o !== null && (max === null || o > max)) max = o;
      }
      const from = at?.seek ?? null;
      // Progress: start the next query at the newest cursor read. A full page of one
      // cursor value (or of unreadable ones) moves the offset instead, so it cannot stall.
      if (max !== null && (from === null || max > from)) return { seek: max, offset: 0 };
      return { seek: from ?? max ?? 0, offset: (at?.offset ?? 0) + count };
    }
    case 'cursor': {
      if (pagination.stopOnEmptyPage && count === 0) return null;
      if (pagination.more !== undefined && getPath(body, pagination.more) !== true) return null;
      const next = getPath(body, pagination.next);
      if (next === undefined || next === null || next === '') return null;
      return { cursor: String(next) };
    }
    case 'link-header': {
      const url = parseLinkHeader(headers.get('link'), pagination.rel ?? 'next');
      return url ? { url } : null;
    }
    case 'next-url': {
      if (pagination.done !== undefined && getPath(body, pagination.done) === true) return null;
      const url = getPath(body, pagination.next);
      return typeof url === 'string' && url !== '' ? { url } : null;
    }
    case 'offset': {
      if (count < pagination.limit) return null;
      const offset = token === null ? 0 : (token as { offset: number }).offset;
      return { offset: offset + count };
    }
    case 'page': {
      if (count < pagination.size) return null;
      const page = token === null ? (pagination.firstPage ?? 1) : (token as { page: number }).page;
      const total = pagination.totalPagesHeader
        ? Number(headers.get(pagination.totalPagesHeader))
        : Number.NaN;
      if (Number.isFinite(total) && page >= total) return null;
      return { page: page + 1 };
    }
    case 'none':
      return null;
  }
}

function sameToken(a: PageToken | null, b: PageToken | null): boolean {
  return a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Fetches the pages of one query in order and yields each with the token of
 * the page after it, so the caller can save the page's records and its
 * checkpoint together. Pages are never fetched in parallel: at most one
 * request is in flight, but it is sent as soon as the previous page names
 * its successor, so the vendor works on page n+1 while the caller handles
 * page n (`prefetch: false` waits instead). A page whose records are not an
 * array is MALFORMED_RESPONSE and retried by the client; a vendor that hands
 * back the same token twice is stopped instead of looping forever.
 */
export async function* paginate(
  client: HttpClient,
  first: HttpRequest<unknown>,
  pagination: Pagination,
  options: PaginateOptions,
): AsyncGenerator<Page> {
  const parse = (body: unknown) => {
    const records = getPath(body, options.records);
    if (records === undefined || records === null) return { body, records: [] as unknown[] };
    if (!Array.isArray(records)) {
      throw new TypeError(`"${options.records || '(body)'}" is ${typeof records}, not an array of records`);
    }
    return { body, records: records as unknown[] };
  };
  // Aborts a prefetched request nobody will read (the caller stopped early).
  const stop = new AbortController();
  const outer = options.signal ?? first.signal;
  const signal = outer ? AbortSignal.any([outer, stop.signal]) : stop.signal;
  const fetchPage = (token: PageToken | null) => {
    const request = { ...requestFor({ ...first, signal }, pagination, token, options), parse };
    const response = client.request(request).then((r) => ({ request, response: r }));
    response.catch(() => {}); // handled when awaited; never an unhandled rejection if abandoned
    return response;
  };
  let token: PageToken | null = options.start ?? null;
  let pending = fetchPage(token);
  try {
    while (true) {
      const { request, response } = await pending;
      const { body, records } = response.body;
      const next = nextToken(pagination, token, body, response.headers, records, options);
      if (next !== null && sameToken(next, token)) {
        throw new ApiCallError({
          code: 'MALFORMED_RESPONSE',
          method: request.method ?? 'GET',
          url: response.url,
          isRetryable: false,
          message: `${client.vendor} returned the same page token twice (${JSON.stringify(next).slice(0, 80)}); stopping instead of looping. Retry the sync; if it repeats, report it to ${client.vendor}.`,
        });
      }
      const prefetch = next !== null && options.prefetch !== false;
      if (prefetch) pending = fetchPage(next);
      yield { records, body, headers: response.headers, next, token };
      if (next === null) return;
      if (!prefetch) pending = fetchPage(next);
      token = next;
    }
  } finally {
    stop.abort();
  }
}
