import { z } from 'zod';

/*
 * Wire schemas of the Square objects the connector reads: only what the sync
 * and the default mappings rely on is checked, every field `.nullish()`
 * except the primary key and the cursor. They only check: the connector
 * delivers the record exactly as Square sent it, unknown fields included, so
 * the schemas are plain (stripping) objects, which check faster than loose
 * ones that copy every extra field.
 * Source: square/connect-api-specification api.json (Square-Version 2025-08-20).
 */

const rfc3339 = z.iso.datetime({ offset: true, message: 'must be an RFC 3339 timestamp' });

/** Money: amount in the currency's smallest unit (USD 555 = $5.55). */
export const squareMoneySchema = z.object({
  amount: z.number().int(),
  currency: z.string().length(3),
});

const money = squareMoneySchema.nullish();

/** Payment (ListPayments). */
export const squarePaymentSchema = z.object({
  id: z.string().min(1),
  created_at: rfc3339,
  updated_at: rfc3339,
  amount_money: money,
  tip_money: money,
  total_money: money,
  approved_money: money,
  refunded_money: money,
  status: z.string().nullish(),
  source_type: z.string().nullish(),
  location_id: z.string().nullish(),
  order_id: z.string().nullish(),
  customer_id: z.string().nullish(),
  buyer_email_address: z.string().nullish(),
  refund_ids: z.array(z.string()).nullish(),
  processing_fee: z.array(z.object({ amount_money: money })).nullish(),
  receipt_number: z.string().nullish(),
});

/** PaymentRefund (ListPaymentRefunds). */
export const squareRefundSchema = z.object({
  id: z.string().min(1),
  created_at: rfc3339,
  updated_at: rfc3339,
  status: z.string().nullish(),
  location_id: z.string().nullish(),
  amount_money: money,
  payment_id: z.string().nullish(),
  order_id: z.string().nullish(),
  reason: z.string().nullish(),
});

/** Order (SearchOrders). Line-item quantities are decimal strings. */
export const squareOrderSchema = z.object({
  id: z.string().min(1),
  created_at: rfc3339,
  updated_at: rfc3339,
  closed_at: rfc3339.nullish(),
  location_id: z.string().nullish(),
  customer_id: z.string().nullish(),
  state: z.string().nullish(),
  version: z.number().int().nullish(),
  line_items: z
    .array(
      z.object({
        uid: z.string().nullish(),
        name: z.string().nullish(),
        quantity: z.string().nullish(),
        base_price_money: money,
        total_money: money,
      }),
    )
    .nullish(),
  total_money: money,
  total_tax_money: money,
  total_discount_money: money,
  total_tip_money: money,
});

/** Customer (SearchCustomers). */
export const squareCustomerSchema = z.object({
  id: z.string().min(1),
  created_at: rfc3339,
  updated_at: rfc3339,
  given_name: z.string().nullish(),
  family_name: z.string().nullish(),
  email_address: z.string().nullish(),
  phone_number: z.string().nullish(),
  reference_id: z.string().nullish(),
  birthday: z.string().nullish(),
  address: z.object({ postal_code: z.string().nullish(), country: z.string().nullish() }).nullish(),
  version: z.number().int().nullish(),
});

/** ListLocations response. */
export const squareLocationsResponseSchema = z.object({
  locations: z.array(z.object({ id: z.string().min(1), status: z.string().nullish() })).nullish(),
});
