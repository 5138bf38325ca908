import { GrowthNavError } from '../errors.js';

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** How a delimited text file is written. */
export interface CsvDialect {
  delimiter: string;
  encoding: CsvEncoding;
  /** The file starts with a byte-order mark (removed before parsing). */
  bom: boolean;
}

const CANDIDATES = [',', ';', '\t', '|'] as const;
const SNIFF_LINES = 20;

/** Bytes of a byte-order mark at the start, and the encoding it names. */
export function detectBom(bytes: Uint8Array): { encoding: CsvEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Picks UTF-8 when the sample decodes strictly as UTF-8, else Windows-1252
 * (a superset of Latin-1 that exports from Excel and older POS systems use).
 * Rejects binary input: NUL bytes or many control characters.
 */
export function detectEncoding(sample: Uint8Array): CsvEncoding {
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      throw new GrowthNavError({
        code: 'INVALID_CSV',
        message:
          'The input has NUL bytes: it looks like a binary file (a spreadsheet or archive?), not CSV. Export it as CSV (UTF-8) and try again.',
      });
    }
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  // More than 1% control characters is not text anyone typed.
  if (sample.length > 0 && controls / sample.length > 0.01) {
    throw new GrowthNavError({
      code: 'INVALID_CSV',
      message:
        'The input is mostly control characters: it looks like a binary file, not CSV. Export it as CSV (UTF-8) and try again.',
    });
  }
  // A multi-byte character may be cut at the end of the sample; ignore up to 3 trailing bytes.
  let end = sample.length;
  while (end > 0 && end > sample.length - 3 && (sample[end - 1]! & 0xc0) === 0x80) end--;
  if (end > 0 && sample[end - 1]! >= 0xc0) end--;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Counts each candidate delimiter outside quotes, per line, over the first lines of the text. */
export function detectDelimiter(text: string): string {
  const counts: number[][] = CANDIDATES.map(() => []);
  let line = 0;
  let inQuotes = false;
  const perLine = CANDIDATES.map(() => 0);
  for (let i = 0; i < text.length && line < SNIFF_LINES; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || i === text.length - 1)) {
      if (ch !== '\n') {
        const k = CANDIDATES.indexOf(ch as (typeof CANDIDATES)[number]);
        if (k >= 0) perLine[k]!++;
      }
      perLine.forEach((n, k) => {
        counts[k]!.push(n);
        perLine[k] = 0;
      });
      line++;
    } else if (!inQuotes) {
      const k = CANDIDATES.indexOf(ch as (typeof CANDIDATES)[number]);
      if (k >= 0) perLine[k]!++;
    }
  }
  let best: string = ',';
  let bestScore = 0;
  CANDIDATES.forEach((candidate, k) => {
    const lines = counts[k]!.filter((_, i) => i < SNIFF_LINES);
    if (lines.length === 0 || lines[0] === 0) return;
    const header = lines[0]!;
    // Score: columns the header implies, weighted by the share of lines that agree.
    const agreeing = lines.filter((n) => n === header).length / lines.length;
    const score = header * agreeing * agreeing;
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  });
  return best;
}
