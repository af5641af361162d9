// Embed code and cards: absolute same-origin URLs, escaped names, links that open a new tab.

import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { embedCode } from '../../src/render/embedCode';
import { buildKbIndex } from '../../src/render/kbIndex';
import { PageRenderer } from '../../src/render/pages';
import { buildActorSheet } from '../../src/render/views/actorSheet';
import { actorCard } from '../../src/render/views/embedCard';
import sample from '../fixtures/kb-sample.json';

const kb = sample as unknown as KnowledgeBase;
const index = buildKbIndex(kb);

describe('embedCode', () => {
  it('is an iframe, our resize script and a plain link, names escaped', () => {
    const code = embedCode('https://sheets.example', 'actors', 'mallory', '/actors/mallory', 'Mallory <b>"x"</b>');
    expect(code.code.split('\n')).toEqual([
      '<iframe src="https://sheets.example/embed/actors/mallory" title="Fact sheet: Mallory &lt;b&gt;&quot;x&quot;&lt;/b&gt;" width="480" height="420" style="border:0;max-width:100%" loading="lazy"></iframe>',
      '<script async src="https://sheets.example/embed.js"></script>',
      '<p><a href="https://sheets.example/actors/mallory">Fact sheet: Mallory &lt;b&gt;&quot;x&quot;&lt;/b&gt;</a></p>',
    ]);
  });
});

describe('the actor card', () => {
  it('shows the best quote and facts, every link absolute and opening a new tab', () => {
    const card = actorCard('https://sheets.example', buildActorSheet(index, index.actors.get('vladimir-putin')!));
    expect(card.quote).toMatchObject({ text: 'We are ready to talk,', corroborationLabel: '2 outlets' });
    expect(card.facts.map((f) => f.text)).toEqual(['President of Russia', 'Met or talked with Joe Biden, 1 report']);
    const html = new PageRenderer(bundledTemplates, kb).embedPage(card);
    const hrefs = [...html.matchAll(/<a href="([^"]+)"([^>]*)>/g)];
    expect(hrefs.length).toBeGreaterThan(3);
    for (const [, href, rest] of hrefs) {
      expect(href).toMatch(/^https:\/\/sheets\.example\//);
      expect(rest).toBe(' target="_blank" rel="noopener"');
    }
  });
});
