// Runs the shared scorer on the seed articles and fails below the extraction targets.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/articles/corpus.ts';
import { buildKnowledgeBase } from '../../../src/extract/index.ts';
import { checkKnowledgeBase } from '../../../src/kb/schema.ts';

const shared = resolve(__dirname, '../../../../shared');
const scorer = join(shared, 'eval/score.mjs');
const seeds = join(shared, 'seeds');
const TARGETS = {
  people_f1: 0.95, orgs_f1: 0.9, quote_f1: 0.95, attribution_f1: 0.92, role_recall: 0.85, role_precision: 0.8,
};

describe.skipIf(!existsSync(scorer))('seed scores against the gold annotations', () => {
  it('meets every extraction target', () => {
    const files = readdirSync(seeds).map((f) => ({ file: f, bytes: readFileSync(join(seeds, f)) }));
    const { articles, problems } = readCorpus(files);
    const kb = buildKnowledgeBase(articles, problems);
    checkKnowledgeBase(kb);
    const out = join(mkdtempSync(join(tmpdir(), 'kb-')), 'kb.json');
    writeFileSync(out, JSON.stringify(kb));
    const report = JSON.parse(execFileSync('node', [scorer, '--gold', join(shared, 'gold/seeds.json'), '--kb', out, '--json']).toString().split('\nsummary:')[0]!);
    const m = report.metrics as Record<string, number>;
    for (const [metric, floor] of Object.entries(TARGETS)) expect(m[metric], metric).toBeGreaterThanOrEqual(floor);
    expect(m.identity_split).toBe(0);
    expect(m.wrong_merges).toBe(0);
    expect(m.provenance_ok).toBe(1);
  });
});
