import { z } from 'zod';
import { acceptCredentials } from '../shared/auth.js';
import { connectionConfigShape } from '../shared/connection-config.js';

/**
 * Default host. Toast gives each environment its own hostname and the
 * reference could not confirm the production one (vendor-apis.md §2, "not
 * found"); this is the host integrators commonly use. Set `baseUrl` to the
 * hostname Toast issued with your credentials.
 */
export const TOAST_BASE_URL = 'https://ws-api.toasttab.com';

/** Largest `pageSize` ordersBulk accepts (https://doc.toasttab.com/doc/devguide/apiOrdersGetDetailedInfoAboutMultipleOrders.html). */
export const TOAST_MAX_PAGE_SIZE = 100;

/** Config of the Toast connector (strict: an unknown key is an error, so typos do not pass silently). */
export const toastConfigSchema = z.strictObject({
  ...connectionConfigShape,
  /**
   * A Toast access token (`Authorization: Bearer`). Toast issues tokens with
   * the client-credentials login (valid about a day); the caller logs in and
   * passes the token. See the package README for the missing login flow.
   */
  credentials: acceptCredentials(['bearer']),
  /** Restaurant GUIDs to read; each is sent as `Toast-Restaurant-External-ID` and keeps its own state. */
  restaurantGuids: z.array(z.string().min(1)).min(1),
  /** Orders per page (1–100, default 100). */
  pageSize: z.number().int().min(1).max(TOAST_MAX_PAGE_SIZE).optional(),
  /**
   * Oldest modification time to read on a first sync (ISO 8601). Default:
   * all history Toast serves (startDate must be after 2015-12-01).
   */
  startTime: z.iso.datetime({ offset: true }).optional(),
  /**
   * ISO 4217 currency of the restaurants, used by `normalize` (Toast orders
   * carry no currency code; the default mapping assumes USD).
   */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like USD')
    .optional(),
});

export type ToastConfig = z.infer<typeof toastConfigSchema>;
/** What callers pass to `createToastConnector(…)`. */
export type ToastConfigInput = z.input<typeof toastConfigSchema>;
