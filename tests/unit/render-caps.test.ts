// However much the news says about a subject, its sheet shows the head of each list (a few KB of markdown) and links
// to the whole list as paginated JSON; events on a timeline are cut to a line, quotes never are.

import { describe, expect, it } from 'vitest';
import type { Quote, StoryEvent } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { buildKbIndex } from '../../src/render/kbIndex';
import { PageRenderer } from '../../src/render/pages';
import { actorLists, buildActorSheet } from '../../src/render/views/actorSheet';
import { EXCERPT_LENGTH } from '../../src/render/views/timeline';
import { kbOf, spansOf } from './render-kb';

const DAYS = 60;
const articles = Array.from({ length: DAYS }, (_, i) => ({
  id: `a${i}`,
  source: `Outlet ${i % 7}`,
  date: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`,
  text: `Anna Berg met Carl Dahl on day ${i}, and the talks that followed went on long into the night without any agreement on anything at all. "We will keep talking until day ${i + 1}," Anna Berg said.`,
}));
const kb = kbOf(articles, [
  { id: 'anna', name: 'Anna Berg', kind: 'person' },
  { id: 'carl', name: 'Carl Dahl', kind: 'person' },
]);
const quotes: Quote[] = articles.map((article, i) => {
  const [span] = spansOf(article, `We will keep talking until day ${i + 1},`);
  return {
    id: `q${i}`, text: `We will keep talking until day ${i + 1},`, kind: 'direct', speaker: 'anna', speakerLabel: 'Anna Berg',
    sources: [{ ...span!, speaker: 'anna', speakerLabel: 'Anna Berg', cue: null, date: article.date }], corroboration: 1 + (i % 3), conflict: false, conflictsWith: [],
  };
});
const events: StoryEvent[] = articles.map((article, i) => {
  const description = article.text.slice(0, article.text.indexOf('"') - 1);
  const [span] = spansOf(article, description);
  return {
    id: `e${i}`, kind: 'meeting', date: article.date, datePrecision: 'day', status: 'reported', participants: ['anna', 'carl'], place: null, description, corroboration: 1,
    sources: [{ ...span!, trigger: { start: 10, end: 13 }, dateEvidence: null, date: article.date }],
  };
});
kb.quotes = quotes;
kb.events = events;
kb.figures = [];
kb.actors[0]!.timeline = events.map((e) => ({ date: e.date as string, kind: 'event' as const, ref: e.id })).sort((a, b) => (a.date < b.date ? -1 : 1));
const index = buildKbIndex(kb);
const anna = index.actors.get('anna')!;
const sheet = buildActorSheet(index, anna);

describe('a busy actor', () => {
  it('shows the head of each list and counts the rest for the JSON link', () => {
    expect(sheet.keyQuotes.length).toBeLessThan(DAYS);
    expect(sheet.lists.keyQuotes).toMatchObject({ total: DAYS, hidden: DAYS - sheet.keyQuotes.length });
    expect(sheet.timeline.length).toBeLessThan(DAYS);
    expect(sheet.lists.timeline.total).toBe(DAYS);
    expect(sheet.sources.length).toBeLessThan(DAYS);
    expect(sheet.lists.sources.total).toBe(DAYS);
  });

  it('shows the best-backed quotes first, in the order of the whole list', () => {
    const all = actorLists(index, anna).keyQuotes.all();
    expect(sheet.keyQuotes.map((q) => q.id)).toEqual(all.slice(0, sheet.keyQuotes.length).map((q) => q.id));
    expect(sheet.keyQuotes.every((q) => q.corroboration === 3)).toBe(true);
  });

  it('has a sheet of a few KB of markdown', () => {
    const markdown = new PageRenderer(bundledTemplates, kb).actorMarkdown(sheet);
    expect(markdown.length).toBeLessThan(12_000);
  });

  it('cuts event sentences to a line on the timeline, with an ellipsis, and keeps the whole sentence in the data', () => {
    const line = sheet.timeline[0]!;
    expect(line.quoted).toBe(false);
    expect(line.text.length).toBeGreaterThan(EXCERPT_LENGTH);
    expect(line.excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    expect(line.excerpt.endsWith('…')).toBe(true);
    expect(line.text.startsWith(line.excerpt.slice(0, -1))).toBe(true);
  });
});
