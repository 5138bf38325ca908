import { createReadStream } from 'node:fs';

/** A run of complete CSV records cut from a file, with where it starts. */
export interface CsvChunk {
  bytes: Uint8Array;
  /** 1-based line number of the chunk's first line in the file. */
  firstLine: number;
}

const QUOTE = 0x22;
const LF = 0x0a;

function countByte(bytes: Uint8Array, byte: number, from: number, to: number): number {
  let count = 0;
  for (let i = bytes.indexOf(byte, from); i >= 0 && i < to; i = bytes.indexOf(byte, i + 1)) count++;
  return count;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Cuts a CSV file into runs of whole records, never inside a quoted field:
 * a chunk ends at the last newline before which the quotes are balanced.
 * Reads sequentially in `readSize` pieces, starting after `skipBytes`.
 */
export async function* splitCsvChunks(
  path: string,
  options: { skipBytes: number; firstLine: number; readSize: number },
): AsyncGenerator<CsvChunk> {
  let carry: Uint8Array = new Uint8Array(0);
  let carryQuotes = 0; // quotes in `carry`
  let line = options.firstLine;
  const stream = createReadStream(path, { start: options.skipBytes, highWaterMark: options.readSize });
  for await (const piece of stream as AsyncIterable<Uint8Array>) {
    const bytes: Uint8Array = carry.length === 0 ? piece : concat(carry, piece);
    const quotes: number = carryQuotes + countByte(bytes, QUOTE, carry.length, bytes.length);
    let cut = bytes.lastIndexOf(LF);
    let quotesAfterCut = cut < 0 ? quotes : countByte(bytes, QUOTE, cut + 1, bytes.length);
    // Walk back over newlines until the quotes before the cut are balanced.
    while (cut >= 0 && (quotes - quotesAfterCut) % 2 === 1) {
      const previous = cut === 0 ? -1 : bytes.lastIndexOf(LF, cut - 1);
      quotesAfterCut += countByte(bytes, QUOTE, previous + 1, cut + 1);
      cut = previous;
    }
    if (cut < 0) {
      carry = bytes;
      carryQuotes = quotes;
      continue;
    }
    const chunk = bytes.subarray(0, cut + 1);
    yield { bytes: chunk, firstLine: line };
    line += countByte(chunk, LF, 0, chunk.length);
    carry = Uint8Array.prototype.slice.call(bytes, cut + 1);
    carryQuotes = quotesAfterCut;
  }
  if (carry.length > 0) yield { bytes: carry, firstLine: line };
}
