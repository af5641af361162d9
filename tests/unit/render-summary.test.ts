// The extractive topic summary: central sentences (topic terms, words many outlets use), no near-repeats, outlets spread.

import { describe, expect, it } from 'vitest';
import { buildKbIndex } from '../../src/render/kbIndex';
import { extractiveSummary } from '../../src/render/views/extractiveSummary';
import { kbOf, topicOf } from './render-kb';

const articles = [
  { id: 'a', source: 'Wire', date: '2024-01-01', text: 'Port workers began a strike over pay on Monday in Rotterdam harbour. The weather was mild and sunny today here.' },
  { id: 'b', source: 'Paper', date: '2024-01-02', text: 'The strike by port workers over pay closed Rotterdam harbour for a second day. A local bakery opened a new shop downtown.' },
  { id: 'c', source: 'Radio', date: '2024-01-02', text: 'Port workers in Rotterdam harbour said the strike over pay would go on all week.' },
];
const sentences = [
  'Port workers began a strike over pay on Monday in Rotterdam harbour.',
  'The weather was mild and sunny today here.',
  'The strike by port workers over pay closed Rotterdam harbour for a second day.',
  'A local bakery opened a new shop downtown.',
  'Port workers in Rotterdam harbour said the strike over pay would go on all week.',
];
const kb = kbOf(articles, []);
const topic = topicOf('strike', ['strike', 'port workers'], articles, sentences);
kb.topics.push(topic);
const index = buildKbIndex(kb);

describe('extractiveSummary', () => {
  it('picks the sentences central across outlets, one per outlet first, each with its source', () => {
    const summary = extractiveSummary(index, topic, 3);
    const outlets = summary.map((s) => s.citation.split(',')[0]);
    expect(outlets.length).toBeGreaterThanOrEqual(2);
    expect(new Set(outlets).size).toBe(outlets.length);
    // Off-topic sentences are never summary material, even to add an outlet.
    expect(summary.some((s) => /weather|bakery/.test(s.text))).toBe(false);
    for (const sentence of summary) {
      const [, id, start, end] = /^\/sources\/(\w+)\?start=(\d+)&end=(\d+)#evidence$/.exec(sentence.evidenceUrl)!;
      expect(articles.find((a) => a.id === id)!.text.slice(Number(start), Number(end))).toBe(sentence.text);
    }
  });

  it('never picks near-repeats of a sentence already chosen', () => {
    const repeated = [...articles, { id: 'd', source: 'Wire', date: '2024-01-03', text: 'Port workers began a strike over pay on Monday in Rotterdam harbour, again.' }];
    const kb2 = kbOf(repeated, []);
    const topic2 = topicOf('strike', ['strike'], repeated, [...sentences, 'Port workers began a strike over pay on Monday in Rotterdam harbour, again.']);
    kb2.topics.push(topic2);
    const texts = extractiveSummary(buildKbIndex(kb2), topic2, 4).map((s) => s.text);
    expect(texts.filter((t) => t.startsWith('Port workers began'))).toHaveLength(1);
  });
});
