import type { NormalizeResult } from '@growthnav/conversions';
import type { z } from 'zod';
import type { ConnectorInfo, ConnectorNormalizeOptions } from '../protocol.js';
import { ApiConnector, type ApiStream } from '../shared/api-connector.js';
import { createConnectionClient } from '../shared/connection-config.js';
import { sequenceCursor } from '../shared/incremental-state.js';
import { parseConfig } from '../shared/parse-config.js';
import { lightspeedCustomerSchema, lightspeedPageSchema, lightspeedSaleSchema } from './lightspeed-api.js';
import {
  LIGHTSPEED_DEFAULT_PAGE_SIZE,
  LIGHTSPEED_DEFAULT_VERSION_OVERLAP,
  LIGHTSPEED_TOKEN_PATH,
  type LightspeedConfig,
  type LightspeedConfigInput,
  lightspeedBaseUrl,
  lightspeedConfigSchema,
} from './lightspeed-options.js';

export const lightspeedInfo: ConnectorInfo = {
  id: 'lightspeed',
  name: 'Lightspeed X-Series',
  category: 'pos',
  authKind: 'oauth2',
  credentialTypes: ['oauth2', 'bearer'],
  streams: ['sales', 'customers'],
  docs: 'https://x-series-api.lightspeedhq.com/docs/pagination',
};

// https://x-series-api.lightspeedhq.com/docs/rate_limiting: 300 × registers + 50 requests per
// 5 minutes per retailer and application. As a token bucket: `registers` per second sustained
// (300 × registers / 300 s) plus a burst of 50, which never exceeds the window's total.
const WINDOW_SECONDS = 300;
const PER_REGISTER_PER_WINDOW = 300;
const WINDOW_BURST = 50;

interface LightspeedStreamSpec {
  name: string;
  description: string;
  systemId: string;
  schema: z.ZodType;
  path: string;
}

const STREAMS: readonly LightspeedStreamSpec[] = [
  {
    name: 'sales',
    description: 'Sales with line items (GET /api/2.0/sales), as a change feed on version.',
    systemId: 'lightspeed.sales',
    schema: lightspeedSaleSchema,
    path: '/api/2.0/sales',
  },
  {
    name: 'customers',
    description: 'Customers (GET /api/2.0/customers), as a change feed on version.',
    systemId: 'lightspeed.customers',
    schema: lightspeedCustomerSchema,
    path: '/api/2.0/customers',
  },
];

/**
 * Lightspeed Retail X-Series API 2.0: sales and customers, read as a change
 * feed. Every record carries `version`, a global integer that increases on
 * every change; `GET …?after=<version>&page_size=n` returns the records with
 * a higher version in version order, and `version.max` of a page is the
 * `after` of the next (https://x-series-api.lightspeedhq.com/docs/pagination).
 * A page with empty `data` ends the run. The lower bound is made inclusive
 * (`after = bound - 1`) and moved back by `versionOverlap`; the dedupe by
 * `id` and version drops what was already delivered. Date filters are not
 * used: `/sales` is reported to ignore `date_from`/`date_to` (3rd-party).
 */
export class LightspeedConnector extends ApiConnector<LightspeedConfig> {
  readonly info = lightspeedInfo;
  readonly spec = lightspeedConfigSchema;
  readonly #streams: Readonly<Record<string, ApiStream>>;

  constructor(config: LightspeedConfig) {
    const registers = config.registers ?? 1;
    super(
      config,
      createConnectionClient(config, {
        vendor: 'Lightspeed X-Series',
        // The schema requires domainPrefix when baseUrl is absent; baseUrl wins when both are set.
        baseUrl: config.baseUrl ?? lightspeedBaseUrl(config.domainPrefix ?? ''),
        // https://x-series-api.lightspeedhq.com/docs/introduction/: `Authorization: Bearer`;
        // refresh with the standard form-encoded refresh_token grant at /api/1.0/token.
        placement: { header: 'Authorization', scheme: 'Bearer', tokenUrl: LIGHTSPEED_TOKEN_PATH },
        rateLimit: {
          requestsPerSecond: (PER_REGISTER_PER_WINDOW * registers) / WINDOW_SECONDS,
          burst: WINDOW_BURST,
        },
      }),
    );
    this.#streams = Object.fromEntries(STREAMS.map((s) => [s.name, this.#defineStream(s)]));
  }

  protected get streams(): Readonly<Record<string, ApiStream>> {
    return this.#streams;
  }

  #defineStream(spec: LightspeedStreamSpec): ApiStream {
    const pageSize = this.config.pageSize ?? LIGHTSPEED_DEFAULT_PAGE_SIZE;
    return {
      name: spec.name,
      description: spec.description,
      systemId: spec.systemId,
      schema: spec.schema,
      primaryKey: 'id',
      cursorField: 'version',
      cursor: sequenceCursor,
      sortedByCursor: true,
      overlap: this.config.versionOverlap ?? LIGHTSPEED_DEFAULT_VERSION_OVERLAP,
      records: 'data',
      pagination: {
        style: 'cursor',
        in: 'query',
        param: 'after',
        next: 'version.max',
        stopOnEmptyPage: true,
      },
      // https://x-series-api.lightspeedhq.com/docs/pagination
      request: ({ lowerBound }) => ({
        method: 'GET',
        path: spec.path,
        // `after` is exclusive: one below the inclusive bound reads the bound itself.
        query: { after: lowerBound === null ? 0 : Math.max(0, lowerBound - 1), page_size: pageSize },
      }),
    };
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

  /** One one-sale page: proves the token, the store host and read access to sales. */
  protected async probe(signal?: AbortSignal): Promise<string> {
    await this.client.request({
      method: 'GET',
      // https://x-series-api.lightspeedhq.com/docs/pagination
      path: '/api/2.0/sales',
      query: { page_size: 1 },
      signal,
      parse: (body) => lightspeedPageSchema.parse(body),
    });
    return `Connected to Lightspeed X-Series (${new URL(this.client.baseUrl).host}).`;
  }
}

/** Validates the config (throws INVALID_CONFIG naming the field) and builds the connector. */
export function createLightspeedConnector(config: LightspeedConfigInput): LightspeedConnector {
  return new LightspeedConnector(parseConfig(lightspeedConfigSchema, config, 'lightspeed'));
}
