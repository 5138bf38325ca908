import type { Catalog, ConnectorInfo, ConnectorMessage, ReadOptions } from '../protocol.js';
import { ApiConnector, type ApiStream } from '../shared/api-connector.js';
import { createConnectionClient } from '../shared/connection-config.js';
import { describeFields } from '../shared/describe-fields.js';
import { isoTimestampCursor } from '../shared/incremental-state.js';
import { parseConfig } from '../shared/parse-config.js';
import { shopifyCallLimit } from '../shared/vendor-signals.js';
import { flattenShopifyRefunds } from './flatten-shopify-refunds.js';
import {
  shopifyCustomerSchema,
  shopifyOrderRefundsSchema,
  shopifyOrderSchema,
  shopifyRefundSchema,
  shopifyShopResponseSchema,
} from './shopify-api.js';
import {
  SHOPIFY_API_VERSION,
  type ShopifyConfig,
  type ShopifyConfigInput,
  shopifyConfigSchema,
  shopifyShopUrl,
} from './shopify-options.js';

export const shopifyInfo: ConnectorInfo = {
  id: 'shopify',
  name: 'Shopify',
  category: 'ecommerce',
  authKind: 'bearer',
  credentialTypes: ['bearer', 'api-key'],
  streams: ['orders', 'refunds', 'customers'],
  docs: 'https://shopify.dev/docs/api/admin-rest',
};

// Largest `limit` of REST list endpoints (3rd-party, vendor-apis.md §5); also the default.
const MAX_PAGE = 250;
// Standard plan: the bucket holds 40 calls and leaks 2 per second
// (https://shopify.dev/docs/api/admin-rest/usage/rate-limits).
const BUCKET_SIZE = 40;
const STANDARD_LEAK_PER_SECOND = 2;
// Keyset order of every incremental query. Not among the generated `AllArgs` of
// shopify-api-js; it is the order Airbyte's source-shopify sends with updated_at_min
// (3rd-party). The sandbox honours it; see the README paragraph for what is unconfirmed.
const OLDEST_CHANGE_FIRST = 'updated_at asc';

const iso = (ordinal: number) => new Date(ordinal).toISOString();

/**
 * Shopify REST Admin: orders, refunds (flattened from `order.refunds[]`) and
 * customers, incremental on `updated_at` with an inclusive lower bound
 * (`updated_at_min`), an overlap window and dedupe by id. Every query sorts
 * by `updated_at asc` and pages with the `Link: <…page_info=…>; rel="next"`
 * header (a keyset cursor, followed exactly as given), so the high-water
 * mark moves after every page and a record updated mid-sync comes back on a
 * later page instead of being skipped. The connection honours the shop's
 * leaky bucket (`X-Shopify-Shop-Api-Call-Limit`) and 429 `Retry-After`.
 */
export class ShopifyConnector extends ApiConnector<ShopifyConfig> {
  readonly info = shopifyInfo;
  readonly spec = shopifyConfigSchema;
  readonly #streams: Readonly<Record<string, ApiStream>>;
  readonly #version: string;

  constructor(config: ShopifyConfig) {
    const leak = config.leakPerSecond ?? STANDARD_LEAK_PER_SECOND;
    super(
      config,
      createConnectionClient(config, {
        vendor: 'Shopify',
        baseUrl: shopifyShopUrl(config.shop),
        // The token goes bare in X-Shopify-Access-Token ([SHOP-JS] order.test.ts headers).
        placement: { header: 'X-Shopify-Access-Token', scheme: '' },
        rateLimit: { requestsPerSecond: leak, burst: BUCKET_SIZE },
        signals: [shopifyCallLimit({ leakPerSecond: leak })],
      }),
    );
    this.#version = config.apiVersion ?? SHOPIFY_API_VERSION;
    this.#streams = this.#defineStreams();
  }

  protected get streams(): Readonly<Record<string, ApiStream>> {
    return this.#streams;
  }

  #path(resource: string): string {
    return `/admin/api/${encodeURIComponent(this.#version)}/${resource}.json`;
  }

  #defineStreams(): Record<string, ApiStream> {
    const limit = Math.min(this.config.pageSize ?? MAX_PAGE, MAX_PAGE);
    const since = (lowerBound: number | null) =>
      lowerBound === null ? this.config.startTime : iso(lowerBound);
    const common = {
      primaryKey: 'id',
      cursorField: 'updated_at',
      cursor: isoTimestampCursor,
      sortedByCursor: true,
      // Page links carry Shopify's keyset cursor; filters may not accompany page_info.
      pagination: { style: 'link-header' },
    } as const;
    // https://shopify.dev/docs/api/admin-rest/2024-01/resources/order#get-orders?status=any
    const ordersQuery = (lowerBound: number | null) => ({
      // The default is status=open: closed and cancelled orders would never be read.
      status: 'any',
      updated_at_min: since(lowerBound),
      order: OLDEST_CHANGE_FIRST,
      limit,
    });
    return {
      orders: {
        ...common,
        name: 'orders',
        description: 'Orders of every status, with line items, customer and refunds (GET orders.json).',
        systemId: 'shopify.orders',
        schema: shopifyOrderSchema,
        records: 'orders',
        request: ({ lowerBound }) => ({
          method: 'GET',
          path: this.#path('orders'),
          query: ordersQuery(lowerBound),
        }),
      },
      refunds: {
        ...common,
        name: 'refunds',
        description:
          'Refunds, flattened from order.refunds[]; read by the parent order’s updated_at (GET orders.json?fields=id,updated_at,refunds).',
        systemId: 'shopify.refunds',
        // The rows of this query are orders; flattenShopifyRefunds checks each refund.
        schema: shopifyOrderRefundsSchema,
        records: 'orders',
        request: ({ lowerBound }) => ({
          method: 'GET',
          path: this.#path('orders'),
          query: { ...ordersQuery(lowerBound), fields: 'id,updated_at,refunds' },
        }),
      },
      customers: {
        ...common,
        name: 'customers',
        description: 'Customer accounts with their default address (GET customers.json).',
        systemId: 'shopify.customers',
        schema: shopifyCustomerSchema,
        records: 'customers',
        // https://shopify.dev/docs/api/admin-rest/2024-01/resources/customer#get-customers
        request: ({ lowerBound }) => ({
          method: 'GET',
          path: this.#path('customers'),
          query: { updated_at_min: since(lowerBound), order: OLDEST_CHANGE_FIRST, limit },
        }),
      },
    };
  }

  override read(streamName: string, options: ReadOptions = {}): AsyncGenerator<ConnectorMessage> {
    const messages = super.read(streamName, options);
    return streamName === 'refunds' ? flattenShopifyRefunds(messages) : messages;
  }

  /** The refunds stream describes the refund records it delivers, not the order rows it queries. */
  override async discover(): Promise<Catalog> {
    const catalog = await super.discover();
    return {
      streams: catalog.streams.map((s) =>
        s.name === 'refunds' ? { ...s, ...describeFields(shopifyRefundSchema) } : s,
      ),
    };
  }

  /** GET shop.json: proves the host, the API version and the token in one call. */
  protected async probe(signal?: AbortSignal): Promise<string> {
    const { body } = await this.client.request({
      method: 'GET',
      // https://shopify.dev/docs/api/admin-rest/2024-01/resources/shop#get-shop
      path: this.#path('shop'),
      signal,
      parse: (b) => shopifyShopResponseSchema.parse(b),
    });
    const currency = body.shop.currency ? ` (${body.shop.currency})` : '';
    return `Connected to Shopify shop "${body.shop.name}"${currency}, API ${this.#version}.`;
  }
}

/** Validates the config (throws INVALID_CONFIG naming the field) and builds the connector. */
export function createShopifyConnector(config: ShopifyConfigInput): ShopifyConnector {
  return new ShopifyConnector(parseConfig(shopifyConfigSchema, config, 'shopify'));
}
