import { z } from 'zod';
import { acceptCredentials } from '../shared/auth.js';
import { connectionConfigShape } from '../shared/connection-config.js';

/** US data centre API domain; others: zohoapis.eu, .in, .com.au, .jp, .com.cn (reference §10, Multi DC). */
export const ZOHO_BASE_URL = 'https://www.zohoapis.com';
/** API version of the reference's Get Records page. */
export const ZOHO_API_VERSION = 'v7';
/** per_page default and maximum (reference §10). */
export const ZOHO_MAX_PAGE_SIZE = 200;

/** Config of the Zoho CRM connector (strict: an unknown key is an error). */
export const zohoConfigSchema = z.strictObject({
  ...connectionConfigShape,
  /**
   * OAuth 2.0 (refreshed at the data centre's accounts server, e.g.
   * https://accounts.zoho.eu/oauth/v2/token for zohoapis.eu), or an access
   * token as `bearer`; both are sent as `Authorization: Zoho-oauthtoken …`.
   */
  credentials: acceptCredentials(['oauth2', 'bearer']),
  /** API version, `v2`–`v8` (default v7). */
  apiVersion: z
    .string()
    .regex(/^v[2-8](\.\d)?$/, 'must look like v7')
    .optional(),
  /** Records per page, 1–200 (default 200). */
  pageSize: z.number().int().min(1).max(ZOHO_MAX_PAGE_SIZE).optional(),
  /** The org has multi-currency enabled: also request the Deals `Currency` field (ISO code). */
  multiCurrency: z.boolean().optional(),
});

export type ZohoConfig = z.infer<typeof zohoConfigSchema>;
/** What callers pass to `createZohoConnector(…)`. */
export type ZohoConfigInput = z.input<typeof zohoConfigSchema>;
