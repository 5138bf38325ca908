import type { z } from 'zod';
import type { ConnectorInfo } from '../protocol.js';
import { ApiConnector, type ApiStream } from '../shared/api-connector.js';
import { createConnectionClient } from '../shared/connection-config.js';
import { isoTimestampCursor } from '../shared/incremental-state.js';
import { parseConfig } from '../shared/parse-config.js';
import { hubspotRateLimit } from '../shared/vendor-signals.js';
import { hubspotContactSchema, hubspotDealSchema } from './hubspot-api.js';
import {
  HUBSPOT_BASE_URL,
  HUBSPOT_MAX_PAGE_SIZE,
  type HubspotConfig,
  type HubspotConfigInput,
  hubspotConfigSchema,
} from './hubspot-options.js';
import { hubspotSearchClient, SEARCH_AFTER_PARAM, SEARCH_LIMIT_PARAM } from './hubspot-search-client.js';

export const hubspotInfo: ConnectorInfo = {
  id: 'hubspot',
  name: 'HubSpot',
  category: 'crm',
  authKind: 'oauth2',
  credentialTypes: ['oauth2', 'bearer'],
  streams: ['contacts', 'deals'],
  docs: 'https://developers.hubspot.com/docs/api-reference/2026-03/crm/search-the-crm',
};

interface ObjectStream {
  objectType: string;
  systemId: string;
  description: string;
  schema: z.ZodType;
  /** The last-modified property the search filters and sorts on (reference §9). */
  modified: string;
  /** Properties requested: what the default mapping in @growthnav/conversions reads. */
  properties: readonly string[];
}

const OBJECTS: Readonly<Record<string, ObjectStream>> = {
  contacts: {
    objectType: 'contacts',
    systemId: 'hubspot.contacts',
    description: 'Contacts with email, phones, company and address (CRM search).',
    schema: hubspotContactSchema,
    modified: 'lastmodifieddate',
    properties: [
      'email',
      'firstname',
      'lastname',
      'phone',
      'mobilephone',
      'company',
      'address',
      'city',
      'state',
      'zip',
      'country',
      'lifecyclestage',
      'hs_analytics_source',
      'createdate',
      'lastmodifieddate',
    ],
  },
  deals: {
    objectType: 'deals',
    systemId: 'hubspot.deals',
    description: 'Deals with amount, stage, close date and their contacts (CRM search + associations).',
    schema: hubspotDealSchema,
    modified: 'hs_lastmodifieddate',
    properties: [
      'amount',
      'deal_currency_code',
      'closedate',
      'createdate',
      'dealname',
      'dealstage',
      'pipeline',
      'hs_lastmodifieddate',
    ],
  },
};

// The CRM search API is limited separately from the 100–190 requests per 10 s
// app limit: 4 requests per second per token (HubSpot changelog, "CRM search API
// rate limit increase"; reference §9). Keep the whole connection under it.
const SEARCH_REQUESTS_PER_SECOND = 4;

/**
 * HubSpot: contacts and deals through the CRM search endpoint, incremental on
 * the last-modified property (`lastmodifieddate`; deals `hs_lastmodifieddate`)
 * with a `GTE` filter and an ascending sort on it.
 *
 * Every page is a fresh search from the newest modification time read so far
 * (the shared `seek` pagination, moved into the body by hubspotSearchClient):
 * the search's `after` is an offset into a live result, so walking one query
 * by `after` would skip a record when another moves past it mid-sync. The
 * same re-anchoring keeps each query far below the 10,000-result ceiling.
 * The record's cursor is its `updatedAt`, which HubSpot reports equal to the
 * last-modified property. Deals get their contact ids from the v4
 * associations batch read, since search returns none.
 *
 * Rate limits: X-HubSpot-RateLimit-* headers and 429 bodies are read by the
 * shared `hubspotRateLimit()` signal (pause when the window is spent; the
 * DAILY policy is final).
 */
export class HubspotConnector extends ApiConnector<HubspotConfig> {
  readonly info = hubspotInfo;
  readonly spec = hubspotConfigSchema;
  readonly #streams: Readonly<Record<string, ApiStream>>;

  constructor(config: HubspotConfig) {
    super(
      config,
      hubspotSearchClient(
        createConnectionClient(config, {
          vendor: 'HubSpot',
          baseUrl: HUBSPOT_BASE_URL,
          // https://developers.hubspot.com/docs/api/oauth/refresh-access-token (form-encoded)
          placement: {
            header: 'Authorization',
            scheme: 'Bearer',
            tokenUrl: '/oauth/v1/token',
            tokenRequest: 'form',
          },
          rateLimit: { requestsPerSecond: SEARCH_REQUESTS_PER_SECOND, burst: SEARCH_REQUESTS_PER_SECOND },
          signals: [hubspotRateLimit()],
        }),
        { '/crm/v3/objects/deals/search': { from: 'deals', to: 'contacts', type: 'deal_to_contact' } },
      ),
    );
    this.#streams = this.#defineStreams();
  }

  protected get streams(): Readonly<Record<string, ApiStream>> {
    return this.#streams;
  }

  #defineStreams(): Record<string, ApiStream> {
    const pageSize = this.config.pageSize ?? HUBSPOT_MAX_PAGE_SIZE;
    const streams: Record<string, ApiStream> = {};
    for (const [name, object] of Object.entries(OBJECTS)) {
      streams[name] = {
        name,
        description: object.description,
        systemId: object.systemId,
        schema: object.schema,
        primaryKey: 'id',
        cursorField: 'updatedAt',
        cursor: isoTimestampCursor,
        sortedByCursor: true,
        records: 'results',
        pagination: {
          style: 'seek',
          limit: pageSize,
          offsetParam: SEARCH_AFTER_PARAM,
          limitParam: SEARCH_LIMIT_PARAM,
        },
        // POST /crm/v3/objects/{objectType}/search
        // https://developers.hubspot.com/docs/api-reference/2026-03/crm/search-the-crm
        request: ({ lowerBound }) => ({
          method: 'POST',
          path: `/crm/v3/objects/${encodeURIComponent(object.objectType)}/search`,
          json: {
            filterGroups:
              lowerBound === null
                ? []
                : [
                    {
                      filters: [
                        { propertyName: object.modified, operator: 'GTE', value: String(lowerBound) },
                      ],
                    },
                  ],
            sorts: [{ propertyName: object.modified, direction: 'ASCENDING' }],
            properties: object.properties,
          },
        }),
      };
    }
    return streams;
  }

  /** One contact from the list endpoint: proves the token and the scopes for contacts. */
  protected async probe(signal?: AbortSignal): Promise<string> {
    // GET /crm/v3/objects/contacts (reference §9)
    const response = await this.client.request({
      method: 'GET',
      path: '/crm/v3/objects/contacts',
      query: { limit: 1 },
      signal,
    });
    const daily = response.headers.get('x-hubspot-ratelimit-daily-remaining');
    return `Connected to HubSpot${daily ? ` (${daily} API calls left today)` : ''}.`;
  }
}

/** Validates the config (throws INVALID_CONFIG naming the field) and builds the connector. */
export function createHubspotConnector(config: HubspotConfigInput): HubspotConnector {
  return new HubspotConnector(parseConfig(hubspotConfigSchema, config, 'hubspot'));
}
