// Sheets over a knowledge base with build-time story facts: the actor's timeline, cited figures and figures that
// disagree come from the KB (never from re-reading the text); without them those sections are empty.

import { describe, expect, it } from 'vitest';
import type { Figure, KnowledgeBase, StoryEvent } from '../../src/kb/types';
import { buildKbIndex } from '../../src/render/kbIndex';
import { buildActorSheet } from '../../src/render/views/actorSheet';
import { buildTopicSheet } from '../../src/render/views/topicSheet';
import { kbOf, spansOf, topicOf } from './render-kb';

const wire = { id: 'w1', source: 'Wire', date: '2024-03-01', text: 'Anna Berg met Carl Dahl in Oslo on Wednesday. Anna Berg said 300 ships were waiting at the port.' };
const paper = { id: 'p1', source: 'Paper', date: '2024-03-02', text: 'Port officials counted 500 ships waiting after the strike talks.' };

function storyKb(): KnowledgeBase {
  const kb = kbOf([wire, paper], [
    { id: 'anna', name: 'Anna Berg', kind: 'person' },
    { id: 'carl', name: 'Carl Dahl', kind: 'person' },
    { id: 'oslo', name: 'Oslo', kind: 'place' },
  ]);
  const [sentence] = spansOf(wire, 'Anna Berg met Carl Dahl in Oslo on Wednesday.');
  const meeting: StoryEvent = {
    id: 'e1', kind: 'meeting', date: '2024-02-28', datePrecision: 'day', status: 'reported', participants: ['anna', 'carl'], place: 'oslo',
    description: 'Anna Berg met Carl Dahl in Oslo on Wednesday.', corroboration: 1,
    sources: [{ ...sentence!, trigger: { start: 10, end: 13 }, dateEvidence: null, date: '2024-02-28' }],
  };
  const figure = (id: string, article: typeof wire, phrase: string, value: number, speaker: string | null, rival: string): Figure => ({
    id, value, unit: null, counts: 'ship', describes: null, qualifiers: [], key: 'ship|', corroboration: 1, conflictsWith: [rival],
    sources: [{ ...spansOf(article, phrase)[0]!, phrase, qualifier: null, speaker, date: article.date }],
  });
  kb.events = [meeting];
  kb.figures = [figure('f1', wire, '300 ships', 300, 'anna', 'f2'), figure('f2', paper, '500 ships', 500, null, 'f1')];
  kb.dates = [];
  for (const actor of kb.actors) actor.timeline = actor.id === 'oslo' ? [] : [{ date: '2024-02-28', kind: 'event', ref: 'e1' }];
  const topic = topicOf('ships', ['ships'], [wire, paper], ['Port officials counted 500 ships waiting after the strike talks.']);
  kb.topics = [{ ...topic, figures: ['f1', 'f2'], events: ['e1'], timeline: [{ date: '2024-02-28', kind: 'event', ref: 'e1' }] }];
  return kb;
}

const index = buildKbIndex(storyKb());

describe('an actor sheet from story facts', () => {
  const anna = buildActorSheet(index, index.actors.get('anna')!);

  it('shows the event on the day it happened, not the day it was reported', () => {
    expect(anna.timeline).toEqual([
      expect.objectContaining({ date: '2024-02-28', dateLabel: '2024-02-28', kind: 'event', label: 'Meeting with Carl Dahl in Oslo', citation: 'Wire, 2024-03-01' }),
    ]);
    expect(anna.chart.days.find((d) => d.date === '2024-02-28')).toMatchObject({ events: 1 });
  });

  it("reads nothing from the text when the knowledge base (or a store's subset of it) lacks story facts: those sections are empty", () => {
    const bare = storyKb();
    delete bare.figures;
    delete bare.events;
    for (const actor of bare.actors) delete actor.timeline;
    const topic = bare.topics[0]!;
    delete topic.timeline;
    delete topic.figures;
    const bareIndex = buildKbIndex(bare);
    const sheet = buildActorSheet(bareIndex, bareIndex.actors.get('anna')!);
    expect(sheet).toMatchObject({ timeline: [], figures: [], figureConflicts: [], related: [] });
    expect(sheet.keyQuotes).toEqual([]);
    expect(buildTopicSheet(bareIndex, bareIndex.topics.get('ships')!)).toMatchObject({ timeline: [], figures: [], figureConflicts: [] });
  });

  it('lists the figures they cited, and the figures that disagree with them side by side', () => {
    expect(anna.figures.map((f) => f.phrase)).toEqual(['300 ships']);
    expect(anna.figureConflicts).toEqual([
      { counts: 'ship', countsPlural: 'ships', readings: [expect.objectContaining({ phrase: '300 ships' }), expect.objectContaining({ phrase: '500 ships' })] },
    ]);
  });
});

describe('a topic sheet from story facts', () => {
  it('takes its key figures and timeline from the topic', () => {
    const sheet = buildTopicSheet(index, index.topics.get('ships')!);
    expect(sheet.figures.map((f) => f.phrase).sort()).toEqual(['300 ships', '500 ships']);
    expect(sheet.figureConflicts).toHaveLength(1);
    expect(sheet.timeline.map((e) => e.label)).toEqual(['Meeting: Anna Berg, Carl Dahl in Oslo']);
  });
});
