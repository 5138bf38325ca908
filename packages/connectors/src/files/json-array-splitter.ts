/** One element of the records array, as text, with where it starts. */
export interface JsonElement {
  text: string;
  /** 1-based line of the element's first character. */
  line: number;
  /** 0-based position in the array. */
  index: number;
}

const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }
const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;

type Phase =
  | 'start' // before the top-level value
  | 'key' // in the top-level object, before a key
  | 'key-text' // inside a top-level key string
  | 'colon' // after a key, before ':'
  | 'value' // after ':', deciding whether this value is the records array
  | 'skip' // skipping a top-level value that is not the records array
  | 'between' // in the records array, between elements
  | 'element' // inside an element
  | 'done'; // the records array has ended

/**
 * Splits a JSON document into the elements of its records array, chunk by
 * chunk, without holding more than one element in memory: the document is
 * an array of records, or an object with the records array under
 * `recordsKey` (by default the first top-level key whose value is an
 * array). Element texts are parsed by the caller, so one broken record
 * fails alone. Strings and escapes are tracked so brackets inside text do
 * not count.
 */
export class JsonArraySplitter {
  readonly #recordsKey: string | undefined;
  #phase: Phase = 'start';
  #buffer = '';
  #pos = 0;
  #line = 1;
  #depth = 0;
  #inString = false;
  #escape = false;
  #start = -1;
  #startLine = 1;
  #index = 0;
  #key = '';
  #keyStart = 0;
  /** Set when the document is not an array or an object holding one. */
  error: string | null = null;

  constructor(recordsKey?: string) {
    this.#recordsKey = recordsKey;
  }

  /** Feeds text; returns the elements completed by it. */
  push(text: string): JsonElement[] {
    const out: JsonElement[] = [];
    if (this.#phase === 'done' || this.error) return out;
    this.#buffer += text;
    this.#scan(out);
    // Drop what is consumed; keep the element in progress.
    const keep =
      this.#phase === 'element' ? this.#start : this.#phase === 'key-text' ? this.#keyStart : this.#pos;
    if (keep > 0) {
      this.#buffer = this.#buffer.slice(keep);
      this.#pos -= keep;
      if (this.#start >= 0) this.#start -= keep;
      this.#keyStart -= keep;
    }
    return out;
  }

  /**
   * Ends the input. Returns the trailing element when the document ended
   * inside one (a truncated file), so the caller can quarantine it.
   */
  end(): { truncated: JsonElement | null; complete: boolean } {
    if (this.#phase === 'element') {
      const text = this.#buffer.slice(this.#start).trim();
      // A primitive (number, literal) ends at end of input only if the array was cut there.
      return { truncated: { text, line: this.#startLine, index: this.#index }, complete: false };
    }
    if (this.#phase === 'start' && this.error === null) this.error = 'the input is empty';
    return { truncated: null, complete: this.#phase === 'done' };
  }

  #emit(out: JsonElement[], end: number): void {
    out.push({ text: this.#buffer.slice(this.#start, end), line: this.#startLine, index: this.#index++ });
    this.#start = -1;
  }

  #scan(out: JsonElement[]): void {
    const b = this.#buffer;
    let i = this.#pos;
    const n = b.length;
    for (; i < n; i++) {
      const c = b.charCodeAt(i);
      if (this.#inString) {
        if (this.#escape) this.#escape = false;
        else if (c === BACKSLASH) this.#escape = true;
        else if (c === QUOTE) {
          this.#inString = false;
          if (this.#phase === 'key-text') {
            this.#key = JSON.parse(b.slice(this.#keyStart, i + 1)) as string;
            this.#phase = 'colon';
          } else if (this.#phase === 'element' && this.#depth === 0) {
            this.#emit(out, i + 1);
            this.#phase = 'between';
          }
        } else if (c === NEWLINE) this.#line++;
        continue;
      }
      if (c === NEWLINE) this.#line++;
      switch (this.#phase) {
        case 'start':
          if (isSpace(c)) break;
          if (c === OPEN_ARRAY && this.#recordsKey === undefined) this.#phase = 'between';
          else if (c === OPEN_OBJECT) this.#phase = 'key';
          else {
            this.error = 'expected a JSON array of records, or an object holding one';
            this.#pos = n;
            return;
          }
          break;
        case 'key':
          if (isSpace(c) || c === COMMA) break;
          if (c === QUOTE) {
            this.#phase = 'key-text';
            this.#keyStart = i;
            this.#inString = true;
          } else {
            this.error =
              c === CLOSE_OBJECT
                ? this.#recordsKey === undefined
                  ? 'the object holds no array of records'
                  : `the object has no "${this.#recordsKey}" array`
                : 'malformed object before the records array';
            this.#pos = n;
            return;
          }
          break;
        case 'colon':
          if (c === COLON) this.#phase = 'value';
          break;
        case 'value':
          if (isSpace(c)) break;
          if (c === OPEN_ARRAY && (this.#recordsKey === undefined || this.#recordsKey === this.#key)) {
            this.#phase = 'between';
            break;
          }
          this.#phase = 'skip';
          this.#depth = 0;
          i--; // re-read this character as the start of the skipped value
          break;
        case 'skip':
          if (c === QUOTE) this.#inString = true;
          else if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.#depth++;
          else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
            if (this.#depth === 0) {
              this.error =
                this.#recordsKey === undefined
                  ? 'the object holds no array of records'
                  : `the object has no "${this.#recordsKey}" array`;
              this.#pos = n;
              return;
            }
            this.#depth--;
          } else if (c === COMMA && this.#depth === 0) this.#phase = 'key';
          break;
        case 'between':
          if (isSpace(c) || c === COMMA) break;
          if (c === CLOSE_ARRAY) {
            this.#phase = 'done';
            this.#pos = n;
            return;
          }
          this.#phase = 'element';
          this.#start = i;
          this.#startLine = this.#line;
          this.#depth = 0;
          i--; // the element's first character is read in the element phase
          break;
        case 'element':
          if (c === QUOTE) this.#inString = true;
          else if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.#depth++;
          else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
            if (this.#depth === 0) {
              // `]` ending the array right after a primitive element.
              this.#emit(out, i);
              this.#phase = c === CLOSE_ARRAY ? 'done' : 'between';
              if (this.#phase === 'done') {
                this.#pos = n;
                return;
              }
              break;
            }
            this.#depth--;
            if (this.#depth === 0) {
              this.#emit(out, i + 1);
              this.#phase = 'between';
            }
          } else if (c === COMMA && this.#depth === 0) {
            this.#emit(out, i);
            this.#phase = 'between';
          }
          break;
        case 'key-text':
        case 'done':
          break;
      }
    }
    this.#pos = i;
  }
}
