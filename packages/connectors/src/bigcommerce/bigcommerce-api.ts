import { z } from 'zod';
import { parseBigCommerceTime } from './bigcommerce-date-cursor.js';

/*
 * Wire schemas of the BigCommerce objects the connector reads: only what the
 * sync and the default mappings in @growthnav/conversions
 * (bigcommerce.orders, bigcommerce.customers) rely on is checked, every field
 * `.nullish()` except the primary key and the cursor. Records are delivered
 * exactly as BigCommerce sent them.
 *
 * shared/reference/vendor-apis.md §7 found no vendor example: the field names
 * follow the mappings' documented assumptions and an archived copy of
 * BigCommerce's V2 orders reference (3rd-party mirror
 * zmaniar/Api-sub `api_stores_v2_orders.md`): V2 money is decimal strings with
 * four decimals (`"total_inc_tax": "79.0000"`), V2 times are RFC 2822
 * (`Wed, 14 Nov 2012 19:26:23 +0000`), V3 times ISO 8601.
 * https://developer.bigcommerce.com/docs/rest-management/orders
 * https://developer.bigcommerce.com/docs/rest-management/customers
 */

const time = z
  .string()
  .refine((v) => parseBigCommerceTime(v) !== null, 'must be an RFC 2822 or ISO 8601 time');
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string such as "79.0000"');
/**
 * A record's own id: an integer in the API. A non-empty string is accepted
 * too, so a key that went through tooling that stringifies integers still
 * identifies the record.
 */
const key = z.union([z.number().int(), z.string().min(1)]);
const text = z.string().nullish();

/** V2 order (`GET /stores/{store_hash}/v2/orders`), a bare JSON array of these. */
export const bigCommerceOrderSchema = z.object({
  id: key,
  date_modified: time,
  date_created: time.nullish(),
  customer_id: z.number().int().nullish(),
  status_id: z.number().int().nullish(),
  status: text,
  subtotal_ex_tax: decimal.nullish(),
  total_inc_tax: decimal.nullish(),
  total_tax: decimal.nullish(),
  shipping_cost_inc_tax: decimal.nullish(),
  discount_amount: decimal.nullish(),
  refunded_amount: decimal.nullish(),
  items_total: z.number().int().nullish(),
  currency_code: z.string().length(3).nullish(),
  payment_method: text,
  ip_address: text,
  order_source: text,
  billing_address: z
    .object({
      first_name: text,
      last_name: text,
      company: text,
      street_1: text,
      city: text,
      state: text,
      zip: text,
      country_iso2: text,
      phone: text,
      email: text,
    })
    .nullish(),
});

/** V3 customer (`GET /stores/{store_hash}/v3/customers?include=addresses`), in `data[]`. */
export const bigCommerceCustomerSchema = z.object({
  id: key,
  date_modified: time,
  date_created: time.nullish(),
  email: text,
  first_name: text,
  last_name: text,
  company: text,
  phone: text,
  customer_group_id: z.number().int().nullish(),
  addresses: z
    .array(
      z.object({
        address1: text,
        city: text,
        state_or_province: text,
        postal_code: text,
        country_code: text,
      }),
    )
    .nullish(),
});

/** `GET /stores/{store_hash}/v2/store`, the connection check. */
export const bigCommerceStoreSchema = z.object({
  name: z.string(),
  domain: text,
  currency: text,
});
