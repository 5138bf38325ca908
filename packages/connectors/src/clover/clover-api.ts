import { z } from 'zod';

/*
 * Wire schemas of the Clover Platform API objects the connector reads. List
 * pages are `{"elements":[...]}`; expanded collections are `{ elements }`
 * too. Only what the sync and the default mappings (`clover.orders`,
 * `clover.payments`, `clover.customers` in @growthnav/conversions) rely on is
 * checked; every field is `.nullish()` except the primary key (`id`) and the
 * cursor (`modifiedTime`, epoch milliseconds). Records are delivered exactly
 * as Clover sent them.
 * Sources (shared/reference/vendor-apis.md §3):
 * https://docs.clover.com/docs/paginating-elements
 * https://docs.clover.com/docs/applying-filters
 * https://docs.clover.com/docs/payment-response-reference
 * Not confirmed by the reference: `total`, `modifiedTime`, the shape of the
 * customers expansion, and the customer's email/phone/address collections.
 */

/** Epoch milliseconds (`"createdTime": 1401286268000`). */
export const cloverTimeSchema = z.number().int().nonnegative();
const time = cloverTimeSchema.nullish();
/** Integer minor units (cents): `"total": 1358`. */
const cents = z.number().int().nullish();

/** A `{ elements: [...] }` expansion (nested collections are capped at 100 and not paginated). */
const elements = <T extends z.ZodType>(item: T) => z.object({ elements: z.array(item).nullish() }).nullish();
const reference = z.object({ id: z.string().nullish() }).nullish();

export const cloverOrderSchema = z.object({
  id: z.string().min(1),
  modifiedTime: cloverTimeSchema,
  createdTime: time,
  clientCreatedTime: time,
  currency: z.string().nullish(),
  total: cents,
  paymentState: z.string().nullish(),
  state: z.string().nullish(),
  lineItems: elements(
    z.object({
      id: z.string().nullish(),
      name: z.string().nullish(),
      price: cents,
      itemCode: z.string().nullish(),
    }),
  ),
  customers: elements(z.object({ id: z.string().nullish() })),
});

export const cloverPaymentSchema = z.object({
  id: z.string().min(1),
  modifiedTime: cloverTimeSchema,
  createdTime: time,
  clientCreatedTime: time,
  /** Amount in cents, tip excluded. */
  amount: cents,
  tipAmount: cents,
  taxAmount: cents,
  result: z.string().nullish(),
  order: reference,
  tender: z.object({ id: z.string().nullish(), label: z.string().nullish() }).nullish(),
  cardTransaction: z.object({ last4: z.string().nullish(), currency: z.string().nullish() }).nullish(),
  refunds: elements(z.object({ id: z.string().nullish(), amount: cents })),
  externalPaymentId: z.string().nullish(),
});

export const cloverCustomerSchema = z.object({
  id: z.string().min(1),
  modifiedTime: cloverTimeSchema,
  customerSince: time,
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  marketingAllowed: z.boolean().nullish(),
  emailAddresses: elements(z.object({ emailAddress: z.string().nullish() })),
  phoneNumbers: elements(z.object({ phoneNumber: z.string().nullish() })),
  addresses: elements(
    z.object({
      address1: z.string().nullish(),
      city: z.string().nullish(),
      state: z.string().nullish(),
      zip: z.string().nullish(),
      country: z.string().nullish(),
    }),
  ),
});

/** GET /v3/merchants/{mId}: what the probe reads. */
export const cloverMerchantSchema = z.object({ id: z.string().min(1), name: z.string().nullish() });
