import type { z } from 'zod';
import type { ConnectorInfo } from '../protocol.js';
import { ApiConnector, type ApiStream } from '../shared/api-connector.js';
import { createConnectionClient } from '../shared/connection-config.js';
import { isoTimestampCursor } from '../shared/incremental-state.js';
import { parseConfig } from '../shared/parse-config.js';
import { zohoContactSchema, zohoDealSchema } from './zoho-api.js';
import {
  ZOHO_API_VERSION,
  ZOHO_BASE_URL,
  ZOHO_MAX_PAGE_SIZE,
  type ZohoConfig,
  type ZohoConfigInput,
  zohoConfigSchema,
} from './zoho-options.js';
import { zohoRecordsClient } from './zoho-records-client.js';

export const zohoInfo: ConnectorInfo = {
  id: 'zoho',
  name: 'Zoho CRM',
  category: 'crm',
  authKind: 'oauth2',
  credentialTypes: ['oauth2', 'bearer'],
  streams: ['contacts', 'deals'],
  docs: 'https://www.zoho.com/crm/developer/docs/api/v7/get-records.html',
};

interface ModuleStream {
  module: string;
  systemId: string;
  description: string;
  schema: z.ZodType;
  /** `fields=` is mandatory (at most 50): what the default mapping in @growthnav/conversions reads. */
  fields: readonly string[];
}

const MODULES: Readonly<Record<string, ModuleStream>> = {
  contacts: {
    module: 'Contacts',
    systemId: 'zoho.contacts',
    description: 'Contacts with email, phones, account and mailing address (Get Records).',
    schema: zohoContactSchema,
    fields: [
      'First_Name',
      'Last_Name',
      'Email',
      'Phone',
      'Mobile',
      'Mailing_Street',
      'Mailing_City',
      'Mailing_State',
      'Mailing_Zip',
      'Mailing_Country',
      'Account_Name',
      'Lead_Source',
      'Created_Time',
      'Modified_Time',
    ],
  },
  deals: {
    module: 'Deals',
    systemId: 'zoho.deals',
    description: 'Deals with amount, stage, closing date, contact and account (Get Records).',
    schema: zohoDealSchema,
    fields: [
      'Deal_Name',
      'Amount',
      'Stage',
      'Closing_Date',
      'Contact_Name',
      'Account_Name',
      'Lead_Source',
      'Created_Time',
      'Modified_Time',
    ],
  },
};

/** `2019-07-25T15:26:49+00:00`: an If-Modified-Since value as Zoho writes it (whole seconds, with an offset). */
export function zohoDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** The OAuth token endpoint of a data centre: zohoapis.<tld> → accounts.zoho.<tld>; other hosts (proxies, sandboxes) serve it themselves. */
export function zohoTokenUrl(baseUrl: string): string {
  const host = new URL(baseUrl).hostname;
  const dc = /(?:^|\.)zohoapis\.(.+)$/.exec(host)?.[1];
  // https://www.zoho.com/crm/developer/docs/api/v7/refresh.html and multi-dc.html
  return dc ? `https://accounts.zoho.${dc}/oauth/v2/token` : '/oauth/v2/token';
}

/**
 * Zoho CRM: Contacts and Deals through Get Records, incremental on
 * `Modified_Time` with the `If-Modified-Since` header, `sort_by=Modified_Time`
 * and `sort_order=asc`, and the mandatory `fields=`.
 *
 * Every page is a fresh request from the newest Modified_Time read (the
 * shared `seek` pagination on `page`/`per_page`): a page number over a live,
 * modification-ordered list shifts when a record changes mid-sync and would
 * skip one. Zoho times have whole seconds and "modified since" may exclude
 * the given second, so the header is one second below the bound; the dedupe
 * drops the records read again. A page past Zoho's first 2,000 records (only
 * when more than 2,000 share one second) is fetched with `page_token` by
 * zohoRecordsClient. A 304 Not Modified (or 204) is an empty last page.
 *
 * Rate limits: a rolling 24 h credit budget and per-org concurrency, with
 * 429 when exceeded; no per-second rate is published, so none is set here.
 */
export class ZohoConnector extends ApiConnector<ZohoConfig> {
  readonly info = zohoInfo;
  readonly spec = zohoConfigSchema;
  readonly #streams: Readonly<Record<string, ApiStream>>;
  readonly #version: string;

  constructor(config: ZohoConfig) {
    const baseUrl = config.baseUrl ?? ZOHO_BASE_URL;
    super(
      config,
      zohoRecordsClient(
        createConnectionClient(config, {
          vendor: 'Zoho CRM',
          baseUrl: ZOHO_BASE_URL,
          // Authorization: Zoho-oauthtoken <access_token> (reference §10).
          placement: {
            header: 'Authorization',
            scheme: 'Zoho-oauthtoken',
            tokenUrl: zohoTokenUrl(baseUrl),
            tokenRequest: 'form',
          },
          rateLimit: null,
        }),
      ),
    );
    this.#version = config.apiVersion ?? ZOHO_API_VERSION;
    this.#streams = this.#defineStreams();
  }

  protected get streams(): Readonly<Record<string, ApiStream>> {
    return this.#streams;
  }

  #defineStreams(): Record<string, ApiStream> {
    const pageSize = this.config.pageSize ?? ZOHO_MAX_PAGE_SIZE;
    const streams: Record<string, ApiStream> = {};
    for (const [name, m] of Object.entries(MODULES)) {
      const fields = m.module === 'Deals' && this.config.multiCurrency ? [...m.fields, 'Currency'] : m.fields;
      streams[name] = {
        name,
        description: m.description,
        systemId: m.systemId,
        schema: m.schema,
        primaryKey: 'id',
        cursorField: 'Modified_Time',
        cursor: isoTimestampCursor,
        sortedByCursor: true,
        records: 'data',
        pagination: { style: 'seek', limit: pageSize, pageParam: 'page', limitParam: 'per_page' },
        // GET {api-domain}/crm/{version}/{module_api_name}
        // https://www.zoho.com/crm/developer/docs/api/v7/get-records.html
        request: ({ lowerBound }) => ({
          method: 'GET',
          path: `/crm/${encodeURIComponent(this.#version)}/${encodeURIComponent(m.module)}`,
          query: { fields: fields.join(','), sort_by: 'Modified_Time', sort_order: 'asc' },
          ...(lowerBound === null
            ? {}
            : {
                headers: { 'If-Modified-Since': zohoDateTime(Math.floor(lowerBound / 1000) * 1000 - 1000) },
              }),
        }),
      };
    }
    return streams;
  }

  /** One Contacts record: proves the token, the data centre and the Contacts read scope. */
  protected async probe(signal?: AbortSignal): Promise<string> {
    await this.client.request({
      method: 'GET',
      path: `/crm/${encodeURIComponent(this.#version)}/Contacts`,
      query: { fields: 'Last_Name', per_page: 1, page: 1 },
      signal,
    });
    return `Connected to Zoho CRM (API ${this.#version}).`;
  }
}

/** Validates the config (throws INVALID_CONFIG naming the field) and builds the connector. */
export function createZohoConnector(config: ZohoConfigInput): ZohoConnector {
  return new ZohoConnector(parseConfig(zohoConfigSchema, config, 'zoho'));
}
