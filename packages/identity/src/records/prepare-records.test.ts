import { describe, expect, test } from 'vitest';
import { makeRecord } from '../__fixtures__/make-record.js';
import { IdentityError } from '../errors.js';
import { prepareRecords } from './prepare-records.js';

const value = (p: ReturnType<typeof prepareRecords>, column: keyof typeof p.columns, r: number) => {
  const c = p.columns[column];
  const code = c.codes[r]!;
  return code < 0 ? null : c.values[code];
};

describe('prepareRecords', () => {
  test('canonicalises fragments into columns', () => {
    const p = prepareRecords([
      makeRecord('a', {
        first_name: ' Bob ',
        last_name: "O'Brien",
        email: ['Jo.Hn+shop@GMail.com', 'john@acme.com'],
        phone: '(415) 555-0134',
        birth_date: '1980-02-03',
      }),
    ]);
    expect(value(p, 'first_name', 0)).toBe('bob');
    expect(value(p, 'first_name_formal', 0)).toBe('robert');
    expect(value(p, 'last_name', 0)).toBe('obrien');
    expect(value(p, 'email', 0)).toBe('john@gmail.com');
    expect(value(p, 'email_local', 0)).toBe('john');
    expect(p.columns.email.more.get(0)?.map((c) => p.columns.email.values[c])).toEqual(['john@acme.com']);
    expect(value(p, 'birth_date', 0)).toBe('1980-02-03');
  });

  test('splits a full name, "Last, First" included, when first and last are missing', () => {
    const p = prepareRecords([
      makeRecord('a', { full_name: 'Mary Ann Smith' }),
      makeRecord('b', { full_name: 'Smith, Mary' }),
      makeRecord('c', { full_name: 'Cher' }),
    ]);
    expect([0, 1, 2].map((r) => [value(p, 'first_name', r), value(p, 'last_name', r)])).toEqual([
      ['mary', 'smith'],
      ['mary', 'smith'],
      ['cher', null],
    ]);
  });

  test('drops empty, whitespace, garbage and placeholder values, counting them as warnings', () => {
    const p = prepareRecords([
      makeRecord('a', {
        email: '   ',
        phone: 'N/A',
        first_name: '???',
        last_name: 'unknown',
        birth_date: 'soon',
      }),
      makeRecord('b', { email: 'noemail@example.com', phone: '000-000-0000' }),
    ]);
    for (const c of ['email', 'phone', 'first_name', 'last_name', 'birth_date'] as const) {
      expect(p.columns[c].nonNull, c).toBe(0);
    }
    const codes = p.warnings.map((w) => `${w.code}:${w.column}`).sort();
    expect(codes).toContain('PLACEHOLDER_VALUE:email');
    expect(codes).toContain('UNREADABLE_VALUE:phone');
    expect(codes).toContain('UNREADABLE_VALUE:birth_date');
  });

  test('treats a phone shared by many differently named records as a placeholder', () => {
    const first = ['Ann', 'Bob', 'Cy', 'Dee', 'Eve', 'Fay'];
    const last = ['Lee', 'Moss', 'Nash', 'Park', 'Quinn', 'Reyes', 'Stone', 'Tran', 'Voss', 'Wong'];
    const records = Array.from({ length: 60 }, (_, i) =>
      makeRecord(`r${i}`, {
        first_name: first[i % 6]!,
        last_name: last[Math.floor(i / 6)]!,
        phone: '212-734-1199',
      }),
    );
    records.push(makeRecord('family1', { first_name: 'Ann', last_name: 'Lee', phone: '212-734-2291' }));
    records.push(makeRecord('family2', { first_name: 'Bo', last_name: 'Lee', phone: '212-734-2291' }));
    const p = prepareRecords(records);
    expect(p.columns.phone.codes.slice(0, 60).every((c) => c === -1)).toBe(true);
    expect(value(p, 'phone', 60)).toBe('+12127342291');
    expect(p.warnings.find((w) => w.code === 'COMMON_VALUE')?.examples).toEqual(['+12127341199']);
  });

  test('keeps emoji-decorated and non-Latin names without crashing', () => {
    const p = prepareRecords([
      makeRecord('a', { first_name: 'Anna 🌸', last_name: 'Ивановa' }),
      makeRecord('b', { first_name: '李', last_name: '伟' }),
      makeRecord('c', { first_name: '🎉🎉', last_name: '\u200b' }),
    ]);
    expect(value(p, 'first_name', 0)).toBe('anna');
    expect(value(p, 'first_name', 1)).toBe('李');
    expect(value(p, 'first_name', 2)).toBeNull();
    expect(value(p, 'last_name', 2)).toBeNull();
  });

  test('rejects duplicate and empty record ids with a coded error', () => {
    expect(() => prepareRecords([makeRecord('x', {}), makeRecord('x', {})])).toThrowError(
      expect.objectContaining({ code: 'DUPLICATE_RECORD_ID' }),
    );
    try {
      prepareRecords([makeRecord('', {})]);
      expect.unreachable();
    } catch (e) {
      expect(IdentityError.isInstance(e)).toBe(true);
    }
  });
});
