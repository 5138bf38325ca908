import type { ConnectorMessage } from '../protocol.js';
import { shopifyRefundSchema } from './shopify-api.js';

/**
 * Turns the messages of the order query behind the refunds stream into
 * refund messages. Shopify REST has no shop-wide refunds list (only
 * `orders/{id}/refunds.json`), but every order carries its `refunds[]`, and
 * creating a refund updates the order, so the stream reads orders by
 * `updated_at` and hands out the refunds inside them, as Shopify sent them.
 *
 * - Each refund is checked on its own; a bad one is quarantined and the rest
 *   of the order's refunds continue.
 * - State messages pass through unchanged: they come after every refund of
 *   the orders they cover, so the caller stores refunds and state together.
 * - A refund is delivered once per run even if its order is read twice (an
 *   order updated during the run comes back on a later page). A later run
 *   that reads the order again because it changed delivers its refunds
 *   again, unchanged: downstream upserts by refund id absorb the repeat.
 */
export async function* flattenShopifyRefunds(
  orders: AsyncIterable<ConnectorMessage>,
): AsyncGenerator<ConnectorMessage> {
  const delivered = new Set<string>();
  for await (const message of orders) {
    if (message.type !== 'record') {
      yield message;
      continue;
    }
    const refunds = message.data.refunds;
    if (!Array.isArray(refunds)) continue;
    for (const refund of refunds) {
      const checked = shopifyRefundSchema.safeParse(refund);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        yield {
          type: 'quarantine',
          stream: message.stream,
          field: issue?.path.join('.') || '(record)',
          reason: issue?.message ?? 'failed the refund wire schema',
          record: refund,
        };
        continue;
      }
      const key = String(checked.data.id);
      if (delivered.has(key)) continue;
      delivered.add(key);
      yield { type: 'record', stream: message.stream, data: refund as Record<string, unknown> };
    }
  }
}
