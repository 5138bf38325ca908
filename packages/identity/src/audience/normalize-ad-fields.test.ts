import { describe, expect, test } from 'vitest';
import {
  adCountry,
  adName,
  googleEmail,
  googlePhone,
  googlePostalCode,
  metaCity,
  metaEmail,
  metaPhone,
  metaPostalCode,
  metaRegion,
} from './normalize-ad-fields.js';
import { sha256Hex } from './sha256-hex.js';

describe('Meta official examples (vendor-apis.md §11) normalise and hash to the published digests', () => {
  test.each([
    [
      'em',
      metaEmail('John_Smith@gmail.com'),
      'john_smith@gmail.com',
      '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f',
    ],
    [
      'ph',
      metaPhone('(650)555-1212', 'US'),
      '16505551212',
      'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176',
    ],
    ['fn', adName('Mary'), 'mary', '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec'],
    ['fn', adName('정'), '정', '8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14'],
    ['fn', adName('Valéry'), 'valéry', '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c'],
  ])('%s: %j', (_key, normalized, expected, digest) => {
    expect(normalized).toBe(expected);
    expect(sha256Hex(normalized!)).toBe(digest);
  });
});

describe('Google examples (vendor-apis.md §11, hashes computed locally)', () => {
  test.each([
    [
      googleEmail('cloudy.sanfrancisco+shopping@gmail.com'),
      'cloudysanfrancisco@gmail.com',
      '223ebda6f6889b1494551ba902d9d381daf2f642bae055888e96343d53e9f9c4',
    ],
    [
      googlePhone('(800)555-0100', 'US'),
      '+18005550100',
      'fb4f73a6ec5fdb7077d564cdd22c3554b43ce49168550c3b12c547b78c517b30',
    ],
    [
      googleEmail('user.name+NYC@Example.com'),
      'user.name+nyc@example.com',
      'f109a2a632fbcea5fc82049f50beed3d8621bf9034399f437fb622222acccdac',
    ],
  ])('%j', (normalized, expected, digest) => {
    expect(normalized).toBe(expected);
    expect(sha256Hex(normalized!)).toBe(digest);
  });
});

describe('field normalisers', () => {
  test.each([
    [' J.Smith@GoogleMail.com ', 'jsmith@googlemail.com'],
    ['a.b+c@outlook.com', 'a.b+c@outlook.com'],
    ['not an email', null],
  ])('googleEmail(%j) → %j', (raw, expected) => {
    expect(googleEmail(raw)).toBe(expected);
  });

  test('metaEmail keeps Gmail dots (Meta does not drop them)', () => {
    expect(metaEmail('Jane.Doe@gmail.com')).toBe('jane.doe@gmail.com');
  });

  test.each([
    ['+44 20 7183 8750', undefined, '+442071838750', '442071838750'],
    ['020 7183 8750', 'GB', '+442071838750', '442071838750'],
    ['(415) 253-1234', undefined, null, null],
    ['garbage', 'US', null, null],
  ])('phones %j (%s)', (raw, region, google, meta) => {
    expect(googlePhone(raw, region)).toBe(google);
    expect(metaPhone(raw, region)).toBe(meta);
  });

  test.each([
    ['Mrs. Mary-Ann', 'maryann'],
    ["  O'Brien  Jr. ", 'obrien'],
    ['DE LA CRUZ', 'de la cruz'],
    ['Zoë 🙂', 'zoë'],
    ['김 민준', '김 민준'],
    ['Dr.', 'dr'],
    ['', ''],
    ['---', ''],
  ])('adName(%j) → %j', (raw, expected) => {
    expect(adName(raw)).toBe(expected);
  });

  test.each([
    ['94107-1234', 'US', '94107', '94107'],
    ['sw1a1aa', 'GB', 'SW1A 1AA', 'sw1a1aa'],
    ['K1A 0B1', 'CA', 'K1A 0B1', 'k1a0b1'],
    ['1000001', 'JP', '100-0001', '1000001'],
    ['nope', 'US', null, null],
  ])('postal %j (%s)', (raw, country, google, meta) => {
    expect(googlePostalCode(raw, country)).toBe(google);
    expect(metaPostalCode(raw, country)).toBe(meta);
  });

  test.each([
    ['San Francisco', 'sanfrancisco'],
    ['St. Louis', 'stlouis'],
    ['Winston-Salem 27101', 'winstonsalem'],
    ['São Paulo', 'são paulo'.replace(' ', '')],
    ['', ''],
  ])('metaCity(%j) → %j', (raw, expected) => {
    expect(metaCity(raw)).toBe(expected);
  });

  test.each([
    ['New York', 'US', 'ny'],
    ['CA', undefined, 'ca'],
    ['california', undefined, 'ca'],
    ['Ontario', 'CA', 'ontario'],
    ['New South Wales', 'AU', 'newsouthwales'],
  ])('metaRegion(%j, %s) → %j', (raw, country, expected) => {
    expect(metaRegion(raw, country)).toBe(expected);
  });

  test.each([
    ['United States', 'US'],
    ['gb', 'GB'],
    ['Atlantis', null],
  ])('adCountry(%j) → %j', (raw, expected) => {
    expect(adCountry(raw)).toBe(expected);
  });
});
