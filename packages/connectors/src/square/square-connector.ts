import type { ConnectorInfo } from '../protocol.js';
import { ApiConnector, type ApiStream } from '../shared/api-connector.js';
import { createConnectionClient } from '../shared/connection-config.js';
import { ConnectorError } from '../shared/errors.js';
import { isoTimestampCursor } from '../shared/incremental-state.js';
import { parseConfig } from '../shared/parse-config.js';
import { WHOLE_STREAM } from '../shared/read-incremental.js';
import {
  squareCustomerSchema,
  squareLocationsResponseSchema,
  squareOrderSchema,
  squarePaymentSchema,
  squareRefundSchema,
} from './square-api.js';
import {
  SQUARE_BASE_URL,
  SQUARE_VERSION,
  type SquareConfig,
  type SquareConfigInput,
  squareConfigSchema,
} from './square-options.js';

export const squareInfo: ConnectorInfo = {
  id: 'square',
  name: 'Square',
  category: 'pos',
  authKind: 'oauth2',
  credentialTypes: ['oauth2', 'bearer'],
  streams: ['payments', 'refunds', 'orders', 'customers'],
  docs: 'https://developer.squareup.com/reference/square',
};

// Square was founded in 2009: no Square record is older, so this reads all history.
const ALL_HISTORY = '2009-01-01T00:00:00Z';
// Per-endpoint page maxima from the API reference.
const MAX_PAGE = { payments: 100, refunds: 100, customers: 100, orders: 1000 } as const;
const DEFAULT_PAGE = { payments: 100, refunds: 100, customers: 100, orders: 500 } as const;

const iso = (ordinal: number) => new Date(ordinal).toISOString();

/**
 * Square: payments, refunds, orders and customers, incremental on
 * `updated_at` with an inclusive lower bound, an overlap window and dedupe
 * by id. Payments, refunds and orders are read per location (ListPayments
 * only returns the main location unless told otherwise) and sorted by
 * updated_at ascending, so the high-water mark moves after every page.
 * SearchCustomers cannot sort by updated_at, so customers resume from
 * Square's cursor within a run and move their mark when the run completes.
 */
export class SquareConnector extends ApiConnector<SquareConfig> {
  readonly info = squareInfo;
  readonly spec = squareConfigSchema;
  readonly #streams: Readonly<Record<string, ApiStream>>;
  #locations: Promise<readonly string[]> | null = null;

  constructor(config: SquareConfig) {
    super(
      config,
      createConnectionClient(config, {
        vendor: 'Square',
        baseUrl: SQUARE_BASE_URL,
        // https://developer.squareup.com/docs/oauth-api/refresh-revoke-limit-scope (ObtainToken takes JSON)
        placement: {
          header: 'Authorization',
          scheme: 'Bearer',
          tokenUrl: '/oauth2/token',
          tokenRequest: 'json',
        },
        headers: { 'Square-Version': config.squareVersion ?? SQUARE_VERSION },
        // Square publishes no fixed request rate; it answers 429 RATE_LIMITED and asks for backoff.
        rateLimit: null,
      }),
    );
    this.#streams = this.#defineStreams();
  }

  protected get streams(): Readonly<Record<string, ApiStream>> {
    return this.#streams;
  }

  #pageSize(stream: keyof typeof MAX_PAGE): number {
    return Math.min(this.config.pageSize ?? DEFAULT_PAGE[stream], MAX_PAGE[stream]);
  }

  #defineStreams(): Record<string, ApiStream> {
    const begin = this.config.startTime ?? ALL_HISTORY;
    /** ListPayments and ListPaymentRefunds share their parameters. */
    const listQuery = (stream: 'payments' | 'refunds', lowerBound: number | null, location: string) => ({
      // begin_time filters created_at and defaults to one year ago: always send it,
      // or a years-old payment refunded today would never be seen.
      begin_time: begin,
      updated_at_begin_time: lowerBound === null ? undefined : iso(lowerBound),
      sort_field: 'UPDATED_AT',
      sort_order: 'ASC',
      location_id: location,
      limit: this.#pageSize(stream),
    });
    const common = {
      primaryKey: 'id',
      cursorField: 'updated_at',
      cursor: isoTimestampCursor,
    } as const;
    return {
      payments: {
        ...common,
        name: 'payments',
        description: 'Payments taken at each location (ListPayments).',
        systemId: 'square.payments',
        schema: squarePaymentSchema,
        sortedByCursor: true,
        records: 'payments',
        pagination: { style: 'cursor', in: 'query', param: 'cursor', next: 'cursor' },
        // https://developer.squareup.com/reference/square/payments-api/list-payments
        request: ({ lowerBound, partition }) => ({
          method: 'GET',
          path: '/v2/payments',
          query: listQuery('payments', lowerBound, partition),
        }),
      },
      refunds: {
        ...common,
        name: 'refunds',
        description: 'Refunds of payments at each location (ListPaymentRefunds).',
        systemId: 'square.refunds',
        schema: squareRefundSchema,
        sortedByCursor: true,
        records: 'refunds',
        pagination: { style: 'cursor', in: 'query', param: 'cursor', next: 'cursor' },
        // https://developer.squareup.com/reference/square/refunds-api/list-payment-refunds
        request: ({ lowerBound, partition }) => ({
          method: 'GET',
          path: '/v2/refunds',
          query: listQuery('refunds', lowerBound, partition),
        }),
      },
      orders: {
        ...common,
        name: 'orders',
        description: 'Orders with line items at each location (SearchOrders).',
        systemId: 'square.orders',
        schema: squareOrderSchema,
        sortedByCursor: true,
        records: 'orders',
        pagination: { style: 'cursor', in: 'body', param: 'cursor', next: 'cursor' },
        // https://developer.squareup.com/reference/square/orders-api/search-orders
        // One location per query (not chunks of 10): partition keys stay stable when locations change.
        request: ({ lowerBound, partition }) => ({
          method: 'POST',
          path: '/v2/orders/search',
          json: {
            location_ids: [partition],
            limit: this.#pageSize('orders'),
            return_entries: false,
            query: {
              filter: {
                date_time_filter: { updated_at: { start_at: lowerBound === null ? begin : iso(lowerBound) } },
              },
              // Square requires the sort field to match the date_time_filter field.
              sort: { sort_field: 'UPDATED_AT', sort_order: 'ASC' },
            },
          },
        }),
      },
      customers: {
        ...common,
        name: 'customers',
        description: 'Customer profiles (SearchCustomers).',
        systemId: 'square.customers',
        schema: squareCustomerSchema,
        // SearchCustomers sorts by DEFAULT (name) or CREATED_AT only.
        sortedByCursor: false,
        records: 'customers',
        pagination: { style: 'cursor', in: 'body', param: 'cursor', next: 'cursor' },
        // https://developer.squareup.com/reference/square/customers-api/search-customers
        request: ({ lowerBound }) => ({
          method: 'POST',
          path: '/v2/customers/search',
          json: {
            limit: this.#pageSize('customers'),
            query: {
              ...(lowerBound === null ? {} : { filter: { updated_at: { start_at: iso(lowerBound) } } }),
              sort: { field: 'CREATED_AT', order: 'ASC' },
            },
          },
        }),
      },
    };
  }

  #listLocations(signal?: AbortSignal): Promise<readonly string[]> {
    return this.client
      .request({
        method: 'GET',
        // https://developer.squareup.com/reference/square/locations-api/list-locations
        path: '/v2/locations',
        signal,
        parse: (body) => squareLocationsResponseSchema.parse(body),
      })
      .then(({ body }) => (body.locations ?? []).map((l) => l.id).sort());
  }

  /** Location ids to read: configured, or listed once per connector (ListLocations). */
  locations(signal?: AbortSignal): Promise<readonly string[]> {
    if (this.config.locationIds) return Promise.resolve([...this.config.locationIds].sort());
    this.#locations ??= this.#listLocations(signal).catch((error: unknown) => {
      this.#locations = null;
      throw error;
    });
    return this.#locations;
  }

  protected override async partitions(stream: ApiStream, signal?: AbortSignal): Promise<readonly string[]> {
    if (stream.name === 'customers') return [WHOLE_STREAM];
    const ids = await this.locations(signal);
    if (ids.length === 0) {
      throw new ConnectorError({
        code: 'INVALID_CONFIG',
        message: 'The Square account has no locations to read; check the account, or pass locationIds.',
      });
    }
    return ids;
  }

  /** ListLocations: proves the token and the host, and that configured locations exist. */
  protected async probe(signal?: AbortSignal): Promise<string> {
    const ids = await this.#listLocations(signal);
    const missing = (this.config.locationIds ?? []).filter((id) => !ids.includes(id));
    if (missing.length > 0) {
      throw new ConnectorError({
        code: 'INVALID_CONFIG',
        message: `Square account has no location ${missing.join(', ')}; its locations are ${ids.join(', ') || '(none)'}. Fix locationIds.`,
      });
    }
    return `Connected to Square (${ids.length} location${ids.length === 1 ? '' : 's'}).`;
  }
}

/** Validates the config (throws INVALID_CONFIG naming the field) and builds the connector. */
export function createSquareConnector(config: SquareConfigInput): SquareConnector {
  return new SquareConnector(parseConfig(squareConfigSchema, config, 'square'));
}
