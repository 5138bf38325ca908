import { startSquareSandbox } from '../square/square-sandbox.js';
import type { SandboxFactory, VendorSandbox, VendorSandboxOptions } from './vendor-sandbox.js';

/**
 * The sandbox of each connector id. A new vendor adds its factory here
 * (see src/shared/README.md).
 */
export const sandboxes: Readonly<Record<string, SandboxFactory>> = {
  square: startSquareSandbox,
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
