/** One parsed line: its fields, or why it could not be split. */
export interface CsvLine {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[];
  /** The record's text exactly as read, kept for quarantine. */
  raw: string;
  /** Set when the record is malformed (an unterminated quote at end of input). */
  error?: string;
}

const QUOTE = 34; // "
const CR = 13;

/**
 * Fields of one line from its text split on `"`: even parts are outside
 * quotes (split further on the delimiter), odd parts inside; an empty outside
 * part between two inside parts is an escaped quote (`""`).
 */
function splitQuotedParts(parts: string[], delimiter: string): string[] {
  const fields: string[] = [];
  let current = '';
  const last = parts.length - 1;
  for (let k = 0; k <= last; k++) {
    const part = parts[k]!;
    if (k % 2 === 1) {
      current += part;
    } else if (part === '' && k > 0 && k < last) {
      current += '"';
    } else if (part.indexOf(delimiter) < 0) {
      current += part;
    } else {
      const segments = part.split(delimiter);
      fields.push(current + segments[0]!);
      for (let i = 1; i < segments.length - 1; i++) fields.push(segments[i]!);
      current = segments[segments.length - 1]!;
    }
  }
  fields.push(current);
  return fields;
}

/**
 * Incremental RFC 4180 tokenizer: feed text chunks, get complete records.
 * Lines without quotes take a fast `split`; quoted fields may hold delimiters,
 * doubled quotes and newlines, and may span chunks.
 */
export class CsvTokenizer {
  readonly #delimiter: string;
  #buffer = '';
  #line = 1;

  /** `firstLine` numbers the first line of the input (for chunks cut from a larger file). */
  constructor(delimiter: string, firstLine = 1) {
    this.#delimiter = delimiter;
    this.#line = firstLine;
  }

  /** Adds text and returns the records it completes; `final` flushes the rest. */
  push(chunk: string, final = false, out: CsvLine[] = []): CsvLine[] {
    const text = this.#buffer === '' ? chunk : this.#buffer + chunk;
    const delimiter = this.#delimiter;
    let pos = 0;
    // Next quote at or after `pos`, found once and reused: searching per line
    // would rescan the rest of a quote-free chunk for every line.
    let nextQuote = text.indexOf('"');
    const length = text.length;
    while (pos < length) {
      const nl = text.indexOf('\n', pos);
      if (nl < 0 && !final) break;
      const end = nl < 0 ? length : nl;
      if (nextQuote >= 0 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
      const quoteAt = nextQuote;
      if (quoteAt < 0 || quoteAt > end) {
        const lineEnd = end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
        const raw = text.slice(pos, lineEnd);
        out.push({ line: this.#line, fields: raw.split(delimiter), raw });
        this.#line++;
        pos = end + 1;
        continue;
      }
      // Quotes balanced within the line: split natively on quotes, then on delimiters.
      const lineEnd = end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
      const raw = text.slice(pos, lineEnd);
      const parts = raw.split('"');
      if (parts.length % 2 === 1 && (nl >= 0 || final)) {
        out.push({ line: this.#line, fields: splitQuotedParts(parts, delimiter), raw });
        this.#line++;
        pos = end + 1;
        continue;
      }
      const parsed = this.#quoted(text, pos, final);
      if (!parsed) break; // the quoted field continues in the next chunk
      out.push(parsed.record);
      pos = parsed.next;
    }
    this.#buffer = pos < length ? text.slice(pos) : '';
    return out;
  }

  /** Parses one record that contains quotes, starting at `start`. Null when more input is needed. */
  #quoted(text: string, start: number, final: boolean): { record: CsvLine; next: number } | null {
    const delimiter = this.#delimiter;
    const fields: string[] = [];
    const length = text.length;
    let i = start;
    let lines = 0;
    // Next newline and delimiter positions, recomputed only once passed.
    let nextLf = text.indexOf('\n', i);
    let nextDelim = text.indexOf(delimiter, i);
    while (true) {
      let field = '';
      if (i < length && text.charCodeAt(i) === QUOTE) {
        // Quoted field: runs to the next quote not followed by another quote.
        i++;
        let closed = false;
        while (true) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            if (!final) return null;
            return {
              record: {
                line: this.#line,
                fields: [...fields, field + text.slice(i)],
                raw: text.slice(start),
                error: 'unterminated quoted field',
              },
              next: length,
            };
          }
          while (nextLf >= 0 && nextLf < q) {
            lines++;
            nextLf = text.indexOf('\n', nextLf + 1);
          }
          field += text.slice(i, q);
          if (q + 1 >= length && !final) return null; // a doubled quote may follow in the next chunk
          if (text.charCodeAt(q + 1) === QUOTE) {
            field += '"';
            i = q + 2;
          } else {
            i = q + 1;
            closed = true;
            break;
          }
        }
        if (!closed) return null;
        if (nextDelim >= 0 && nextDelim < i) nextDelim = text.indexOf(delimiter, i);
      }
      // Unquoted text (or text after a closing quote, kept leniently) up to a delimiter or newline.
      const atDelim = nextDelim >= 0 && (nextLf < 0 || nextDelim < nextLf);
      const j = atDelim ? nextDelim : nextLf >= 0 ? nextLf : length;
      if (j >= length && !final) return null;
      let piece = text.slice(i, j);
      if (!atDelim && piece.endsWith('\r')) piece = piece.slice(0, -1);
      fields.push(field + piece);
      if (!atDelim) {
        let rawEnd = j;
        if (rawEnd > start && text.charCodeAt(rawEnd - 1) === CR) rawEnd--;
        const record: CsvLine = { line: this.#line, fields, raw: text.slice(start, rawEnd) };
        this.#line += lines + 1;
        return { record, next: j + 1 };
      }
      i = j + 1;
      nextDelim = text.indexOf(delimiter, i);
    }
  }
}
