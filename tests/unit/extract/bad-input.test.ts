// Bad and hostile articles: every one reported with its file and reason, no crash or hang, good articles kept.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/articles/corpus.ts';
import { buildKnowledgeBase } from '../../../src/extract/index.ts';
import { checkKnowledgeBase } from '../../../src/kb/schema.ts';
import type { KnowledgeBase } from '../../../src/kb/types.ts';

const root = resolve(__dirname, '../../..');
const fixtures = join(root, 'tests/fixtures/bad');
let dir: string;
let kb: KnowledgeBase;

const reasonFor = (file: string) => kb.problems.filter((p) => p.file === file).map((p) => `${p.severity}: ${p.reason}`).join(' | ');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bad-articles-'));
  cpSync(fixtures, dir, { recursive: true });
  // too big to keep in the repository: made here
  writeFileSync(join(dir, 'huge.txt'), ` date 2022-01-01 ${'The council met again. '.repeat(20 * 1024 * 1024 / 23)}`);
  writeFileSync(join(dir, 'long-sentence.txt'), ` date 2022-01-01 ${Array.from({ length: 16000 }, (_, i) => ['alpha', 'Beta', 'said', 'he', '“gamma', 'delta”'][i % 6]).join(' ').slice(0, 100000)}`);
  const files = readdirSync(dir).map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) }));
  const { articles, problems } = readCorpus(files);
  kb = buildKnowledgeBase(articles, problems);
}, 60_000);

describe('bad articles are reported, never fatal', () => {
  it.each([
    ['empty.txt', /error: empty/],
    ['whitespace.txt', /error: empty/],
    ['binary.txt', /error: binary data/],
    ['alias-bomb.md', /error: front matter is not valid YAML/],
    ['huge.txt', /error: too large/],
    ['invalid-utf8.txt', /warning: not valid UTF-8; read as Windows-1252/],
    ['utf16-bom.txt', /warning: UTF-16LE/],
    ['wrong-types.md', /front matter "title" should be text.*url .* is not an http/],
    ['impossible-date.md', /date "2022-02-30" is not a real/],
    ['duplicate-b.txt', /duplicate of duplicate-a.txt/],
    ['unicode-names.txt', /invisible.*look-alike/],
  ])('%s: %s', (file, reason) => expect(reasonFor(file)).toMatch(reason));

  it('keeps every good article, including those read with warnings', () => {
    const files = kb.articles.flatMap((a) => a.files);
    for (const f of ['good-1.txt', 'good-2.md', 'invalid-utf8.txt', 'utf16-bom.txt', 'wrong-types.md', 'impossible-date.md', 'long-sentence.txt', 'unbalanced-quotes.txt', 'hostile.md', 'unicode-names.txt']) {
      expect(files).toContain(f);
    }
    expect(kb.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Helena Marsh', 'Tom Becker', 'Lisa Grant', 'Omar Farouk', 'Ingrid Sol']));
  });

  it('folds the same article under two names into one, with both files', () => {
    const a = kb.articles.find((x) => x.file === 'duplicate-a.txt')!;
    expect(a.files).toEqual(['duplicate-a.txt', 'duplicate-b.txt']);
  });

  it('reads names through invisible characters and look-alike letters', () => {
    const people = kb.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toContain('Paula Reyes');
    expect(people).toContain('John Park');
    expect(people.filter((p) => /Reyes|Park/.test(p))).toHaveLength(2);
  });

  it('writes a knowledge base that passes its schema', () => expect(() => checkKnowledgeBase(kb)).not.toThrow());
});

describe('the extract command', () => {
  const cli = join(root, 'node_modules/.bin/tsx');
  it('exits 0 and lists each problem with its file', () => {
    const out = join(dir, 'kb.json');
    const res = spawnSync(cli, [join(root, 'scripts/extract.ts'), dir, '--out', out], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    expect(res.stderr).toMatch(/error: binary.txt: binary data/);
    expect(JSON.parse(readFileSync(out, 'utf8')).articles.length).toBeGreaterThan(5);
  }, 120_000);
  it('--strict turns any problem into a non-zero exit', () => {
    const res = spawnSync(cli, [join(root, 'scripts/extract.ts'), dir, '--out', join(dir, 'kb2.json'), '--strict'], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/--strict/);
  }, 120_000);
  it('--strict passes on a clean folder', () => {
    expect(() => execFileSync(cli, [join(root, 'scripts/extract.ts'), join(root, 'content'), '--out', join(dir, 'kb3.json'), '--strict'], { stdio: 'pipe' })).not.toThrow();
  }, 120_000);
});
