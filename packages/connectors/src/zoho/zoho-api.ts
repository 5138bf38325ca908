import { z } from 'zod';

/*
 * Wire schemas of Zoho CRM v7 records (`GET /crm/v7/{module}?fields=…`,
 * `data[*]`). Only what the sync and the default mappings in
 * @growthnav/conversions (systems/vendors/zoho) rely on is checked; every
 * field is `.nullish()` except `id` and the cursor (`Modified_Time`).
 * Records are delivered exactly as Zoho sent them.
 *
 * Contract: /work/shared/reference/vendor-apis.md §10.
 * https://www.zoho.com/crm/developer/docs/api/v7/get-records.html
 * Datetimes are ISO 8601 with an offset (`2022-11-21T15:12:13+05:30`);
 * currency fields are JSON numbers; lookups are `{ id, name }`.
 */

const dateTime = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 datetime like 2022-11-21T15:12:13+05:30',
});
const text = z.string().nullish();
const lookup = z.object({ id: z.string().nullish(), name: z.string().nullish() }).nullish();

/** A Contacts record. */
export const zohoContactSchema = z.object({
  id: z.string().min(1),
  Modified_Time: dateTime,
  Created_Time: dateTime.nullish(),
  First_Name: text,
  Last_Name: text,
  Email: text,
  Phone: text,
  Mobile: text,
  Mailing_Street: text,
  Mailing_City: text,
  Mailing_State: text,
  Mailing_Zip: text,
  Mailing_Country: text,
  Account_Name: lookup,
  Lead_Source: text,
});

/** A Deals record (`Stage` and the `Contact_Name` lookup shape are unconfirmed, reference §10). */
export const zohoDealSchema = z.object({
  id: z.string().min(1),
  Modified_Time: dateTime,
  Created_Time: dateTime.nullish(),
  Deal_Name: text,
  Amount: z.number().nullish(),
  Currency: text,
  $currency_symbol: text,
  Stage: text,
  Closing_Date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2018-10-09')
    .nullish(),
  Contact_Name: lookup,
  Account_Name: lookup,
  Lead_Source: text,
});

/**
 * A records page: `{ data, info: { per_page, count, page, sort_by, sort_order,
 * more_records, next_page_token, previous_page_token, page_token_expiry } }`.
 */
export const zohoRecordsPageSchema = z.object({
  data: z.array(z.unknown()),
  info: z
    .object({
      per_page: z.number().nullish(),
      count: z.number().nullish(),
      page: z.number().nullish(),
      more_records: z.boolean().nullish(),
      next_page_token: z.string().nullish(),
      page_token_expiry: z.string().nullish(),
    })
    .nullish(),
});
export type ZohoRecordsPage = z.infer<typeof zohoRecordsPageSchema>;
