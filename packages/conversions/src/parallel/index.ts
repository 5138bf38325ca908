export {
  type NormalizeCsvFileOptions,
  type NormalizeCsvFileResult,
  normalizeCsvFile,
} from './normalize-csv-file.js';
export type { CreateNormalizeSink, NormalizeSink } from './worker-protocol.js';
