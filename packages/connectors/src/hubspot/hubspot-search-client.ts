import { ConnectorError } from '../shared/errors.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../shared/http-client.js';
import { hubspotAssociationsBatchSchema, hubspotSearchPageSchema } from './hubspot-api.js';

/** Query parameters the shared `seek` pagination sets; this client moves them into the search body. */
export const SEARCH_AFTER_PARAM = 'after';
export const SEARCH_LIMIT_PARAM = 'limit';

/** "Search results stop at 10,000 per query" (reference §9). */
export const HUBSPOT_SEARCH_CEILING = 10_000;

/** Search paths whose records get their associations attached, and how. */
export interface AssociationPlan {
  /** `deals` in `/crm/v4/associations/deals/contacts/batch/read`. */
  from: string;
  to: string;
  /** The association type name written on each result (`deal_to_contact`). */
  type: string;
}

/**
 * The HubSpot connection's HTTP client: the shared client, plus two things
 * the CRM search endpoint needs and the shared layer cannot say.
 *
 * - `seek` pagination sends its offset and page size as query parameters;
 *   the search endpoint takes them in the JSON body (`after`, `limit`), so
 *   they are moved there. Every page is a fresh search from the last
 *   modified time read, which also re-anchors the query long before the
 *   10,000-result ceiling; only a run of more than 10,000 records sharing one
 *   millisecond would reach it, and that is reported instead of sent.
 * - The search endpoint returns no associations (HubSpot: "using only the
 *   search API call isn't enough to load them"; use the associations batch
 *   API after the search). For deals, each page's contact ids are read with
 *   one `POST /crm/v4/associations/deals/contacts/batch/read` and written on
 *   the records in the list endpoint's `associations=contacts` shape,
 *   before the page is handed on, so a page and its associations are one unit.
 *
 * Every call still goes through the shared client (auth, retries, rate limit).
 */
export function hubspotSearchClient(
  inner: HttpClient,
  associations: Readonly<Record<string, AssociationPlan>>,
): HttpClient {
  async function attachAssociations(
    results: unknown[],
    plan: AssociationPlan,
    req: HttpRequest<unknown>,
  ): Promise<number> {
    const records = results.filter(
      (r): r is Record<string, unknown> =>
        r !== null && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string',
    );
    if (records.length === 0) return 0;
    // https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associate-records/batch/get-associations
    const response = await inner.request({
      method: 'POST',
      path: `/crm/v4/associations/${encodeURIComponent(plan.from)}/${encodeURIComponent(plan.to)}/batch/read`,
      json: { inputs: records.map((r) => ({ id: r.id as string })) },
      signal: req.signal,
      parse: (body) => hubspotAssociationsBatchSchema.parse(body),
    });
    const byId = new Map(response.body.results.map((r) => [r.from.id, r.to]));
    for (const record of records) {
      const to = byId.get(record.id as string);
      if (!to || to.length === 0) continue;
      record.associations = {
        ...(record.associations as object | undefined),
        [plan.to]: { results: to.map((t) => ({ id: String(t.toObjectId), type: plan.type })) },
      };
    }
    return response.attempts;
  }

  async function request<T>(req: HttpRequest<T>): Promise<HttpResponse<T>> {
    const query = req.query ?? {};
    if (req.method !== 'POST' || !req.path?.endsWith('/search') || query[SEARCH_LIMIT_PARAM] === undefined) {
      return inner.request(req);
    }
    const { [SEARCH_AFTER_PARAM]: rawAfter, [SEARCH_LIMIT_PARAM]: rawLimit, ...rest } = query;
    const after = Number(rawAfter ?? 0);
    const limit = Number(rawLimit);
    if (after + limit > HUBSPOT_SEARCH_CEILING) {
      throw new ConnectorError({
        code: 'BAD_REQUEST',
        message: `More than ${HUBSPOT_SEARCH_CEILING} HubSpot records share one last-modified time, past the search endpoint's ${HUBSPOT_SEARCH_CEILING}-result ceiling. Sync this object once with the list endpoint (GET /crm/v3/objects/{type}) or contact HubSpot support; the incremental sync resumes from its last state.`,
      });
    }
    let raw: unknown;
    const json = {
      ...(req.json as Record<string, unknown>),
      limit,
      ...(after > 0 ? { after: String(after) } : {}),
    };
    const response = await inner.request({
      ...req,
      query: Object.keys(rest).length > 0 ? rest : undefined,
      json,
      parse: (body, meta) => {
        hubspotSearchPageSchema.parse(body);
        raw = body;
        return (req.parse ? req.parse(body, meta) : body) as T;
      },
    });
    const plan = associations[req.path];
    if (plan) {
      const results = (raw as { results: unknown[] }).results;
      response.attempts += await attachAssociations(results, plan, req);
    }
    return response;
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
