import { GrowthNavError } from '../errors.js';
import type { CsvLine } from './csv-tokenizer.js';

/** A row that could not be read as a record; nothing is dropped silently. */
export interface CsvIssue {
  /** 1-based line where the row starts. */
  line: number;
  reason: string;
  /** The row's text as read. */
  raw: string;
}

/** Makes header names unique: a repeated "Name" becomes "Name (2)". Blank headers become "column_<n>". */
export function uniqueColumns(header: readonly string[]): { columns: string[]; renamed: string[] } {
  const seen = new Map<string, number>();
  const renamed: string[] = [];
  const columns = header.map((raw, i) => {
    let name = raw.trim();
    if (name === '') {
      name = `column_${i + 1}`;
      renamed.push(`blank header ${i + 1} → "${name}"`);
    }
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    let candidate = `${name} (${count})`;
    while (seen.has(candidate)) candidate = `${candidate}′`;
    seen.set(candidate, 1);
    renamed.push(`duplicate "${name}" → "${candidate}"`);
    return candidate;
  });
  return { columns, renamed };
}

/** Builds row objects with one fixed shape per header, so V8 keeps them fast. */
export function rowFactory(
  columns: readonly string[],
): (fields: readonly string[]) => Record<string, string> {
  if (columns.length > 2000) {
    return (fields) => {
      const row: Record<string, string> = {};
      for (let i = 0; i < columns.length; i++) row[columns[i]!] = fields[i]!;
      return row;
    };
  }
  const body = `return {${columns.map((c, i) => `${JSON.stringify(c)}: f[${i}]`).join(',')}};`;
  return new Function('f', body) as (fields: readonly string[]) => Record<string, string>;
}

/** Turns tokenized lines into records keyed by header, and ragged lines into issues. */
export class CsvRowBuilder {
  columns: string[] | null = null;
  renamed: string[] = [];
  #make: ((fields: readonly string[]) => Record<string, string>) | null = null;

  constructor(columns?: readonly string[]) {
    if (columns) this.#setColumns(columns);
  }

  #setColumns(header: readonly string[]): void {
    const { columns, renamed } = uniqueColumns(header);
    this.columns = columns;
    this.renamed = renamed;
    this.#make = rowFactory(columns);
  }

  add(lines: readonly CsvLine[], rows: Record<string, string>[], issues: CsvIssue[]): void {
    for (const line of lines) {
      if (this.columns === null) {
        if (line.raw.trim() === '') continue;
        this.#setColumns(line.fields);
        continue;
      }
      if (line.error) {
        issues.push({ line: line.line, reason: line.error, raw: line.raw });
        continue;
      }
      const fields = line.fields;
      if (fields.length !== this.columns.length) {
        if (fields.length === 1 && fields[0]!.trim() === '') continue; // blank line
        issues.push({
          line: line.line,
          reason: `expected ${this.columns.length} fields, found ${fields.length}`,
          raw: line.raw,
        });
        continue;
      }
      rows.push(this.#make!(fields));
    }
  }
}

export function emptyInputError(): GrowthNavError {
  return new GrowthNavError({
    code: 'INVALID_CSV',
    message:
      'The CSV input is empty: there is no header row. Check that the export finished and the file is the right one.',
  });
}
