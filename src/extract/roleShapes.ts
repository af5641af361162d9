// Shapes a role takes in running text, shared by the entity and role steps.
import type { Token } from './01-segment.ts';
import { TITLE_HEADS } from './lexicon/roles.ts';

const OFFICE_OF = new Set(['of', 'for', 'at']);

/**
 * The head word of a role that ends at token `end`, or -1: the head itself ("NATO's secretary general"), or a head
 * followed by "of", "for" or "at" and a name ("Chancellor of the Exchequer", "regional director for Africa").
 */
export function roleHeadEndingAt(tokens: Token[], end: number): number {
  const last = tokens[end];
  if (!last) return -1;
  if (TITLE_HEADS.has(last.lower)) return end;
  let p = end;
  while (p > 0 && end - p < 4 && tokens[p]!.word && tokens[p]!.cap) p--;
  if (p === end) return -1;
  if (tokens[p]!.lower === 'the') p--;
  return p > 0 && OFFICE_OF.has(tokens[p]!.lower) && TITLE_HEADS.has(tokens[p - 1]!.lower) ? p - 1 : -1;
}
