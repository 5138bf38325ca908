import { describe, expect, test } from 'vitest';
import { isSha256Hex, sha256Hex } from './sha256-hex.js';

// Test vectors from ../shared/reference/vendor-apis.md §11: Meta's are official examples from
// https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters;
// Google published none, so its values were computed locally by the reference author.
describe('sha256Hex', () => {
  test.each([
    ['john_smith@gmail.com', '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f'],
    ['16505551212', 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176'],
    ['mary', '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec'],
    ['정', '8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14'],
    ['valéry', '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c'],
    ['cloudysanfrancisco@gmail.com', '223ebda6f6889b1494551ba902d9d381daf2f642bae055888e96343d53e9f9c4'],
    ['+18005550100', 'fb4f73a6ec5fdb7077d564cdd22c3554b43ce49168550c3b12c547b78c517b30'],
    ['user.name+nyc@example.com', 'f109a2a632fbcea5fc82049f50beed3d8621bf9034399f437fb622222acccdac'],
  ])('%j → %s', (normalized, digest) => {
    expect(sha256Hex(normalized)).toBe(digest);
  });

  test('a value that already is a SHA-256 digest passes through, lowercased', () => {
    const digest = '62A14E44F765419D10FEA99367361A727C12365E2520F32218D505ED9AA0F62F';
    expect(isSha256Hex(digest)).toBe(true);
    expect(sha256Hex(digest)).toBe(digest.toLowerCase());
  });

  test.each(['', 'abc', 'g'.repeat(64), 'a'.repeat(63), 'a'.repeat(65), 'd41d8cd98f00b204e9800998ecf8427e'])(
    '%j is not a SHA-256 digest and is hashed',
    (value) => {
      expect(isSha256Hex(value)).toBe(false);
      expect(sha256Hex(value)).not.toBe(value);
      expect(sha256Hex(value)).toMatch(/^[0-9a-f]{64}$/);
    },
  );
});
