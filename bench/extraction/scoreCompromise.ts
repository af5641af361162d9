// Runs both compromise baselines on a folder of articles, writes their knowledge bases for score.mjs, and scores the full
// baseline's dates and figures against the timeline gold next to ours:
//   npx tsx bench/extraction/scoreCompromise.ts [../shared/seeds] [--out bench/.cache/compromise-kb.json] [--timeline-gold tests/fixtures/seeds_timeline.json]
//   node ../shared/eval/score.mjs --gold ../shared/gold/seeds.json --kb bench/.cache/compromise-kb.json --verbose            (full baseline)
//   node ../shared/eval/score.mjs --gold ../shared/gold/seeds.json --kb bench/.cache/compromise-kb.entities.json --verbose   (entity-only)

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ARTICLE_FILE, type ArticleFile } from '../../src/articles/corpus.ts';
import { scoreSeeds, scoreTimeline, type GoldFile, type Score, type TimelinePredictions } from '../../tests/unit/timeline/seed-scoring.ts';
import { compromiseKnowledgeBase } from './compromiseKb.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const out = option('--out') ?? join(import.meta.dirname, '../.cache/compromise-kb.json');
const entitiesOut = out.replace(/(\.json)?$/, '.entities.json');
const goldPath = option('--timeline-gold') ?? join(import.meta.dirname, '../../tests/fixtures/seeds_timeline.json');
const VALUED = ['--out', '--timeline-gold'];
const dir = args.find((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? '')) ?? join(import.meta.dirname, '../../../shared/seeds');

const files: ArticleFile[] = readdirSync(dir)
  .filter((f) => ARTICLE_FILE.test(f))
  .map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) }));
mkdirSync(dirname(out), { recursive: true });

// the entity-only baseline first: loading the dates plugin (below) changes compromise for the rest of the process
const entities = compromiseKnowledgeBase(files);
writeFileSync(entitiesOut, JSON.stringify(entities, null, 1));
console.error(`compromise, entities only: ${entities.articles.length} articles, ${entities.actors.length} actors, ${entities.quotes.length} quotes → ${entitiesOut}`);

const { compromiseTimelineKnowledgeBase } = await import('./compromiseTimeline.ts');
const kb = compromiseTimelineKnowledgeBase(files);
writeFileSync(out, JSON.stringify(kb, null, 1));
console.error(
  `compromise, full job: ${kb.articles.length} articles, ${kb.actors.length} actors, ${kb.quotes.length} quotes, ` +
    `${kb.dates.length} dates, ${kb.figures.length} figures → ${out}`,
);

// the timeline gold scores mentions in each article: the baseline's dates and its figures' sources, with their figure's value and counts
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
const texts = Object.fromEntries(files.map((f) => [f.file, new TextDecoder().decode(f.bytes)]));
const baseline = scoreTimeline(gold, (g): TimelinePredictions => {
  const article = kb.articles.find((a) => a.files.includes(g.file));
  if (!article) throw new Error(`no article for ${g.file} in ${dir}`);
  return {
    dates: kb.dates.filter((d) => d.article === article.id),
    figures: kb.figures.flatMap((f) =>
      f.sources.filter((s) => s.article === article.id).map((s) => ({ phrase: s.phrase, start: s.start, end: s.end, value: f.value, counts: f.counts }))),
  };
});
const ours = scoreSeeds(gold, texts);

const line = (s: Score) => `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} (tp ${s.truePositives}, predicted ${s.predicted}, gold ${s.gold})`;
for (const kind of ['dates', 'figures'] as const) {
  console.log(`${kind}, compromise full baseline: ${line(baseline[kind])}`);
  console.log(`${kind}, ours:                     ${line(ours[kind])}`);
}
if (args.includes('--verbose')) {
  for (const kind of ['dates', 'figures'] as const) {
    for (const m of baseline[kind].misses) console.log(`  ${kind} miss ${m}`);
    for (const f of baseline[kind].falsePositives) console.log(`  ${kind} false positive ${f}`);
  }
}
