import { GrowthNavError } from '@growthnav/conversions';
import { type CsvSource, readCsv } from '@growthnav/conversions/csv';
import type { ConnectorInfo } from '../protocol.js';
import { ConnectorError } from '../shared/errors.js';
import { parseConfig } from '../shared/parse-config.js';
import { type FileBatch, FileConnector, type FileSample } from './file-connector.js';
import { type CsvSourceConfig, type CsvSourceConfigInput, csvSourceConfigSchema } from './file-options.js';

export const csvInfo: ConnectorInfo = {
  id: 'csv',
  name: 'CSV file',
  category: 'file',
  authKind: 'none',
  credentialTypes: ['none'],
  streams: ['<file name>'],
  docs: 'https://www.rfc-editor.org/rfc/rfc4180',
};

// Rows read by check/discover to learn the columns.
const SAMPLE_ROWS = 100;

/**
 * A CSV export as a source: streamed at any size through
 * `readCsv` from @growthnav/conversions (delimiter, encoding and BOM sniffing,
 * quoted delimiters and newlines). Ragged rows and unterminated quotes are
 * emitted as quarantine messages with their line and raw text.
 */
export class CsvSourceConnector extends FileConnector<CsvSourceConfig> {
  readonly info = csvInfo;
  readonly spec = csvSourceConfigSchema;

  #source(): CsvSource {
    if (this.config.path !== undefined) return this.config.path;
    // readCsv reads a bare string as a file path; text goes in as one chunk.
    const data = this.config.data as string | Uint8Array;
    return typeof data === 'string' ? [data] : data;
  }

  #options() {
    return { delimiter: this.config.delimiter, encoding: this.config.encoding, columns: this.config.columns };
  }

  #wrap(error: unknown): never {
    if (GrowthNavError.isInstance(error) && error.code === 'INVALID_CSV') {
      throw new ConnectorError({
        code: 'INVALID_FILE',
        message: `${this.where()}: ${error.message}`,
        cause: error,
      });
    }
    if (GrowthNavError.isInstance(error)) throw error;
    throw new ConnectorError({
      code: 'INVALID_FILE',
      message: `Cannot read ${this.where()}: ${(error as Error).message}. Check the path and permissions.`,
      cause: error,
    });
  }

  protected async *batches(): AsyncGenerator<FileBatch> {
    try {
      for await (const batch of readCsv(this.#source(), { ...this.#options(), batchSize: this.batchSize })) {
        yield { records: batch.rows, issues: batch.issues };
      }
    } catch (error) {
      this.#wrap(error);
    }
  }

  protected async sample(): Promise<FileSample> {
    try {
      for await (const batch of readCsv(this.#source(), { ...this.#options(), maxRows: SAMPLE_ROWS })) {
        const { delimiter, encoding, bom } = batch.dialect;
        return {
          fields: batch.columns.map((name) => ({ name, type: 'string', nullable: true })),
          summary: `Readable CSV: ${batch.columns.length} columns, delimiter ${JSON.stringify(delimiter)}, ${encoding}${bom ? ' with BOM' : ''}.`,
        };
      }
    } catch (error) {
      this.#wrap(error);
    }
    throw new ConnectorError({ code: 'INVALID_FILE', message: `${this.where()} has no header row.` });
  }
}

/** Validates the config and builds a CSV source. */
export function createCsvSource(config: CsvSourceConfigInput): CsvSourceConnector {
  return new CsvSourceConnector(parseConfig(csvSourceConfigSchema, config, 'csv'));
}
