// Test helpers: extract a small hand-written corpus and look facts up by name.
import { readCorpus } from '../../../src/articles/corpus.ts';
import { buildKnowledgeBase } from '../../../src/extract/index.ts';
import type { KnowledgeBase, Quote } from '../../../src/kb/types.ts';

export function extract(...articles: string[]): KnowledgeBase {
  const files = articles.map((text, i) => ({ file: `a${i}.txt`, bytes: new TextEncoder().encode(text) }));
  const { articles: parsed, problems } = readCorpus(files);
  return buildKnowledgeBase(parsed, problems);
}

export function people(kb: KnowledgeBase): string[] {
  return kb.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort();
}

export function quoteStarting(kb: KnowledgeBase, start: string): Quote {
  const q = kb.quotes.find((x) => x.kind !== 'indirect' && x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}"; have: ${kb.quotes.map((x) => x.text.slice(0, 30)).join(' | ')}`);
  return q;
}

/** The speaker of a quote as a reader would name it: the actor's name, else the label, else null. */
export function speakerOf(kb: KnowledgeBase, start: string): string | null {
  return nameOfSpeaker(kb, quoteStarting(kb, start));
}

/** The reported (indirect) statement whose text starts so, if any. */
export function reportedStarting(kb: KnowledgeBase, start: string): Quote | undefined {
  return kb.quotes.find((q) => q.kind === 'indirect' && q.text.startsWith(start));
}

/** The speaker of a reported statement as a reader would name it (as speakerOf); null when there is no such statement. */
export function reporterOf(kb: KnowledgeBase, start: string): string | null {
  const q = reportedStarting(kb, start);
  return q ? nameOfSpeaker(kb, q) : null;
}

function nameOfSpeaker(kb: KnowledgeBase, q: Quote): string | null {
  if (q.speaker) return kb.actors.find((a) => a.id === q.speaker)!.name;
  return q.speakerLabel;
}

export function rolesOf(kb: KnowledgeBase, name: string): string[] {
  return kb.actors.find((a) => a.name === name)?.roles.map((r) => r.title) ?? [];
}
