// Step 11: topics discovered from the corpus itself, built around theme nouns ("talks", "sanctions", "build-up")
// and the words that name them in the text ("Geneva talks", "NATO expansion", "security guarantees").
//
// Rules, stated once:
//   - Every theme noun found in a sentence counts for its group (synonyms share one: negotiations → talks), with the
//     word right before it ("NATO expansion") or a place after it ("talks in Geneva") as its modifier.
//   - A theme is a topic when several articles name it (one, when the corpus is a single article).
//   - A theme's topic is titled by its commonest modifier when that modifier covers half its uses, else by the noun.
//   - A modifier that is a proper name ("Geneva", "NATO") makes a topic of its own when several articles use it.
import type { Span } from '../kb/types.ts';
import { FUNCTION_WORDS } from './lexicon/common.ts';
import { BROAD_THEMES, THEME_HEADS, WEAK_MODIFIERS } from './lexicon/themes.ts';
import { isDemonym } from './gazetteer.ts';
import { REPORTING_VERBS } from './lexicon/verbs.ts';
import { pushTo } from '../util/multimap.ts';
import { codePointBefore, isLetterOrDigit, widthOf } from './chars.ts';

export interface SentenceRef extends Span {
  text: string;
}

export interface DiscoveredTopic {
  phrase: string;
  title: string;
  terms: string[];
  sentences: Span[];
  articles: string[];
  score: number;
}

interface Use {
  sentence: number;
  article: string;
  surface: string;
  proper: boolean;
}

/** Up to two words after a theme noun, then "in", "of" or "at" and a capitalised name. */
const PLACE_AFTER = /^[^\p{L}\p{N}]+(?:[\p{L}\p{N}'’-]+[^\p{L}\p{N}]+){0,2}?(?:in|of|at)\s+(\p{Lu}[\p{L}\p{N}'’-]*)/u;
/** Any theme noun, whole word, any case: each hit is then checked against the whole word around it. */
const THEME_HIT = new RegExp(`\\b(?:${[...THEME_HEADS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-]/g, '\\-')).join('|')})\\b`, 'gi');

/**
 * Words, as the topic rules see them: a letter or digit, then letters, digits, apostrophes and hyphens. So a word is a
 * maximal run of those characters, from its first letter or digit on.
 */
/** A character that continues a word: a letter, a digit, an apostrophe or a hyphen. */
function isRunChar(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || isLetterOrDigit(code);
}

/** Where the run of word characters ending at `end` starts. */
function runStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const c = codePointBefore(text, start);
    if (!isRunChar(c)) break;
    start -= widthOf(c);
  }
  return start;
}

/** The run's word: from its first letter or digit to its end (empty when it has none). */
function wordOfRun(text: string, start: number, end: number): { raw: string; at: number; end: number } {
  let at = start;
  while (at < end) {
    const c = text.codePointAt(at)!;
    if (isLetterOrDigit(c)) break;
    at += widthOf(c);
  }
  return { raw: text.slice(at, end), at, end };
}

/** The word whose run holds offset `i` (a character boundary). Exported for tests. */
export function wordAround(text: string, i: number): { raw: string; at: number; end: number } {
  let end = i;
  while (end < text.length) {
    const c = text.codePointAt(end)!;
    if (!isRunChar(c)) break;
    end += widthOf(c);
  }
  return wordOfRun(text, runStart(text, i), end);
}

/** The word before offset `at`, skipping runs that hold no letter or digit ("--"). */
export function wordBefore(text: string, at: number): { w: string; at: number; end: number } | null {
  let i = at;
  for (;;) {
    while (i > 0) {
      const c = codePointBefore(text, i);
      if (isRunChar(c)) break;
      i -= widthOf(c);
    }
    if (i === 0) return null;
    const start = runStart(text, i);
    const word = wordOfRun(text, start, i);
    if (word.raw) return { w: stripPossessive(word.raw), at: word.at, end: word.end };
    i = start;
  }
}

function stripPossessive(raw: string): string {
  return raw.endsWith('s') ? raw.replace(/['’]s$/, '') : raw;
}
const MAX_TOPICS = 16;

function usableModifier(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length > 1 && !FUNCTION_WORDS.has(lower) && !WEAK_MODIFIERS.has(lower) && !REPORTING_VERBS.has(lower)
    && !/^\p{N}+$/u.test(word) && !lower.endsWith('ly');
}

export function discoverTopics(sentences: SentenceRef[], articleCount: number): DiscoveredTopic[] {
  const heads = new Map<string, Use[]>(); // theme → every use
  const phrases = new Map<string, Use[]>(); // "modifier theme" → uses
  sentences.forEach((s, si) => {
    // only the words the theme pattern finds are looked at, each with the word before it
    const text = s.text;
    THEME_HIT.lastIndex = 0;
    for (let m = THEME_HIT.exec(text); m; m = THEME_HIT.exec(text)) {
      const word = wordAround(text, m.index);
      THEME_HIT.lastIndex = Math.max(THEME_HIT.lastIndex, word.end);
      if (!word.raw) continue;
      const w = stripPossessive(word.raw);
      const theme = THEME_HEADS.get(w.toLowerCase());
      if (!theme) continue;
      const here = { w, at: word.at, end: word.end };
      const prev = wordBefore(text, word.at);
      pushTo(heads, theme, { sentence: si, article: s.article, surface: w.toLowerCase(), proper: false });
      let modifier: { w: string; proper: boolean } | null = null;
      if (prev && /^[\s'’s]*$/.test(text.slice(prev.end, here.at)) && usableModifier(prev.w)) {
        modifier = { w: prev.w, proper: /^\p{Lu}/u.test(prev.w) && prev.at > 0 && !isDemonym(prev.w) };
      } else {
        // "talks in Geneva", "expansion of NATO"
        const after = PLACE_AFTER.exec(text.slice(here.end, here.end + 80));
        if (after?.[1]) modifier = { w: after[1], proper: true };
      }
      if (modifier) {
        const key = `${modifier.proper ? modifier.w : modifier.w.toLowerCase()} ${theme}`;
        pushTo(phrases, key, { sentence: si, article: s.article, surface: `${modifier.w} ${w}`, proper: modifier.proper });
      }
    }
  });

  const minArticles = articleCount >= 2 ? 2 : 1;
  const spread = new Map<Use[], number>();
  const articlesOf = (uses: Use[]) => {
    let n = spread.get(uses);
    if (n === undefined) spread.set(uses, (n = new Set(uses.map((u) => u.article)).size));
    return { size: n };
  };
  const phrasesByTheme = new Map<string, Array<[string, Use[]]>>();
  for (const entry of phrases) pushTo(phrasesByTheme, entry[0].slice(entry[0].lastIndexOf(' ') + 1), entry);
  const topics: Array<{ title: string; uses: Use[]; terms: string[]; weight: number }> = [];
  for (const [theme, uses] of heads) {
    if (articlesOf(uses).size < minArticles) continue;
    const own = phrasesByTheme.get(theme) ?? [];
    const best = own.sort((a, b) => articlesOf(b[1]).size - articlesOf(a[1]).size || b[1].length - a[1].length)[0];
    const title = best && best[1].length * 5 >= uses.length * 2 && articlesOf(best[1]).size >= minArticles ? commonest(best[1]) : theme;
    // a named theme ("press conference") says more than a bare one; broad nouns ("border") say least
    const weight = (title !== theme ? 1.5 : 1) * (BROAD_THEMES.has(theme) ? 0.5 : 1);
    topics.push({ title, uses, terms: [...new Set(uses.map((u) => u.surface))], weight });
    for (const [, puses] of own) {
      if (puses === best?.[1] && title !== theme) continue;
      if (puses[0]!.proper && articlesOf(puses).size >= minArticles) topics.push({ title: commonest(puses), uses: puses, terms: [...new Set(puses.map((u) => u.surface))], weight: 2 });
    }
  }
  const scored = topics.map((t) => ({ ...t, score: (articlesOf(t.uses).size * 10 + t.uses.length) * t.weight }));
  scored.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
  const seen = new Set<string>();
  const out: DiscoveredTopic[] = [];
  for (const t of scored) {
    const key = t.title.toLowerCase();
    if (seen.has(key) || out.length >= MAX_TOPICS) continue;
    seen.add(key);
    const sentenceIds = [...new Set(t.uses.map((u) => u.sentence))];
    out.push({
      phrase: t.title,
      title: t.title.charAt(0).toUpperCase() + t.title.slice(1),
      terms: t.terms,
      sentences: sentenceIds.map((i) => ({ article: sentences[i]!.article, start: sentences[i]!.start, end: sentences[i]!.end })),
      articles: [...new Set(t.uses.map((u) => u.article))],
      score: t.score,
    });
  }
  return out;
}

function commonest(uses: Use[]): string {
  const counts = new Map<string, number>();
  for (const u of uses) {
    const key = u.proper ? u.surface : u.surface.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
