// Profiling target: deriving the sheet facts of a 50-article KB, as the index does for a D1 page's subset.
import { join } from 'node:path';
import { readCorpus } from '../../src/articles/corpus.ts';
import { buildKnowledgeBase } from '../../src/extract/index.ts';
import { deriveSheetFacts } from '../../src/kb/sheetFacts.ts';
import { generateCorpus } from '../corpus.ts';

// run from the repository root: inside the bundle, import.meta.dirname is the bundle's folder
const { articles, problems } = readCorpus(generateCorpus(50, join(process.cwd(), 'content/articles')).files);
const kb = buildKnowledgeBase(articles, problems);
function derive(): void {
  for (let i = 0; i < 300; i++) deriveSheetFacts(kb);
}
derive();
