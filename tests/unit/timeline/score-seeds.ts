// Prints seed precision/recall for dates and figures: `npx tsx tests/unit/timeline/score-seeds.ts [gold.json] [seed dir]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreSeeds, type GoldFile } from './seed-scoring.ts';

const here = new URL('.', import.meta.url).pathname;
const goldPath = process.argv[2] ?? join(here, '../../fixtures/seeds_timeline.json');
const seedDir = process.argv[3] ?? join(here, 'fixtures/seeds');
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
const texts = Object.fromEntries(gold.articles.map((a) => [a.file, readFileSync(join(seedDir, a.file), 'utf8')]));
const { dates, figures } = scoreSeeds(gold, texts);
for (const [name, s] of [['dates', dates], ['figures', figures]] as const) {
  console.log(`${name}: P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} (tp ${s.truePositives}, predicted ${s.predicted}, gold ${s.gold})`);
  for (const m of s.misses) console.log(`  miss ${m}`);
  for (const f of s.falsePositives) console.log(`  false positive ${f}`);
}

const { scoreEvents } = await import('./event-scoring.ts');
const goldEvents = JSON.parse(readFileSync(goldPath, 'utf8'));
const actors = JSON.parse(readFileSync(join(here, 'fixtures/seed_actors.json'), 'utf8')).articles;
const ev = scoreEvents(goldEvents, texts, actors);
console.log(
  `events (oracle actors): detection P=${ev.precision.toFixed(3)} R=${ev.recall.toFixed(3)} (found ${ev.found}/${ev.scorable} scorable of ${ev.gold}; ` +
    `predicted ${ev.predicted}), dated right ${ev.datedRight}/${ev.found}, participants right ${ev.participantsRight}/${ev.found}, ` +
    `cross-article links ${ev.linksRight}/${ev.links}`,
);
for (const m of ev.misses) console.log(`  miss ${m}`);
for (const f of ev.falsePositives) console.log(`  false positive ${f}`);
