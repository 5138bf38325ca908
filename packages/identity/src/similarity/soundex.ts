const codes: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

/**
 * American Soundex code of a (canonicalised, lowercase) name: first letter plus
 * three digits, e.g. `robert` → `r163`. Empty string when the name has no letter a–z.
 * Used as a blocking key so spelling variants land in one block.
 */
export function soundex(name: string): string {
  let out = '';
  let last = '';
  for (const ch of name) {
    if (ch < 'a' || ch > 'z') continue;
    const code = codes[ch] ?? '';
    if (out === '') {
      out = ch;
      last = code;
      continue;
    }
    if (code !== '' && code !== last) {
      out += code;
      if (out.length === 4) return out;
    }
    // h and w do not separate equal codes; vowels do.
    if (ch !== 'h' && ch !== 'w') last = code;
  }
  return out === '' ? '' : out.padEnd(4, '0');
}
