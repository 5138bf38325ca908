import { canonicalName } from './canonical-name.js';
import { stripNameAffixes } from './name-affixes.js';
import { NICKNAMES } from './nickname-table.js';

/**
 * A given name in the form linkers compare: `canonicalName`, honorifics and
 * suffixes dropped (Dr., Jr.), then every word that is a common English
 * nickname, short form or spelling variant replaced by its formal name
 * (Bob, Rob, Robbie → robert; Liz, Beth, Betty → elizabeth; Bill, Will →
 * william). Idempotent.
 *
 * @example canonicalFirstName('Dr. Bob') // 'robert'
 */
export function canonicalFirstName(raw: string): string {
  const name = canonicalName(raw);
  if (name === '') return '';
  return stripNameAffixes(name.split(' '))
    .map((word) => NICKNAMES.get(word) ?? word)
    .join(' ');
}
