// The full-job compromise baseline in a process of its own: the dates plugin it loads is global to compromise, so it must not
// share a process with the entity-only baseline. The parent (fullCompromisePipeline in pipelines.ts) sends the articles, then
// asks for warm-up and timed runs one at a time, so its runs can alternate with the parent's; each timed run is measured here,
// as this process's CPU time, the same way the parent measures its own (`timeRuns`).

import type { ArticleFile } from '../../src/articles/corpus.ts';
import { timeRuns } from '../stats.ts';
import { compromiseTimelineKnowledgeBase, type TimelineBaselineKnowledgeBase } from './compromiseTimeline.ts';

export type ChildRequest = { type: 'articles'; files: ArticleFile[] } | { type: 'warm'; runs: number } | { type: 'run' };
export type ChildReply =
  | { type: 'ready' }
  | { type: 'warmed'; actors: number; quotes: number; dates: number; figures: number }
  | { type: 'timed'; wall: number; cpu: number };

let files: ArticleFile[] = [];
const reply = (r: ChildReply) => process.send!(r);

process.on('message', (request: ChildRequest) => {
  switch (request.type) {
    case 'articles':
      files = request.files;
      reply({ type: 'ready' });
      break;
    case 'warm': {
      let kb: TimelineBaselineKnowledgeBase | null = null;
      for (let i = 0; i < request.runs; i++) kb = compromiseTimelineKnowledgeBase(files);
      reply({ type: 'warmed', actors: kb?.actors.length ?? 0, quotes: kb?.quotes.length ?? 0, dates: kb?.dates.length ?? 0, figures: kb?.figures.length ?? 0 });
      break;
    }
    case 'run': {
      const { wall, cpu } = timeRuns(() => compromiseTimelineKnowledgeBase(files), 1, 0);
      reply({ type: 'timed', wall: wall[0]!, cpu: cpu[0]! });
      break;
    }
  }
});
