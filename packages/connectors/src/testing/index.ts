export { type SquareSandboxOptions, startSquareSandbox } from '../square/square-sandbox.js';
export { type Fault, FaultInjector, type FaultRule } from './faults.js';
export {
  type RouteHandler,
  type SandboxErrorReplies,
  type SandboxReply,
  type SandboxRequest,
  type SandboxRoute,
  type SandboxServer,
  type SandboxServerOptions,
  startSandboxServer,
} from './sandbox-server.js';
export {
  compareKeys,
  decodeCursor,
  encodeCursor,
  jsonPage,
  type KeysetOptions,
  type KeysetPage,
  keysetPage,
  SandboxStore,
  type SandboxStoreOptions,
  type SortKey,
} from './sandbox-store.js';
export { listSandboxes, sandboxes, startSandbox } from './sandboxes.js';
export { type SeededRandom, seededRandom } from './seeded-random.js';
export type { SandboxFactory, VendorSandbox, VendorSandboxOptions } from './vendor-sandbox.js';
