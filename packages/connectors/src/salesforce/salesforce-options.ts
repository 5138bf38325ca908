import { z } from 'zod';
import { acceptCredentials } from '../shared/auth.js';
import { connectionConfigShape } from '../shared/connection-config.js';

/** REST API version used by default (the version of the reference's query examples). */
export const SALESFORCE_API_VERSION = 'v66.0';
/** Records per query page by default and at most: the query resource returns up to 2,000 per batch. */
export const SALESFORCE_MAX_PAGE_SIZE = 2_000;

/** Config of the Salesforce connector (strict: an unknown key is an error). */
export const salesforceConfigSchema = z.strictObject({
  ...connectionConfigShape,
  /**
   * The org's My Domain URL, e.g. `https://acme.my.salesforce.com` (or the
   * `instance_url` of the OAuth token response). Required: Salesforce has no
   * shared API host.
   */
  baseUrl: z.url({
    error:
      "baseUrl is required: set it to the org's My Domain URL, e.g. https://acme.my.salesforce.com (the instance_url of the OAuth token response)",
  }),
  credentials: acceptCredentials(['oauth2', 'bearer']),
  /** REST API version, `vNN.0` (default v66.0). */
  apiVersion: z
    .string()
    .regex(/^v\d{2,3}\.0$/, 'must look like v66.0')
    .optional(),
  /** Records per query (SOQL LIMIT), 1–2,000 (default 2,000). */
  pageSize: z.number().int().min(1).max(SALESFORCE_MAX_PAGE_SIZE).optional(),
  /**
   * The org has multi-currency enabled: also select `Opportunity.CurrencyIsoCode`
   * (the field exists only there; selecting it elsewhere is an INVALID_FIELD error).
   */
  multiCurrency: z.boolean().optional(),
});

export type SalesforceConfig = z.infer<typeof salesforceConfigSchema>;
/** What callers pass to `createSalesforceConnector(…)`. */
export type SalesforceConfigInput = z.input<typeof salesforceConfigSchema>;
