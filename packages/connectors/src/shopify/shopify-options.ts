import { z } from 'zod';
import { acceptCredentials } from '../shared/auth.js';
import { connectionConfigShape } from '../shared/connection-config.js';

/**
 * REST Admin API version in the path (`/admin/api/{version}/…`). 2024-01 is the
 * version of the generated resources the wire schemas follow
 * (Shopify/shopify-api-js `rest/admin/2024-01`). Shopify retires a version a
 * year after release: set `apiVersion` to a supported one.
 */
export const SHOPIFY_API_VERSION = '2024-01';

/** `https://{shop}.myshopify.com` for a shop name or its myshopify.com domain. */
export function shopifyShopUrl(shop: string): string {
  const host = shop.toLowerCase().endsWith('.myshopify.com') ? shop : `${shop}.myshopify.com`;
  return `https://${host.toLowerCase()}`;
}

/** Config of the Shopify connector (strict: an unknown key is an error). */
export const shopifyConfigSchema = z.strictObject({
  ...connectionConfigShape,
  /**
   * An Admin API access token (custom app or OAuth), sent as
   * `X-Shopify-Access-Token`. `bearer` and `api-key` both work.
   */
  credentials: acceptCredentials(['bearer', 'api-key']),
  /** The shop: `golf-pro` or `golf-pro.myshopify.com`. `baseUrl` overrides the host it gives. */
  shop: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]*(\.myshopify\.com)?$/i,
      'must be the shop name or its myshopify.com domain, e.g. "golf-pro" or "golf-pro.myshopify.com"',
    ),
  /** REST Admin API version, `YYYY-MM` (default 2024-01). */
  apiVersion: z
    .string()
    .regex(/^\d{4}-(01|04|07|10)$/, 'must be a Shopify API version such as 2024-01')
    .optional(),
  /** Records per page, 1–250 (default 250, Shopify's maximum). */
  pageSize: z.number().int().min(1).max(250).optional(),
  /**
   * Oldest `updated_at` to read on a first sync (ISO 8601). Default: all the
   * history the token can see (orders older than 60 days need the
   * `read_all_orders` scope).
   */
  startTime: z.iso.datetime({ offset: true }).optional(),
  /**
   * Calls the shop's REST bucket leaks per second: 2 on standard plans, 4 on
   * Advanced, 20 on Plus (https://shopify.dev/docs/api/admin-rest/usage/rate-limits).
   */
  leakPerSecond: z.number().positive().optional(),
});

export type ShopifyConfig = z.infer<typeof shopifyConfigSchema>;
/** What callers pass to `createShopifyConnector(…)`. */
export type ShopifyConfigInput = z.input<typeof shopifyConfigSchema>;
