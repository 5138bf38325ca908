import { GrowthNavError } from '@growthnav/conversions';
import { describe, expect, test } from 'vitest';
import { suggestMappings } from '../match/suggest-mappings.js';
import { generateReview } from '../review/generate-review.js';
import { profileCsv } from './profile-csv.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
}

describe('profileCsv: bad input gives a result or a clear error, never a crash or a hang', () => {
  test.each([
    ['an empty file', new Uint8Array(0)],
    ['whitespace only', utf8(' \n\n  \n')],
    ['binary garbage', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)],
  ])('%s is rejected with INVALID_CSV', async (_name, bytes) => {
    const error = await profileCsv(bytes).catch((e: unknown) => e);
    expect(GrowthNavError.isInstance(error)).toBe(true);
    expect((error as GrowthNavError).code).toBe('INVALID_CSV');
    expect((error as Error).message.length).toBeGreaterThan(20);
  });

  test('a header-only file gives empty profiles that still match by header', async () => {
    const { columns, rowCount } = await profileCsv(utf8('Order ID,Email,Total\n'));
    expect(rowCount).toBe(0);
    expect(columns.map((c) => [c.name, c.inferredType])).toEqual([
      ['Order ID', 'empty'],
      ['Email', 'empty'],
      ['Total', 'empty'],
    ]);
    const suggestions = suggestMappings(columns);
    expect(suggestions.map((s) => s.targetField)).toEqual(['transaction_id', 'email', 'value']);
    expect(suggestions.every((s) => s.confidence < 0.9)).toBe(true);
    expect(generateReview(suggestions).rows).toHaveLength(3);
  });

  test('one column', async () => {
    const { columns } = await profileCsv(utf8('contact\nava@example.com\nli@example.org\n'));
    expect(columns).toHaveLength(1);
    expect(suggestMappings(columns)[0]!.targetField).toBe('email');
  });

  test('an all-null column', async () => {
    const { columns } = await profileCsv(utf8('id,notes\n1,\n2,\n3,NULL\n'));
    expect(columns[1]).toMatchObject({ inferredType: 'empty', nullCount: 2, blankCount: 1, nonNullCount: 0 });
  });

  test('5,000 columns', async () => {
    const header = Array.from({ length: 5000 }, (_, i) => `field_${i}`);
    const rows = Array.from({ length: 5 }, (_, r) => header.map((_, i) => String(r * i)).join(','));
    const { columns } = await profileCsv(utf8(`${header.join(',')}\n${rows.join('\n')}\n`));
    expect(columns).toHaveLength(5000);
    expect(columns[4999]).toMatchObject({ name: 'field_4999', rowCount: 5, inferredType: 'integer' });
    const suggestions = suggestMappings(columns);
    expect(suggestions).toHaveLength(5000);
  });

  test('duplicate headers are made unique', async () => {
    const { columns } = await profileCsv(utf8('Name,Name,Email\na,b,c@d.com\n'));
    expect(columns.map((c) => c.name)).toEqual(['Name', 'Name (2)', 'Email']);
    expect(columns[1]!.sampleValues).toEqual(['b']);
  });

  test('Latin-1 text and a semicolon delimiter', async () => {
    const { columns, dialect } = await profileCsv(
      latin1('Nom;Ville;Montant\nJosé;Zürich;12,50\nRenée;Genève;7,25\n'),
    );
    expect(dialect).toMatchObject({ delimiter: ';', encoding: 'windows-1252' });
    expect(columns.map((c) => c.name)).toEqual(['Nom', 'Ville', 'Montant']);
    expect(columns[0]!.sampleValues).toContain('José');
    expect(columns[2]!.numeric).toMatchObject({ min: 7.25, max: 12.5, decimalSeparator: ',' });
  });

  test('a UTF-8 byte-order mark does not end up in the first header', async () => {
    const { columns, dialect } = await profileCsv(utf8('\uFEFFemail,total\na@b.co,1.00\n'));
    expect(columns[0]!.name).toBe('email');
    expect(dialect?.bom).toBe(true);
  });

  test('ragged rows are reported as issues, the rest is profiled', async () => {
    const { columns, issues, rowCount } = await profileCsv(utf8('a,b\n1,2\n3\n4,5\n'));
    expect(rowCount).toBe(2);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(3);
    expect(columns[0]!.nonNullCount).toBe(2);
  });

  test('an endless stream stops after maxRows', async () => {
    let chunks = 0;
    async function* endless() {
      yield utf8('id,amount\n');
      for (let i = 0; ; i++) {
        chunks++;
        yield utf8(`${i},${(i % 100) + 0.5}\n`.repeat(50));
      }
    }
    const { rowCount, columns } = await profileCsv(endless(), { maxRows: 2000 });
    expect(rowCount).toBe(2000);
    expect(columns[1]!.inferredType).toBe('decimal');
    expect(chunks).toBeLessThan(1000);
  });
});
