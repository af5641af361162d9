// `npx tsx bench/profile/kbDigest.ts`: a hash of the knowledge base extracted from the 1,000 generated articles, to check
// that a speed change leaves the extraction's output byte-identical (build-time sheet facts left out, so the digest
// compares extraction alone). Run it before and after a change; the two lines must match.

import { createHash } from 'node:crypto';
import { generateCorpus } from '../corpus.ts';
import { extractKnowledgeBase } from '../extraction/pipelines.ts';

const corpus = generateCorpus(Number(process.env.BENCH_ARTICLES ?? 1000));
const kb = extractKnowledgeBase(corpus.files);
for (const a of kb.actors) delete a.sheet;
for (const t of kb.topics) delete t.sheet;
for (const q of kb.quotes) delete q.firstReported;
const json = JSON.stringify(kb);
console.log(`${createHash('sha1').update(json).digest('hex')} ${json.length} bytes, ${kb.actors.length} actors, ${kb.quotes.length} quotes`);
