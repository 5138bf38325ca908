import { z } from 'zod';

/*
 * Wire schemas of HubSpot CRM v3 objects as the search endpoint returns them:
 * `{ id, properties: { … string values … }, createdAt, updatedAt, archived }`.
 * Only what the sync and the default mappings in @growthnav/conversions
 * (systems/vendors/hubspot) rely on is checked; every field is `.nullish()`
 * except the id and the cursor (`updatedAt`). Records are delivered as sent.
 *
 * Contract: /work/shared/reference/vendor-apis.md §9.
 * https://developers.hubspot.com/docs/api-reference/2026-03/crm/search-the-crm
 * Property values are strings ("amount": "50000.00"); date properties are
 * ISO 8601 or epoch-ms strings; createdAt/updatedAt are ISO 8601.
 */

const iso = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp' });
const prop = z.string().nullish();

/** A contact (default properties createdate, email, firstname, hs_object_id, lastmodifieddate, lastname, plus requested ones). */
export const hubspotContactSchema = z.object({
  id: z.string().min(1),
  properties: z.object({
    email: prop,
    firstname: prop,
    lastname: prop,
    phone: prop,
    mobilephone: prop,
    company: prop,
    address: prop,
    city: prop,
    state: prop,
    zip: prop,
    country: prop,
    lifecyclestage: prop,
    hs_analytics_source: prop,
    createdate: prop,
    lastmodifieddate: prop,
    hs_object_id: prop,
  }),
  createdAt: iso.nullish(),
  updatedAt: iso,
  archived: z.boolean().nullish(),
});

/**
 * A deal. `associations.contacts.results[*].id` is the shape the list
 * endpoint gives with `associations=contacts` (the mapping reads the first);
 * the connector fills it from the v4 associations batch read, because the
 * search endpoint returns no associations.
 */
export const hubspotDealSchema = z.object({
  id: z.string().min(1),
  properties: z.object({
    amount: prop,
    closedate: prop,
    createdate: prop,
    dealname: prop,
    dealstage: prop,
    pipeline: prop,
    deal_currency_code: prop,
    hs_lastmodifieddate: prop,
    hs_object_id: prop,
  }),
  associations: z
    .object({
      contacts: z
        .object({ results: z.array(z.object({ id: z.string(), type: z.string().nullish() })) })
        .nullish(),
    })
    .nullish(),
  createdAt: iso.nullish(),
  updatedAt: iso,
  archived: z.boolean().nullish(),
});

/** A search page: `{ total, results, paging.next.after }`. */
export const hubspotSearchPageSchema = z.object({
  total: z.number().int().nullish(),
  results: z.array(z.unknown()),
  paging: z.object({ next: z.object({ after: z.string(), link: z.string().nullish() }).nullish() }).nullish(),
});

/**
 * v4 associations batch read: `{ status, results: [{ from: { id }, to: [{ toObjectId, associationTypes }] }] }`.
 * https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associate-records/batch/get-associations
 */
export const hubspotAssociationsBatchSchema = z.object({
  status: z.string().nullish(),
  results: z.array(
    z.object({
      from: z.object({ id: z.string() }),
      to: z.array(
        z.object({
          toObjectId: z.union([z.string(), z.number()]),
          associationTypes: z
            .array(z.object({ typeId: z.number().nullish(), label: z.string().nullish() }))
            .nullish(),
        }),
      ),
    }),
  ),
});
