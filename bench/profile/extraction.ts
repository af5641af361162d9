// Profiling target: extracts the 1,000-article corpus twice (the second run is the warm one), for `node --cpu-prof`.
//   npx tsx bench/profile/run.ts extraction     (BENCH_ARTICLES, BENCH_PROFILE_RUNS change the size and the count)

import { join } from 'node:path';
import { generateCorpus } from '../corpus.ts';
import { extractKnowledgeBase } from '../extraction/pipelines.ts';

// run from the repository root: inside the bundle, import.meta.dirname is the bundle's folder
const corpus = generateCorpus(Number(process.env.BENCH_ARTICLES ?? 1000), join(process.cwd(), 'content/articles'));
for (let i = 0; i < Number(process.env.BENCH_PROFILE_RUNS ?? 2); i++) extractKnowledgeBase(corpus.files);
