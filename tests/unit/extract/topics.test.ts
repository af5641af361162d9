// Topics are discovered from the articles themselves, on the seed story and on a different story.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/articles/corpus.ts';
import { buildKnowledgeBase, type CuratedTopic } from '../../../src/extract/index.ts';

const root = resolve(__dirname, '../../..');
function kbOf(dir: string, curatedTopics: CuratedTopic[] = []) {
  const files = readdirSync(dir).map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) }));
  const { articles, problems } = readCorpus(files);
  return buildKnowledgeBase(articles, problems, { curatedTopics });
}
const titles = (kb: ReturnType<typeof kbOf>) => kb.topics.map((t) => t.title.toLowerCase());

describe('topic discovery', () => {
  it('finds the themes of the seed story', () => {
    const kb = kbOf(join(root, 'content/articles'));
    expect(titles(kb)).toEqual(expect.arrayContaining(['nato expansion', 'sanctions', 'security guarantees', 'press conference', 'military build-up']));
  });
  it('finds the themes of another story', () => {
    const kb = kbOf(join(root, 'tests/fixtures/story-port-strike'));
    expect(titles(kb)).toEqual(expect.arrayContaining(['contract talks', 'wage offer', 'automation']));
  });
  it('links each topic to its sentences, actors and quotes', () => {
    const kb = kbOf(join(root, 'tests/fixtures/story-port-strike'));
    const talks = kb.topics.find((t) => t.title === 'Contract talks')!;
    expect(talks.sentences.length).toBeGreaterThan(2);
    for (const s of talks.sentences) expect(kb.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end)).toMatch(/talks/i);
    expect(talks.articles.length).toBe(4);
  });
  it('lets editors hide, rename, extend and merge topics', () => {
    const kb = kbOf(join(root, 'tests/fixtures/story-port-strike'), [
      { id: 'strike', title: null, terms: [], hide: true, mergeInto: null, summary: null },
      { id: 'automation', title: 'Robots at the docks', terms: ['automation', 'robots'], hide: false, mergeInto: null, summary: 'The union wants a ban.' },
      { id: 'wages', title: null, terms: ['raise'], hide: false, mergeInto: 'wage-offer', summary: null },
    ]);
    expect(titles(kb)).not.toContain('strike');
    const robots = kb.topics.find((t) => t.id === 'automation')!;
    expect(robots.title).toBe('Robots at the docks');
    expect(robots.summary).toBe('The union wants a ban.');
    expect(robots.curated).toBe(true);
    expect(kb.topics.find((t) => t.id === 'wages')).toBeUndefined();
    expect(kb.topics.find((t) => t.id === 'wage-offer')!.terms).toContain('raise');
  });
});
