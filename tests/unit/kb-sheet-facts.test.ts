// The sheet facts the build derives (src/kb/sheetFacts.ts) are what the sheets used to work out on every request:
// each is checked against a plain re-statement of that request-time computation, on the hand-written sample KB, the
// seed articles and a generated corpus of 60 articles (several stories, outlets that disagree).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { readCorpus } from '../../src/articles/corpus';
import { buildKnowledgeBase } from '../../src/extract/index';
import { checkKnowledgeBase, KnowledgeBaseSchemaError } from '../../src/kb/schema';
import { attachSheetFacts, deriveSheetFacts, hasSheetFacts, MENTIONS_READ, SPELLING_LIMIT } from '../../src/kb/sheetFacts';
import type { Actor, KnowledgeBase, Quote, Topic } from '../../src/kb/types';
import { buildKbIndex } from '../../src/render/kbIndex';
import sample from '../fixtures/kb-sample.json';

const seedDir = join(import.meta.dirname, '../../content/articles');
const seedFiles = readdirSync(seedDir).map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(seedDir, file))) }));
const extracted = (files: { file: string; bytes: Uint8Array }[]): KnowledgeBase => {
  const { articles, problems } = readCorpus(files);
  return buildKnowledgeBase(articles, problems, { generatedAt: '2000-01-01T00:00:00.000Z' });
};

const kbs: Array<[string, KnowledgeBase]> = [
  ['the sample KB', structuredClone(sample) as unknown as KnowledgeBase],
  ['the seed articles', extracted(seedFiles)],
  ['60 generated articles', extracted(generateCorpus(60).files)],
];

// ---- the request-time computations the facts replace, restated plainly

const KIND_ORDER = { direct: 0, partial: 1, indirect: 2 };

function firstReported(kb: KnowledgeBase, quote: Quote): string | null {
  const dates = quote.sources.map((s) => s.date ?? kb.articles.find((a) => a.id === s.article)?.date ?? null).filter((d): d is string => d !== null);
  return dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null;
}

function ranked(kb: KnowledgeBase, quotes: Quote[]): string[] {
  const date = (q: Quote) => firstReported(kb, q) ?? '9999';
  return [...quotes]
    .sort((a, b) => b.corroboration - a.corroboration || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0))
    .map((q) => q.id);
}

const known = (kb: KnowledgeBase) => new Set(kb.articles.map((a) => a.id));

function actorArticles(kb: KnowledgeBase, actor: Actor): Set<string> {
  const ids = [
    ...actor.mentions.map((m) => m.article),
    ...actor.roles.flatMap((r) => [...r.articles, ...r.evidence.map((e) => e.article)]),
    ...actor.merges.flatMap((m) => m.evidence.map((e) => e.article)),
    ...kb.quotes.filter((q) => q.speaker === actor.id).flatMap((q) => q.sources.map((s) => s.article)),
  ];
  return new Set(ids.filter((id) => known(kb).has(id)));
}

function coverage(kb: KnowledgeBase, articleIds: Set<string>) {
  const articles = kb.articles.filter((a) => articleIds.has(a.id));
  const dates = articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
  return {
    outlets: new Set(articles.filter((a) => a.source !== null).map((a) => a.source)).size,
    unnamedOutletArticles: articles.filter((a) => a.source === null).length,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
  };
}

function spellings(kb: KnowledgeBase, actor: Actor) {
  const counts = new Map<string, { count: number; outlets: Set<string>; first: { article: string; start: number; end: number } }>();
  for (const m of actor.mentions.slice(0, MENTIONS_READ)) {
    const article = kb.articles.find((a) => a.id === m.article)!;
    const spelling = article.text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
    const entry = counts.get(spelling) ?? counts.set(spelling, { count: 0, outlets: new Set(), first: { article: m.article, start: m.start, end: m.end } }).get(spelling)!;
    entry.count++;
    entry.outlets.add(article.source ?? 'unknown outlet');
  }
  const merged = new Set(actor.merges.map((m) => m.from.toLowerCase()));
  return [...counts]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, SPELLING_LIMIT)
    .map(([spelling, e]) => ({ spelling, count: e.count, outlets: [...e.outlets].sort(), first: e.first, merged: merged.has(spelling.toLowerCase()) }));
}

/** Activity per day, merged as the chart did: span counts per article date, then the timeline's entries. */
function activity(kb: KnowledgeBase, spans: { article: string }[], timeline: { date: string; kind: string }[] = [], countQuotes: boolean) {
  const days: { date: string; count: number; events: number }[] = [];
  const at = (date: string) => days.find((d) => d.date === date) ?? (days.push({ date, count: 0, events: 0 }), days.at(-1)!);
  for (const span of spans) {
    const date = kb.articles.find((a) => a.id === span.article)?.date;
    if (date) at(date).count++;
  }
  for (const entry of timeline) {
    if (entry.kind === 'event') at(entry.date).events++;
    else if (countQuotes) at(entry.date).count++;
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}

function roleOrder(actor: Actor): number[] {
  const support = (i: number) => new Set([...actor.roles[i]!.articles, ...actor.roles[i]!.evidence.map((e) => e.article)]).size;
  return actor.roles.map((_, i) => i).sort((a, b) => support(b) - support(a));
}

function topicActors(kb: KnowledgeBase, topic: Topic) {
  const inTopic = new Set(topic.articles.filter((id) => known(kb).has(id)));
  const collator = new Intl.Collator();
  return [...new Set(topic.actors)]
    .map((id) => kb.actors.find((a) => a.id === id))
    .filter((a): a is Actor => a !== undefined)
    .map((a) => ({ actor: a.id, name: a.name, articles: [...actorArticles(kb, a)].filter((id) => inTopic.has(id)).length }))
    .sort((a, b) => b.articles - a.articles || collator.compare(a.name, b.name))
    .map(({ actor, articles }) => ({ actor, articles }));
}

/** Speakers by how many quotes they have on the topic, ties to whose best quote ranks higher; quotes best first. */
function speakers(kb: KnowledgeBase, topic: Topic) {
  const order = ranked(kb, topic.quotes.map((id) => kb.quotes.find((q) => q.id === id)!));
  const keyOf = (q: Quote) => (q.speaker && kb.actors.some((a) => a.id === q.speaker) ? `actor:${q.speaker}` : `label:${q.speakerLabel ?? 'unnamed speaker'}`);
  const groups = new Map<string, string[]>();
  for (const id of order) {
    const key = keyOf(kb.quotes.find((q) => q.id === id)!);
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const best = (key: string) => order.indexOf(groups.get(key)![0]!);
  return [...groups.keys()]
    .sort((a, b) => groups.get(b)!.length - groups.get(a)!.length || best(a) - best(b))
    .map((key) => ({ speaker: key.startsWith('actor:') ? key.slice(6) : null, label: key.startsWith('label:') ? key.slice(6) : null, quotes: groups.get(key)! }));
}

describe.each(kbs)('the sheet facts of %s', (_, kb) => {
  it('are there, pass the schema and its reference checks, and a fresh derivation gives them again', () => {
    expect(hasSheetFacts(kb)).toBe(true);
    expect(() => checkKnowledgeBase(kb)).not.toThrow();
    const again = deriveSheetFacts(kb);
    for (const actor of kb.actors) expect(again.actors.get(actor.id)).toEqual(actor.sheet);
    for (const topic of kb.topics) expect(again.topics.get(topic.id)).toEqual(topic.sheet);
  });

  it("give each quote the date it was first reported", () => {
    for (const quote of kb.quotes) expect(quote.firstReported, quote.id).toBe(firstReported(kb, quote));
  });

  it("rank each actor's quotes, statements, disputed quotes and roles as the sheet did, and count its coverage, spellings and activity per day", () => {
    for (const actor of kb.actors) {
      const spoken = kb.quotes.filter((q) => q.speaker === actor.id);
      expect(actor.sheet!.keyQuotes, actor.id).toEqual(ranked(kb, spoken.filter((q) => q.kind !== 'indirect')));
      expect(actor.sheet!.statements, actor.id).toEqual(ranked(kb, spoken.filter((q) => q.kind === 'indirect')));
      expect(actor.sheet!.disputed, actor.id).toEqual(ranked(kb, spoken.filter((q) => q.conflict && q.conflictsWith.length > 0)));
      expect(actor.sheet!.roles, actor.id).toEqual(roleOrder(actor));
      expect(actor.sheet!.coverage, actor.id).toEqual(coverage(kb, actorArticles(kb, actor)));
      expect(actor.sheet!.spellings, actor.id).toEqual(spellings(kb, actor));
      expect(actor.sheet!.activity, actor.id).toEqual(activity(kb, actor.mentions, actor.timeline, true));
    }
  });

  it("rank each topic's quotes, actors and speakers as the sheet did, and count its coverage and activity per day", () => {
    for (const topic of kb.topics) {
      expect(topic.sheet!.quotes, topic.id).toEqual(ranked(kb, topic.quotes.map((id) => kb.quotes.find((q) => q.id === id)!)));
      expect(topic.sheet!.actors, topic.id).toEqual(topicActors(kb, topic));
      expect(topic.sheet!.speakers, topic.id).toEqual(speakers(kb, topic));
      expect(topic.sheet!.coverage, topic.id).toEqual(coverage(kb, new Set(topic.articles.filter((id) => known(kb).has(id)))));
      expect(topic.sheet!.activity, topic.id).toEqual(activity(kb, topic.sentences, topic.timeline, false));
      // the extracted summary: the topic's own sentences, none when an editor wrote one
      const sentences = new Set(topic.sentences.map((s) => `${s.article}:${s.start}:${s.end}`));
      if (topic.summary?.trim()) expect(topic.sheet!.summary).toEqual([]);
      for (const s of topic.sheet!.summary) expect(sentences.has(`${s.article}:${s.start}:${s.end}`), topic.id).toBe(true);
    }
  });

  it('are derived by the render index, the same, for a KB that lacks them (a store subset, a hand-made KB)', () => {
    const bare = structuredClone(kb);
    for (const actor of bare.actors) delete actor.sheet;
    for (const topic of bare.topics) delete topic.sheet;
    for (const quote of bare.quotes) delete quote.firstReported;
    const index = buildKbIndex(bare);
    for (const actor of bare.actors) expect(index.actorFacts(actor)).toEqual(kb.actors.find((a) => a.id === actor.id)!.sheet);
    for (const topic of bare.topics) expect(index.topicFacts(topic)).toEqual(kb.topics.find((t) => t.id === topic.id)!.sheet);
    for (const quote of bare.quotes) expect(index.firstReported(quote)).toBe(kb.quotes.find((q) => q.id === quote.id)!.firstReported);
  });
});

describe('the schema check of sheet facts', () => {
  it('refuses a ranked list naming a quote the KB does not hold, and a spelling outside its article', () => {
    const kb = structuredClone(sample) as unknown as KnowledgeBase;
    attachSheetFacts(kb);
    kb.actors[0]!.sheet!.keyQuotes.push('q-nowhere');
    expect(() => checkKnowledgeBase(kb)).toThrow(KnowledgeBaseSchemaError);
    attachSheetFacts(kb);
    const spelling = kb.actors.find((a) => a.sheet!.spellings.length)!.sheet!.spellings[0]!;
    spelling.first = { ...spelling.first, end: 1e6 };
    expect(() => checkKnowledgeBase(kb)).toThrow(/spelling/);
  });
});
