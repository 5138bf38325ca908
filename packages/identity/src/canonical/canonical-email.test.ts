import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalEmail } from './canonical-email.js';

describe('canonicalEmail', () => {
  test.each([
    // [raw, email, matchKey]
    ['John_Smith@gmail.com', 'john_smith@gmail.com', 'john_smith@gmail.com'],
    ['  Jane.Doe+Shop@GMail.com ', 'jane.doe+shop@gmail.com', 'janedoe@gmail.com'],
    [
      'cloudy.sanfrancisco+shopping@gmail.com',
      'cloudy.sanfrancisco+shopping@gmail.com',
      'cloudysanfrancisco@gmail.com',
    ],
    ['j.o.h.n@googlemail.com', 'j.o.h.n@googlemail.com', 'john@gmail.com'],
    ['user.name+NYC@Example.com', 'user.name+nyc@example.com', 'user.name+nyc@example.com'],
    ['mailto:Ann@Example.org', 'ann@example.org', 'ann@example.org'],
    ['"Ann Lee" <Ann.Lee@Example.org>', 'ann.lee@example.org', 'ann.lee@example.org'],
    ['ann @ example . org', 'ann@example.org', 'ann@example.org'],
    ['ａｎｎ＠ｅｘａｍｐｌｅ．ｏｒｇ', 'ann@example.org', 'ann@example.org'],
    ['ann@example.org.', 'ann@example.org', 'ann@example.org'],
    ['josé@exämple.de', 'josé@exämple.de', 'josé@exämple.de'],
    ["o'brien@example.ie", "o'brien@example.ie", "o'brien@example.ie"],
    ['a@xn--bcher-kva.example', 'a@xn--bcher-kva.example', 'a@xn--bcher-kva.example'],
  ])('%j → %j / %j', (raw, email, matchKey) => {
    expect(canonicalEmail(raw)).toEqual({ email, matchKey });
  });

  test.each([
    '',
    '   ',
    'none',
    'n/a',
    'john',
    '@example.com',
    'john@',
    'john@example',
    'john@@example.com',
    'john@exa_mple.com',
    'john..doe@example.com',
    '.john@example.com',
    'john@-example.com',
    'john@example.c',
    'john@[192.168.0.1]',
    '+shop@gmail.com',
    '...@gmail.com',
    '😀@example.com',
    `${'a'.repeat(65)}@example.com`,
    `a@${'b'.repeat(250)}.com`,
  ])('rejects %j', (raw) => {
    expect(canonicalEmail(raw)).toBeNull();
  });

  test('non-string input gives null instead of throwing', () => {
    expect(canonicalEmail(undefined as unknown as string)).toBeNull();
    expect(canonicalEmail(42 as unknown as string)).toBeNull();
  });

  test('is idempotent and a match key is its own match key', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string(), fc.string({ unit: 'grapheme' })), (raw) => {
        const once = canonicalEmail(raw);
        if (once === null) return;
        expect(canonicalEmail(once.email)).toEqual(once);
        expect(canonicalEmail(once.matchKey)?.matchKey).toBe(once.matchKey);
        expect(once.email).toBe(once.email.toLowerCase());
        expect(once.email).not.toMatch(/\s/);
      }),
    );
  });

  test('every generated valid address is accepted, lowercased', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (raw) => {
        // fast-check generates RFC 5322 dot-atoms; only TLDs of one letter fall outside our rule.
        const tld = raw.slice(raw.lastIndexOf('.') + 1);
        fc.pre(/^[a-z]{2,}$/i.test(tld) && !raw.slice(raw.indexOf('@') + 1).includes('_'));
        expect(canonicalEmail(raw)?.email).toBe(raw.toLowerCase());
      }),
    );
  });

  test('dots and +tags of Gmail addresses do not change the match key', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9]{1,12}$/),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.stringMatching(/^[a-z0-9]{0,6}$/),
        fc.constantFrom('gmail.com', 'googlemail.com', 'GMail.com'),
        (user, dotPositions, tag, domain) => {
          let local = user;
          for (const p of dotPositions) {
            const at = 1 + (p % Math.max(1, local.length - 1));
            if (at < local.length && local[at - 1] !== '.' && local[at] !== '.') {
              local = `${local.slice(0, at)}.${local.slice(at)}`;
            }
          }
          const raw = `${local}${tag ? `+${tag}` : ''}@${domain}`;
          expect(canonicalEmail(raw)?.matchKey).toBe(`${user}@gmail.com`);
        },
      ),
    );
  });
});
