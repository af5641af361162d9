// The two pipelines compared on the same article bytes: ours (parse + buildKnowledgeBase) and the compromise baseline (compromiseKb.ts), each bytes → knowledge base.

import type { ArticleFile } from '../../src/articles/corpus.ts';
import { readCorpus } from '../../src/articles/corpus.ts';
import { buildKnowledgeBase } from '../../src/extract/index.ts';
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { compromiseKnowledgeBase, type BaselineKnowledgeBase } from './compromiseKb.ts';

/** A fixed timestamp keeps the KB's JSON size identical across runs. */
const GENERATED_AT = '2000-01-01T00:00:00.000Z';

/** Bytes → knowledge base, exactly what `npm run extract` does minus file I/O and the schema check. */
export function extractKnowledgeBase(files: ArticleFile[]): KnowledgeBase {
  const { articles, problems } = readCorpus(files);
  return buildKnowledgeBase(articles, problems, { generatedAt: GENERATED_AT });
}

/**
 * The off-the-shelf baseline: the same input handling, then compromise's people, organisations, places and quotations,
 * nearest-person speakers and name-keyed identity, into a knowledge base score.mjs can read.
 */
export function compromisePipeline(files: ArticleFile[]): BaselineKnowledgeBase {
  return compromiseKnowledgeBase(files);
}
