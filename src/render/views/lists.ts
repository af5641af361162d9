// Long sections: what a sheet shows of a list, the link to the whole list, and one page of it as JSON.

import { sheetListUrl, type SheetSection } from '../urls';

/** Shown on a sheet under a capped section; `hidden` is 0 when nothing was left off. */
export interface ListLink {
  total: number;
  shown: number;
  hidden: number;
  /** First page of the whole list as paginated JSON. */
  listUrl: string;
}

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;

export function listLink(section: SheetSection, id: string, list: string, total: number, shown: number): ListLink {
  const visible = Math.min(total, shown);
  return { total, shown: visible, hidden: total - visible, listUrl: sheetListUrl(section, id, list) };
}

export interface PageLinks {
  self: string;
  first: string;
  last: string;
  prev: string | null;
  next: string | null;
}

export interface Paged<T> {
  list: string;
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
  links: PageLinks;
  items: T[];
}

/**
 * One page of a list. `all` is sorted once; only the page's slice is turned into views (`view`),
 * so a page of 50 costs the same for an actor with 50 quotes as for one with 5,000.
 */
export function pageOfList<R, V>(
  section: SheetSection,
  id: string,
  list: string,
  all: readonly R[],
  page: number,
  perPage: number,
  view: (record: R) => V,
): Paged<V> {
  const totalPages = Math.max(1, Math.ceil(all.length / perPage));
  const url = (n: number) => sheetListUrl(section, id, list, n, perPage);
  return {
    list,
    page,
    perPage,
    total: all.length,
    totalPages,
    links: {
      self: url(page),
      first: url(1),
      last: url(totalPages),
      prev: page > 1 ? url(Math.min(page - 1, totalPages)) : null,
      next: page < totalPages ? url(page + 1) : null,
    },
    items: all.slice((page - 1) * perPage, page * perPage).map(view),
  };
}
