// Pages of long lists: the slice, the links between pages, what a sheet says is left off, and paging parameters.

import { describe, expect, it } from 'vitest';
import { parsePaging } from '../../src/http/routes/sheetLists';
import { wantsJson } from '../../src/http/routes/search';
import { listLink, pageOfList } from '../../src/render/views/lists';

describe('pageOfList', () => {
  const all = Array.from({ length: 7 }, (_, i) => i);

  it('slices one page and builds views for that page only', () => {
    const viewed: number[] = [];
    const page = pageOfList('actors', 'x', 'quotes', all, 2, 3, (n) => (viewed.push(n), `#${n}`));
    expect(page.items).toEqual(['#3', '#4', '#5']);
    expect(viewed).toEqual([3, 4, 5]);
    expect(page).toMatchObject({ page: 2, perPage: 3, total: 7, totalPages: 3 });
    expect(page.links).toEqual({
      self: '/actors/x/quotes.json?page=2&per_page=3',
      first: '/actors/x/quotes.json?page=1&per_page=3',
      last: '/actors/x/quotes.json?page=3&per_page=3',
      prev: '/actors/x/quotes.json?page=1&per_page=3',
      next: '/actors/x/quotes.json?page=3&per_page=3',
    });
  });

  it('has no prev on the first page and no next on the last', () => {
    expect(pageOfList('topics', 'y', 'sources', all, 1, 10, String).links).toMatchObject({ prev: null, next: null, last: '/topics/y/sources.json?page=1&per_page=10' });
  });
});

describe('listLink', () => {
  it('says how many are left off and where the whole list is', () => {
    expect(listLink('actors', 'a b', 'quotes', 120, 10)).toEqual({ total: 120, shown: 10, hidden: 110, listUrl: '/actors/a%20b/quotes.json?page=1&per_page=50' });
    expect(listLink('actors', 'a', 'quotes', 3, 10)).toMatchObject({ shown: 3, hidden: 0 });
  });
});

describe('parsePaging', () => {
  it('defaults to the first page of 50', () => expect(parsePaging(undefined, undefined)).toEqual({ page: 1, perPage: 50 }));
  it('reads whole numbers in range', () => expect(parsePaging('3', '200')).toEqual({ page: 3, perPage: 200 }));
  it.each([['0', undefined], ['x', undefined], [undefined, '201'], ['1e3', undefined], [' 2', undefined]])('refuses page=%j per_page=%j', (page, perPage) => {
    expect(() => parsePaging(page, perPage)).toThrow(/not valid/);
  });
});

describe('wantsJson', () => {
  it.each([
    [undefined, 'application/json', true],
    [undefined, 'application/json, */*;q=0.5', true],
    [undefined, 'text/html,application/xhtml+xml,*/*;q=0.8', false],
    [undefined, '*/*', false],
    [undefined, undefined, false],
    ['json', 'text/html', true],
    ['html', 'application/json', false],
  ])('format=%j Accept=%j → %s', (format, accept, expected) => expect(wantsJson(format, accept)).toBe(expected));
});
