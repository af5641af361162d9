// The knowledge base's timeline on the seeds: events merged across outlets, figures with corroboration, timelines.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/articles/corpus.ts';
import { buildKnowledgeBase } from '../../../src/extract/index.ts';
import { checkKnowledgeBase } from '../../../src/kb/schema.ts';

const dir = resolve(__dirname, '../../../content/articles');
const { articles, problems } = readCorpus(readdirSync(dir).map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) })));
const kb = buildKnowledgeBase(articles, problems);
const events = kb.events!;
const articlesOf = (e: (typeof events)[number]) => new Set(e.sources.map((s) => s.article));

describe('events across outlets', () => {
  it("Putin's press conference of 23 December 2021 is one event with three articles, one of them undated", () => {
    const found = events.filter((e) => e.kind === 'press_conference' && e.participants.includes('vladimir-putin'));
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2021-12-23');
    expect(articlesOf(found[0]!).size).toBe(3);
    expect([...articlesOf(found[0]!)].some((a) => kb.articles.find((x) => x.id === a)!.date === null)).toBe(true);
  });
  it('the Biden–Putin call of 30 December is one event with both sources, apart from the call of 7 December', () => {
    const calls = events.filter((e) => e.kind === 'call' && e.participants.includes('joe-biden') && e.participants.includes('vladimir-putin'));
    expect(calls.map((c) => c.date).sort()).toEqual(['2021-12-07', '2021-12-30']);
    const late = calls.find((c) => c.date === '2021-12-30')!;
    expect(articlesOf(late).size).toBe(2);
    expect(late.corroboration).toBe(2);
  });
  it('every event source slices back to its describing sentence', () => {
    for (const e of events) for (const s of e.sources) {
      const text = kb.articles.find((a) => a.id === s.article)!.text;
      expect(s.trigger.start).toBeGreaterThanOrEqual(s.start);
      expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
    }
  });
});

describe('figures and timelines', () => {
  it('the same troop figure from several outlets is one figure; the different value is kept side by side', () => {
    const troops = kb.figures!.filter((f) => f.counts === 'troop');
    const big = troops.find((f) => f.value === 100000)!;
    expect(big.corroboration).toBeGreaterThanOrEqual(3);
    expect(big.qualifiers).toEqual(expect.arrayContaining(['more than', 'around']));
  });
  it('a figure inside a quotation belongs to its speaker', () => {
    const waves = kb.figures!.find((f) => f.counts === 'wave')!;
    expect(waves.sources.some((s) => s.speaker === 'vladimir-putin')).toBe(true);
  });
  it('quotes are dated by the day named in their sentence', () => {
    const q = kb.quotes.find((x) => x.text.startsWith('very straightforward'))!;
    expect(q.sources[0]!.date).toBe('2021-12-08');
  });
  it('every actor and topic timeline is in date order', () => {
    for (const owner of [...kb.actors, ...kb.topics]) {
      const dates = (owner.timeline ?? []).map((e) => e.date);
      expect(dates).toEqual([...dates].sort());
    }
    expect(kb.actors.find((a) => a.id === 'vladimir-putin')!.timeline!.length).toBeGreaterThan(5);
  });
  it('passes the schema', () => expect(() => checkKnowledgeBase(kb)).not.toThrow());
});
