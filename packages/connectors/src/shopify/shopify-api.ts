import { z } from 'zod';

/*
 * Wire schemas of the Shopify REST Admin objects the connector reads: only
 * what the sync and the default mappings in @growthnav/conversions
 * (shopify.orders, shopify.refunds, shopify.customers) rely on is checked,
 * every field `.nullish()` except the primary key and the cursor. Records are
 * delivered exactly as Shopify sent them, unknown fields included.
 *
 * Source: shared/reference/vendor-apis.md §5, from Shopify/shopify-api-js
 * `rest/admin/2024-01/{order,customer}.ts` and `__tests__/2024-01/order.test.ts`
 * (generated from https://shopify.dev/docs/api/admin-rest/2024-01/resources/order
 * and .../resources/customer): ids are integers, money is decimal strings
 * (`"total_price": "598.94"`), timestamps are ISO 8601 with an offset
 * (`2008-01-10T11:00:00-05:00`).
 */

const timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp with an offset' });
/** Shopify money: a decimal string such as "598.94". */
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string such as "598.94"');
const id = z.number().int();
/**
 * A record's own id: an integer in the REST API. A non-empty string is
 * accepted too, so a key that went through tooling that stringifies large
 * integers still identifies the record.
 */
const key = z.union([z.number().int(), z.string().min(1)]);
const text = z.string().nullish();

/**
 * Refund, as listed in `order.refunds[]` (the same object as
 * `GET orders/{order_id}/refunds.json`,
 * https://shopify.dev/docs/api/admin-rest/2024-01/resources/refund).
 */
export const shopifyRefundSchema = z.object({
  id: key,
  order_id: id.nullish(),
  created_at: timestamp,
  processed_at: timestamp.nullish(),
  note: text,
  transactions: z
    .array(
      z.object({
        id: id.nullish(),
        amount: decimal,
        currency: z.string().length(3).nullish(),
        kind: text,
        status: text,
      }),
    )
    .nullish(),
  refund_line_items: z.array(z.unknown()).nullish(),
});

const mailingAddress = z
  .object({
    first_name: text,
    last_name: text,
    address1: text,
    city: text,
    province_code: text,
    zip: text,
    country_code: text,
    phone: text,
    company: text,
  })
  .nullish();

/** Order (`GET orders.json`). */
export const shopifyOrderSchema = z.object({
  id: key,
  updated_at: timestamp,
  created_at: timestamp.nullish(),
  processed_at: timestamp.nullish(),
  cancelled_at: timestamp.nullish(),
  closed_at: timestamp.nullish(),
  name: text,
  email: text,
  phone: text,
  currency: z.string().length(3).nullish(),
  financial_status: text,
  fulfillment_status: text,
  total_price: decimal.nullish(),
  subtotal_price: decimal.nullish(),
  total_tax: decimal.nullish(),
  total_discounts: decimal.nullish(),
  total_tip_received: decimal.nullish(),
  current_total_price: decimal.nullish(),
  landing_site: text,
  referring_site: text,
  browser_ip: text,
  location_id: id.nullish(),
  customer: z
    .object({ id: id.nullish(), email: text, phone: text, first_name: text, last_name: text })
    .nullish(),
  billing_address: mailingAddress,
  line_items: z
    .array(
      z.object({
        id: id.nullish(),
        product_id: id.nullish(),
        sku: text,
        name: text,
        quantity: z.number().int().nullish(),
        price: decimal.nullish(),
      }),
    )
    .nullish(),
  refunds: z.array(shopifyRefundSchema).nullish(),
});

/** Customer (`GET customers.json`). */
export const shopifyCustomerSchema = z.object({
  id: key,
  updated_at: timestamp,
  created_at: timestamp.nullish(),
  email: text,
  phone: text,
  first_name: text,
  last_name: text,
  state: text,
  orders_count: z.number().int().nullish(),
  total_spent: decimal.nullish(),
  currency: z.string().length(3).nullish(),
  tags: text,
  default_address: mailingAddress,
});

/**
 * The order rows behind the refunds stream (`orders.json?fields=id,updated_at,refunds`):
 * each refund is then checked on its own against `shopifyRefundSchema`.
 */
export const shopifyOrderRefundsSchema = z.object({
  id: key,
  updated_at: timestamp,
  refunds: z.array(z.unknown()).nullish(),
});

/** `GET shop.json`, the connection check. */
export const shopifyShopResponseSchema = z.object({
  shop: z.object({ name: z.string(), currency: z.string().nullish(), myshopify_domain: text }),
});
