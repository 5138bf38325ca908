export {
  type BigCommerceSandboxOptions,
  startBigCommerceSandbox,
} from '../bigcommerce/bigcommerce-sandbox.js';
export {
  CLOVER_SANDBOX_MERCHANT_ID,
  type CloverSandbox,
  type CloverSandboxOptions,
  startCloverSandbox,
} from '../clover/clover-sandbox.js';
export {
  type HubspotSandbox,
  type HubspotSandboxOptions,
  startHubspotSandbox,
} from '../hubspot/hubspot-sandbox.js';
export { type LightspeedSandboxOptions, startLightspeedSandbox } from '../lightspeed/lightspeed-sandbox.js';
export { type SalesforceSandboxOptions, startSalesforceSandbox } from '../salesforce/salesforce-sandbox.js';
export { type ShopifySandboxOptions, startShopifySandbox } from '../shopify/shopify-sandbox.js';
export { type SquareSandboxOptions, startSquareSandbox } from '../square/square-sandbox.js';
export { startToastSandbox, type ToastSandbox, type ToastSandboxOptions } from '../toast/toast-sandbox.js';
export {
  startWooCommerceSandbox,
  type WooCommerceSandbox,
  type WooCommerceSandboxOptions,
} from '../woocommerce/woocommerce-sandbox.js';
export { startZohoSandbox, type ZohoSandboxOptions } from '../zoho/zoho-sandbox.js';
export { type CollectedMessages, collectMessages } from './collect-messages.js';
export { type Fault, FaultInjector, type FaultRule } from './faults.js';
export { isValidRefreshGrant, type SandboxOAuth } from './oauth-refresh-grant.js';
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
