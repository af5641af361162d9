// A Worker entry for tests: the real app over a knowledge base passed in as the KB binding (a hostile one, say).

import { createApp } from '../../../src/http/app';
import type { KnowledgeBase } from '../../../src/kb/types';
import { bundledTemplates } from '../../../src/render/bundledTemplates';

interface Env {
  KB: KnowledgeBase;
}

let app: ReturnType<typeof createApp> | null = null;

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= createApp(env.KB, bundledTemplates);
    return app.fetch(request, env, ctx);
  },
};
