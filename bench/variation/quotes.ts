// Quote rewording per story: outlets covering one story quote the same words, different stories quote different words.

import { PROTECTED_WORDS } from '../data/protectedWords.ts';

const QUOTE_MARK = /[“”"«»]/;
const PARAGRAPH = /[^\n]+/g;
const CONTENT_WORD = /\b[a-z]{3,}\b/g;

const swappable = (word: string): boolean => !PROTECTED_WORDS.has(word);

/** The seeds' lowercase content words: the vocabulary quotes are reworded from. */
export function quoteVocabulary(texts: string[]): string[] {
  const words = new Set<string>();
  for (const t of texts) for (const w of t.match(CONTENT_WORD) ?? []) if (swappable(w)) words.add(w);
  return [...words].sort();
}

function wordHash(story: number, word: string): number {
  let h = Math.imul(story + 1, 2654435761);
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * Every content word of every paragraph holding a quote mark is swapped for another seed word, chosen by story and
 * word: the seeds' marks are often unbalanced or reversed and quotes run over several sentences, so paragraphs are
 * safer units than mark pairs. Function words, reporting verbs and capitalised names stay, so attribution reads as
 * before, and two stories share well under the 80 % of words that would make their quotes one.
 */
export function storyWording(story: number, vocabulary: string[]): (text: string) => string {
  const swap = (word: string): string => (swappable(word) ? vocabulary[wordHash(story, word) % vocabulary.length]! : word);
  return (text) => text.replace(PARAGRAPH, (paragraph) => (QUOTE_MARK.test(paragraph) ? paragraph.replace(CONTENT_WORD, swap) : paragraph));
}
