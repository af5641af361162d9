// Related actors come from the knowledge base's build-time relations (`Actor.related`): shown in its order, each actor's
// ties together and strongest kind first, with the first evidence linked; nothing is worked out from the text.

import { describe, expect, it } from 'vitest';
import type { Relation } from '../../src/kb/types';
import { buildKbIndex } from '../../src/render/kbIndex';
import { relatedActors, relatedActorView } from '../../src/render/views/relatedActors';
import { buildActorSheet } from '../../src/render/views/actorSheet';
import { kbOf, spansOf } from './render-kb';

const article = {
  id: 'a1',
  source: 'Wire',
  date: '2024-03-01',
  text: 'Anna Berg met Carl Dahl in Oslo on Friday. Oslo was cold. Anna Berg later praised Carl Dahl. Eva Fors stayed home.',
};
const [meeting] = spansOf(article, 'Anna Berg met Carl Dahl in Oslo on Friday.');
const [praise] = spansOf(article, 'Anna Berg later praised Carl Dahl.');

function kbWith(related: Relation[] | undefined) {
  const kb = kbOf([article], [
    { id: 'anna', name: 'Anna Berg', kind: 'person' },
    { id: 'carl', name: 'Carl Dahl', kind: 'person' },
    { id: 'oslo', name: 'Oslo', kind: 'place' },
    { id: 'eva', name: 'Eva Fors', kind: 'person' },
  ]);
  kb.actors[0]!.related = related;
  return buildKbIndex(kb);
}

const related: Relation[] = [
  { actor: 'carl', kind: 'sameSentence', count: 2, evidence: meeting! },
  { actor: 'carl', kind: 'met', count: 1, evidence: meeting! },
  { actor: 'ghost', kind: 'met', count: 5, evidence: praise! },
  { actor: 'oslo', kind: 'sameSentence', count: 1, evidence: meeting! },
];

describe('related actors', () => {
  it("keep the knowledge base's order, each actor's ties together, strongest kind first", () => {
    const index = kbWith(related);
    const views = relatedActors(index, index.actors.get('anna')!).all().map((r) => relatedActorView(index, r));
    expect(views.map((r) => [r.id, r.relations.map((x) => `${x.kind}:${x.count}`)])).toEqual([
      ['carl', ['met:1', 'sameSentence:2']],
      ['oslo', ['sameSentence:1']],
    ]);
    expect(views[0]!.relations[0]).toMatchObject({ label: 'met or talked with, 1 report', evidenceUrl: `/sources/a1?start=0&end=${meeting!.end}#evidence` });
  });

  it('leave out actors the store did not hand out', () => {
    const index = kbWith(related);
    expect(relatedActors(index, index.actors.get('anna')!).all().map((r) => r.id)).not.toContain('ghost');
  });

  it('are an empty section when the knowledge base has no relations for the actor', () => {
    const index = kbWith(undefined);
    const sheet = buildActorSheet(index, index.actors.get('anna')!);
    expect(sheet.related).toEqual([]);
    expect(sheet.lists.related.total).toBe(0);
  });

  it('are capped on the sheet, the whole list counted for the JSON link', () => {
    const people = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, kind: 'person' as const }));
    const kb = kbOf([article], [{ id: 'anna', name: 'Anna Berg', kind: 'person' }, ...people]);
    kb.actors[0]!.related = people.map((p) => ({ actor: p.id, kind: 'sameSentence' as const, count: 1, evidence: meeting! }));
    const index = buildKbIndex(kb);
    const sheet = buildActorSheet(index, index.actors.get('anna')!);
    expect(sheet.related.map((r) => r.id)).toEqual(people.slice(0, sheet.related.length).map((p) => p.id));
    expect(sheet.related.length).toBeLessThan(20);
    expect(sheet.lists.related).toMatchObject({ total: 20, hidden: 20 - sheet.related.length });
  });
});
