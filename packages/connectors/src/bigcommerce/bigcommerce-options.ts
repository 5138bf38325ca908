import { z } from 'zod';
import { acceptCredentials } from '../shared/auth.js';
import { connectionConfigShape } from '../shared/connection-config.js';

/** API host; each store is under `/stores/{store_hash}/v2|v3/…`. */
export const BIGCOMMERCE_BASE_URL = 'https://api.bigcommerce.com';

/** Config of the BigCommerce connector (strict: an unknown key is an error). */
export const bigCommerceConfigSchema = z.strictObject({
  ...connectionConfigShape,
  /**
   * The API account's access token, sent as `X-Auth-Token` (header name not
   * confirmed by the reference; it is what the Singer tap sends). `api-key`
   * and `bearer` both work.
   */
  credentials: acceptCredentials(['api-key', 'bearer']),
  /** The store hash from the API path (`stores/{store_hash}`), e.g. `abc123`. */
  storeHash: z.string().regex(/^[a-z0-9]+$/i, 'must be the store hash, letters and digits such as "abc123"'),
  /** The API account's client id, sent as `X-Auth-Client` when given (legacy integrations send it). */
  clientId: z.string().min(1).optional(),
  /** Records per page, 1–250 (default 250, the documented maximum). */
  pageSize: z.number().int().min(1).max(250).optional(),
  /** Oldest modification time to read on a first sync (ISO 8601). Default: all history. */
  startTime: z.iso.datetime({ offset: true }).optional(),
});

export type BigCommerceConfig = z.infer<typeof bigCommerceConfigSchema>;
/** What callers pass to `createBigCommerceConnector(…)`. */
export type BigCommerceConfigInput = z.input<typeof bigCommerceConfigSchema>;
