import { z } from 'zod';

/*
 * Wire schemas of the Lightspeed Retail X-Series (formerly Vend) API 2.0
 * objects the connector reads. A list page is `{"data":[...],
 * "version":{"min","max"}}`. Only what the sync and the default mappings
 * (`lightspeed.sales`, `lightspeed.customers` in @growthnav/conversions) rely
 * on is checked; every field is `.nullish()` except the primary key (`id`)
 * and the cursor (`version`, the change counter). Records are delivered
 * exactly as Lightspeed sent them.
 * Sources (shared/reference/vendor-apis.md §4):
 * https://x-series-api.lightspeedhq.com/docs/pagination
 * Not confirmed from vendor docs: every sale and customer field name except
 * `id` and `version` (the reference's sale example is illustrative).
 */

/** The change counter: a global integer that increases on every change. */
export const lightspeedVersionSchema = z.number().int().nonnegative();

export const lightspeedSaleSchema = z.object({
  id: z.string().min(1),
  version: lightspeedVersionSchema,
  invoice_number: z.string().nullish(),
  status: z.string().nullish(),
  state: z.string().nullish(),
  customer_id: z.string().nullish(),
  outlet_id: z.string().nullish(),
  register_id: z.string().nullish(),
  sale_date: z.string().nullish(),
  /** Decimals in the retailer's currency (tax-exclusive total, per the mapping's reading). */
  total_price: z.number().nullish(),
  total_tax: z.number().nullish(),
  line_items: z
    .array(
      z.object({
        product_id: z.string().nullish(),
        quantity: z.number().nullish(),
        price: z.number().nullish(),
      }),
    )
    .nullish(),
});

export const lightspeedCustomerSchema = z.object({
  id: z.string().min(1),
  version: lightspeedVersionSchema,
  customer_code: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  mobile: z.string().nullish(),
  company_name: z.string().nullish(),
  date_of_birth: z.string().nullish(),
  physical_address_1: z.string().nullish(),
  physical_city: z.string().nullish(),
  physical_state: z.string().nullish(),
  physical_postcode: z.string().nullish(),
  physical_country_id: z.string().nullish(),
  created_at: z.string().nullish(),
});

/** The page envelope: records and the version range they cover (absent or null on an empty page). */
export const lightspeedPageSchema = z.object({
  data: z.array(z.unknown()),
  version: z.object({ min: z.number().nullish(), max: z.number().nullish() }).nullish(),
});
