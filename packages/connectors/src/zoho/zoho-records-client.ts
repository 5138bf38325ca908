import type { HttpClient, HttpRequest, HttpResponse, QueryValue } from '../shared/http-client.js';
import { type ZohoRecordsPage, zohoRecordsPageSchema } from './zoho-api.js';

/** "You can only get the first 2000 records without using page_token" (DISCRETE_PAGINATION_LIMIT_EXCEEDED). */
export const ZOHO_DISCRETE_LIMIT = 2_000;

const EMPTY_PAGE: ZohoRecordsPage = { data: [], info: { more_records: false } };

/**
 * The Zoho connection's HTTP client: the shared client, plus two Get Records
 * rules the shared layer does not know.
 *
 * - `page`/`per_page` reach only the first 2,000 records; past that Zoho
 *   wants `page_token` (from `info.next_page_token`, bound to the same
 *   parameters, never sent with `page`). The shared `seek` pagination asks
 *   for page numbers; a page beyond 2,000 records is fetched here by walking
 *   the tokens from the last numbered page (remembered per query, so a
 *   normal walk costs no extra call). The connector re-anchors every page on
 *   the last Modified_Time, so this is needed only when more than 2,000
 *   records share one second.
 * - A request with `If-Modified-Since` that matches nothing may be answered
 *   `304 Not Modified` (or `204 No Content`); the shared client hands both
 *   back with a null body, which is read here as an empty last page.
 */
export function zohoRecordsClient(inner: HttpClient): HttpClient {
  /** Query key (everything but page/page_token, plus If-Modified-Since) → page number → its page_token. */
  const tokens = new Map<string, Map<number, string>>();

  const keyOf = (req: HttpRequest<unknown>, rest: Record<string, QueryValue>) =>
    JSON.stringify([req.path, Object.entries(rest).sort(), req.headers?.['If-Modified-Since'] ?? null]);

  const remember = (key: string, page: number, body: ZohoRecordsPage) => {
    const next = body.info?.next_page_token;
    if (!next) return;
    let known = tokens.get(key);
    if (!known) {
      known = new Map();
      tokens.set(key, known);
    }
    known.set(page + 1, next);
  };

  async function fetchPage(
    req: HttpRequest<unknown>,
    query: Record<string, QueryValue>,
  ): Promise<HttpResponse<ZohoRecordsPage>> {
    // 204 No Content and 304 Not Modified (the shared client reads both as a null body;
    // https://www.zoho.com/crm/developer/docs/api/v7/status-codes.html) are an empty last page.
    return inner.request({
      ...req,
      query,
      parse: (body) => (body === null ? EMPTY_PAGE : zohoRecordsPageSchema.parse(body)),
    });
  }

  async function request<T>(req: HttpRequest<T>): Promise<HttpResponse<T>> {
    const query = req.query ?? {};
    if (req.method === 'POST' || query.fields === undefined || query.page === undefined)
      return inner.request(req);
    const { page: rawPage, page_token: _token, ...rest } = query;
    const page = Number(rawPage);
    const perPage = Number(rest.per_page ?? 200);
    const key = keyOf(req, rest);
    let response: HttpResponse<ZohoRecordsPage>;
    if (page * perPage <= ZOHO_DISCRETE_LIMIT) {
      response = await fetchPage(req, { ...rest, page });
      remember(key, page, response.body);
    } else {
      const lastNumbered = Math.floor(ZOHO_DISCRETE_LIMIT / perPage);
      const known = () => tokens.get(key);
      // Start from the nearest page whose token is known; fetch the last numbered page when none is.
      let at = Math.max(...[...(known()?.keys() ?? [])].filter((p) => p <= page), 0);
      let attempts = 0;
      if (at === 0) {
        const numbered = await fetchPage(req, { ...rest, page: lastNumbered });
        attempts += numbered.attempts;
        remember(key, lastNumbered, numbered.body);
        at = lastNumbered + 1;
        if (!numbered.body.info?.next_page_token) {
          response = { ...numbered, body: EMPTY_PAGE };
          return finish(req, response, attempts);
        }
      }
      for (;;) {
        const token = known()?.get(at);
        if (token === undefined) {
          response = { status: 200, headers: new Headers(), body: EMPTY_PAGE, url: '', attempts: 0 };
          break;
        }
        // https://www.zoho.com/crm/developer/docs/api/v7/get-records.html ("page_token … cannot be used with page")
        response = await fetchPage(req, { ...rest, page_token: token });
        attempts += response.attempts;
        remember(key, at, response.body);
        if (at >= page) break;
        at++;
      }
      return finish(req, response, attempts);
    }
    return finish(req, response, response.attempts);
  }

  function finish<T>(
    req: HttpRequest<T>,
    response: HttpResponse<ZohoRecordsPage>,
    attempts: number,
  ): HttpResponse<T> {
    const body = req.parse
      ? req.parse(response.body, { headers: response.headers, status: response.status })
      : response.body;
    return { ...response, body: body as T, attempts };
  }

  return {
    vendor: inner.vendor,
    baseUrl: inner.baseUrl,
    request,
    get stats() {
      return inner.stats;
    },
  };
}
