import type { Credentials } from '../shared/auth.js';
import type { SandboxServer } from './sandbox-server.js';
import type { SandboxStore } from './sandbox-store.js';

/** Options every vendor sandbox takes; vendors add their own. */
export interface VendorSandboxOptions {
  /** Seed of the generated data and of probabilistic faults (default 1). */
  seed?: number | undefined;
  /** Records of the main stream, or per stream. */
  records?: number | Readonly<Record<string, number>> | undefined;
  /** Delay before every response, in ms (default 0). */
  latencyMs?: number | undefined;
  /** Keep requests for assertions (default true). */
  recordRequests?: boolean | undefined;
  /** Clock of changes made through `store(...).touch` (default real time). */
  now?: (() => number) | undefined;
  port?: number | undefined;
}

/**
 * A running vendor sandbox: the server (url, recorded requests, faults) plus
 * the data behind each stream and credentials it accepts. The conformance
 * tests drive every vendor through this one interface.
 */
export interface VendorSandbox extends SandboxServer {
  readonly vendor: string;
  /** Credentials this sandbox accepts, ready for a connector config. */
  readonly credentials: Credentials;
  /** Streams with data, by connector stream name. */
  readonly streams: readonly string[];
  /** The data of a stream: mutate with `touch`, break with `corrupt`. */
  store(stream: string): SandboxStore<Record<string, unknown>>;
}

export type SandboxFactory = (options?: VendorSandboxOptions) => Promise<VendorSandbox>;
