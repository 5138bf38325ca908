/**
 * Runs the Square sandbox in its own process, so the benchmark's RSS is the
 * sync client's alone. Started by ../sync.ts with fork(); replies over IPC
 * with its URL and the checksum of the payment ids it serves.
 */
import { startSquareSandbox } from '@growthnav/connectors/testing';
import { addId, type Checksum } from './checksum.ts';

const [records, seed, locations, latencyMs] = process.argv.slice(2).map(Number);
const started = performance.now();
const sandbox = await startSquareSandbox({
  records: { payments: records ?? 100_000, orders: 0, customers: 1_000 },
  seed: seed ?? 1,
  locations: locations ?? 1,
  latencyMs: latencyMs ?? 0,
  recordRequests: false,
});
const checksum: Checksum = { count: 0, sum: 0 };
const payments = sandbox.store('payments');
for (const payment of payments.all()) {
  addId(checksum, payment.id as string);
  payments.bytes(payment); // serialise up front: the benchmark measures the client, not JSON.stringify in the sandbox
}
process.send?.({ url: sandbox.url, checksum, generatedMs: performance.now() - started });
process.on('message', async (message) => {
  if (message === 'close') {
    await sandbox.close();
    process.exit(0);
  }
});
