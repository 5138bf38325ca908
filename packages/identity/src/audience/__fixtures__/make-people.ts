import { hash } from 'node:crypto';
import { canonicalPhone } from '../../canonical/canonical-phone.js';
import { isPlaceholderPhone } from '../../canonical/is-placeholder-phone.js';
import type { AudiencePerson } from '../audience-person.js';

const AREA_CODES = ['212', '415', '650', '312', '617', '206', '303', '404', '512', '702'];

/** The i-th of a sequence of distinct, valid, non-placeholder US phone numbers in E.164. */
function* phoneNumbers(): Generator<string> {
  for (let i = 0; ; i++) {
    const area = AREA_CODES[i % AREA_CODES.length]!;
    const exchange = 200 + (Math.floor(i / AREA_CODES.length) % 700);
    const line = String(Math.floor(i / (AREA_CODES.length * 700)) % 10_000).padStart(4, '0');
    const e164 = `+1${area}${exchange}${line}`;
    if (canonicalPhone(e164)?.e164 === e164 && !isPlaceholderPhone(e164)) yield e164;
  }
}

/**
 * `count` people, each with `emails` distinct emails and `phones` distinct phones and a US country.
 * `prehashed` gives the emails as SHA-256 digests, which exporters pass through: batching tests
 * with 100,000 people stay fast.
 */
export function makePeople(
  count: number,
  { emails = 1, phones = 0, prehashed = false } = {},
): AudiencePerson[] {
  const numbers = phoneNumbers();
  const people: AudiencePerson[] = [];
  for (let i = 0; i < count; i++) {
    const fragments: { type: string; value: string }[] = [{ type: 'country', value: 'US' }];
    for (let k = 0; k < emails; k++) {
      const email = `person${i}.${k}@shop-mail.com`;
      fragments.push({ type: 'email', value: prehashed ? hash('sha256', email, 'hex') : email });
    }
    for (let k = 0; k < phones; k++) fragments.push({ type: 'phone', value: numbers.next().value! });
    people.push({ personId: `p${i}`, fragments });
  }
  return people;
}
