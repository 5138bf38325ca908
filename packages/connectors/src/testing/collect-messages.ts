import type { ConnectorMessage } from '../protocol.js';

/** Every message of a read, split by kind (for tests and sandbox checks). */
export interface CollectedMessages {
  /** All messages, in order. */
  out: ConnectorMessage[];
  records: Record<string, unknown>[];
  quarantined: Extract<ConnectorMessage, { type: 'quarantine' }>[];
  states: Extract<ConnectorMessage, { type: 'state' }>['state'][];
  /** The last state message's state: where a resumed read would start. */
  last: Extract<ConnectorMessage, { type: 'state' }>['state'] | null;
  /** What the read threw, with `catchError`; null when it finished. */
  error: unknown;
}

/**
 * Reads a connector's messages to the end. A failing read rejects, unless
 * `catchError` is set: then the messages delivered before the failure come
 * back with the error, which is what resume tests need.
 */
export async function collectMessages(
  messages: AsyncIterable<ConnectorMessage>,
  options: { catchError?: boolean } = {},
): Promise<CollectedMessages> {
  const out: ConnectorMessage[] = [];
  let error: unknown = null;
  try {
    for await (const m of messages) out.push(m);
  } catch (e) {
    if (!options.catchError) throw e;
    error = e;
  }
  const records = out.flatMap((m) => (m.type === 'record' ? [m.data] : []));
  const quarantined = out.flatMap((m) => (m.type === 'quarantine' ? [m] : []));
  const states = out.flatMap((m) => (m.type === 'state' ? [m.state] : []));
  return { out, records, quarantined, states, last: states.at(-1) ?? null, error };
}
