// `npm run extract -- <content-dir> --out <kb.json> [--strict] [--sql <dir>]`: extracts a folder of articles into a knowledge base;
// --sql also writes it as batched SQL files for `wrangler d1 execute <db> --file` (see scripts/load-d1.ts).
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, dirname, basename } from 'node:path';
import { readCorpus, ARTICLE_FILE, type ArticleFile } from '../src/articles/corpus.ts';
import { readCuratedTopics } from '../src/articles/topics.ts';
import { buildKnowledgeBase, type CuratedTopic } from '../src/extract/index.ts';
import { checkKnowledgeBase } from '../src/kb/schema.ts';
import { kbLoadSqlBatches } from '../src/store/sql/loadKb.ts';

function usage(msg?: string): never {
  if (msg) console.error(`extract: ${msg}`);
  console.error('usage: npm run extract -- <content-dir> --out <kb.json> [--strict] [--sql <dir>]');
  process.exit(2);
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const strict = args.includes('--strict');
const sqlAt = args.indexOf('--sql');
const sqlDir = sqlAt >= 0 ? args[sqlAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && i !== outAt + 1 && (sqlAt < 0 || i !== sqlAt + 1));
if (!dir || !out) usage();

function walk(root: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(root)) {
    if (name.startsWith('.')) continue;
    const path = join(root, name);
    const st = statSync(path);
    if (st.isDirectory()) found.push(...walk(path));
    else found.push(path);
  }
  return found;
}

let paths: string[];
try {
  paths = walk(dir);
} catch (err) {
  usage(`cannot read content folder ${dir}: ${(err as Error).message}`);
}
const topicsDir = join(dir, 'topics');
const articleFiles: ArticleFile[] = [];
const topicFiles: Array<{ file: string; text: string }> = [];
for (const path of paths) {
  const rel = relative(dir, path);
  if (path.startsWith(topicsDir + '/') && path.endsWith('.md')) topicFiles.push({ file: rel, text: readFileSync(path, 'utf8') });
  else if (ARTICLE_FILE.test(path) && !/^readme\.md$/i.test(basename(path))) articleFiles.push({ file: rel, bytes: readFileSync(path) });
}

const started = performance.now();
const { articles, problems } = readCorpus(articleFiles);
const curated: CuratedTopic[] = readCuratedTopics(topicFiles, problems);
const kb = buildKnowledgeBase(articles, problems, { generatedAt: new Date().toISOString(), curatedTopics: curated });
checkKnowledgeBase(kb);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(kb));
if (sqlDir) {
  mkdirSync(sqlDir, { recursive: true });
  const batches = kbLoadSqlBatches(kb);
  batches.forEach((sql, i) => writeFileSync(join(sqlDir, `${String(i + 1).padStart(4, '0')}.sql`), sql));
  console.error(`extract: ${batches.length} SQL file(s) in ${sqlDir}: load them in order with \`wrangler d1 execute <db> [--local] --file <f>\` or scripts/load-d1.ts --sql-dir ${sqlDir}`);
}
const ms = performance.now() - started;

for (const p of problems) console.error(`${p.severity}: ${p.file}: ${p.reason}`);
const errors = problems.filter((p) => p.severity === 'error').length;
console.error(
  `extracted ${kb.articles.length} articles (${articleFiles.length} files, ${errors} skipped) → ${kb.actors.length} actors, ` +
    `${kb.quotes.length} quotes, ${kb.topics.length} topics in ${ms.toFixed(0)} ms → ${out}`,
);
if (strict && problems.length) {
  console.error(`extract: --strict: ${problems.length} problem(s)`);
  process.exit(1);
}
