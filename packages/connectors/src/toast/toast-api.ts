import { z } from 'zod';

/*
 * Wire schemas of the Toast objects the connector reads (ordersBulk returns a
 * bare JSON array of Order objects). Only what the sync and the default
 * mapping `toast.orders` in @growthnav/conversions rely on is checked; every
 * field is `.nullish()` except the primary key (`guid`) and the cursor
 * (`modifiedDate`). Records are delivered exactly as Toast sent them.
 * Sources (shared/reference/vendor-apis.md §2):
 * https://doc.toasttab.com/openapi/orders/tag/Data-definitions/schema/Order
 * https://doc.toasttab.com/openapi/orders/tag/Data-definitions/schema/Check
 * https://doc.toasttab.com/openapi/orders/tag/Data-definitions/schema/Customer/
 * https://doc.toasttab.com/openapi/orders/tag/Data-definitions/schema/Payment/
 */

/**
 * Toast writes ISO 8601 with milliseconds and a numeric offset without a
 * colon (`2025-02-07T08:00:00.000-0800`); `Z` and `+hh:mm` are accepted too.
 */
export const TOAST_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$/;

export const toastTimestampSchema = z
  .string()
  .regex(TOAST_TIME, 'must be an ISO 8601 time like 2025-02-07T08:00:00.000-0800')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be a real date and time');

/** Money is a decimal number in the restaurant currency (not minor units). */
const amount = z.number().nullish();

/** Check.customer: email "is the key that identifies a unique restaurant guest". */
export const toastCustomerSchema = z.object({
  guid: z.string().nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  phoneCountryCode: z.string().nullish(),
});

/** Selection (a line of a check). `displayName`, `price` and `receiptLinePrice` are not confirmed by the reference. */
const selectionSchema = z.object({
  guid: z.string().nullish(),
  displayName: z.string().nullish(),
  quantity: z.number().nullish(),
  price: amount,
  receiptLinePrice: amount,
});

/** Payment on a check; a refund carries `refundAmount` and `tipRefundAmount`. */
const paymentSchema = z.object({
  guid: z.string().nullish(),
  type: z.string().nullish(),
  amount,
  tipAmount: amount,
  refundStatus: z.string().nullish(),
  refund: z.object({ refundAmount: amount, tipRefundAmount: amount }).nullish(),
});

export const toastCheckSchema = z.object({
  guid: z.string().nullish(),
  displayNumber: z.string().nullish(),
  amount,
  taxAmount: amount,
  totalAmount: amount,
  paymentStatus: z.string().nullish(),
  customer: toastCustomerSchema.nullish(),
  selections: z.array(selectionSchema).nullish(),
  payments: z.array(paymentSchema).nullish(),
});

/** Order (ordersBulk). `businessDate` is an integer yyyyMMdd. */
export const toastOrderSchema = z.object({
  guid: z.string().min(1),
  modifiedDate: toastTimestampSchema,
  openedDate: z.string().nullish(),
  createdDate: z.string().nullish(),
  closedDate: z.string().nullish(),
  businessDate: z.number().int().nullish(),
  voided: z.boolean().nullish(),
  deleted: z.boolean().nullish(),
  checks: z.array(toastCheckSchema).nullish(),
});

export type ToastOrder = z.infer<typeof toastOrderSchema>;
