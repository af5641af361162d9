// Profiling target: deriving the sheet facts of the cached 1,000-article KB (the last step of buildKnowledgeBase).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveSheetFacts } from '../../src/kb/sheetFacts.ts';
import type { KnowledgeBase } from '../../src/kb/types.ts';

const kb = JSON.parse(readFileSync(join(process.cwd(), 'bench/.cache/kb-1000.json'), 'utf8')) as KnowledgeBase;
function derive(): void {
  for (let i = 0; i < 40; i++) deriveSheetFacts(kb);
}
derive();
