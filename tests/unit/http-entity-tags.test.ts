// Entity tags: strong ETags from SHA-256 (Web Crypto in Node as in workerd) and RFC 9110 If-None-Match parsing with weak comparison.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits, parseIfNoneMatch, strongEtag } from '../../src/http/middleware/conditionalGet';

/** Any code point, lone surrogates included (fast-check's 'binary' unit costs about 2 s to set up). */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('strongEtag', () => {
  it('is the base64url SHA-256 of the bytes, quoted', async () => {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(await strongEtag(bytes('abc'))).toBe('"ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"');
  });

  it('differs for different bodies and agrees for equal ones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: anyCodePoint, maxLength: 40 }), fc.string({ unit: anyCodePoint, maxLength: 40 }), async (a, b) => {
        const [ba, bb] = [bytes(a), bytes(b)];
        const [ta, tb] = await Promise.all([strongEtag(ba), strongEtag(bb)]);
        expect(ta === tb).toBe(ba.length === bb.length && ba.every((byte, i) => byte === bb[i]));
      }),
      { seed: 20260510, numRuns: 200 },
    );
  });
});

describe('parseIfNoneMatch', () => {
  it.each([
    ['*', '*'],
    [' * ', '*'],
    ['"a"', ['"a"']],
    ['W/"a"', ['"a"']],
    ['"a", W/"b","c" ,  "d"', ['"a"', '"b"', '"c"', '"d"']],
    ['"a",', ['"a"']],
    ['""', ['""']],
    ['"a,b"', ['"a,b"']],
  ])('%j → %j', (value, expected) => {
    expect(parseIfNoneMatch(value)).toEqual(expected);
  });

  it.each(['', 'a', '"a', 'w/"a"', '"a" "b"', '"a", *', '"a"x', 'W/ "a"', '"a\u0000"'])('%j is malformed, so ignored', (value) => {
    expect(parseIfNoneMatch(value)).toBeNull();
  });
});

describe('ifNoneMatchHits', () => {
  const tag = '"abc"';
  it.each([
    [undefined, false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", W/"abc"', true],
    ['*', true],
    ['"abd"', false],
    ['"ABC"', false],
    ['abc', false],
  ])('%j against "abc" is %s', (header, hit) => {
    expect(ifNoneMatchHits(header, tag)).toBe(hit);
  });

  it('compares weakly when the current tag is weak too', () => {
    expect(ifNoneMatchHits('"abc"', 'W/"abc"')).toBe(true);
  });
});
