import type { ConnectorInfo } from '../protocol.js';
import { ApiConnector, type ApiStream } from '../shared/api-connector.js';
import { createConnectionClient } from '../shared/connection-config.js';
import { isoTimestampCursor } from '../shared/incremental-state.js';
import { parseConfig } from '../shared/parse-config.js';
import {
  bigCommerceCustomerSchema,
  bigCommerceOrderSchema,
  bigCommerceStoreSchema,
} from './bigcommerce-api.js';
import { bigCommerceTimeCursor, formatIsoSeconds, formatRfc2822 } from './bigcommerce-date-cursor.js';
import {
  BIGCOMMERCE_BASE_URL,
  type BigCommerceConfig,
  type BigCommerceConfigInput,
  bigCommerceConfigSchema,
} from './bigcommerce-options.js';
import { bigCommerceRateLimit } from './bigcommerce-rate-limit.js';

export const bigCommerceInfo: ConnectorInfo = {
  id: 'bigcommerce',
  name: 'BigCommerce',
  category: 'ecommerce',
  authKind: 'api-key',
  credentialTypes: ['api-key', 'bearer'],
  streams: ['orders', 'customers'],
  docs: 'https://developer.bigcommerce.com/docs/rest-management',
};

// Largest `limit` of V2 orders (default 50) per the archived V2 reference (3rd-party
// mirror); V3 lists are assumed to share it.
const MAX_PAGE = 250;
// Standard and Plus plans get 150 requests per 30 s window, shared by every app of the
// store (vendor-apis.md §7): 5 per second, with a modest burst so other apps keep room.
const RATE_LIMIT = { requestsPerSecond: 5, burst: 20 };
const SECOND = 1000;
const toSecond = (ms: number) => Math.floor(ms / SECOND) * SECOND;

/**
 * BigCommerce: V2 orders and V3 customers, incremental on `date_modified`
 * with an inclusive lower bound (`min_date_modified`, `date_modified:min`),
 * an overlap window and dedupe by id. Both lists page by `page`/`limit`
 * over a live query, so they use the seek style sorted by
 * `date_modified:asc`: each page is a fresh query from the newest time read,
 * and an order modified mid-sync cannot shift a page and skip another. The
 * connection follows the store's window quota (`X-Rate-Limit-*` headers).
 */
export class BigCommerceConnector extends ApiConnector<BigCommerceConfig> {
  readonly info = bigCommerceInfo;
  readonly spec = bigCommerceConfigSchema;
  readonly #streams: Readonly<Record<string, ApiStream>>;

  constructor(config: BigCommerceConfig) {
    super(
      config,
      createConnectionClient(config, {
        vendor: 'BigCommerce',
        baseUrl: BIGCOMMERCE_BASE_URL,
        // The access token goes bare in X-Auth-Token (not confirmed by the reference: vendor-apis.md §7).
        placement: { header: 'X-Auth-Token', scheme: '' },
        headers: config.clientId ? { 'X-Auth-Client': config.clientId } : undefined,
        rateLimit: RATE_LIMIT,
        signals: [bigCommerceRateLimit()],
      }),
    );
    this.#streams = this.#defineStreams();
  }

  protected get streams(): Readonly<Record<string, ApiStream>> {
    return this.#streams;
  }

  #path(version: 'v2' | 'v3', resource: string): string {
    return `/stores/${encodeURIComponent(this.config.storeHash)}/${version}/${resource}`;
  }

  #defineStreams(): Record<string, ApiStream> {
    const limit = Math.min(this.config.pageSize ?? MAX_PAGE, MAX_PAGE);
    const startTime = this.config.startTime;
    const from = (lowerBound: number | null) =>
      lowerBound ?? (startTime === undefined ? null : Date.parse(startTime));
    const common = {
      primaryKey: 'id',
      cursorField: 'date_modified',
      sortedByCursor: true,
      pagination: { style: 'seek', limit, pageParam: 'page', limitParam: 'limit' },
    } as const;
    return {
      orders: {
        ...common,
        name: 'orders',
        description: 'Orders with totals, status and billing address (GET /v2/orders).',
        systemId: 'bigcommerce.orders',
        schema: bigCommerceOrderSchema,
        cursor: bigCommerceTimeCursor,
        // V2 answers a bare array (and 204 with no body when nothing matches).
        records: '',
        // https://developer.bigcommerce.com/docs/rest-management/orders#get-all-orders
        request: ({ lowerBound }) => {
          const at = from(lowerBound);
          return {
            method: 'GET',
            path: this.#path('v2', 'orders'),
            query: {
              // Inclusive; RFC 2822 as the reference's example (ISO 8601 is accepted too).
              min_date_modified: at === null ? undefined : formatRfc2822(toSecond(at)),
              sort: 'date_modified:asc',
            },
          };
        },
      },
      customers: {
        ...common,
        name: 'customers',
        description: 'Customer accounts with their addresses (GET /v3/customers?include=addresses).',
        systemId: 'bigcommerce.customers',
        schema: bigCommerceCustomerSchema,
        cursor: isoTimestampCursor,
        records: 'data',
        // https://developer.bigcommerce.com/docs/rest-management/customers#get-all-customers
        request: ({ lowerBound }) => {
          const at = from(lowerBound);
          return {
            method: 'GET',
            path: this.#path('v3', 'customers'),
            query: {
              'date_modified:min': at === null ? undefined : formatIsoSeconds(toSecond(at)),
              sort: 'date_modified:asc',
              include: 'addresses',
            },
          };
        },
      },
    };
  }

  /** GET /v2/store: proves the host, the store hash and the token; names the store. */
  protected async probe(signal?: AbortSignal): Promise<string> {
    const { body } = await this.client.request({
      method: 'GET',
      // https://developer.bigcommerce.com/docs/rest-management/settings/store-information
      path: this.#path('v2', 'store'),
      signal,
      parse: (b) => bigCommerceStoreSchema.parse(b),
    });
    const currency = body.currency ? ` (${body.currency})` : '';
    return `Connected to BigCommerce store "${body.name}"${currency}.`;
  }
}

/** Validates the config (throws INVALID_CONFIG naming the field) and builds the connector. */
export function createBigCommerceConnector(config: BigCommerceConfigInput): BigCommerceConnector {
  return new BigCommerceConnector(parseConfig(bigCommerceConfigSchema, config, 'bigcommerce'));
}
