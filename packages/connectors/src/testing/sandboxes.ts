import { startBigCommerceSandbox } from '../bigcommerce/bigcommerce-sandbox.js';
import { startCloverSandbox } from '../clover/clover-sandbox.js';
import { startHubspotSandbox } from '../hubspot/hubspot-sandbox.js';
import { startLightspeedSandbox } from '../lightspeed/lightspeed-sandbox.js';
import { startSalesforceSandbox } from '../salesforce/salesforce-sandbox.js';
import { startShopifySandbox } from '../shopify/shopify-sandbox.js';
import { startSquareSandbox } from '../square/square-sandbox.js';
import { startToastSandbox } from '../toast/toast-sandbox.js';
import { startWooCommerceSandbox } from '../woocommerce/woocommerce-sandbox.js';
import { startZohoSandbox } from '../zoho/zoho-sandbox.js';
import type { SandboxFactory, VendorSandbox, VendorSandboxOptions } from './vendor-sandbox.js';

/**
 * The sandbox of each connector id. A new vendor adds its factory here
 * (see src/shared/README.md).
 */
export const sandboxes: Readonly<Record<string, SandboxFactory>> = {
  square: startSquareSandbox,
  toast: startToastSandbox,
  clover: startCloverSandbox,
  lightspeed: startLightspeedSandbox,
  shopify: startShopifySandbox,
  woocommerce: startWooCommerceSandbox,
  bigcommerce: startBigCommerceSandbox,
  salesforce: startSalesforceSandbox,
  hubspot: startHubspotSandbox,
  zoho: startZohoSandbox,
};

/** Connector ids that have a sandbox. */
export function listSandboxes(): string[] {
  return Object.keys(sandboxes).sort();
}

/** Starts the sandbox of a connector on 127.0.0.1; close it with `sandbox.close()`. */
export function startSandbox(vendor: string, options?: VendorSandboxOptions): Promise<VendorSandbox> {
  const factory = sandboxes[vendor];
  if (!factory) {
    throw new Error(`No sandbox for "${vendor}". Sandboxes: ${listSandboxes().join(', ')}.`);
  }
  return factory(options);
}
