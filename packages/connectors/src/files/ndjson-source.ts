import type { ConnectorInfo } from '../protocol.js';
import { parseConfig } from '../shared/parse-config.js';
import { type FileBatch, FileConnector, type FileSample } from './file-connector.js';
import {
  type NdjsonSourceConfig,
  type NdjsonSourceConfigInput,
  ndjsonSourceConfigSchema,
} from './file-options.js';
import { parseRecord } from './json-source.js';
import { sampleFields } from './sample-fields.js';
import { textChunks } from './text-chunks.js';

export const ndjsonInfo: ConnectorInfo = {
  id: 'ndjson',
  name: 'NDJSON file',
  category: 'file',
  authKind: 'none',
  credentialTypes: ['none'],
  streams: ['<file name>'],
  docs: 'https://github.com/ndjson/ndjson-spec',
};

const SAMPLE_RECORDS = 100;

/**
 * Newline-delimited JSON (one object per line; JSON Lines), streamed at any
 * size. Blank lines are skipped; a line that is not a JSON object is
 * quarantined with its line number and text.
 */
export class NdjsonSourceConnector extends FileConnector<NdjsonSourceConfig> {
  readonly info = ndjsonInfo;
  readonly spec = ndjsonSourceConfigSchema;

  protected async *batches(signal?: AbortSignal): AsyncGenerator<FileBatch> {
    let batch: FileBatch = { records: [], issues: [] };
    let rest = '';
    let line = 0;
    const take = (text: string) => {
      line++;
      const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
      if (trimmed.trim() === '') return;
      const parsed = parseRecord(trimmed, line);
      if ('record' in parsed) batch.records.push(parsed.record);
      else batch.issues.push(parsed.issue);
    };
    for await (const chunk of textChunks(this.config, signal)) {
      const text = rest + chunk;
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        take(text.slice(start, nl));
        start = nl + 1;
        if (batch.records.length + batch.issues.length >= this.batchSize) {
          yield batch;
          batch = { records: [], issues: [] };
        }
      }
      rest = text.slice(start);
    }
    if (rest !== '') take(rest);
    yield batch;
  }

  protected async sample(): Promise<FileSample> {
    const records: Record<string, unknown>[] = [];
    for await (const batch of this.batches()) {
      records.push(...batch.records.slice(0, SAMPLE_RECORDS - records.length));
      if (records.length >= SAMPLE_RECORDS) break;
    }
    return {
      fields: sampleFields(records),
      summary: `Readable NDJSON: ${records.length}${records.length === SAMPLE_RECORDS ? '+' : ''} records sampled.`,
    };
  }
}

/** Validates the config and builds an NDJSON source. */
export function createNdjsonSource(config: NdjsonSourceConfigInput): NdjsonSourceConnector {
  return new NdjsonSourceConnector(parseConfig(ndjsonSourceConfigSchema, config, 'ndjson'));
}
