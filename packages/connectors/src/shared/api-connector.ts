import { GrowthNavError, type NormalizeResult, normalize } from '@growthnav/conversions';
import type { z } from 'zod';
import type {
  Catalog,
  CheckResult,
  Connector,
  ConnectorInfo,
  ConnectorMessage,
  ConnectorNormalizeOptions,
  ReadOptions,
} from '../protocol.js';
import { type ConnectionConfig, DEFAULT_OVERLAP_MS } from './connection-config.js';
import { describeFields } from './describe-fields.js';
import { ConnectorError } from './errors.js';
import type { HttpClient } from './http-client.js';
import { type IncrementalStream, readIncremental, WHOLE_STREAM } from './read-incremental.js';

// biome-ignore lint/correctness/useYield: a generator that only throws, so read() fails on iteration.
async function* failing(error: unknown): AsyncGenerator<never> {
  throw error;
}

/** An API stream: the incremental declaration plus what discover and normalize need. */
export interface ApiStream extends IncrementalStream {
  description: string;
  /** @growthnav/conversions system id for `normalize`, e.g. `square.payments`. */
  systemId: string | null;
  /**
   * Overlap in cursor units when the cursor is not a time (a version feed
   * uses 0); time cursors use the connection's `overlapMs`.
   */
  overlap?: number | undefined;
}

/**
 * Base class of the vendor API connectors. A vendor supplies its info, spec,
 * streams, a cheap authenticated `probe()` for `check()`, and optionally
 * `partitions()`; reading, checkpoints, dedupe, discover and normalize are
 * shared. See ./README.md for adding a vendor.
 */
export abstract class ApiConnector<Config extends ConnectionConfig> implements Connector {
  abstract readonly info: ConnectorInfo;
  abstract readonly spec: z.ZodType;
  protected readonly config: Config;
  /** The connection's one HTTP client (one rate limiter, one token). */
  readonly client: HttpClient;

  constructor(config: Config, client: HttpClient) {
    this.config = config;
    this.client = client;
  }

  /** The streams of this connector, by name. */
  protected abstract get streams(): Readonly<Record<string, ApiStream>>;

  /** One cheap authenticated request; throws ApiCallError when auth or reachability fails. */
  protected abstract probe(signal?: AbortSignal): Promise<string>;

  /** Partition keys of a stream, read in this order (default: the whole stream). */
  protected async partitions(_stream: ApiStream, _signal?: AbortSignal): Promise<readonly string[]> {
    return [WHOLE_STREAM];
  }

  protected stream(name: string): ApiStream {
    const found = this.streams[name];
    if (!found) {
      throw new ConnectorError({
        code: 'UNKNOWN_STREAM',
        message: `${this.info.name} has no stream "${name}". Available: ${Object.keys(this.streams).join(', ')}.`,
      });
    }
    return found;
  }

  async check(): Promise<CheckResult> {
    try {
      return { ok: true, message: await this.probe() };
    } catch (error) {
      if (GrowthNavError.isInstance(error)) return { ok: false, code: error.code, message: error.message };
      return {
        ok: false,
        code: 'NETWORK_ERROR',
        message: `${this.info.name} check failed: ${(error as Error).message}`,
      };
    }
  }

  async discover(): Promise<Catalog> {
    return {
      streams: Object.values(this.streams).map((s) => ({
        name: s.name,
        description: s.description,
        ...describeFields(s.schema),
        primaryKey: [s.primaryKey],
        cursorField: [s.cursorField],
        syncMode: 'incremental' as const,
        systemId: s.systemId,
      })),
    };
  }

  read(streamName: string, options: ReadOptions = {}): AsyncGenerator<ConnectorMessage> {
    let stream: ApiStream;
    try {
      stream = this.stream(streamName);
    } catch (error) {
      // Errors surface when iterating, like every other read failure.
      return failing(error);
    }
    // Handed straight back (no wrapping generator): one async hop per message, not two.
    return readIncremental(this.client, stream, {
      state: options.state,
      partitions: () => this.partitions(stream, options.signal),
      overlap: stream.overlap ?? this.config.overlapMs ?? DEFAULT_OVERLAP_MS,
      signal: options.signal,
    });
  }

  normalize(
    streamName: string,
    records: Iterable<unknown>,
    options: ConnectorNormalizeOptions,
  ): NormalizeResult {
    const stream = this.stream(streamName);
    const system = options.mapping ?? stream.systemId;
    if (system === null) {
      throw new ConnectorError({
        code: 'UNKNOWN_STREAM',
        message: `${this.info.name} stream "${streamName}" has no default mapping in @growthnav/conversions; pass options.mapping.`,
      });
    }
    return normalize(system, records, {
      customerId: options.customerId,
      overrides: options.overrides,
      validate: options.validate,
    });
  }
}
