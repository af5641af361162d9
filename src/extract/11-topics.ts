// Step 11: topics discovered from the corpus itself — key phrases that recur across articles.
// A phrase is a run of two or three content words inside a sentence; it becomes a topic when several articles use
// it. Phrases inside a longer kept phrase, or sharing most sentences with a better one, are folded into it.
import type { Span } from '../kb/types.ts';
import { FUNCTION_WORDS, WEEKDAYS, MONTHS } from './lexicon/common.ts';
import { REPORTING_VERBS } from './lexicon/verbs.ts';

export interface SentenceRef extends Span {
  text: string;
}

export interface DiscoveredTopic {
  phrase: string;
  title: string;
  sentences: Span[];
  articles: string[];
  score: number;
}

const STOP = new Set([
  ...FUNCTION_WORDS, 'said', 'says', 'say', 'told', 'would', 'could', 'should', 'will', 'may', 'might', 'must', 'can',
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'do', 'does', 'did', 'also', 'year', 'years',
  'month', 'week', 'day', 'days', 'time', 'way', 'thing', 'things', 'lot', 'part', 'per', 'cent', 'percent', 'mr', 'ms',
  'it’s', "it's", 'don’t', "don't", 'we’re', 'they’re', 'like', 'made', 'make', 'take', 'took', 'get', 'got', 'go', 'went',
]);
const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
const MAX_TOPICS = 14;
const MIN_ARTICLES = 2;

function usable(word: string, lower: string): boolean {
  return lower.length > 2 && !STOP.has(lower) && !REPORTING_VERBS.has(lower) && !WEEKDAYS.has(word) && !MONTHS.has(word);
}

export function discoverTopics(sentences: SentenceRef[], articleCount: number): DiscoveredTopic[] {
  interface PhraseStats { forms: Map<string, number>; sentences: Span[]; articles: Set<string> }
  const stats = new Map<string, PhraseStats>();
  for (const s of sentences) {
    const seen = new Set<string>();
    const words: Array<{ w: string; l: string } | null> = [];
    WORD.lastIndex = 0;
    let last = 0;
    for (let m = WORD.exec(s.text); m; m = WORD.exec(s.text)) {
      // punctuation between words breaks a phrase
      if (/[,.;:!?()“”"—]/.test(s.text.slice(last, m.index))) words.push(null);
      const w = m[0].replace(/['’]s$/, '');
      words.push({ w, l: w.toLowerCase() });
      last = m.index + m[0].length;
    }
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= 3; n++) {
        const gram = words.slice(i, i + n);
        if (gram.length < n || gram.some((g) => !g || !usable(g.w, g.l))) continue;
        const key = gram.map((g) => stem(g!.l)).join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        const st: PhraseStats = stats.get(key) ?? { forms: new Map(), sentences: [], articles: new Set() };
        const form = gram.map((g) => g!.w).join(' ');
        st.forms.set(form, (st.forms.get(form) ?? 0) + 1);
        st.sentences.push({ article: s.article, start: s.start, end: s.end });
        st.articles.add(s.article);
        stats.set(key, st);
      }
    }
  }
  const minArticles = articleCount >= MIN_ARTICLES ? MIN_ARTICLES : 1;
  const ranked = [...stats.entries()]
    .filter(([, st]) => st.articles.size >= minArticles && st.sentences.length >= 2)
    .map(([key, st]) => {
      const n = key.split(' ').length;
      // spread across articles counts most; frequent but local phrases count less
      const score = st.articles.size * 2 + Math.log2(1 + st.sentences.length) + (n === 3 ? 0.5 : 0);
      const form = [...st.forms.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      return { key, phrase: form, st, score };
    })
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));

  const kept: typeof ranked = [];
  for (const cand of ranked) {
    if (kept.length >= MAX_TOPICS) break;
    const dup = kept.some((k) => {
      if (k.key.includes(cand.key) || cand.key.includes(k.key)) return true;
      const mine = new Set(cand.st.sentences.map((s) => `${s.article}:${s.start}`));
      const shared = k.st.sentences.filter((s) => mine.has(`${s.article}:${s.start}`)).length;
      return shared / Math.min(mine.size, k.st.sentences.length) >= 0.7;
    });
    if (!dup) kept.push(cand);
  }
  return kept.map((k) => ({
    phrase: k.phrase,
    title: titleCase(k.phrase),
    sentences: k.st.sentences,
    articles: [...k.st.articles],
    score: k.score,
  }));
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function titleCase(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
