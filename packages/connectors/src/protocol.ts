import type { FieldMapping, MappingOverrides, NormalizeResult } from '@growthnav/conversions';
import type { z } from 'zod';
import type { AuthKind } from './shared/auth.js';
import type { StreamState } from './shared/incremental-state.js';

/** What kind of system a connector reads. */
export const connectorCategories = ['pos', 'crm', 'ecommerce', 'loyalty', 'file'] as const;
export type ConnectorCategory = (typeof connectorCategories)[number];

/** A connector type as `listConnectors()` reports it. */
export interface ConnectorInfo {
  /** The id `createConnector` takes: `square`, `csv`, … */
  id: string;
  name: string;
  category: ConnectorCategory;
  /** The auth the vendor expects by default. */
  authKind: AuthKind;
  /** Every `credentials.type` the connector accepts. */
  credentialTypes: readonly AuthKind[];
  /** Stream names; `discover()` gives their fields. */
  streams: readonly string[];
  /** The vendor API documentation the connector follows. */
  docs: string;
}

export interface FieldDescriptor {
  name: string;
  /** JSON Schema type(s): `string`, `integer`, `object`, `array`, … joined with `|`. */
  type: string;
  nullable: boolean;
}

/** One stream of a connector, as `discover()` reports it. */
export interface StreamDescriptor {
  name: string;
  description: string;
  /** Top-level fields the wire schema checks; records carry more. */
  fields: FieldDescriptor[];
  /** JSON Schema of the checked part of a record. */
  jsonSchema: Record<string, unknown>;
  primaryKey: string[];
  /** Field the incremental sync filters on, or null for full refresh only. */
  cursorField: string[] | null;
  syncMode: 'incremental' | 'full_refresh';
  /** The @growthnav/conversions system whose default mapping `normalize` applies, if any. */
  systemId: string | null;
}

export interface Catalog {
  streams: StreamDescriptor[];
}

export type CheckResult =
  | { ok: true; message: string }
  | {
      ok: false;
      /** A connectorsErrorCodes value, e.g. AUTH_FAILED, NETWORK_ERROR. */
      code: string;
      /** What failed and how to fix it. */
      message: string;
    };

/** A record, exactly as the vendor sent it, after it passed the stream's wire schema. */
export interface RecordMessage {
  type: 'record';
  stream: string;
  data: Record<string, unknown>;
}

/** A file source's checkpoint: rows and issues already emitted, and the file it counted. */
export interface FileState {
  v: 1;
  kind: 'file';
  records: number;
  issues: number;
  fingerprint: string;
}

export type ConnectorState = StreamState | FileState;

/**
 * A checkpoint. It follows the records (and quarantines) it covers: store
 * them and this state together, and a run resumed from this state yields
 * everything after it exactly once.
 */
export interface StateMessage {
  type: 'state';
  stream: string;
  state: ConnectorState;
}

/**
 * A record that could not be read, kept with its reason instead of being
 * dropped or failing the sync. API streams: the record failed the wire
 * schema (`field` is the dotted path, `record` the record as sent). File
 * sources: a ragged CSV row or an unparsable JSON/NDJSON line (`line` is
 * 1-based, `raw` the text). Like records, quarantines come before the state
 * message that covers them.
 */
export interface QuarantineMessage {
  type: 'quarantine';
  stream: string;
  reason: string;
  field?: string | undefined;
  record?: unknown;
  line?: number | undefined;
  raw?: string | undefined;
}

export type ConnectorMessage = RecordMessage | StateMessage | QuarantineMessage;

export interface ReadOptions {
  /** The `state` of the last state message of this stream; omit for a full sync. */
  state?: ConnectorState | null | undefined;
  /** Stops the read; the last state message stays a valid resume point. */
  signal?: AbortSignal | undefined;
}

export interface ConnectorNormalizeOptions {
  /** Tenant the conversions belong to. */
  customerId: string;
  /** Changes on top of the default mapping. */
  overrides?: MappingOverrides | undefined;
  /** A mapping to use instead of the stream's system (e.g. from discovery, for files). */
  mapping?: FieldMapping | undefined;
  validate?: boolean | undefined;
}

/** The connector protocol (spec / check / discover / read, plus normalize). */
export interface Connector {
  readonly info: ConnectorInfo;
  /** The zod schema of this connector's config. */
  readonly spec: z.ZodType;
  /** Auth and reachability in one cheap call; never throws. */
  check(): Promise<CheckResult>;
  discover(): Promise<Catalog>;
  /** Records, quarantines and state checkpoints of one stream, oldest changes first where the vendor allows. */
  read(stream: string, options?: ReadOptions): AsyncIterable<ConnectorMessage>;
  /** Turns records of a stream into Conversions with the vendor's default mapping from @growthnav/conversions. */
  normalize(stream: string, records: Iterable<unknown>, options: ConnectorNormalizeOptions): NormalizeResult;
}
