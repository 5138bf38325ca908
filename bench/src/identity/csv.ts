import { readFileSync } from 'node:fs';

/**
 * Small CSV reader for the identity benchmark (RFC 4180 quoting, CRLF or LF,
 * fields trimmed so FEBRL's ", " separator reads cleanly). Reads the whole
 * file: benchmark inputs fit in memory.
 */
export function readCsvFile(path: string): { header: string[]; rows: string[][] } {
  const rows = [...csvRows(readFileSync(path, 'utf8'))];
  const header = (rows.shift() ?? []).map((h) => h.replace(/^\uFEFF/, ''));
  return { header, rows };
}

/**
 * The rows of CSV text, one at a time (header included), so a million-row
 * file is turned into records without holding every row. Blank lines are
 * skipped. A line without quotes or carriage returns is split natively; the
 * rest go through the quote-aware scanner.
 */
export function* csvRows(text: string): Generator<string[]> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = n;
    const line = text.slice(i, end);
    if (!line.includes('"') && !line.includes('\r')) {
      i = end + 1;
      if (line.trim() === '' && !line.includes(',')) continue;
      const row = line.split(',');
      for (let k = 0; k < row.length; k++) row[k] = row[k]!.trim();
      yield row;
      continue;
    }
    const [row, next] = scanRow(text, i);
    i = next;
    if (!(row.length === 1 && row[0] === '')) yield row;
  }
}

/** One row from `start`, with quotes, `""` escapes and CR/LF/CRLF line ends; returns it and where the next row starts. */
function scanRow(text: string, start: number): [string[], number] {
  const row: string[] = [];
  let field = '';
  let i = start;
  const n = text.length;
  let quoted = false;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      if (ch === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      const next = text.indexOf('"', i);
      const end = next < 0 ? n : next;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (ch === 34 && field.trim() === '') {
      quoted = true;
      field = '';
      i++;
      continue;
    }
    if (ch === 44) {
      row.push(field.trim());
      field = '';
      i++;
      continue;
    }
    if (ch === 10 || ch === 13) {
      row.push(field.trim());
      return [row, i + (ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1)];
    }
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 44 || c === 10 || c === 13 || c === 34) break;
      j++;
    }
    if (j === i) {
      field += text[i];
      i++;
    } else {
      field += text.slice(i, j);
      i = j;
    }
  }
  row.push(field.trim());
  return [row, n];
}

/** Quotes a CSV field when needed. */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
