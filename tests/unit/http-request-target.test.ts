// readRequestTarget: strict decoding of paths (escapes, UTF-8, control characters, traversal, double encoding) and length limits.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PATH_LENGTH, MAX_TARGET_LENGTH, readRequestTarget } from '../../src/http/middleware/safePath';
import { requestTargetOf } from '../../src/http/middleware/safePath/readRequestTarget';

describe('readRequestTarget', () => {
  it.each([
    ['/', ['']],
    ['/actors/vladimir-putin.json', ['actors', 'vladimir-putin.json']],
    ['/actors/%C3%A9milie', ['actors', 'émilie']],
    ['/actors/%F0%9F%98%80', ['actors', '😀']],
    ['/topics/a%20b?x=%E2%82%AC&y', ['topics', 'a b']],
    ['/actors//x', ['actors', '', 'x']],
    ['/a%25b', ['a%b']],
  ])('%s reads as %j', (target, segments) => {
    expect(readRequestTarget(target)).toEqual({ ok: true, segments });
  });

  it.each([
    ['/%zz', 'is not a percent-escape'],
    ['/x%', 'is not a percent-escape'],
    ['/%4', 'is not a percent-escape'],
    ['/%c0%af', 'is not valid UTF-8'],
    ['/%e0%80%af', 'is not valid UTF-8'],
    ['/%e2%82', 'is not valid UTF-8'],
    ['/%ed%a0%80', 'is not valid UTF-8'],
    ['/%f8%88%80%80%80', 'is not valid UTF-8'],
    ['/%ff', 'is not valid UTF-8'],
    ['/%00', 'control character U+0000'],
    ['/a%0d%0aSet-Cookie:x', 'control character U+000D'],
    ['/%7f', 'control character U+007F'],
    ['/%2e%2e', 'dot segments'],
    ['/%2e', 'dot segments'],
    ['/..', 'dot segments'],
    ['/a/%2e%2e%2fb', 'decodes to "../b"'],
    ['/a%2fb', 'encoded slashes'],
    ['/a%5cb', 'encoded slashes'],
    ['/%252e%252e', 'percent-encoded twice'],
    ['/%25c0%25af', 'percent-encoded twice'],
    ['/ok?q=%zz', 'is not a percent-escape'],
    ['/ok?q=%c0%af', 'is not valid UTF-8'],
  ])('%s is refused with 400: %s', (target, reason) => {
    const reading = readRequestTarget(target);
    expect(reading).toMatchObject({ ok: false, status: 400 });
    expect(reading.ok ? '' : reading.reason).toContain(reason);
  });

  it('refuses paths and whole targets over the limits with 414', () => {
    expect(readRequestTarget(`/${'a'.repeat(MAX_PATH_LENGTH - 1)}`).ok).toBe(true);
    expect(readRequestTarget(`/${'a'.repeat(MAX_PATH_LENGTH)}`)).toMatchObject({ ok: false, status: 414 });
    expect(readRequestTarget(`/?${'a'.repeat(MAX_TARGET_LENGTH - 2)}`).ok).toBe(true);
    expect(readRequestTarget(`/?${'a'.repeat(MAX_TARGET_LENGTH - 1)}`)).toMatchObject({ ok: false, status: 414 });
  });

  it('quotes at most 24 characters of a hostile fragment', () => {
    const reading = readRequestTarget(`/${'%c0'.repeat(100)}`);
    expect(reading.ok ? '' : reading.reason).toMatch(/^"(%c0){8}…" is not valid UTF-8/);
  });
});

/** Any code point, lone surrogates included (fast-check's 'binary' unit costs about 2 s to set up). */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

describe('readRequestTarget properties', () => {
  const RUNS = { seed: 20260510, numRuns: 300 };
  const plainSegment = fc
    .string({ unit: 'grapheme', maxLength: 16 })
    .filter((s) => !/[\u0000-\u001f\u007f/\\]|%[0-9a-f]{2}/i.test(s) && s !== '.' && s !== '..');

  it('any encodeURIComponent-encoded path without dot segments, slashes or control characters reads back exactly', () => {
    fc.assert(
      fc.property(fc.array(plainSegment, { minLength: 1, maxLength: 5 }), (segments) => {
        expect(readRequestTarget(`/${segments.map(encodeURIComponent).join('/')}`)).toEqual({ ok: true, segments });
      }),
      RUNS,
    );
  });

  it('never throws, and refuses only with 400 or 414', () => {
    const junk = fc.oneof(fc.string({ unit: anyCodePoint, maxLength: 40 }), fc.array(fc.constantFrom('%', '%2', '%2e', '%2F', '%c0', '%af', '%e2', '%82', '%ac', '%00', '%25', '.', '/', '\\', 'a', '?', '&', '='), { maxLength: 12 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(junk, (tail) => {
        const reading = readRequestTarget(`/${tail}`);
        if (!reading.ok) expect([400, 414]).toContain(reading.status);
      }),
      RUNS,
    );
  });
});

describe('requestTargetOf', () => {
  it.each([
    ['http://factsheets.test/actors/x?y=1', '/actors/x?y=1'],
    ['https://a.b:8787/', '/'],
    ['http://factsheets.test', '/'],
  ])('%s → %s', (url, target) => {
    expect(requestTargetOf(url)).toBe(target);
  });
});
