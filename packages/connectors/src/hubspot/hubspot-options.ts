import { z } from 'zod';
import { acceptCredentials } from '../shared/auth.js';
import { connectionConfigShape } from '../shared/connection-config.js';

/** Production host (reference §9). */
export const HUBSPOT_BASE_URL = 'https://api.hubapi.com';
/** Records per search page at most (reference §9: limit max 100). */
export const HUBSPOT_MAX_PAGE_SIZE = 100;

/** Config of the HubSpot connector (strict: an unknown key is an error). */
export const hubspotConfigSchema = z.strictObject({
  ...connectionConfigShape,
  /** OAuth 2.0 (refreshed at /oauth/v1/token) or a private-app / static token as `bearer`. */
  credentials: acceptCredentials(['oauth2', 'bearer']),
  /** Records per search page, 1–100 (default 100). */
  pageSize: z.number().int().min(1).max(HUBSPOT_MAX_PAGE_SIZE).optional(),
});

export type HubspotConfig = z.infer<typeof hubspotConfigSchema>;
/** What callers pass to `createHubspotConnector(…)`. */
export type HubspotConfigInput = z.input<typeof hubspotConfigSchema>;
