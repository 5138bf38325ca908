import { isValidRefreshGrant, type SandboxOAuth } from '../testing/oauth-refresh-grant.js';
import { type SandboxReply, type SandboxRequest, startSandboxServer } from '../testing/sandbox-server.js';
import { SandboxStore, type SortKey } from '../testing/sandbox-store.js';
import { seededRandom } from '../testing/seeded-random.js';
import type { VendorSandbox, VendorSandboxOptions } from '../testing/vendor-sandbox.js';
import { generateSalesforceData, salesforceDateTime } from './salesforce-sandbox-data.js';

type Json = Record<string, unknown>;

export interface SalesforceSandboxOptions extends VendorSandboxOptions {
  /** Opportunities (a number), or counts per stream: opportunities, contacts, leads. */
  records?: number | Readonly<Record<string, number>> | undefined;
  /** The access token the sandbox accepts (default `sf-sandbox-token`). */
  accessToken?: string | undefined;
  /** Tokens that answer 401 INVALID_SESSION_ID and that a refresh replaces. */
  expiredTokens?: readonly string[] | undefined;
  /** OAuth client for POST /services/oauth2/token (refresh_token grant). */
  oauth?: SandboxOAuth | undefined;
  /** The org's rolling 24 h API request total (default 15,000); past it: 403 REQUEST_LIMIT_EXCEEDED. */
  apiLimit?: number | undefined;
  /** Serve smaller batches than asked, as Salesforce may ("no guarantee"), to exercise nextRecordsUrl. */
  maxBatchSize?: number | undefined;
  /** Multi-currency org: Opportunity has CurrencyIsoCode. */
  multiCurrency?: boolean | undefined;
  /** Newest generated creation time (default 2025-01-01T00:00:00Z); data spans `spanDays` before it (default 730). */
  dataEnd?: number | undefined;
  spanDays?: number | undefined;
}

const DEFAULT_TOKEN = 'sf-sandbox-token';
/** Newest REST API version the sandbox serves (the reference's examples use v66.0–v68.0). */
const NEWEST_VERSION = 68;
// Query cursors "expire automatically after 15 minutes of inactivity" (SOAP API QueryLocator docs).
const LOCATOR_IDLE_MS = 15 * 60_000;
// Sforce-Query-Options batchSize: default 2,000, minimum 200, maximum 2,000.
const BATCH = { min: 200, max: 2_000 };
// "The maximum offset is 2,000 rows." (SOQL OFFSET)
const MAX_OFFSET = 2_000;

/** Salesforce error bodies are JSON arrays of `{ message, errorCode, fields? }` (reference §8). */
function sfError(status: number, errorCode: string, message: string, fields?: string[]): SandboxReply {
  return { status, json: [{ message, errorCode, ...(fields ? { fields } : {}) }] };
}

const OBJECT_STREAMS: Readonly<Record<string, string>> = {
  Opportunity: 'opportunities',
  Contact: 'contacts',
  Lead: 'leads',
};

/** Fields of each object the sandbox knows (SELECTing another is INVALID_FIELD, as in a real org). */
const OBJECT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Opportunity: [
    'Id',
    'AccountId',
    'ContactId',
    'Name',
    'StageName',
    'IsClosed',
    'IsWon',
    'Amount',
    'CloseDate',
    'LeadSource',
    'Type',
    'CreatedDate',
    'LastModifiedDate',
    'SystemModstamp',
  ],
  Contact: [
    'Id',
    'AccountId',
    'FirstName',
    'LastName',
    'Email',
    'Phone',
    'MobilePhone',
    'MailingStreet',
    'MailingCity',
    'MailingState',
    'MailingPostalCode',
    'MailingCountry',
    'LeadSource',
    'CreatedDate',
    'LastModifiedDate',
    'SystemModstamp',
  ],
  Lead: [
    'Id',
    'FirstName',
    'LastName',
    'Email',
    'Phone',
    'MobilePhone',
    'Company',
    'Street',
    'City',
    'State',
    'PostalCode',
    'Country',
    'Status',
    'LeadSource',
    'IsConverted',
    'ConvertedContactId',
    'CreatedDate',
    'LastModifiedDate',
    'SystemModstamp',
  ],
};
const DATETIME_FIELDS = new Set(['CreatedDate', 'LastModifiedDate', 'SystemModstamp']);
// SOQL dateTime literals: YYYY-MM-DDThh:mm:ss(.sss)(Z|±hh:mm), unquoted.
const SOQL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const SOQL =
  /^SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?(?:\s+ORDER\s+BY\s+(.+?))?(?:\s+LIMIT\s+(\d+))?(?:\s+OFFSET\s+(\d+))?\s*$/i;

/** A store whose `touch` writes SystemModstamp the Salesforce way (`…000+0000`). */
class SalesforceStore extends SandboxStore<Json> {
  override nextStamp(): string {
    return salesforceDateTime(Date.parse(super.nextStamp() as string));
  }
}

interface Condition {
  field: string;
  op: string;
  value: number;
}

interface ParsedQuery {
  object: string;
  fields: string[];
  conditions: Condition[];
  order: { field: string; desc: boolean }[];
  limit: number | undefined;
  offset: number;
}

const ms = (v: unknown): number => (typeof v === 'string' ? Date.parse(v) : Number.NaN);

function parseSoql(
  soql: string,
  multiCurrency: boolean,
  objects: ReadonlySet<string>,
): ParsedQuery | SandboxReply {
  const m = SOQL.exec(soql.trim());
  if (!m) return sfError(400, 'MALFORMED_QUERY', `unexpected token in query: ${soql.slice(0, 80)}`);
  const [, select = '', object = '', where, orderBy, limit, offset] = m;
  if (!objects.has(object)) {
    return sfError(400, 'INVALID_TYPE', `sObject type '${object}' is not supported.`);
  }
  const known = new Set([
    ...(OBJECT_FIELDS[object] ?? []),
    ...(object === 'Opportunity' && multiCurrency ? ['CurrencyIsoCode'] : []),
  ]);
  const fields = select.split(',').map((f) => f.trim());
  for (const f of fields) {
    if (!known.has(f)) {
      return sfError(400, 'INVALID_FIELD', `No such column '${f}' on entity '${object}'.`, [f]);
    }
  }
  const conditions: Condition[] = [];
  for (const part of where ? where.split(/\s+AND\s+/i) : []) {
    const c = /^(\w+)\s*(>=|<=|>|<|=)\s*(\S+)$/.exec(part.trim());
    if (!c) return sfError(400, 'MALFORMED_QUERY', `unexpected token: '${part}'`);
    const [, field = '', op = '', literal = ''] = c;
    if (!DATETIME_FIELDS.has(field)) {
      return sfError(400, 'INVALID_FIELD', `the sandbox filters only on datetime fields, not ${field}`, [
        field,
      ]);
    }
    if (!SOQL_DATETIME.test(literal)) {
      return sfError(
        400,
        'INVALID_FIELD',
        `value of filter criterion for field '${field}' must be of type dateTime and should not be enclosed in quotes`,
        [field],
      );
    }
    conditions.push({ field, op, value: Date.parse(literal) });
  }
  const order: ParsedQuery['order'] = [];
  for (const part of orderBy ? orderBy.split(',') : []) {
    const o = /^(\w+)(?:\s+(ASC|DESC))?$/i.exec(part.trim());
    if (!o || !known.has(o[1] ?? '')) return sfError(400, 'MALFORMED_QUERY', `bad ORDER BY: '${part}'`);
    order.push({ field: o[1] as string, desc: (o[2] ?? '').toUpperCase() === 'DESC' });
  }
  const skip = offset === undefined ? 0 : Number(offset);
  if (skip > MAX_OFFSET) {
    return sfError(400, 'NUMBER_OUTSIDE_VALID_RANGE', `Maximum SOQL offset allowed is ${MAX_OFFSET}`);
  }
  return {
    object,
    fields,
    conditions,
    order,
    limit: limit === undefined ? undefined : Number(limit),
    offset: skip,
  };
}

function matches(record: Json, c: Condition): boolean {
  const t = ms(record[c.field]);
  switch (c.op) {
    case '>=':
      return t >= c.value;
    case '>':
      return t > c.value;
    case '<=':
      return t <= c.value;
    case '<':
      return t < c.value;
    default:
      return t === c.value;
  }
}

interface Locator {
  object: string;
  fields: string[];
  ids: string[];
  totalSize: number;
  lastUsed: number;
}

/**
 * A local Salesforce org's REST query resource, with the documented
 * behaviour a sync depends on:
 *
 * - `GET /services/data/vXX.X/query?q=<SOQL>`: SELECT of known fields (an
 *   unknown one, or CurrencyIsoCode outside a multi-currency org, is 400
 *   INVALID_FIELD), `WHERE` on datetime fields with unquoted literals,
 *   `ORDER BY`, `LIMIT`, `OFFSET` ≤ 2,000 (NUMBER_OUTSIDE_VALID_RANGE).
 * - Batches: `Sforce-Query-Options: batchSize=` (200–2,000, default 2,000);
 *   `{ totalSize, done, nextRecordsUrl, records }` with `attributes` on each
 *   record. A query cursor gathers the ids at query time and serves each
 *   batch's current values (SOAP API queryMore docs); `nextRecordsUrl`
 *   (`/services/data/vXX.X/query/01g…-200`) expires after 15 minutes idle
 *   (INVALID_QUERY_LOCATOR).
 * - Auth `Authorization: Bearer`; 401 INVALID_SESSION_ID. Errors are JSON
 *   arrays `[{ message, errorCode }]`.
 * - Every response carries `Sforce-Limit-Info: api-usage=n/limit`; past the
 *   limit, 403 REQUEST_LIMIT_EXCEEDED "TotalRequests Limit exceeded." (not
 *   429). Injected 429 faults use the same error envelope.
 * - OAuth refresh at `POST /services/oauth2/token` (form-encoded).
 * Sources: /work/shared/reference/vendor-apis.md §8 and the Salesforce REST
 * API guide (query, query more results, query options header, API usage).
 */
export async function startSalesforceSandbox(options: SalesforceSandboxOptions = {}): Promise<VendorSandbox> {
  const random = seededRandom(options.seed ?? 1);
  const counts =
    typeof options.records === 'number' ? { opportunities: options.records } : (options.records ?? {});
  const opportunities = counts.opportunities ?? 250;
  const multiCurrency = options.multiCurrency ?? false;
  const data = generateSalesforceData(random, {
    opportunities,
    contacts: counts.contacts ?? Math.max(5, Math.ceil(opportunities / 2)),
    leads: counts.leads ?? Math.max(5, Math.ceil(opportunities / 2)),
    end: options.dataEnd ?? Date.UTC(2025, 0, 1),
    spanDays: options.spanDays ?? 730,
    multiCurrency,
  });
  const now = options.now ?? Date.now;
  const storeOf = (records: Json[]) =>
    new SalesforceStore(records, { key: (r) => r.Id as string, cursorField: 'SystemModstamp', now });
  const stores: Record<string, SandboxStore<Json>> = {
    opportunities: storeOf(data.opportunities),
    contacts: storeOf(data.contacts),
    leads: storeOf(data.leads),
  };
  const objects = new Set(Object.keys(OBJECT_STREAMS));
  const apiLimit = options.apiLimit ?? 15_000;
  let used = 0;
  const locators = new Map<string, Locator>();
  let locatorSeq = 0;

  const validTokens = new Set([options.accessToken ?? DEFAULT_TOKEN]);
  const expired = new Set(options.expiredTokens ?? []);
  let issued = 0;

  const authorize = (request: SandboxRequest): SandboxReply | null => {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (validTokens.has(token) && !expired.has(token)) return null;
    return sfError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
  };

  /** Counts the call against the org limit and stamps Sforce-Limit-Info on the reply. */
  const metered =
    (handler: (request: SandboxRequest, params: Record<string, string>) => SandboxReply) =>
    (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
      used++;
      const header = { 'sforce-limit-info': `api-usage=${used}/${apiLimit}` };
      if (used > apiLimit) {
        const reply = sfError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
        return { ...reply, headers: header };
      }
      const reply = handler(request, params);
      return { ...reply, headers: { ...reply.headers, ...header } };
    };

  const checkVersion = (version: string | undefined): SandboxReply | null => {
    const v = /^v(\d+)\.0$/.exec(version ?? '');
    if (!v || Number(v[1]) < 20 || Number(v[1]) > NEWEST_VERSION) {
      return sfError(404, 'NOT_FOUND', 'The requested resource does not exist');
    }
    return null;
  };

  const project = (record: Json, object: string, fields: readonly string[], version: string): Json => {
    const out: Json = {
      attributes: { type: object, url: `/services/data/${version}/sobjects/${object}/${String(record.Id)}` },
    };
    for (const f of fields) out[f] = record[f] ?? null;
    return out;
  };

  /** One batch from a cursor: the ids are fixed, the values are read now. */
  const batchOf = (locator: Locator, batch: number, version: string): SandboxReply => {
    const store = stores[OBJECT_STREAMS[locator.object] as string] as SandboxStore<Json>;
    const ids = locator.ids.splice(0, batch);
    const records = ids.flatMap((id) => {
      const r = store.get(id);
      return r ? [project(r, locator.object, locator.fields, version)] : [];
    });
    const body: Json = { totalSize: locator.totalSize, done: locator.ids.length === 0, records };
    if (locator.ids.length > 0) {
      const id = `01g${String(++locatorSeq).padStart(15, '0')}-${locator.totalSize - locator.ids.length}`;
      locator.lastUsed = now();
      locators.set(id, locator);
      body.nextRecordsUrl = `/services/data/${version}/query/${id}`;
    }
    return { json: body };
  };

  const batchSizeOf = (request: SandboxRequest): number => {
    const header = request.headers['sforce-query-options'] ?? '';
    const asked = Number(/batchSize=(\d+)/i.exec(header)?.[1] ?? BATCH.max);
    const size = Math.min(BATCH.max, Math.max(BATCH.min, Number.isFinite(asked) ? asked : BATCH.max));
    return Math.min(size, options.maxBatchSize ?? size);
  };

  const query = (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
    const bad = checkVersion(params.version);
    if (bad) return bad;
    const q = request.query.q;
    if (typeof q !== 'string' || q.trim() === '') {
      return sfError(400, 'MALFORMED_QUERY', 'A SOQL query is required in the q parameter');
    }
    const parsed = parseSoql(q, multiCurrency, objects);
    if (!('object' in parsed)) return parsed;
    const store = stores[OBJECT_STREAMS[parsed.object] as string] as SandboxStore<Json>;
    const keyOf = (r: Json): SortKey =>
      parsed.order.map(({ field, desc }) => {
        const v = DATETIME_FIELDS.has(field) ? ms(r[field]) : r[field];
        const key = typeof v === 'number' ? v : String(v ?? '');
        return desc && typeof key === 'number' ? -key : key;
      });
    const view =
      parsed.order.length === 0
        ? store.sorted('Id', (r) => [r.Id as string])
        : store.sorted(`q:${parsed.order.map((o) => `${o.field}${o.desc ? '-' : '+'}`).join(',')}`, keyOf);
    const rows = view.filter((r) => parsed.conditions.every((c) => matches(r, c)));
    const sliced = rows.slice(
      parsed.offset,
      parsed.limit === undefined ? undefined : parsed.offset + parsed.limit,
    );
    const locator: Locator = {
      object: parsed.object,
      fields: parsed.fields,
      ids: sliced.map((r) => r.Id as string),
      totalSize: sliced.length,
      lastUsed: now(),
    };
    return batchOf(locator, batchSizeOf(request), params.version as string);
  };

  const queryMore = (request: SandboxRequest, params: Record<string, string>): SandboxReply => {
    const bad = checkVersion(params.version);
    if (bad) return bad;
    const id = params.locator ?? '';
    const locator = locators.get(id);
    locators.delete(id); // each locator is used once
    if (!locator || now() - locator.lastUsed > LOCATOR_IDLE_MS) {
      return sfError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    }
    return batchOf(locator, batchSizeOf(request), params.version as string);
  };

  const token = (request: SandboxRequest): SandboxReply => {
    if (!isValidRefreshGrant(request, options.oauth)) {
      return {
        status: 400,
        json: { error: 'invalid_grant', error_description: 'expired access/refresh token' },
      };
    }
    issued++;
    const access = `00Dsandbox!sf-access-${issued}-${random.id(16)}`;
    validTokens.add(access);
    // Salesforce's refresh response has no refresh_token (it is not rotated) and no expires_in.
    return {
      json: {
        access_token: access,
        instance_url: 'http://127.0.0.1',
        id: 'https://login.salesforce.com/id/00Dsandbox/005sandbox',
        token_type: 'Bearer',
        issued_at: String(now()),
        signature: random.id(43),
      },
    };
  };

  const server = await startSandboxServer({
    vendor: 'salesforce',
    seed: options.seed,
    latencyMs: options.latencyMs,
    recordRequests: options.recordRequests,
    port: options.port,
    authorize,
    errors: {
      rateLimit: () => sfError(429, 'REQUEST_LIMIT_EXCEEDED', 'ConcurrentPerOrgLongTxn Limit exceeded.'),
      unauthorized: () => sfError(401, 'INVALID_SESSION_ID', 'Session expired or invalid'),
      serverError: (status) =>
        sfError(status, 'UNKNOWN_EXCEPTION', 'An unexpected error occurred. Please include this ErrorId.'),
      notFound: () => sfError(404, 'NOT_FOUND', 'The requested resource does not exist'),
    },
    routes: [
      {
        method: 'GET',
        path: '/services/data/:version/',
        handler: metered((_r, params) => {
          const bad = checkVersion(params.version);
          if (bad) return bad;
          const v = params.version as string;
          return { json: { sobjects: `/services/data/${v}/sobjects`, query: `/services/data/${v}/query` } };
        }),
      },
      { method: 'GET', path: '/services/data/:version/query', handler: metered(query) },
      { method: 'GET', path: '/services/data/:version/query/:locator', handler: metered(queryMore) },
      { method: 'POST', path: '/services/oauth2/token', handler: token, auth: false },
    ],
  });

  return {
    ...server,
    vendor: 'salesforce',
    credentials: { type: 'bearer', token: options.accessToken ?? DEFAULT_TOKEN },
    streams: ['opportunities', 'contacts', 'leads'],
    store(stream: string) {
      const found = stores[stream];
      if (!found) {
        throw new Error(
          `Salesforce sandbox has no stream "${stream}"; streams: ${Object.keys(stores).join(', ')}`,
        );
      }
      return found;
    },
  };
}
