import type { NormalizeResult } from '@growthnav/conversions';
import type { ConnectorInfo, ConnectorNormalizeOptions } from '../protocol.js';
import { ApiConnector, type ApiStream } from '../shared/api-connector.js';
import { createConnectionClient } from '../shared/connection-config.js';
import { ApiCallError, ConnectorError } from '../shared/errors.js';
import { isoTimestampCursor } from '../shared/incremental-state.js';
import { parseConfig } from '../shared/parse-config.js';
import { toastOrderSchema } from './toast-api.js';
import {
  TOAST_BASE_URL,
  TOAST_MAX_PAGE_SIZE,
  type ToastConfig,
  type ToastConfigInput,
  toastConfigSchema,
} from './toast-options.js';

export const toastInfo: ConnectorInfo = {
  id: 'toast',
  name: 'Toast',
  category: 'pos',
  authKind: 'bearer',
  credentialTypes: ['bearer'],
  streams: ['orders'],
  docs: 'https://doc.toasttab.com/openapi/orders/operation/ordersBulkGet',
};

/** Header that scopes a call to one restaurant (vendor-apis.md §2). */
export const TOAST_RESTAURANT_HEADER = 'Toast-Restaurant-External-ID';

// "The date must be after 2015-12-01T00:00:00.000+0000" (ordersBulkGet, startDate):
// one millisecond after it is the oldest lower bound Toast accepts.
const TOAST_EPOCH_MS = Date.UTC(2015, 11, 1) + 1;
// Global and default limit: 20 requests per second per client
// (https://doc.toasttab.com/doc/devguide/apiRateLimiting.html).
const TOAST_REQUESTS_PER_SECOND = 20;
// endDate is exclusive: it is set this far past our clock, so an order Toast stamped
// after our "now" (clocks are never exactly in step) is read in this run, not the next.
const END_MARGIN_MS = 3_600_000;
// A probe looks one hour back: enough to prove the token and restaurant access with one tiny page.
const PROBE_WINDOW_MS = 3_600_000;

/** Toast's time format: `2016-01-01T14:13:12.000+0000` (milliseconds, offset without a colon). */
export function toastTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/**
 * Toast orders (`GET /orders/v2/ordersBulk`), one partition per restaurant
 * (`Toast-Restaurant-External-ID`), incremental on `modifiedDate` ("order
 * creation is considered an order modification") with an inclusive
 * `startDate`, an overlap window and dedupe by `guid`.
 *
 * Pagination: Toast pages with `page`/`pageSize` and hands out the next page
 * in a `Link: <…&page=n+1>; rel="next"` header. Following that link pages by
 * position over a live query: an order modified mid-sync leaves the window
 * and every later order moves up one place, so one is never read. The
 * connector therefore uses the shared `seek` style instead: each page is a
 * fresh `startDate=<newest modifiedDate read>&page=1` query (inclusive; the
 * repeat is dropped by the dedupe), and `page` only advances when a whole
 * page shares one modifiedDate. This needs pages in ascending modifiedDate
 * order, which Toast does not document: the stream sets `verifySorted`, so
 * the shared read loop checks every page and stops the sync before
 * delivering a page that is out of order.
 */
export class ToastConnector extends ApiConnector<ToastConfig> {
  readonly info = toastInfo;
  readonly spec = toastConfigSchema;
  readonly #streams: Readonly<Record<string, ApiStream>>;

  constructor(config: ToastConfig) {
    super(
      config,
      createConnectionClient(config, {
        vendor: 'Toast',
        baseUrl: TOAST_BASE_URL,
        // https://doc.toasttab.com/doc/devguide/apiAuthenticationRateLimit.html
        placement: { header: 'Authorization', scheme: 'Bearer' },
        rateLimit: { requestsPerSecond: TOAST_REQUESTS_PER_SECOND },
      }),
    );
    this.#streams = this.#defineStreams();
  }

  protected get streams(): Readonly<Record<string, ApiStream>> {
    return this.#streams;
  }

  #defineStreams(): Record<string, ApiStream> {
    const pageSize = this.config.pageSize ?? TOAST_MAX_PAGE_SIZE;
    const first = this.config.startTime ? Math.max(Date.parse(this.config.startTime), TOAST_EPOCH_MS) : null;
    return {
      orders: {
        name: 'orders',
        description:
          'Orders with their checks, selections, payments and guests (ordersBulk), per restaurant.',
        systemId: 'toast.orders',
        schema: toastOrderSchema,
        primaryKey: 'guid',
        cursorField: 'modifiedDate',
        cursor: isoTimestampCursor,
        sortedByCursor: true,
        records: '',
        pagination: { style: 'seek', limit: pageSize, pageParam: 'page', limitParam: 'pageSize' },
        // Toast does not document the order of ordersBulk; seek needs it ascending.
        verifySorted: true,
        // https://doc.toasttab.com/openapi/orders/operation/ordersBulkGet
        request: ({ lowerBound, partition }) => {
          const start = Math.max(lowerBound ?? first ?? TOAST_EPOCH_MS, TOAST_EPOCH_MS);
          return {
            method: 'GET',
            path: '/orders/v2/ordersBulk',
            headers: { [TOAST_RESTAURANT_HEADER]: partition },
            query: {
              // startDate is inclusive, endDate exclusive, both on the modified time.
              startDate: toastTime(start),
              endDate: toastTime(Math.max(Date.now(), start) + END_MARGIN_MS),
            },
          };
        },
      },
    };
  }

  /** Each configured restaurant is a partition with its own high-water mark, in a stable order. */
  protected override async partitions(): Promise<readonly string[]> {
    return [...new Set(this.config.restaurantGuids)].sort();
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

  /** One one-order page of the last hour per restaurant: proves the token, the host and restaurant access. */
  protected async probe(signal?: AbortSignal): Promise<string> {
    const restaurants = await this.partitions();
    const now = Date.now();
    for (const restaurant of restaurants) {
      try {
        await this.client.request({
          method: 'GET',
          // https://doc.toasttab.com/openapi/orders/operation/ordersBulkGet
          path: '/orders/v2/ordersBulk',
          headers: { [TOAST_RESTAURANT_HEADER]: restaurant },
          query: {
            startDate: toastTime(now - PROBE_WINDOW_MS),
            endDate: toastTime(now),
            pageSize: 1,
            page: 1,
          },
          signal,
        });
      } catch (error) {
        if (ApiCallError.isInstance(error) && (error.status === 403 || error.status === 404)) {
          throw new ConnectorError({
            code: 'INVALID_CONFIG',
            message: `Toast refused restaurant ${restaurant} (${error.status}): the credentials have no access to it. Check restaurantGuids against the restaurants connected to your Toast integration.`,
            cause: error,
          });
        }
        throw error;
      }
    }
    return `Connected to Toast (${restaurants.length} restaurant${restaurants.length === 1 ? '' : 's'}).`;
  }
}

/** Validates the config (throws INVALID_CONFIG naming the field) and builds the connector. */
export function createToastConnector(config: ToastConfigInput): ToastConnector {
  return new ToastConnector(parseConfig(toastConfigSchema, config, 'toast'));
}
