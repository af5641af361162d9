// The Worker entry: the generated knowledge base and the bundled templates, served by the Hono app.

import type { KnowledgeBase } from './kb/types';
import generatedKb from './generated/kb.json';
import { createApp } from './http/app';
import { bundledTemplates } from './render/bundledTemplates';

const app = createApp(generatedKb as unknown as KnowledgeBase, bundledTemplates);

export default app;
