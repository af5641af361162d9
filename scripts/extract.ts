// `npm run extract -- <content-dir> --out <kb.json> [--strict]`: extracts a folder of articles into a knowledge base.
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, dirname, basename } from 'node:path';
import { readCorpus, ARTICLE_FILE, type ArticleFile } from '../src/articles/corpus.ts';
import { readCuratedTopics } from '../src/articles/topics.ts';
import { buildKnowledgeBase, type CuratedTopic } from '../src/extract/index.ts';
import { checkKnowledgeBase } from '../src/kb/schema.ts';

function usage(msg?: string): never {
  if (msg) console.error(`extract: ${msg}`);
  console.error('usage: npm run extract -- <content-dir> --out <kb.json> [--strict]');
  process.exit(2);
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const strict = args.includes('--strict');
const dir = args.find((a, i) => !a.startsWith('--') && i !== outAt + 1);
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
