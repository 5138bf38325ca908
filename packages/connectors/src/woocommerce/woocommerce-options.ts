import { z } from 'zod';
import { acceptCredentials } from '../shared/auth.js';
import { connectionConfigShape } from '../shared/connection-config.js';

/** Where the REST API v3 lives under the store's site URL ([WOO-DOCS] `_introduction.md`). */
export const WOOCOMMERCE_API_PATH = '/wp-json/wc/v3';

/** Config of the WooCommerce connector (strict: an unknown key is an error). */
export const wooCommerceConfigSchema = z.strictObject({
  ...connectionConfigShape,
  /**
   * REST API keys from WooCommerce > Settings > Advanced > REST API, sent as
   * HTTP Basic auth: `{ type: 'basic', username: consumer key (ck_…),
   * password: consumer secret (cs_…) }`. Basic auth needs HTTPS.
   */
  credentials: acceptCredentials(['basic']),
  /** The store's site URL, e.g. `https://shop.example.com` (`baseUrl` overrides it). */
  storeUrl: z.url(),
  /** Records per page, 1–100 (default 100; the WordPress REST maximum). */
  pageSize: z.number().int().min(1).max(100).optional(),
  /**
   * Oldest modification time of orders (and their refunds) to read on a first
   * sync (ISO 8601). Default: all history. Customers cannot be filtered by
   * date on the API, so every customer is read on a first sync.
   */
  startTime: z.iso.datetime({ offset: true }).optional(),
});

export type WooCommerceConfig = z.infer<typeof wooCommerceConfigSchema>;
/** What callers pass to `createWooCommerceConnector(…)`. */
export type WooCommerceConfigInput = z.input<typeof wooCommerceConfigSchema>;
