// The Worker entry: the generated knowledge base and the bundled templates, served by the Hono app. The bundled store is
// read-only, so this Worker has no ingest API (src/index-d1.ts has it), and its bundle none of the extraction code.

import type { KnowledgeBase } from './kb/types';
import generatedKb from './generated/kb.json';
import { createPagesApp } from './http/app';
import { bundledTemplates } from './render/bundledTemplates';

const app = createPagesApp(generatedKb as unknown as KnowledgeBase, bundledTemplates);

export default app;
