// Reads what a request asks for: the page format from the path suffix, and the evidence span from the query.

import type { Highlight } from '../render/views/sourcePage';
import { invalidHighlight } from './errors';

export type PageFormat = 'html' | 'md' | 'json';

/** `vladimir-putin.json` → { slug: 'vladimir-putin', format: 'json' }. */
export function parsePageParam(param: string): { slug: string; format: PageFormat } {
  const match = /^(.*)\.(md|json)$/.exec(param);
  if (!match) return { slug: param, format: 'html' };
  return { slug: match[1]!, format: match[2] as PageFormat };
}

export function formatOfPath(path: string): PageFormat {
  return parsePageParam(path.split('/').at(-1) ?? '').format;
}

/** `?start=10&end=42` → the span to highlight; both or neither must be given, within the text. */
export function parseHighlight(start: string | undefined, end: string | undefined, textLength: number): Highlight | null {
  if (start === undefined && end === undefined) return null;
  const from = Number(start);
  const to = Number(end);
  if (start === undefined || end === undefined || !/^\d+$/.test(start) || !/^\d+$/.test(end)) {
    throw invalidHighlight('start and end must both be given as whole numbers');
  }
  if (from >= to || to > textLength) {
    throw invalidHighlight(`start must be less than end, and end at most ${textLength} (the article's length)`);
  }
  return { start: from, end: to };
}
