// Scores event extraction on the seeds against the timeline gold, with oracle actor mentions
// (fixtures/seed_actors.json, from the entity gold) so events are measured on their own.
import { extractDates } from '../../../src/extract/timeline/dates/index.ts';
import { extractEvents } from '../../../src/extract/timeline/events/extract.ts';
import { mergeEvents } from '../../../src/extract/timeline/events/merge.ts';
import type { ActorMention, EventReport, EventSentence, MergedEvent, ResolvedDate } from '../../../src/extract/timeline/types.ts';
import { readStamp } from './seed-scoring.ts';

interface GoldEvent {
  type: string;
  alt_types?: string[];
  date: ResolvedDate | null;
  participants: string[];
  place: string | null;
  evidence: string;
  offset: number;
  xref?: string;
}
export interface GoldEventArticle {
  file: string;
  events: GoldEvent[];
  events_optional?: GoldEvent[];
}
export interface GoldEventFile {
  articles: GoldEventArticle[];
  cross_article_events: Array<{ id: string; files: string[] }>;
}

export interface EventScore {
  gold: number;
  /** Gold events of a kind the extractor has ("other" left out). */
  scorable: number;
  found: number;
  datedRight: number;
  participantsRight: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  /** Cross-article gold events whose reports (in the files that have them) landed in one merged event. */
  linksRight: number;
  links: number;
  misses: string[];
  falsePositives: string[];
}

/** A plain splitter for the tests: sentence punctuation (or a closing quote after it) before a capital, or a line break. */
export function splitSentences(text: string, from: number): EventSentence[] {
  const out: EventSentence[] = [];
  const boundary = /[.!?][”"’]?\s+(?=[“"A-Z])|\n+/g;
  let start = from;
  boundary.lastIndex = from;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    if (/\b(?:[A-Z]|U\.S|Mr|Mrs|Ms|Dr|Gen|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$/.test(text.slice(Math.max(start, m.index - 5), m.index + 1))) continue;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out.filter((s) => s.text.trim());
}

const KIND_OF: Record<string, string> = { sanction: 'sanctions' };
const kinds = (g: GoldEvent): string[] => [g.type, ...(g.alt_types ?? [])].map((k) => KIND_OF[k] ?? k);
const overlapsEvidence = (e: MergedEvent, g: GoldEvent): boolean =>
  e.members.some((m) => m.event.sentence.start < g.offset + g.evidence.length && g.offset < m.event.sentence.end);
const sameDate = (a: ResolvedDate | null, b: ResolvedDate | null): boolean => JSON.stringify(a) === JSON.stringify(b);

export function scoreEvents(
  gold: GoldEventFile,
  texts: Record<string, string>,
  actors: Record<string, ActorMention[]>,
): EventScore {
  const score: EventScore = {
    gold: 0, scorable: 0, found: 0, datedRight: 0, participantsRight: 0, predicted: 0, correct: 0, precision: 0,
    recall: 0, linksRight: 0, links: 0, misses: [], falsePositives: [],
  };
  const reports: EventReport[] = [];
  const matchedGold = new Map<string, MergedEvent>();
  for (const article of gold.articles) {
    const text = texts[article.file]!;
    const { date, bodyStart } = readStamp(text);
    const sentences = splitSentences(text, bodyStart);
    const dates = extractDates(text, date, { bodyStart });
    const events = extractEvents(sentences, dates, actors[article.file] ?? [], { articleDate: date });
    const local = events.map((event) => ({ event, article: article.file, outlet: null, articleDate: date }));
    reports.push(...local);
    const merged = mergeEvents(local);
    const optional = article.events_optional ?? [];
    score.gold += article.events.length;
    const used = new Set<GoldEvent>();
    for (const g of article.events) {
      if (g.type === 'other') continue;
      score.scorable++;
      const hit = merged.find((e) => kinds(g).includes(e.kind) && overlapsEvidence(e, g));
      if (!hit) {
        score.misses.push(`${article.file} ${g.type} ${JSON.stringify(g.evidence)}`);
        continue;
      }
      used.add(g);
      score.found++;
      if (sameDate(hit.date, g.date)) score.datedRight++;
      else score.misses.push(`${article.file} date ${JSON.stringify(hit.date)} ≠ ${JSON.stringify(g.date)} for ${JSON.stringify(g.evidence)}`);
      if (g.participants.every((p) => hit.participants.includes(p))) score.participantsRight++;
      if (g.xref) matchedGold.set(`${article.file}|${g.xref}`, hit);
    }
    for (const e of merged) {
      const real = article.events.some((g) => kinds(g).includes(e.kind) && overlapsEvidence(e, g));
      const neutral = optional.some((g) => overlapsEvidence(e, g)) || article.events.some((g) => g.type === 'other' && overlapsEvidence(e, g));
      if (real) {
        score.predicted++;
        score.correct++;
      } else if (!neutral) {
        score.predicted++;
        score.falsePositives.push(`${article.file} ${e.kind} ${JSON.stringify(e.members[0]!.event.trigger.phrase)} @${e.members[0]!.event.trigger.start} ${JSON.stringify(e.date)}`);
      }
    }
  }
  // Cross-article: do the reports that matched one gold happening sit in one merged event?
  const all = mergeEvents(reports);
  for (const x of gold.cross_article_events) {
    const hits = x.files.map((f) => matchedGold.get(`${f}|${x.id}`)).filter((h): h is MergedEvent => !!h);
    if (hits.length < 2) continue;
    score.links++;
    const homes = new Set(hits.map((h) => all.findIndex((m) => m.members.some((r) => h.members.includes(r)))));
    if (homes.size === 1) score.linksRight++;
  }
  score.precision = score.predicted ? score.correct / score.predicted : 1;
  score.recall = score.scorable ? score.found / score.scorable : 1;
  return score;
}
