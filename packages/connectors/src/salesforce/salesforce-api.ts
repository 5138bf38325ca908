import { z } from 'zod';

/*
 * Wire schemas of the Salesforce records the connector reads through the REST
 * query resource. Only what the sync and the default mappings in
 * @growthnav/conversions (systems/vendors/salesforce) rely on is checked;
 * every field is `.nullish()` except the primary key (`Id`) and the cursor
 * (`SystemModstamp`). Records are delivered exactly as Salesforce sent them.
 *
 * Contract: /work/shared/reference/vendor-apis.md §8.
 * https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.md
 * Datetimes look like `2013-05-20T20:49:32.000+0000` (millis, offset without a colon);
 * dates are `YYYY-MM-DD`.
 */

const SF_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$/;

/** A Salesforce datetime (`2013-05-20T20:49:32.000+0000`). */
export const salesforceDateTimeSchema = z
  .string()
  .regex(SF_DATETIME, 'must be a Salesforce datetime like 2013-05-20T20:49:32.000+0000');

const dateTime = salesforceDateTimeSchema.nullish();
const text = z.string().nullish();
const flag = z.boolean().nullish();

/** `attributes` Salesforce puts on every query record. */
const attributes = z.object({ type: z.string().nullish(), url: z.string().nullish() }).nullish();

/** Opportunity (field reference: Id, AccountId, ContactId, Name, StageName, IsClosed, IsWon, Amount, CloseDate, …). */
export const salesforceOpportunitySchema = z.object({
  attributes,
  Id: z.string().min(1),
  SystemModstamp: salesforceDateTimeSchema,
  AccountId: text,
  ContactId: text,
  Name: text,
  StageName: text,
  IsClosed: flag,
  IsWon: flag,
  /** currency(18,2): a JSON number. */
  Amount: z.number().nullish(),
  /** Only in multi-currency orgs. */
  CurrencyIsoCode: text,
  CloseDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-12-31')
    .nullish(),
  CreatedDate: dateTime,
  LastModifiedDate: dateTime,
  LeadSource: text,
  Type: text,
});

/** Contact (fields per the reference's Contact list plus the standard mailing address). */
export const salesforceContactSchema = z.object({
  attributes,
  Id: z.string().min(1),
  SystemModstamp: salesforceDateTimeSchema,
  AccountId: text,
  FirstName: text,
  LastName: text,
  Email: text,
  Phone: text,
  MobilePhone: text,
  MailingStreet: text,
  MailingCity: text,
  MailingState: text,
  MailingPostalCode: text,
  MailingCountry: text,
  LeadSource: text,
  CreatedDate: dateTime,
  LastModifiedDate: dateTime,
});

/** Lead (standard Lead fields; "Lead is analogous but was not checked" in the reference). */
export const salesforceLeadSchema = z.object({
  attributes,
  Id: z.string().min(1),
  SystemModstamp: salesforceDateTimeSchema,
  FirstName: text,
  LastName: text,
  Email: text,
  Phone: text,
  MobilePhone: text,
  Company: text,
  Street: text,
  City: text,
  State: text,
  PostalCode: text,
  Country: text,
  Status: text,
  LeadSource: text,
  IsConverted: flag,
  ConvertedContactId: text,
  CreatedDate: dateTime,
  LastModifiedDate: dateTime,
});

/**
 * One batch of a query: `{ totalSize, done, nextRecordsUrl, records }`. When
 * `done` is false, `nextRecordsUrl` is fetched as given, with no parameters.
 * https://developer.salesforce.com/docs/platform/api-rest/guide/dome-query.md
 */
export const salesforceQueryPageSchema = z.object({
  totalSize: z.number().int().nullish(),
  done: z.boolean(),
  nextRecordsUrl: z.string().nullish(),
  records: z.array(z.unknown()),
});
export type SalesforceQueryPage = z.infer<typeof salesforceQueryPageSchema>;
