import type { Catalog, ConnectorInfo, ConnectorMessage, ReadOptions } from '../protocol.js';
import { ApiConnector, type ApiStream } from '../shared/api-connector.js';
import { createConnectionClient } from '../shared/connection-config.js';
import { describeFields } from '../shared/describe-fields.js';
import { paginate } from '../shared/paginate.js';
import { parseConfig } from '../shared/parse-config.js';
import { expandWooRefunds } from './expand-woocommerce-refunds.js';
import { fillCustomerModified } from './fill-woocommerce-customer-modified.js';
import {
  wooCustomerSchema,
  wooOrderRefundsSchema,
  wooOrderSchema,
  wooRefundSchema,
} from './woocommerce-api.js';
import { formatWooGmt, wooGmtCursor } from './woocommerce-gmt-cursor.js';
import {
  WOOCOMMERCE_API_PATH,
  type WooCommerceConfig,
  type WooCommerceConfigInput,
  wooCommerceConfigSchema,
} from './woocommerce-options.js';

export const wooCommerceInfo: ConnectorInfo = {
  id: 'woocommerce',
  name: 'WooCommerce',
  category: 'ecommerce',
  authKind: 'basic',
  credentialTypes: ['basic'],
  streams: ['orders', 'refunds', 'customers'],
  docs: 'https://woocommerce.github.io/woocommerce-rest-api-docs/',
};

// per_page is capped at 100 by WordPress's REST collection parameters (a WordPress
// convention, not stated in the WooCommerce docs: vendor-apis.md §6).
const MAX_PAGE = 100;
const ORDERS = `${WOOCOMMERCE_API_PATH}/orders`;
const CUSTOMERS = `${WOOCOMMERCE_API_PATH}/customers`;
// WooCommerce times have one-second resolution.
const SECOND = 1000;

/**
 * WooCommerce REST API v3: orders, refunds (per order) and customers.
 *
 * - Orders (and the orders behind refunds) are incremental on
 *   `date_modified_gmt`: `modified_after` (read as GMT with
 *   `dates_are_gmt=true`) sorted by `orderby=modified&order=asc`, paged by
 *   `page`/`per_page` in the seek style, so an order modified mid-sync cannot
 *   shift a page and skip another. `modified_after` is exclusive, so the
 *   inclusive lower bound is sent one second earlier.
 * - Refunds are fetched per order (`/orders/{id}/refunds`) while the
 *   orders page is handled, so that stream does not prefetch the next
 *   orders page: one request in flight, as on every stream.
 * - Customers have no modified filter and sort by id at best: every run
 *   scans them by id and keeps the ones modified at or after the lower
 *   bound; a crash resumes from the saved page number.
 * - No rate limit is published (it depends on the host); 429 and
 *   Retry-After are honoured when a host sends them.
 */
export class WooCommerceConnector extends ApiConnector<WooCommerceConfig> {
  readonly info = wooCommerceInfo;
  readonly spec = wooCommerceConfigSchema;
  readonly #streams: Readonly<Record<string, ApiStream>>;

  constructor(config: WooCommerceConfig) {
    super(
      config,
      fillCustomerModified(
        createConnectionClient(config, {
          vendor: 'WooCommerce',
          baseUrl: config.storeUrl,
          // Basic auth with the consumer key and secret ([WOO-DOCS] `_authentication.md`).
          rateLimit: null,
        }),
        CUSTOMERS,
      ),
    );
    this.#streams = this.#defineStreams();
  }

  protected get streams(): Readonly<Record<string, ApiStream>> {
    return this.#streams;
  }

  #defineStreams(): Record<string, ApiStream> {
    const pageSize = Math.min(this.config.pageSize ?? MAX_PAGE, MAX_PAGE);
    const startTime = this.config.startTime;
    // https://woocommerce.github.io/woocommerce-rest-api-docs/#list-all-orders
    const ordersRequest = ({ lowerBound }: { lowerBound: number | null }) => {
      const from = lowerBound ?? (startTime === undefined ? null : Date.parse(startTime));
      return {
        method: 'GET' as const,
        path: ORDERS,
        query: {
          // Exclusive filter, one-second resolution: one second earlier keeps the bound inclusive.
          modified_after:
            from === null ? undefined : formatWooGmt(Math.floor(from / SECOND) * SECOND - SECOND),
          dates_are_gmt: true,
          orderby: 'modified',
          order: 'asc',
        },
      };
    };
    const orders = {
      primaryKey: 'id',
      cursorField: 'date_modified_gmt',
      cursor: wooGmtCursor,
      sortedByCursor: true,
      records: '',
      pagination: { style: 'seek', limit: pageSize, pageParam: 'page', limitParam: 'per_page' },
      request: ordersRequest,
    } as const;
    return {
      orders: {
        ...orders,
        name: 'orders',
        description: 'Orders of every status with line items, billing and refund summaries (GET /orders).',
        systemId: 'woocommerce.orders',
        schema: wooOrderSchema,
      },
      refunds: {
        ...orders,
        name: 'refunds',
        description:
          'Order refunds (GET /orders/{id}/refunds for each order with refunds); read by the parent order’s date_modified_gmt.',
        systemId: 'woocommerce.refunds',
        // The rows of this query are orders; expandWooRefunds fetches and checks each refund.
        schema: wooOrderRefundsSchema,
        // Refunds are fetched while an orders page is handled: no orders page in flight meanwhile.
        prefetch: false,
      },
      customers: {
        name: 'customers',
        description: 'Registered customers with their billing address (GET /customers), scanned by id.',
        systemId: 'woocommerce.customers',
        schema: wooCustomerSchema,
        primaryKey: 'id',
        cursorField: 'date_modified_gmt',
        cursor: wooGmtCursor,
        // No modified filter or sort: the scan is by id and the mark moves when it completes.
        sortedByCursor: false,
        records: '',
        pagination: {
          style: 'page',
          size: pageSize,
          pageParam: 'page',
          sizeParam: 'per_page',
          totalPagesHeader: 'X-WP-TotalPages',
        },
        // https://woocommerce.github.io/woocommerce-rest-api-docs/#list-all-customers
        request: () => ({ method: 'GET', path: CUSTOMERS, query: { orderby: 'id', order: 'asc' } }),
      },
    };
  }

  /** Every refund of one order, page by page. */
  async *#orderRefunds(orderId: string, signal?: AbortSignal): AsyncGenerator<readonly unknown[]> {
    const pages = paginate(
      this.client,
      // https://woocommerce.github.io/woocommerce-rest-api-docs/#list-all-refunds
      { method: 'GET', path: `${ORDERS}/${encodeURIComponent(orderId)}/refunds`, signal },
      { style: 'page', size: MAX_PAGE, sizeParam: 'per_page', totalPagesHeader: 'X-WP-TotalPages' },
      { records: '', signal, prefetch: false },
    );
    for await (const page of pages) yield page.records;
  }

  override read(streamName: string, options: ReadOptions = {}): AsyncGenerator<ConnectorMessage> {
    const messages = super.read(streamName, options);
    if (streamName !== 'refunds') return messages;
    return expandWooRefunds(messages, (id, signal) => this.#orderRefunds(id, signal), options.signal);
  }

  /** The refunds stream describes the refund objects it delivers, not the order rows it queries. */
  override async discover(): Promise<Catalog> {
    const catalog = await super.discover();
    return {
      streams: catalog.streams.map((s) =>
        s.name === 'refunds' ? { ...s, ...describeFields(wooRefundSchema) } : s,
      ),
    };
  }

  /** One order: proves the site, the API and the keys; reports the order count (X-WP-Total). */
  protected async probe(signal?: AbortSignal): Promise<string> {
    const { headers } = await this.client.request({
      method: 'GET',
      path: ORDERS,
      query: { per_page: 1 },
      signal,
      parse: (body) => {
        if (!Array.isArray(body)) throw new TypeError('the orders list is not a JSON array');
        return body;
      },
    });
    const total = headers.get('x-wp-total');
    const count = total === null ? '' : ` (${total} order${total === '1' ? '' : 's'})`;
    return `Connected to WooCommerce at ${new URL(this.client.baseUrl).host}${count}.`;
  }
}

/** Validates the config (throws INVALID_CONFIG naming the field) and builds the connector. */
export function createWooCommerceConnector(config: WooCommerceConfigInput): WooCommerceConnector {
  return new WooCommerceConnector(parseConfig(wooCommerceConfigSchema, config, 'woocommerce'));
}
