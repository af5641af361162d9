// A topic's summary when no editor wrote one: the most central sentences across outlets, as spans of the articles.
// A sentence is central when it names the topic's terms and when its words are ones many outlets use
// about the topic (a cheap stand-in for "many outlets report similar content"). Picks avoid near-repeats.

import type { Article, Span, Topic } from './types.ts';

/** Sentences weighed; a topic with thousands is summarised from an even sample across all of them. */
const CANDIDATE_LIMIT = 16;
const MIN_WORDS = 8;
const MAX_WORDS = 60;
/** Two picks sharing more than this share of their words (Jaccard) are near-repeats. */
const REPEAT_OVERLAP = 0.6;
const MIN_SHARE_OF_BEST = 0.5;

const STOP = new Set(
  ('the a an and or but of to in on at for with by from as is are was were be been being has have had will would could should ' +
    'that this these those it its their his her they them he she we our you your not no than then there which who whom what when ' +
    'said says say also into over about after before more most such any all can may might must did do does very just only other')
    .split(' '),
);

interface Candidate {
  span: Span;
  words: Set<string>;
  outlet: string;
  termHits: number;
  order: number;
}

/** Words in Latin, Greek and Cyrillic script: a plain character-class regex, several times faster than \p{L}. */
const WORD = /[a-z\d\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff][a-z\d\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff'’-]*/g;

/** Content words of an already lower-cased text. */
function contentWords(lower: string): Set<string> {
  const words = new Set<string>();
  for (const word of lower.match(WORD) ?? []) {
    if (word.length > 2 && !STOP.has(word)) words.add(word);
  }
  return words;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** The text a span points at, whitespace-collapsed as a sheet shows it; '' when the span is out of range. */
export function spanText(article: Article | undefined, span: Span): string {
  return (article?.text ?? '').slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** What counts as one source: the outlet, or the article itself when its outlet is unknown. */
export function outletKeyOf(article: Article | undefined, articleId: string): string {
  return article?.source ?? `article:${articleId}`;
}

function candidates(articles: ReadonlyMap<string, Article>, topic: Topic): Candidate[] {
  const terms = topic.terms.map((term) => term.toLowerCase());
  const seen = new Set<string>();
  const list: Candidate[] = [];
  const stride = Math.max(1, Math.ceil(topic.sentences.length / CANDIDATE_LIMIT));
  for (let i = 0; i < topic.sentences.length; i += stride) {
    const span = topic.sentences[i]!;
    const article = articles.get(span.article);
    const text = spanText(article, span);
    const key = text.toLowerCase();
    let wordCount = 1;
    for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) wordCount++;
    if (!text || seen.has(key) || wordCount < MIN_WORDS || wordCount > MAX_WORDS) continue;
    seen.add(key);
    list.push({
      span,
      words: contentWords(key),
      outlet: outletKeyOf(article, span.article),
      termHits: terms.filter((term) => key.includes(term)).length,
      order: list.length,
    });
  }
  return list;
}

/** Up to `count` sentences: central first, no near-repeats, a second sentence from one outlet only when needed. */
export function summarySentences(articles: ReadonlyMap<string, Article>, topic: Topic, count: number): Span[] {
  const list = candidates(articles, topic);
  const outletsByWord = new Map<string, Set<string>>();
  for (const c of list) {
    for (const word of c.words) {
      const outlets = outletsByWord.get(word);
      if (outlets) outlets.add(c.outlet);
      else outletsByWord.set(word, new Set([c.outlet]));
    }
  }
  const outletCount = new Set(list.map((c) => c.outlet)).size;
  const score = (c: Candidate): number => {
    let spread = 0;
    for (const word of c.words) spread += (outletsByWord.get(word)!.size - 1) / Math.max(1, outletCount - 1);
    return c.termHits + (2 * spread) / Math.max(1, c.words.size);
  };
  const ranked = list.map((c) => ({ c, score: score(c) })).sort((a, b) => b.score - a.score || a.c.order - b.c.order);
  // A sentence far less central than the best one is not summary material, whatever outlet it comes from.
  const floor = (ranked[0]?.score ?? 0) * MIN_SHARE_OF_BEST;
  const picked: Candidate[] = [];
  for (const pass of [true, false]) {
    for (const { c, score: s } of ranked) {
      if (picked.length >= count || s < floor) break;
      if (picked.includes(c) || picked.some((p) => overlap(p.words, c.words) > REPEAT_OVERLAP)) continue;
      if (pass && picked.some((p) => p.outlet === c.outlet)) continue;
      picked.push(c);
    }
  }
  return picked.map((c) => ({ article: c.span.article, start: c.span.start, end: c.span.end }));
}
