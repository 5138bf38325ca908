import { z } from 'zod';
import { parseWooGmt } from './woocommerce-gmt-cursor.js';

/*
 * Wire schemas of the WooCommerce REST API v3 objects the connector reads:
 * only what the sync and the default mappings in @growthnav/conversions
 * (woocommerce.orders, woocommerce.refunds, woocommerce.customers) rely on is
 * checked, every field `.nullish()` except the primary key and the cursor.
 * Records are delivered exactly as WooCommerce sent them.
 *
 * Source: shared/reference/vendor-apis.md §6, from woocommerce/woocommerce-rest-api-docs
 * `source/includes/wp-api-v3/{_orders,_order-refunds,_customers,_introduction}.md`
 * (https://woocommerce.github.io/woocommerce-rest-api-docs/): money is decimal
 * strings with two decimals (`"total": "29.35"`), times are ISO 8601 without
 * an offset, `*_gmt` in GMT and the others in the site's zone.
 */

/** `2017-03-22T19:28:08`: a GMT time without an offset (an offset or `Z` is accepted too). */
const gmtTime = z
  .string()
  .refine((v) => parseWooGmt(v) !== null, 'must be an ISO 8601 time such as 2017-03-22T19:28:08');
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string such as "29.35"');
/**
 * A record's own id: an integer in the API. A non-empty string is accepted
 * too, so a key that went through tooling that stringifies integers still
 * identifies the record.
 */
const key = z.union([z.number().int(), z.string().min(1)]);
const text = z.string().nullish();

const address = z
  .object({
    first_name: text,
    last_name: text,
    company: text,
    address_1: text,
    city: text,
    state: text,
    postcode: text,
    country: text,
    email: text,
    phone: text,
  })
  .nullish();

/** Order (`GET /wp-json/wc/v3/orders`). */
export const wooOrderSchema = z.object({
  id: key,
  date_modified_gmt: gmtTime,
  date_created_gmt: gmtTime.nullish(),
  date_paid_gmt: gmtTime.nullish(),
  date_completed_gmt: gmtTime.nullish(),
  number: text,
  status: text,
  currency: z.string().length(3).nullish(),
  total: decimal.nullish(),
  total_tax: decimal.nullish(),
  shipping_total: decimal.nullish(),
  discount_total: decimal.nullish(),
  customer_id: z.number().int().nullish(),
  customer_ip_address: text,
  payment_method: text,
  created_via: text,
  billing: address,
  line_items: z
    .array(
      z.object({
        id: z.number().int().nullish(),
        product_id: z.number().int().nullish(),
        name: text,
        sku: text,
        quantity: z.number().nullish(),
        // A number in the docs' examples, a string in their property table.
        price: z.union([z.number(), decimal]).nullish(),
        total: decimal.nullish(),
      }),
    )
    .nullish(),
  // The order's refund summaries: `{ id, refund, total: "-10.00" }`.
  refunds: z.array(z.object({ id: key, refund: text, total: decimal.nullish() })).nullish(),
  meta_data: z.array(z.object({ key: z.string().nullish(), value: z.unknown() })).nullish(),
});

/** Order refund (`GET /wp-json/wc/v3/orders/{id}/refunds`); `_links.up` names the order. */
export const wooRefundSchema = z.object({
  id: key,
  date_created_gmt: gmtTime,
  amount: decimal.nullish(),
  reason: text,
  refunded_by: z.number().int().nullish(),
  refunded_payment: z.boolean().nullish(),
  line_items: z.array(z.unknown()).nullish(),
  _links: z.object({ up: z.array(z.object({ href: z.string() })).nullish() }).nullish(),
});

/** Customer (`GET /wp-json/wc/v3/customers`). */
export const wooCustomerSchema = z.object({
  id: key,
  date_modified_gmt: gmtTime,
  date_created_gmt: gmtTime.nullish(),
  email: text,
  first_name: text,
  last_name: text,
  username: text,
  role: text,
  billing: address,
  is_paying_customer: z.boolean().nullish(),
});

/**
 * The order rows behind the refunds stream: each order whose `refunds[]` is
 * not empty has its refunds fetched and checked against `wooRefundSchema`.
 */
export const wooOrderRefundsSchema = z.object({
  id: key,
  date_modified_gmt: gmtTime,
  refunds: z.array(z.object({ id: key })).nullish(),
});
