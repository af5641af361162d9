// The extraction recipe. Pure and runtime-neutral: it runs at build time in Node and inside the Worker.
//
//   1  segment        paragraphs, tokens, sentences with offsets
//   2  quote marks    quotations, tolerant of missing and reversed marks
//   3  entities       people, organisations, places
//   4  roles          titles, appositives, "As vice president, …"
//   5  people         one person per article for "Joe Biden" / "Biden"
//   6  candidates     who could be speaking: names, unnamed sources, pronouns
//   7  attribution    who said each quotation
//   8  indirect       reported speech
//   9  identity       one actor across articles, with the reason for every merge
//  10  corroboration  one quote across outlets, conflicts kept side by side
//  11  topics         recurring key phrases
//  12  descriptors    roles from "the Russian leader" when one person fits
//  13  timeline       dates, figures and events across outlets
//  then, from the KB itself (src/kb/derive.ts): every actor's and topic's timeline; who met, spoke about, was
//  quoted or named with whom; and (src/kb/sheetFacts.ts) what each sheet lists, ranked and counted
import type { Actor, KnowledgeBase, Problem, Quote, QuoteSource, Topic } from '../kb/types.ts';
import type { ParsedArticle } from '../articles/parse.ts';
import { slugify, shortHash } from '../articles/ids.ts';
import { extractArticle, type ArticleFacts, type LocalSpeaker } from './article.ts';
import { resolveIdentities } from './09-identity.ts';
import { groupQuotes, corroboration, type QuoteReport } from './10-corroboration.ts';
import { discoverTopics } from './11-topics.ts';
import { buildActors, type ActorTable } from './actors.ts';
import { addDescriptorRoles } from './12-descriptors.ts';
import { buildTimelineFacts } from './13-timeline.ts';
import { attachRelations, attachTimelines } from '../kb/derive.ts';
import { attachSheetFacts } from '../kb/sheetFacts.ts';
import { pushTo } from '../util/multimap.ts';

export interface CuratedTopic {
  id: string;
  title: string | null;
  terms: string[];
  hide: boolean;
  mergeInto: string | null;
  summary: string | null;
}

export interface ExtractOptions {
  generatedAt?: string;
  curatedTopics?: CuratedTopic[];
}

export function buildKnowledgeBase(parsed: ParsedArticle[], problems: Problem[] = [], options: ExtractOptions = {}): KnowledgeBase {
  const facts: ArticleFacts[] = [];
  for (const p of parsed) {
    try {
      facts.push(extractArticle(p.article, p.bodyStart));
    } catch (err) {
      // one article that trips the extractor must not stop the others
      problems.push({ file: p.article.file, severity: 'error', reason: `extraction failed: ${(err as Error).message}` });
    }
  }
  const identity = resolveIdentities(facts);
  const table = buildActors(facts, identity);
  addDescriptorRoles(facts, table.actors);
  const quotes = buildQuotes(facts, table);
  const topics = buildTopics(facts, table.actors, quotes, options.curatedTopics ?? []);
  const timeline = buildTimelineFacts(facts, table.actors, quotes);
  const kb: KnowledgeBase & typeof timeline = {
    version: 1,
    generatedAt: options.generatedAt ?? new Date(0).toISOString(),
    articles: facts.map((f) => f.article),
    actors: table.actors,
    quotes,
    topics,
    ...timeline,
    problems,
  };
  facts.forEach((f) => (f.article.sentenceStarts = f.sentences.map((s) => s.start)));
  attachTimelines(kb);
  attachRelations(kb);
  attachSheetFacts(kb);
  return kb;
}

function speakerKey(table: ActorTable, ai: number, s: LocalSpeaker): string | null {
  if (s.person >= 0) return table.personActor(ai, s.person);
  if (s.entity && s.entityKind) return table.entityActor(s.entityKind, s.entity);
  return null;
}

function buildQuotes(facts: ArticleFacts[], table: ActorTable): Quote[] {
  const reports: QuoteReport[] = [];
  facts.forEach((f, ai) => {
    for (const q of f.quotes) {
      const speaker = speakerKey(table, ai, q.speaker);
      const source: QuoteSource = {
        article: f.article.id, start: q.start, end: q.end, speaker, speakerLabel: q.speaker.label,
        cue: q.speaker.cue, date: q.saidOn ?? f.article.date,
      };
      reports.push({ article: f.article.id, outlet: f.article.source, text: f.article.text.slice(q.start, q.end), kind: q.kind, source, speakerKey: speaker });
    }
  });
  const groups = groupQuotes(reports);
  const ids = groups.map((g) => `q-${shortHash(`${g.reports[0]!.article}:${g.reports[0]!.source.start}:${g.speaker ?? g.speakerLabel ?? ''}`)}`);
  return groups.map((g, i) => {
    const lead = g.reports[0]!;
    return {
      id: ids[i]!,
      text: lead.text,
      kind: g.reports.some((r) => r.kind === 'direct') ? 'direct' : lead.kind,
      speaker: g.speaker,
      speakerLabel: g.speakerLabel,
      sources: g.reports.map((r) => r.source),
      corroboration: corroboration(g.reports),
      conflict: g.conflicts.length > 0,
      conflictsWith: g.conflicts.map((c) => ids[c]!),
    };
  });
}

function buildTopics(facts: ArticleFacts[], actors: Actor[], quotes: Quote[], curated: CuratedTopic[]): Topic[] {
  const sentences = facts.flatMap((f) => f.sentences.map((s) => ({ article: f.article.id, start: s.start, end: s.end, text: f.article.text.slice(s.start, s.end) })));
  const found = discoverTopics(sentences, facts.length);
  const hidden = new Set(curated.filter((c) => c.hide).map((c) => c.id));
  const topics = new Map<string, Topic>();
  for (const t of found) {
    const id = slugify(t.phrase);
    if (!id || hidden.has(id)) continue;
    topics.set(id, { id, title: t.title, terms: t.terms, summary: null, curated: false, articles: t.articles, actors: [], quotes: [], sentences: t.sentences, figures: [], events: [], timeline: [] });
  }
  for (const c of curated) {
    if (c.hide) continue;
    const target = c.mergeInto ?? c.id;
    const existing = topics.get(target);
    const terms = c.terms.map((t) => t.toLowerCase());
    const matches = terms.length ? sentences.filter((s) => terms.some((t) => s.text.toLowerCase().includes(t))) : [];
    const merged: Topic = existing ?? { id: target, title: c.title ?? target, terms: [], summary: null, curated: true, articles: [], actors: [], quotes: [], sentences: [], figures: [], events: [], timeline: [] };
    merged.title = c.mergeInto ? merged.title : (c.title ?? merged.title);
    merged.terms = [...new Set([...merged.terms, ...c.terms])];
    merged.summary = c.summary ?? merged.summary;
    merged.curated = true;
    const seen = new Set(merged.sentences.map((s) => `${s.article}:${s.start}`));
    for (const s of matches) if (!seen.has(`${s.article}:${s.start}`)) merged.sentences.push({ article: s.article, start: s.start, end: s.end });
    merged.articles = [...new Set(merged.sentences.map((s) => s.article))];
    topics.set(target, merged);
    if (c.mergeInto && topics.has(c.id)) topics.delete(c.id);
  }
  // link each topic to the actors named and the quotes made inside its sentences: find each mention's sentence once
  const sentenceStarts = new Map(facts.map((f) => [f.article.id, f.sentences.map((s) => s.start)]));
  const sentenceAt = (article: string, offset: number): number => {
    const starts = sentenceStarts.get(article) ?? [];
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) {
        found = starts[mid]!;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const list = [...topics.values()];
  // article → sentence start → the topics holding that sentence
  const topicsAt = new Map<string, Map<number, number[]>>();
  list.forEach((t, i) => {
    for (const s of t.sentences) {
      const inArticle = topicsAt.get(s.article) ?? topicsAt.set(s.article, new Map()).get(s.article)!;
      pushTo(inArticle, s.start, i);
    }
  });
  const topicsOf = (article: string, offset: number) => {
    const inArticle = topicsAt.get(article);
    return inArticle ? (inArticle.get(sentenceAt(article, offset)) ?? []) : [];
  };
  const actorSets = list.map(() => new Set<string>());
  const quoteSets = list.map(() => new Set<string>());
  for (const a of actors) for (const m of a.mentions) for (const i of topicsOf(m.article, m.start)) actorSets[i]!.add(a.id);
  for (const q of quotes) for (const src of q.sources) for (const i of topicsOf(src.article, src.start)) quoteSets[i]!.add(q.id);
  list.forEach((t, i) => {
    t.actors = [...actorSets[i]!];
    t.quotes = [...quoteSets[i]!];
  });
  return [...topics.values()];
}
