/**
 * Honorifics written before a name (in `canonicalName` form). Google's upload
 * formatting asks for them to be dropped ("Mrs. Jane" → "jane").
 */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'rev',
  'revd',
  'fr',
  'lord',
  'lady',
  'hon',
  'capt',
  'sgt',
  'col',
  'maj',
]);

/** Generational and professional suffixes written after a name ("Smith Jr." → "smith"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'jr',
  'jnr',
  'sr',
  'snr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'dds',
  'esq',
  'cpa',
]);

/**
 * Drops leading honorifics and trailing suffixes from the words of a name, but
 * never the last remaining word: a name that is only a title keeps it, which
 * keeps the operation idempotent.
 */
export function stripNameAffixes(words: readonly string[]): string[] {
  let start = 0;
  let end = words.length;
  while (end - start > 1 && NAME_PREFIXES.has(words[start]!)) start++;
  while (end - start > 1 && NAME_SUFFIXES.has(words[end - 1]!)) end--;
  return words.slice(start, end);
}
