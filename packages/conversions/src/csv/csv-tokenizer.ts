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
const LF = 10;
const CR = 13;

/**
 * Incremental RFC 4180 tokenizer: feed text chunks, get complete records.
 * Lines without quotes take a fast `split`; quoted fields may hold delimiters,
 * doubled quotes and newlines, and may span chunks.
 */
export class CsvTokenizer {
  readonly #delimiter: string;
  #buffer = '';
  #line = 1;

  constructor(delimiter: string) {
    this.#delimiter = delimiter;
  }

  /** Adds text and returns the records it completes; `final` flushes the rest. */
  push(chunk: string, final = false, out: CsvLine[] = []): CsvLine[] {
    const text = this.#buffer === '' ? chunk : this.#buffer + chunk;
    const delimiter = this.#delimiter;
    let pos = 0;
    const length = text.length;
    while (pos < length) {
      const nl = text.indexOf('\n', pos);
      if (nl < 0 && !final) break;
      const end = nl < 0 ? length : nl;
      const quoteAt = text.indexOf('"', pos);
      if (quoteAt < 0 || quoteAt > end) {
        const lineEnd = end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
        const raw = text.slice(pos, lineEnd);
        out.push({ line: this.#line, fields: raw.split(delimiter), raw });
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
    const delimCode = delimiter.charCodeAt(0);
    const fields: string[] = [];
    let field = '';
    let i = start;
    let lines = 0;
    const length = text.length;
    while (true) {
      if (i < length && text.charCodeAt(i) === QUOTE) {
        // Quoted field: runs to the next quote not followed by another quote.
        const fieldStart = i;
        i++;
        let closed = false;
        while (i < length) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            field += text.slice(i);
            i = length;
            break;
          }
          field += text.slice(i, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            field += '"';
            i = q + 2;
          } else if (q + 1 >= length && !final) {
            return null; // cannot tell yet whether a doubled quote follows
          } else {
            i = q + 1;
            closed = true;
            break;
          }
        }
        if (!closed) {
          if (!final) return null;
          const raw = text.slice(start);
          return {
            record: { line: this.#line, fields: [...fields, field], raw, error: 'unterminated quoted field' },
            next: length,
          };
        }
        for (let k = fieldStart; k < i; k++) if (text.charCodeAt(k) === LF) lines++;
      }
      // Unquoted part (or text after a closing quote, kept leniently) up to a delimiter or newline.
      let j = i;
      while (j < length) {
        const c = text.charCodeAt(j);
        if (c === delimCode || c === LF) break;
        j++;
      }
      if (j >= length && !final) return null;
      let piece = text.slice(i, j);
      if (j < length && text.charCodeAt(j) === LF && piece.endsWith('\r')) piece = piece.slice(0, -1);
      else if (j >= length && piece.endsWith('\r')) piece = piece.slice(0, -1);
      field += piece;
      fields.push(field);
      field = '';
      if (j >= length || text.charCodeAt(j) === LF) {
        let rawEnd = j;
        if (rawEnd > start && text.charCodeAt(rawEnd - 1) === CR) rawEnd--;
        const record: CsvLine = { line: this.#line, fields, raw: text.slice(start, rawEnd) };
        this.#line += lines + 1;
        return { record, next: j + 1 };
      }
      i = j + 1;
    }
  }
}
