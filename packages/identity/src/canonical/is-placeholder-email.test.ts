import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalEmail } from './canonical-email.js';
import { isPlaceholderEmail } from './is-placeholder-email.js';

describe('isPlaceholderEmail', () => {
  test.each([
    'none@none.com',
    'NONE@NONE.COM',
    'noemail@gmail.com',
    'no.email@store.com',
    'no-email@store.com',
    'noemail123@yahoo.com',
    'nomail@hotmail.com',
    'test@test.com',
    'test1@shop.com',
    'a@a.com',
    'xx@xx.net',
    'declined@gmail.com',
    'declined.4711@shop.com',
    'refused@shop.com',
    'no-reply@company.com',
    'noreply@company.com',
    'do-not-reply@company.com',
    'donotreply@company.com',
    'unknown@unknown.com',
    'n.a@gmail.com',
    'x@example.com',
    'jane@example.org',
    'john@shop.test',
    'john@corp.invalid',
    'xxx@gmail.com',
    'aaaa@yahoo.com',
    'asdf@gmail.com',
    'fake@gmail.com',
    'guest@golfclub.com',
    'walk-in@golfclub.com',
    'none',
    'N/A',
    'NA',
    '-',
    '',
    '  ',
    'no email',
    'Declined',
  ])('%j is a placeholder', (email) => {
    expect(isPlaceholderEmail(email)).toBe(true);
  });

  test.each([
    'john.smith@gmail.com',
    'jane.doe+shop@gmail.com',
    'testa@gmail.com',
    'nonestop@gmail.com',
    'bob@bobsplumbing.com',
    'info@golfclub.com',
    'j@smith.com',
    'tester.mcgee@acme.co',
    'annie@noemailco.net',
    'hello',
    'john@',
  ])('%j is not a placeholder', (email) => {
    expect(isPlaceholderEmail(email)).toBe(false);
  });

  test('the verdict does not depend on how the address is spelled', () => {
    const local = fc.constantFrom('none', 'no.email', 'test', 'jane.doe', 'a', 'declined', 'bob', 'xx');
    const domain = fc.constantFrom('gmail.com', 'none.com', 'a.com', 'shop-mail.com', 'example.org');
    fc.assert(
      fc.property(local, domain, fc.boolean(), fc.boolean(), (l, d, upper, spaces) => {
        let raw = `${l}@${d}`;
        if (upper) raw = raw.toUpperCase();
        if (spaces) raw = `  ${raw} `;
        expect(isPlaceholderEmail(raw)).toBe(isPlaceholderEmail(canonicalEmail(raw)!.email));
      }),
    );
  });
});
