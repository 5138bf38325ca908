import { describe, expect, test } from 'vitest';
import { canonicalCountry } from './canonical-country.js';

describe('canonicalCountry', () => {
  test.each([
    ['US', 'US'],
    ['us', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['United States', 'US'],
    ['united states of america', 'US'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['England', 'GB'],
    ['gbr', 'GB'],
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['méxico', 'MX'],
    ['South Korea', 'KR'],
    ['Côte d’Ivoire', 'CI'],
    ['Ivory Coast', 'CI'],
    ['Czech Republic', 'CZ'],
    ['Antarctica', 'AQ'],
    ['XK', 'XK'],
  ])('%j → %s', (raw, expected) => {
    expect(canonicalCountry(raw)).toBe(expected);
  });

  test.each(['', '  ', 'Narnia', 'AC', 'TA', 'ZZ', 'U', '🙂'])('rejects %j', (raw) => {
    expect(canonicalCountry(raw)).toBeNull();
  });
});
