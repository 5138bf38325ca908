import type { ConnectorInfo } from '../protocol.js';
import { ConnectorError } from '../shared/errors.js';
import { parseConfig } from '../shared/parse-config.js';
import {
  type FileBatch,
  FileConnector,
  type FileIssue,
  type FileSample,
  MAX_RAW_CHARS,
} from './file-connector.js';
import { type JsonSourceConfig, type JsonSourceConfigInput, jsonSourceConfigSchema } from './file-options.js';
import { JsonArraySplitter } from './json-array-splitter.js';
import { sampleFields } from './sample-fields.js';
import { textChunks } from './text-chunks.js';

export const jsonInfo: ConnectorInfo = {
  id: 'json',
  name: 'JSON file',
  category: 'file',
  authKind: 'none',
  credentialTypes: ['none'],
  streams: ['<file name>'],
  docs: 'https://www.rfc-editor.org/rfc/rfc8259',
};

const SAMPLE_RECORDS = 100;

/** Parses one element; an object is a record, anything else is an issue. */
export function parseRecord(
  text: string,
  line: number,
): { record: Record<string, unknown> } | { issue: FileIssue } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      issue: { reason: `invalid JSON: ${(error as Error).message}`, line, raw: text.slice(0, MAX_RAW_CHARS) },
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      issue: {
        reason: `a record must be a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
        line,
        raw: text.slice(0, MAX_RAW_CHARS),
      },
    };
  }
  return { record: value as Record<string, unknown> };
}

/**
 * A JSON file holding an array of records (or an object with the array
 * under `recordsKey`), streamed element by element at any size. An element
 * that is not valid JSON or not an object is quarantined with its line; a
 * file cut off inside a record quarantines that record.
 */
export class JsonSourceConnector extends FileConnector<JsonSourceConfig> {
  readonly info = jsonInfo;
  readonly spec = jsonSourceConfigSchema;

  protected async *batches(signal?: AbortSignal): AsyncGenerator<FileBatch> {
    const splitter = new JsonArraySplitter(this.config.recordsKey);
    let batch: FileBatch = { records: [], issues: [] };
    const take = (text: string, line: number) => {
      const parsed = parseRecord(text, line);
      if ('record' in parsed) batch.records.push(parsed.record);
      else batch.issues.push(parsed.issue);
    };
    for await (const chunk of textChunks(this.config, signal)) {
      for (const element of splitter.push(chunk)) {
        take(element.text, element.line);
        if (batch.records.length + batch.issues.length >= this.batchSize) {
          yield batch;
          batch = { records: [], issues: [] };
        }
      }
      if (splitter.error) break;
    }
    const { truncated, complete } = splitter.end();
    if (splitter.error) {
      throw new ConnectorError({
        code: 'INVALID_FILE',
        message: `${this.where()} is not readable as JSON records: ${splitter.error}. Pass recordsKey if the records sit under another key, or use the ndjson source for one record per line.`,
      });
    }
    if (truncated) {
      batch.issues.push({
        reason: 'the file ends inside this record (truncated file?)',
        line: truncated.line,
        raw: truncated.text.slice(0, MAX_RAW_CHARS),
      });
    } else if (!complete) {
      batch.issues.push({ reason: 'the file ends before the records array is closed (truncated file?)' });
    }
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
      summary: `Readable JSON: ${records.length}${records.length === SAMPLE_RECORDS ? '+' : ''} records sampled.`,
    };
  }
}

/** Validates the config and builds a JSON source. */
export function createJsonSource(config: JsonSourceConfigInput): JsonSourceConnector {
  return new JsonSourceConnector(parseConfig(jsonSourceConfigSchema, config, 'json'));
}
