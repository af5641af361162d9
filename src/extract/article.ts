// Runs steps 1–8 on one article: the facts it states, before anything is compared across articles.
import type { Article, QuoteKind } from '../kb/types.ts';
import { segment, sentenceStarts, sentenceRanges } from './01-segment.ts';
import { findQuotations, markQuotedTokens, type QuoteSpan } from './02-quote-marks.ts';
import { findMentions, type Mention } from './03-entities.ts';
import { findRoles, mentionIndexByToken } from './04-roles.ts';
import { clusterPeople, type LocalPerson } from './05-people.ts';
import { findCandidates, type Candidate } from './06-candidates.ts';
import { attributeQuotes, buildContext, resolve, type Speaker } from './07-attribution.ts';
import { findIndirectSpeech } from './08-indirect.ts';
import { lowerBound } from '../util/sorted.ts';
import { extractDates, extractFigures, type DateMention, type FigureMention } from './timeline/index.ts';

/** Who a statement is attributed to, in article-local terms. */
export interface LocalSpeaker {
  /** Local person index, or -1. */
  person: number;
  /** Organisation or place lexicon key. */
  entity: string | null;
  entityKind: 'organization' | 'place' | null;
  /** The words naming the speaker ("a senior administration official", "Putin"). */
  label: string | null;
  cue: { start: number; end: number } | null;
}

export interface LocalQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: LocalSpeaker;
  /** A day named in the narration of the quote's sentence ("Biden said Dec. 8 that …"), if any. */
  saidOn: string | null;
}

export interface ArticleFacts {
  article: Article;
  mentions: Mention[];
  people: LocalPerson[];
  /** Single surnames with no local person: the corpus may know them. */
  pending: Mention[];
  quotes: LocalQuote[];
  /** Narration sentences as character ranges (quotations inside them included). */
  sentences: Array<{ start: number; end: number }>;
  dates: DateMention[];
  figures: FigureMention[];
}

const FRAGMENT_WORDS = 4;

export function extractArticle(article: Article, bodyStart: number): ArticleFacts {
  const seg = segment(article.text, bodyStart);
  // sentence starts that ignore quotation marks, to place a quotation whose opening mark is missing
  // computed only when a quotation has lost its opening mark (rare)
  let plain: number[] | null = null;
  const sentenceStartAt = (offset: number) => {
    const plainStarts = (plain ??= [...sentenceStarts(seg, false)].sort((a, b) => a - b).map((k) => seg.tokens[k]!.start));
    let lo = 0;
    let hi = plainStarts.length - 1;
    let best = bodyStart;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (plainStarts[mid]! <= offset) {
        best = plainStarts[mid]!;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
  const quoteSpans = findQuotations(seg, sentenceStartAt);
  markQuotedTokens(seg, quoteSpans);
  for (const t of seg.tokens) t.sentenceStart = false;
  const sentences = sentenceRanges(seg, sentenceStarts(seg, true));

  const mentions = findMentions(seg);
  const at = mentionIndexByToken(seg, mentions);
  const roles = findRoles(seg, mentions, at);
  const people = clusterPeople(mentions, roles);
  const candidates = findCandidates(seg, mentions, at, people);
  const ctx = buildContext(seg, quoteSpans, candidates, sentences);
  const speakers = attributeQuotes(ctx);

  const dates = extractDates(article.text, article.date, { bodyStart });
  const sentenceSpans = sentences.map(([a, b]) => ({ start: seg.tokens[a]!.start, end: seg.tokens[b - 1]!.end }));
  const saidOn = saidOnFinder(sentenceSpans, dates, quoteSpans);
  const quotes: LocalQuote[] = quoteSpans.map((q, i) => ({
    start: q.start,
    end: q.end,
    kind: quoteKind(article.text, q, bodyStart),
    speaker: toLocalSpeaker(speakers[i]!),
    saidOn: saidOn(q.start),
  }));
  for (const ind of findIndirectSpeech(ctx)) {
    const resolved = ind.speaker.candidate ? resolve(ctx, ind.speaker.candidate) : null;
    quotes.push({ start: ind.start, end: ind.end, kind: 'indirect', speaker: toLocalSpeaker({ ...ind.speaker, resolved }), saidOn: saidOn(ind.start) });
  }
  return {
    article,
    mentions,
    people: people.people,
    pending: people.pending.map((i) => mentions[i]!),
    quotes,
    sentences: sentenceSpans,
    dates,
    figures: extractFigures(article.text, { dates }),
  };
}

/** The day-precision date named in a sentence's narration (outside quotation marks), for "said Dec. 8" dating. */
function saidOnFinder(sentences: Array<{ start: number; end: number }>, dates: DateMention[], quotes: QuoteSpan[]) {
  // quotations may nest or overlap: a date is quoted when any of them holds it
  const quoted = (at: number) => quotes.some((q) => at >= q.start && at < q.end);
  const days = dates.filter((d) => typeof d.resolved === 'string' && d.resolved.length === 10).sort((a, b) => a.start - b.start);
  const outside = days.filter((d) => !quoted(d.start));
  return (offset: number): string | null => {
    // sentences are in text order and do not overlap: the last one starting at or before the offset
    const k = lowerBound(sentences, offset + 1) - 1;
    const s = k >= 0 ? sentences[k]! : undefined;
    if (!s || offset >= s.end) return null;
    for (let i = lowerBound(outside, s.start); i < outside.length && outside[i]!.start < s.end; i++) {
      if (outside[i]!.end <= s.end) return outside[i]!.resolved as string;
    }
    return null;
  };
}

function toLocalSpeaker(s: Speaker): LocalSpeaker {
  const c: Candidate | null = s.resolved ?? null;
  const label = s.candidate ? (s.candidate.kind === 'pronoun' || (s.candidate.kind === 'unnamed' && c) ? (c?.label ?? s.candidate.label) : s.candidate.label) : null;
  // an unresolved "he" names no one; an unresolved "the ministry" still says what kind of source spoke
  if (!c) return { person: -1, entity: null, entityKind: null, label: s.candidate?.kind === 'pronoun' && !s.candidate.definite ? null : label, cue: s.cue };
  const group = s.candidate && s.candidate.label.length > c.label.length && s.candidate.first === c.first ? s.candidate.label : null;
  return {
    person: c.kind === 'person' ? c.person : -1,
    entity: c.kind === 'organization' || c.kind === 'place' ? c.entity : null,
    entityKind: c.kind === 'organization' || c.kind === 'place' ? c.kind : null,
    label: group ?? c.label,
    cue: s.cue,
  };
}

/** Short fragments and quotations woven into a sentence are partial; whole sentences are direct. */
function quoteKind(text: string, q: QuoteSpan, bodyStart: number): QuoteKind {
  const first = text[q.start] ?? '';
  const lowerStart = first === first.toLowerCase() && first !== first.toUpperCase();
  const words = text.slice(q.start, q.end).split(/\s+/).filter(Boolean).length;
  // a short quotation is a whole sentence when it opens its sentence (or follows a colon), starts with a capital and
  // ends in its own punctuation: "“We will cut taxes,” said …"; otherwise it is a fragment woven into the narration
  if (words <= FRAGMENT_WORDS) return !lowerStart && /[,.!?…]/.test(text[q.end - 1] ?? '') && opensSentence(text, q.open, bodyStart) ? 'direct' : 'partial';
  return lowerStart ? 'partial' : 'direct';
}

/** Only blanks, or the end of a sentence or a colon, before offset `at` in its paragraph (the body starts one). */
function opensSentence(text: string, at: number, bodyStart: number): boolean {
  for (let i = at - 1; i >= bodyStart; i--) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (/\s/.test(c)) continue;
    return /[.:!?…”"’]/.test(c);
  }
  return true;
}
