import type { HttpClient, HttpRequest } from '../shared/http-client.js';

/**
 * A customer that was never edited after registering can come without a
 * `date_modified_gmt` (WooCommerce reads it from the user's `last_update`
 * meta, which only an edit writes; not confirmed by the reference). Its last
 * change is then its creation, so the time is taken from `date_created_gmt`
 * and the customer is synced instead of quarantined for a missing cursor.
 * Only answers of `customersPath` are touched, and only that one field.
 */
export function fillCustomerModified(client: HttpClient, customersPath: string): HttpClient {
  return {
    vendor: client.vendor,
    baseUrl: client.baseUrl,
    get stats() {
      return client.stats;
    },
    request<T>(request: HttpRequest<T>) {
      if (request.path !== customersPath) return client.request(request);
      return client.request<T>({
        ...request,
        parse: (body, response) => {
          if (Array.isArray(body)) {
            for (const customer of body) {
              if (customer && typeof customer === 'object') {
                const c = customer as Record<string, unknown>;
                if (c.date_modified_gmt == null && typeof c.date_created_gmt === 'string') {
                  c.date_modified_gmt = c.date_created_gmt;
                }
              }
            }
          }
          return request.parse ? request.parse(body, response) : (body as T);
        },
      });
    },
  };
}
