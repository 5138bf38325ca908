import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { IdentityError } from '../errors.js';
import { makePeople } from './__fixtures__/make-people.js';
import type { AudiencePerson } from './audience-person.js';
import { exportMetaCustomAudience } from './export-meta-custom-audience.js';

// Meta's official examples (vendor-apis.md §11).
const JOHN_SMITH_EMAIL = '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f';
const MARY = '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec';
const JEONG = '8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14';
const VALERY = '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

const people: AudiencePerson[] = [
  {
    personId: 'crm-1',
    fragments: [
      { type: 'email', value: 'John_Smith@gmail.com' },
      { type: 'phone', value: '+1 (415) 253-1234' },
      { type: 'first_name', value: 'Mary' },
      { type: 'last_name', value: '정' },
      { type: 'city', value: 'San Francisco' },
      { type: 'region', value: 'California' },
      { type: 'postal_code', value: '94107-1234' },
      { type: 'country', value: 'US' },
    ],
    value: 44.5,
  },
  {
    personId: 'crm-2',
    fragments: [
      { type: 'first_name', value: 'Valéry' },
      { type: 'email', value: 'v@shop-mail.com' },
    ],
    value: 0,
  },
];

describe('exportMetaCustomAudience', () => {
  test('one row per person in the multi-key schema, Meta examples hash to the published digests', () => {
    const { requests, requestPersonIds } = exportMetaCustomAudience(people);
    expect(requests).toEqual([
      {
        payload: {
          schema: ['EXTERN_ID', 'EMAIL', 'PHONE', 'FN', 'LN', 'CT', 'ST', 'ZIP', 'COUNTRY'],
          data: [
            [
              sha('crm-1'),
              JOHN_SMITH_EMAIL,
              sha('14152531234'),
              MARY,
              JEONG,
              sha('sanfrancisco'),
              sha('ca'),
              sha('94107'),
              sha('us'),
            ],
            [sha('crm-2'), sha('v@shop-mail.com'), '', VALERY, '', '', '', '', ''],
          ],
        },
      },
    ]);
    expect(requestPersonIds).toEqual([['crm-1', 'crm-2']]);
  });

  test('value-based audiences add LOOKALIKE_VALUE and a value column', () => {
    const { requests, csv } = exportMetaCustomAudience(people, { valueBased: true, hashCsv: false });
    expect(requests[0]!.payload.schema.at(-1)).toBe('LOOKALIKE_VALUE');
    expect(requests[0]!.payload.data.map((row) => row.at(-1))).toEqual([44.5, 0]);
    expect(csv).toBe(
      [
        'email,phone,fn,ln,ct,st,zip,country,value',
        'john_smith@gmail.com,14152531234,mary,정,sanfrancisco,ca,94107,us,44.5',
        'v@shop-mail.com,,valéry,,,,,,0',
        '',
      ].join('\n'),
    );
  });

  test('the CSV takes up to three emails; the API row takes the first and the lint says so', () => {
    const [person] = makePeople(1, { emails: 4, phones: 1 });
    const { csv, requests, lint } = exportMetaCustomAudience([person!]);
    const [header, row] = csv.split('\n');
    expect(header).toBe('email,email,email,phone,fn,ln,ct,st,zip,country');
    expect(row!.split(',').slice(0, 3)).toEqual([0, 1, 2].map((k) => sha(`person0.${k}@shop-mail.com`)));
    expect(requests[0]!.payload.data[0]![1]).toBe(sha('person0.0@shop-mail.com'));
    expect(lint.counts).toEqual({ 'too-many-identifiers': 1 });
  });

  test('values given as SHA-256 digests pass through', () => {
    const { requests } = exportMetaCustomAudience([
      { personId: 'h', fragments: [{ type: 'email', value: JOHN_SMITH_EMAIL.toUpperCase() }] },
    ]);
    expect(requests[0]!.payload.data[0]![1]).toBe(JOHN_SMITH_EMAIL);
  });

  test('requests hold at most 10,000 rows', () => {
    const result = exportMetaCustomAudience(makePeople(25_000, { prehashed: true }));
    expect(result.requests.map((r) => r.payload.data.length)).toEqual([10_000, 10_000, 5_000]);
    expect(result.requestPersonIds.flat()).toHaveLength(25_000);
    expect(new Set(result.requestPersonIds.flat()).size).toBe(25_000);
  });

  test.each([{ maxRowsPerRequest: 10_001 }, { valueBased: 'yes' }])('rejects %j', (options) => {
    expect(() => exportMetaCustomAudience([], options as never)).toThrow(IdentityError);
  });
});
