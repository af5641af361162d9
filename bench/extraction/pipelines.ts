// The two pipelines compared on the same article bytes: ours (parse + buildKnowledgeBase) and compromise's entity and quote finders.

import nlp from 'compromise';
import type { ArticleFile } from '../../src/articles/corpus.ts';
import { readCorpus } from '../../src/articles/corpus.ts';
import { buildKnowledgeBase } from '../../src/extract/index.ts';
import type { KnowledgeBase } from '../../src/kb/types.ts';

/** A fixed timestamp keeps the KB's JSON size identical across runs. */
const GENERATED_AT = '2000-01-01T00:00:00.000Z';

/** Bytes → knowledge base, exactly what `npm run extract` does minus file I/O and the schema check. */
export function extractKnowledgeBase(files: ArticleFile[]): KnowledgeBase {
  const { articles, problems } = readCorpus(files);
  return buildKnowledgeBase(articles, problems, { generatedAt: GENERATED_AT });
}

/** The off-the-shelf pipeline: decode, tag with compromise, list people, organisations, places and quotations. */
export function compromisePipeline(files: ArticleFile[]): number {
  const decoder = new TextDecoder();
  let found = 0;
  for (const f of files) {
    const doc = nlp(decoder.decode(f.bytes));
    found += doc.people().out('array').length;
    found += doc.organizations().out('array').length;
    found += doc.places().out('array').length;
    found += doc.quotations().out('array').length;
  }
  return found;
}
