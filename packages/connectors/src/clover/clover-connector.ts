import type { NormalizeResult } from '@growthnav/conversions';
import type { z } from 'zod';
import type { ConnectorInfo, ConnectorNormalizeOptions } from '../protocol.js';
import { ApiConnector, type ApiStream } from '../shared/api-connector.js';
import { createConnectionClient } from '../shared/connection-config.js';
import { ApiCallError, ConnectorError } from '../shared/errors.js';
import { epochMillisCursor } from '../shared/incremental-state.js';
import { parseConfig } from '../shared/parse-config.js';
import {
  cloverCustomerSchema,
  cloverMerchantSchema,
  cloverOrderSchema,
  cloverPaymentSchema,
} from './clover-api.js';
import {
  CLOVER_BASE_URL,
  type CloverConfig,
  type CloverConfigInput,
  cloverConfigSchema,
} from './clover-options.js';

export const cloverInfo: ConnectorInfo = {
  id: 'clover',
  name: 'Clover',
  category: 'pos',
  authKind: 'bearer',
  credentialTypes: ['bearer'],
  streams: ['orders', 'payments', 'customers'],
  docs: 'https://docs.clover.com/docs/paginating-elements',
};

// 16 requests per second per token (50 per app); https://docs.clover.com/docs/api-usage-rate-limits.
const CLOVER_REQUESTS_PER_SECOND = 16;
const DEFAULT_PAGE_SIZE = 100;

interface CloverStreamSpec {
  name: string;
  description: string;
  systemId: string;
  schema: z.ZodType;
  /** Collection under /v3/merchants/{mId}/. */
  collection: string;
  /**
   * Expansions the default mapping reads (nested collections come back as
   * `{ elements }`, at most 100 each). Orders: lineItems and customers for
   * items and identity, refunds kept in the raw record; payments: tender
   * (label) and refunds (amounts.refunded); customers: email, phone and
   * address collections for the identity fragments.
   */
  expand: readonly string[];
}

const STREAMS: readonly CloverStreamSpec[] = [
  {
    name: 'orders',
    description: 'Orders with line items, customers and refunds (GET /v3/merchants/{mId}/orders).',
    systemId: 'clover.orders',
    schema: cloverOrderSchema,
    collection: 'orders',
    expand: ['lineItems', 'customers', 'refunds'],
  },
  {
    name: 'payments',
    description: 'Payments with tender and refunds (GET /v3/merchants/{mId}/payments).',
    systemId: 'clover.payments',
    schema: cloverPaymentSchema,
    collection: 'payments',
    expand: ['tender', 'refunds'],
  },
  {
    name: 'customers',
    description:
      'Customers with email addresses, phone numbers and addresses (GET /v3/merchants/{mId}/customers).',
    systemId: 'clover.customers',
    schema: cloverCustomerSchema,
    collection: 'customers',
    expand: ['emailAddresses', 'phoneNumbers', 'addresses'],
  },
];

/**
 * Clover Platform API: orders, payments and customers of one merchant,
 * incremental on `modifiedTime` (epoch ms) with a `filter=modifiedTime>=…`
 * inclusive lower bound, an overlap window and dedupe by `id`.
 *
 * Clover pages with `offset`/`limit` and no next link (stop on a short page).
 * Offsets over a live query skip a record when another one changes mid-sync,
 * so every stream uses the shared `seek` style: sorted `orderBy=modifiedTime
 * ASC` (https://docs.clover.com/docs/sorting-collections), each page is a
 * fresh query from the newest modifiedTime read (`offset=0`), and the offset
 * only advances when a whole page shares one modifiedTime.
 */
export class CloverConnector extends ApiConnector<CloverConfig> {
  readonly info = cloverInfo;
  readonly spec = cloverConfigSchema;
  readonly #streams: Readonly<Record<string, ApiStream>>;

  constructor(config: CloverConfig) {
    super(
      config,
      createConnectionClient(config, {
        vendor: 'Clover',
        baseUrl: CLOVER_BASE_URL,
        // https://docs.clover.com/docs/paginating-elements: `Authorization: Bearer {auth_token}`
        placement: { header: 'Authorization', scheme: 'Bearer' },
        rateLimit: { requestsPerSecond: CLOVER_REQUESTS_PER_SECOND },
      }),
    );
    this.#streams = Object.fromEntries(STREAMS.map((s) => [s.name, this.#defineStream(s)]));
  }

  protected get streams(): Readonly<Record<string, ApiStream>> {
    return this.#streams;
  }

  #merchantPath(): string {
    return `/v3/merchants/${encodeURIComponent(this.config.merchantId)}`;
  }

  #defineStream(spec: CloverStreamSpec): ApiStream {
    const limit = this.config.pageSize ?? DEFAULT_PAGE_SIZE;
    const first = this.config.startTime ? Date.parse(this.config.startTime) : 0;
    return {
      name: spec.name,
      description: spec.description,
      systemId: spec.systemId,
      schema: spec.schema,
      primaryKey: 'id',
      cursorField: 'modifiedTime',
      cursor: epochMillisCursor,
      sortedByCursor: true,
      records: 'elements',
      pagination: { style: 'seek', limit, offsetParam: 'offset', limitParam: 'limit' },
      // https://docs.clover.com/docs/applying-filters, https://docs.clover.com/docs/sorting-collections
      request: ({ lowerBound }) => ({
        method: 'GET',
        path: `${this.#merchantPath()}/${spec.collection}`,
        query: {
          // Always a time filter: GetPayments without one only returns the last 90 days.
          filter: [`modifiedTime>=${Math.max(0, lowerBound ?? first)}`],
          orderBy: 'modifiedTime ASC',
          expand: spec.expand.join(','),
        },
      }),
    };
  }

  /** One partition, named by the merchant, so a state never carries over to another merchant. */
  protected override async partitions(): Promise<readonly string[]> {
    return [this.config.merchantId];
  }

  /** Applies the configured `currency` as the mapping's default currency unless the caller chose one. */
  override normalize(
    streamName: string,
    records: Iterable<unknown>,
    options: ConnectorNormalizeOptions,
  ): NormalizeResult {
    const currency = this.config.currency;
    if (currency === undefined || options.mapping || options.overrides?.defaultCurrency) {
      return super.normalize(streamName, records, options);
    }
    return super.normalize(streamName, records, {
      ...options,
      overrides: { ...options.overrides, defaultCurrency: currency },
    });
  }

  /** GET /v3/merchants/{mId}: proves the token, the host and that the merchant is the token's. */
  protected async probe(signal?: AbortSignal): Promise<string> {
    try {
      const { body } = await this.client.request({
        method: 'GET',
        // Merchant resource of the Platform API (https://docs.clover.com/reference); not in vendor-apis.md.
        path: this.#merchantPath(),
        signal,
        parse: (b) => cloverMerchantSchema.parse(b),
      });
      return `Connected to Clover merchant ${body.name ? `${body.name} ` : ''}(${body.id}).`;
    } catch (error) {
      if (ApiCallError.isInstance(error) && (error.status === 403 || error.status === 404)) {
        throw new ConnectorError({
          code: 'INVALID_CONFIG',
          message: `Clover merchant ${this.config.merchantId} is not reachable with these credentials (${error.status}). Check merchantId is the merchant the token was issued for, and baseUrl its region.`,
          cause: error,
        });
      }
      throw error;
    }
  }
}

/** Validates the config (throws INVALID_CONFIG naming the field) and builds the connector. */
export function createCloverConnector(config: CloverConfigInput): CloverConnector {
  return new CloverConnector(parseConfig(cloverConfigSchema, config, 'clover'));
}
