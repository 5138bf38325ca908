import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { GrowthNavError, type NormalizeResult, normalize } from '@growthnav/conversions';
import type { z } from 'zod';
import type {
  Catalog,
  CheckResult,
  Connector,
  ConnectorInfo,
  ConnectorMessage,
  ConnectorNormalizeOptions,
  FieldDescriptor,
  FileState,
  ReadOptions,
} from '../protocol.js';
import { ConnectorError } from '../shared/errors.js';
import type { FileSourceConfig } from './file-options.js';

/** A row that could not be read, in file order. */
export interface FileIssue {
  reason: string;
  line?: number | undefined;
  raw?: string | undefined;
}

/** Rows and issues of one stretch of the file, each in file order. */
export interface FileBatch {
  records: Record<string, unknown>[];
  issues: FileIssue[];
}

/** What a sample of the file says, for check and discover. */
export interface FileSample {
  fields: FieldDescriptor[];
  /** One line for `check()`: what was found. */
  summary: string;
}

// Raw text kept with a quarantined row: enough to see the problem, bounded for huge lines.
export const MAX_RAW_CHARS = 2_000;
export const DEFAULT_FILE_BATCH = 1_000;

/**
 * Base of the file sources (category `file`). A subclass yields the file's
 * rows and unreadable rows in batches; this class adds the protocol: a
 * state after every batch counting rows and issues emitted, resume by
 * skipping that many of each (the file must be unchanged: its size and
 * modification time are in the state), quarantine messages, discover from
 * a sample, and normalize with the configured system or mapping.
 */
export abstract class FileConnector<Config extends FileSourceConfig> implements Connector {
  abstract readonly info: ConnectorInfo;
  abstract readonly spec: z.ZodType;
  protected readonly config: Config;
  /** The one stream of this source. */
  readonly streamName: string;

  constructor(config: Config) {
    this.config = config;
    this.streamName =
      config.stream ?? (config.path ? basename(config.path, extname(config.path)) || 'records' : 'records');
  }

  /** Rows and issues in file order, in batches of about `batchSize`. */
  protected abstract batches(signal?: AbortSignal): AsyncIterable<FileBatch>;

  /** Reads the start of the file; throws ConnectorError INVALID_FILE when it cannot be read. */
  protected abstract sample(): Promise<FileSample>;

  protected get batchSize(): number {
    return this.config.batchSize ?? DEFAULT_FILE_BATCH;
  }

  protected where(): string {
    return this.config.path ?? `the ${this.info.id.toUpperCase()} data`;
  }

  async #fingerprint(): Promise<string> {
    if (this.config.path !== undefined) {
      try {
        const s = await stat(this.config.path);
        return `size:${s.size};mtime:${Math.trunc(s.mtimeMs)}`;
      } catch (cause) {
        throw new ConnectorError({
          code: 'INVALID_FILE',
          message: `Cannot read ${this.config.path}: ${(cause as Error).message}. Check the path and permissions.`,
          cause,
        });
      }
    }
    const data = this.config.data ?? '';
    return `data:${data.length};sha1:${createHash('sha1').update(data).digest('hex').slice(0, 16)}`;
  }

  #stream(name: string): void {
    if (name !== this.streamName) {
      throw new ConnectorError({
        code: 'UNKNOWN_STREAM',
        message: `This ${this.info.name} source has one stream, "${this.streamName}", not "${name}".`,
      });
    }
  }

  async check(): Promise<CheckResult> {
    try {
      await this.#fingerprint();
      return { ok: true, message: (await this.sample()).summary };
    } catch (error) {
      if (GrowthNavError.isInstance(error)) return { ok: false, code: error.code, message: error.message };
      return {
        ok: false,
        code: 'INVALID_FILE',
        message: `Cannot read ${this.where()}: ${(error as Error).message}`,
      };
    }
  }

  async discover(): Promise<Catalog> {
    const { fields } = await this.sample();
    const properties: Record<string, unknown> = {};
    for (const f of fields) {
      const types = f.type.split('|');
      properties[f.name] = { type: f.nullable ? [...types, 'null'] : types.length === 1 ? types[0] : types };
    }
    return {
      streams: [
        {
          name: this.streamName,
          description: `Rows of ${this.where()}.`,
          fields,
          jsonSchema: { type: 'object', properties },
          primaryKey: this.config.primaryKey ? [this.config.primaryKey] : [],
          cursorField: null,
          syncMode: 'full_refresh',
          systemId: typeof this.config.system === 'string' ? this.config.system : null,
        },
      ],
    };
  }

  async *read(stream: string, options: ReadOptions = {}): AsyncGenerator<ConnectorMessage> {
    this.#stream(stream);
    const fingerprint = await this.#fingerprint();
    const resume = this.#resumeFrom(options.state, fingerprint);
    let records = 0;
    let issues = 0;
    for await (const batch of this.batches(options.signal)) {
      let emitted = false;
      for (const issue of batch.issues) {
        if (++issues <= resume.issues) continue;
        emitted = true;
        yield {
          type: 'quarantine',
          stream,
          reason: issue.reason,
          ...(issue.line !== undefined ? { line: issue.line } : {}),
          ...(issue.raw !== undefined ? { raw: issue.raw.slice(0, MAX_RAW_CHARS) } : {}),
        };
      }
      for (const record of batch.records) {
        if (++records <= resume.records) continue;
        emitted = true;
        yield { type: 'record', stream, data: record };
      }
      if (emitted)
        yield { type: 'state', stream, state: { v: 1, kind: 'file', records, issues, fingerprint } };
    }
  }

  #resumeFrom(state: unknown, fingerprint: string): { records: number; issues: number } {
    if (state === undefined || state === null) return { records: 0, issues: 0 };
    const s = state as Partial<FileState>;
    if (s.v !== 1 || s.kind !== 'file' || typeof s.records !== 'number' || typeof s.issues !== 'number') {
      throw new ConnectorError({
        code: 'INVALID_STATE',
        message: `The state passed to read("${this.streamName}") is not a file-source state; pass the state of the last state message, or none to read from the start.`,
      });
    }
    if (s.fingerprint !== fingerprint) {
      throw new ConnectorError({
        code: 'STATE_MISMATCH',
        message: `${this.where()} changed since the state was saved (${s.fingerprint} → ${fingerprint}); resuming could skip or repeat rows. Read it again without state.`,
      });
    }
    return { records: s.records, issues: s.issues };
  }

  normalize(stream: string, records: Iterable<unknown>, options: ConnectorNormalizeOptions): NormalizeResult {
    this.#stream(stream);
    const system = options.mapping ?? this.config.system;
    if (system === undefined) {
      throw new ConnectorError({
        code: 'INVALID_CONFIG',
        message: `A ${this.info.name} source needs to know how its rows map to conversions: pass { system } (a system id like "square-csv.transactions" or a FieldMapping from discovery) in the config, or options.mapping.`,
      });
    }
    return normalize(system, records, {
      customerId: options.customerId,
      overrides: options.overrides,
      validate: options.validate,
    });
  }
}
