// Runs the compromise baseline on a folder of articles and writes its knowledge base, for score.mjs:
//   npx tsx bench/extraction/scoreCompromise.ts [../shared/seeds] [--out bench/.cache/compromise-kb.json]
//   node ../shared/eval/score.mjs --gold ../shared/gold/seeds.json --kb bench/.cache/compromise-kb.json --verbose

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ARTICLE_FILE, type ArticleFile } from '../../src/articles/corpus.ts';
import { compromiseKnowledgeBase } from './compromiseKb.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1]! : join(import.meta.dirname, '../.cache/compromise-kb.json');
const dir = args.find((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1)) ?? join(import.meta.dirname, '../../../shared/seeds');

const files: ArticleFile[] = readdirSync(dir)
  .filter((f) => ARTICLE_FILE.test(f))
  .map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) }));
const kb = compromiseKnowledgeBase(files);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(kb, null, 1));
console.error(`compromise baseline: ${kb.articles.length} articles, ${kb.actors.length} actors, ${kb.quotes.length} quotes → ${out}`);
