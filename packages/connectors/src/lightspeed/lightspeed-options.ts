import { z } from 'zod';
import { acceptCredentials } from '../shared/auth.js';
import { connectionConfigShape } from '../shared/connection-config.js';

/** `https://{domain_prefix}.retail.lightspeed.app` (https://x-series-api.lightspeedhq.com/docs/pagination). */
export function lightspeedBaseUrl(domainPrefix: string): string {
  return `https://${encodeURIComponent(domainPrefix)}.retail.lightspeed.app`;
}

/**
 * Token endpoint, relative to the retailer's host:
 * `https://{domain_prefix}.retail.lightspeed.app/api/1.0/token` (a 3rd-party
 * summary of https://x-series-api.lightspeedhq.com/docs/authorization).
 */
export const LIGHTSPEED_TOKEN_PATH = '/api/1.0/token';

/**
 * Records per page by default. API 0.x capped `page_size` at 200; the 2.0
 * maximum is not confirmed by the reference, so the default stays there.
 */
export const LIGHTSPEED_DEFAULT_PAGE_SIZE = 200;

/**
 * How far below the high-water mark each run re-reads, in version units.
 * A counter stamped when a write starts becomes visible when it commits, so
 * a long transaction can surface with a version below ones already read.
 * The counter is global (it also advances for other retailers' changes) and
 * its rate is not published; 100,000 versions is a generous estimate of a
 * couple of minutes, and only this retailer's changes inside it are re-read
 * (and dropped by the dedupe).
 */
export const LIGHTSPEED_DEFAULT_VERSION_OVERLAP = 100_000;

/** Config of the Lightspeed X-Series connector (strict: an unknown key is an error). */
export const lightspeedConfigSchema = z
  .strictObject({
    ...connectionConfigShape,
    /** OAuth 2.0 (refreshed at /api/1.0/token) or a personal token, sent as `Authorization: Bearer`. */
    credentials: acceptCredentials(['oauth2', 'bearer']),
    /** The store's domain prefix (`mystore` in mystore.retail.lightspeed.app); or set baseUrl. */
    domainPrefix: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i, 'must be the store subdomain, like mystore')
      .optional(),
    /** Records per page (`page_size`, default 200). */
    pageSize: z.number().int().min(1).max(10_000).optional(),
    /** Re-read window below the high-water mark, in versions (default 100,000). */
    versionOverlap: z.number().int().min(0).optional(),
    /**
     * Registers of the retailer: the limit is 300 × registers + 50 requests
     * per 5 minutes per retailer and application (default 1).
     */
    registers: z.number().int().min(1).optional(),
    /** ISO 4217 currency of the retailer, used by `normalize` (sales carry no currency code). */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like NZD')
      .optional(),
  })
  .refine((c) => c.baseUrl !== undefined || c.domainPrefix !== undefined, {
    message: 'set domainPrefix (the store subdomain) or baseUrl',
    path: ['domainPrefix'],
  });

export type LightspeedConfig = z.infer<typeof lightspeedConfigSchema>;
/** What callers pass to `createLightspeedConnector(…)`. */
export type LightspeedConfigInput = z.input<typeof lightspeedConfigSchema>;
