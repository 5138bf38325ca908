import type { z } from 'zod';
import type { ConnectorInfo } from '../protocol.js';
import { ApiConnector, type ApiStream } from '../shared/api-connector.js';
import { createConnectionClient } from '../shared/connection-config.js';
import { isoTimestampCursor } from '../shared/incremental-state.js';
import { parseConfig } from '../shared/parse-config.js';
import { salesforceRequestLimit } from '../shared/vendor-signals.js';
import {
  salesforceContactSchema,
  salesforceLeadSchema,
  salesforceOpportunitySchema,
} from './salesforce-api.js';
import {
  SALESFORCE_API_VERSION,
  SALESFORCE_MAX_PAGE_SIZE,
  type SalesforceConfig,
  type SalesforceConfigInput,
  salesforceConfigSchema,
} from './salesforce-options.js';
import { SOQL_LIMIT_PARAM, SOQL_OFFSET_PARAM, salesforceQueryClient } from './salesforce-query-client.js';

export const salesforceInfo: ConnectorInfo = {
  id: 'salesforce',
  name: 'Salesforce',
  category: 'crm',
  authKind: 'oauth2',
  credentialTypes: ['oauth2', 'bearer'],
  streams: ['opportunities', 'contacts', 'leads'],
  docs: 'https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.md',
};

interface SObjectStream {
  sobject: string;
  systemId: string;
  description: string;
  schema: z.ZodType;
  /** Fields to SELECT: what the default mapping in @growthnav/conversions reads, plus the cursor. */
  fields: readonly string[];
}

/** The objects read and the fields selected (mappings: packages/conversions/src/systems/vendors/salesforce/). */
const OBJECTS: Readonly<Record<string, SObjectStream>> = {
  opportunities: {
    sobject: 'Opportunity',
    systemId: 'salesforce.opportunities',
    description: 'Opportunities (deals) with stage, amount and close date (SOQL on Opportunity).',
    schema: salesforceOpportunitySchema,
    fields: [
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
  },
  contacts: {
    sobject: 'Contact',
    systemId: 'salesforce.contacts',
    description: 'Contacts with email, phones and mailing address (SOQL on Contact).',
    schema: salesforceContactSchema,
    fields: [
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
  },
  leads: {
    sobject: 'Lead',
    systemId: 'salesforce.leads',
    description: 'Leads with status, company and address (SOQL on Lead).',
    schema: salesforceLeadSchema,
    fields: [
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
  },
};

/** The SOQL datetime literal of an ordinal (unquoted, UTC, with milliseconds). */
export function soqlDateTime(ordinal: number): string {
  return new Date(ordinal).toISOString();
}

/** The SOQL of one page's query, before LIMIT/OFFSET: fields, inclusive lower bound, keyset order. */
export function salesforceSoql(
  sobject: string,
  fields: readonly string[],
  lowerBound: number | null,
): string {
  const where = lowerBound === null ? '' : ` WHERE SystemModstamp >= ${soqlDateTime(lowerBound)}`;
  return `SELECT ${fields.join(', ')} FROM ${sobject}${where} ORDER BY SystemModstamp ASC, Id ASC`;
}

/**
 * Salesforce: Opportunity, Contact and Lead through the REST query resource,
 * incremental on `SystemModstamp`.
 *
 * Every page is a fresh SOQL query `WHERE SystemModstamp >= <last stamp read>
 * ORDER BY SystemModstamp ASC, Id ASC LIMIT <pageSize>` (the shared `seek`
 * pagination; OFFSET only when a whole page shares one stamp). The bound is
 * inclusive and the dedupe drops what was read already, so a record updated
 * during a sync moves to a later page and is read again, never skipped. A
 * fresh query per page (rather than one query walked with `nextRecordsUrl`)
 * also matters because Salesforce's query cursor fixes the ids at query time
 * but serves each batch's current values: a record changed mid-sync would
 * come back out of order with a newer stamp and move the high-water mark past
 * changes not yet read. `nextRecordsUrl` is still followed within a page when
 * Salesforce returns a smaller batch than the LIMIT.
 *
 * Rate limits: Salesforce answers an exhausted org quota with 403
 * REQUEST_LIMIT_EXCEEDED (not 429) and reports usage in `Sforce-Limit-Info`;
 * the shared `salesforceRequestLimit()` signal makes the daily total final
 * and concurrency limits retryable.
 */
export class SalesforceConnector extends ApiConnector<SalesforceConfig> {
  readonly info = salesforceInfo;
  readonly spec = salesforceConfigSchema;
  readonly #streams: Readonly<Record<string, ApiStream>>;
  readonly #version: string;

  constructor(config: SalesforceConfig) {
    super(
      config,
      salesforceQueryClient(
        createConnectionClient(config, {
          vendor: 'Salesforce',
          baseUrl: config.baseUrl,
          // OAuth 2.0 refresh-token flow on the org's own host (form-encoded, RFC 6749 §6).
          // https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_refresh_token_flow.htm
          placement: {
            header: 'Authorization',
            scheme: 'Bearer',
            tokenUrl: '/services/oauth2/token',
            tokenRequest: 'form',
          },
          // Salesforce publishes a rolling 24 h org total, not a per-second rate.
          rateLimit: null,
          signals: [salesforceRequestLimit()],
        }),
      ),
    );
    this.#version = config.apiVersion ?? SALESFORCE_API_VERSION;
    this.#streams = this.#defineStreams();
  }

  protected get streams(): Readonly<Record<string, ApiStream>> {
    return this.#streams;
  }

  #defineStreams(): Record<string, ApiStream> {
    const pageSize = this.config.pageSize ?? SALESFORCE_MAX_PAGE_SIZE;
    // https://developer.salesforce.com/docs/platform/api-rest/guide/headers-queryoptions.html
    // batchSize is 200–2,000; it only matters when Salesforce splits a LIMIT page.
    const batchSize = Math.min(SALESFORCE_MAX_PAGE_SIZE, Math.max(200, pageSize));
    const path = `/services/data/${encodeURIComponent(this.#version)}/query`;
    const streams: Record<string, ApiStream> = {};
    for (const [name, object] of Object.entries(OBJECTS)) {
      const fields =
        object.sobject === 'Opportunity' && this.config.multiCurrency
          ? [...object.fields.slice(0, -1), 'CurrencyIsoCode', 'SystemModstamp']
          : object.fields;
      streams[name] = {
        name,
        description: object.description,
        systemId: object.systemId,
        schema: object.schema,
        primaryKey: 'Id',
        cursorField: 'SystemModstamp',
        cursor: isoTimestampCursor,
        sortedByCursor: true,
        records: 'records',
        pagination: {
          style: 'seek',
          limit: pageSize,
          offsetParam: SOQL_OFFSET_PARAM,
          limitParam: SOQL_LIMIT_PARAM,
        },
        // GET /services/data/vXX.X/query?q=SELECT+…  (spaces become + or %20)
        // https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.md
        // Datetime literals are unquoted: https://developer.salesforce.com/docs/platform/salesforce-soql-sosl/guide/sforce-api-calls-soql-select-dateformats.md
        request: ({ lowerBound }) => ({
          method: 'GET',
          path,
          query: { q: salesforceSoql(object.sobject, fields, lowerBound) },
          headers: { 'Sforce-Query-Options': `batchSize=${batchSize}` },
        }),
      };
    }
    return streams;
  }

  /** The version's resource list: proves the token, the host and the API version; reports the org's API usage. */
  protected async probe(signal?: AbortSignal): Promise<string> {
    // https://developer.salesforce.com/docs/platform/api-rest/guide/resources-discovery-resource.html
    const response = await this.client.request({
      method: 'GET',
      path: `/services/data/${encodeURIComponent(this.#version)}/`,
      signal,
    });
    // Sforce-Limit-Info: api-usage=18/5000 (headers_api_usage.htm)
    const usage = response.headers.get('sforce-limit-info');
    return `Connected to Salesforce (API ${this.#version}${usage ? `; ${usage}` : ''}).`;
  }
}

/** Validates the config (throws INVALID_CONFIG naming the field) and builds the connector. */
export function createSalesforceConnector(config: SalesforceConfigInput): SalesforceConnector {
  return new SalesforceConnector(parseConfig(salesforceConfigSchema, config, 'salesforce'));
}
