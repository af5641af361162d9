// The Worker entry in D1 mode (`wrangler dev --env d1`): the pages read D1 (STORE = "d1", binding DB), and the ingest
// API under /api writes to it. The generated KB is still bundled, for a Worker started without the D1 settings.

import type { KnowledgeBase } from './kb/types';
import generatedKb from './generated/kb.json';
import { createApp } from './http/app';
import { bundledTemplates } from './render/bundledTemplates';

const app = createApp(generatedKb as unknown as KnowledgeBase, bundledTemplates);

export default app;
