import { z } from 'zod';
import { acceptCredentials } from '../shared/auth.js';
import { connectionConfigShape } from '../shared/connection-config.js';

/** Production host. The sandbox host is https://connect.squareupsandbox.com. */
export const SQUARE_BASE_URL = 'https://connect.squareup.com';
/** `Square-Version` sent by default: the spec version the wire schemas follow. */
export const SQUARE_VERSION = '2025-08-20';

/** Config of the Square connector (strict: an unknown key is an error, so typos do not pass silently). */
export const squareConfigSchema = z.strictObject({
  ...connectionConfigShape,
  credentials: acceptCredentials(['oauth2', 'bearer']),
  /**
   * Locations to read payments, refunds and orders of. Default: every
   * location of the account (ListLocations), because ListPayments without
   * `location_id` returns only the main location.
   */
  locationIds: z.array(z.string().min(1)).min(1).optional(),
  /** `Square-Version` header (YYYY-MM-DD). */
  squareVersion: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-08-20')
    .optional(),
  /** Records per page; each endpoint's maximum applies (payments, refunds, customers 100; orders 1000). */
  pageSize: z.number().int().min(1).max(1000).optional(),
  /**
   * Oldest creation time to read (RFC 3339). Default: all history. Square's
   * ListPayments defaults `begin_time` to one year ago, so the connector
   * always sends one.
   */
  startTime: z.iso.datetime({ offset: true }).optional(),
});

export type SquareConfig = z.infer<typeof squareConfigSchema>;
/** What callers pass to `createConnector('square', …)`. */
export type SquareConfigInput = z.input<typeof squareConfigSchema>;
