import { ConnectorError } from '../shared/errors.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../shared/http-client.js';
import { type SalesforceQueryPage, salesforceQueryPageSchema } from './salesforce-api.js';

/** Query parameters the shared `seek` pagination sets; this client moves them into the SOQL. */
export const SOQL_OFFSET_PARAM = 'soqlOffset';
export const SOQL_LIMIT_PARAM = 'soqlLimit';

/**
 * SOQL's largest OFFSET ("Maximum SOQL offset allowed is 2000").
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_offset.htm (larger: NUMBER_OUTSIDE_VALID_RANGE)
 */
export const SOQL_MAX_OFFSET = 2_000;

/**
 * The Salesforce connection's HTTP client: the shared client, plus what the
 * query resource needs and the shared `seek` pagination cannot say.
 *
 * - `seek` asks for "the page at offset N of the query from this cursor";
 *   SOQL takes that as `LIMIT n OFFSET m` inside `q`, not as URL parameters,
 *   so this moves `soqlLimit`/`soqlOffset` into the SOQL text.
 * - Salesforce may answer a query with a smaller batch than the LIMIT
 *   (`done: false` and a `nextRecordsUrl`: "there is no guarantee that the
 *   requested batch size is the actual batch size"). This follows
 *   `nextRecordsUrl` exactly as given until `done`, so the page handed to the
 *   shared layer is the whole LIMIT and a short batch never ends the sync early.
 *
 * Every call still goes through the shared client (auth, retries, rate limit).
 */
export function salesforceQueryClient(inner: HttpClient): HttpClient {
  const parsePage = (body: unknown): SalesforceQueryPage => salesforceQueryPageSchema.parse(body);

  async function request<T>(req: HttpRequest<T>): Promise<HttpResponse<T>> {
    const query = req.query ?? {};
    const q = query.q;
    if (typeof q !== 'string' || query[SOQL_LIMIT_PARAM] === undefined) return inner.request(req);
    const { [SOQL_OFFSET_PARAM]: rawOffset, [SOQL_LIMIT_PARAM]: rawLimit, ...rest } = query;
    const limit = Number(rawLimit);
    const offset = Number(rawOffset ?? 0);
    if (offset > SOQL_MAX_OFFSET) {
      throw new ConnectorError({
        code: 'BAD_REQUEST',
        message: `More than ${SOQL_MAX_OFFSET} Salesforce records share one SystemModstamp, past SOQL's largest OFFSET (${SOQL_MAX_OFFSET}). Raise pageSize to 2000 so one page holds them, then rerun the sync; it resumes from its last state.`,
      });
    }
    const soql = `${q} LIMIT ${limit}${offset > 0 ? ` OFFSET ${offset}` : ''}`;
    // https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.md
    const first = await inner.request({ ...req, query: { ...rest, q: soql }, parse: parsePage });
    const records = [...first.body.records];
    let page = first.body;
    let attempts = first.attempts;
    while (!page.done && page.nextRecordsUrl) {
      // https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query-more-results.md
      const more = await inner.request({
        method: 'GET',
        url: page.nextRecordsUrl,
        headers: req.headers,
        signal: req.signal,
        parse: parsePage,
      });
      attempts += more.attempts;
      records.push(...more.body.records);
      page = more.body;
    }
    const merged: SalesforceQueryPage = { totalSize: first.body.totalSize, done: true, records };
    const body = req.parse ? req.parse(merged, { headers: first.headers, status: first.status }) : merged;
    return { ...first, body: body as T, attempts };
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
