import { z } from 'zod';
import { acceptCredentials } from '../shared/auth.js';
import { connectionConfigShape } from '../shared/connection-config.js';

/**
 * Production host (North America). Not confirmed by the reference
 * (vendor-apis.md §3): Clover also runs regional hosts (Europe, Latin
 * America); set `baseUrl` for those, or to the sandbox host below.
 */
export const CLOVER_BASE_URL = 'https://api.clover.com';
/** Clover's sandbox host (https://docs.clover.com/docs/paginating-elements). */
export const CLOVER_SANDBOX_URL = 'https://apisandbox.dev.clover.com';
/** Page size: default 100, hard maximum 1000 (https://docs.clover.com/docs/paginating-elements). */
export const CLOVER_MAX_PAGE_SIZE = 1000;

/** Config of the Clover connector (strict: an unknown key is an error, so typos do not pass silently). */
export const cloverConfigSchema = z.strictObject({
  ...connectionConfigShape,
  /** An OAuth access token or a merchant API token, sent as `Authorization: Bearer`. */
  credentials: acceptCredentials(['bearer']),
  /** The merchant (`mId`) the token belongs to; every path is `/v3/merchants/{mId}/…`. */
  merchantId: z.string().min(1),
  /** Elements per page (1–1000, default 100). */
  pageSize: z.number().int().min(1).max(CLOVER_MAX_PAGE_SIZE).optional(),
  /** Oldest modification time to read on a first sync (ISO 8601). Default: all history. */
  startTime: z.iso.datetime({ offset: true }).optional(),
  /**
   * ISO 4217 currency of the merchant, used by `normalize` for payments that
   * carry no `cardTransaction.currency` (cash).
   */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like USD')
    .optional(),
});

export type CloverConfig = z.infer<typeof cloverConfigSchema>;
/** What callers pass to `createCloverConnector(…)`. */
export type CloverConfigInput = z.input<typeof cloverConfigSchema>;
