export type { CsvIssue } from './csv-rows.js';
export { uniqueColumns } from './csv-rows.js';
export { type CsvOptions, decodeCsvBytes, type ParsedCsv, parseCsv } from './parse-csv.js';
export { type CsvBatch, type CsvSource, type ReadCsvOptions, readCsv } from './read-csv.js';
export { type CsvDialect, type CsvEncoding, detectDelimiter, detectEncoding } from './sniff-csv.js';
