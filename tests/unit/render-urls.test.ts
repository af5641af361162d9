// Link policy: rendered links and images keep only http(s), mailto and relative URLs, however the scheme is disguised.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/render/markdown';
import { decodeCharacterReferences, encodePathSegment, evidenceUrl, hasCharacterReference, isAllowedUrl } from '../../src/render/urls';

describe('isAllowedUrl', () => {
  it.each(['https://example.com/a', 'http://x', 'mailto:desk@example.com', '/actors/x', '#evidence', '?a=1', 'relative/path', '/a?b=c:d', '//cdn.example/x'])(
    'allows %s',
    (url) => expect(isAllowedUrl(url)).toBe(true),
  );
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:x', 'java\tscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'x:y'])(
    'refuses %j',
    (url) => expect(isAllowedUrl(url)).toBe(false),
  );
});

describe('decodeCharacterReferences', () => {
  it('decodes what a browser would decode in an attribute', () => {
    expect(decodeCharacterReferences('&#106;ava&#x73;cript&colon;x&Tab;&amp;&unknown;')).toBe('javascript:x\t&&unknown;');
  });

  it('is known to change nothing wherever hasCharacterReference says so (the links render code builds skip it)', () => {
    expect(hasCharacterReference('/sources/a?start=1&end=9#evidence')).toBe(false);
    expect(hasCharacterReference('/x?a=1&amp=2')).toBe(true);
    const piece = fc.constantFrom('&', '#', 'x', ';', 'a', 'amp', 'AMP', 'lt', 'colon', 'tab', 'end', '1', '06', 'f', '=', '/');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((parts) => parts.join('')), (value) => {
        if (!hasCharacterReference(value)) expect(decodeCharacterReferences(value)).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the Marked renderer', () => {
  it.each([
    '[x](javascript:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](javascript&colon;alert(1))',
    '[x](<java script:x>)',
    '<javascript:alert(1)>',
    '[x][r]\n\n[r]: javascript:alert(1)',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
  ])('drops the link in %j but keeps its text', (markdown) => {
    const html = markdownToHtml(markdown);
    expect(html).not.toContain('<a');
    expect(html).not.toMatch(/href|src=/i);
  });

  it.each(['![i](javascript:alert(1))', '![i](&#x6a;avascript:x)'])('drops the image in %j', (markdown) => {
    expect(markdownToHtml(markdown)).not.toContain('<img');
  });

  it('keeps safe links, escaping the href and title', () => {
    expect(markdownToHtml('[a](https://example.com/?q=1&r=2 "t\\"x")')).toBe(
      '<p><a href="https://example.com/?q&#61;1&amp;r&#61;2" title="t&quot;x">a</a></p>\n',
    );
    expect(markdownToHtml('[a](/sources/x?start=1&end=2#evidence)')).toContain('href="/sources/x?start&#61;1&amp;end&#61;2#evidence"');
  });

  it('shows raw HTML in templates as text', () => {
    expect(markdownToHtml('<div onclick="x">hi</div>\n\ntext <b>bold</b>')).not.toMatch(/<div|<b>/);
  });
});

describe('internal URLs', () => {
  it('are percent-encoded so they cannot end a markdown link destination', () => {
    expect(encodePathSegment("a b(c)!'*/")).toBe('a%20b%28c%29%21%27%2A%2F');
    expect(evidenceUrl({ article: 'x)y', start: 3, end: 9 })).toBe('/sources/x%29y?start=3&end=9#evidence');
  });
});
