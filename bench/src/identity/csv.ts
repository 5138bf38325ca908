import { readFileSync } from 'node:fs';

/**
 * Small CSV reader for the identity benchmark (RFC 4180 quoting, CRLF or LF,
 * fields trimmed so FEBRL's ", " separator reads cleanly). Reads the whole
 * file: benchmark inputs fit in memory.
 */
export function readCsvFile(path: string): { header: string[]; rows: string[][] } {
  const text = readFileSync(path, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
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
      field = '';
      if (!(row.length === 1 && row[0] === '')) rows.push(row);
      row = [];
      i += ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
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
  if (field !== '' || row.length > 0) {
    row.push(field.trim());
    rows.push(row);
  }
  const header = (rows.shift() ?? []).map((h) => h.replace(/^\uFEFF/, ''));
  return { header, rows };
}

/** Quotes a CSV field when needed. */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
