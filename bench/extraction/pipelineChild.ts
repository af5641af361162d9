// One pipeline in a process of its own, timed on demand: ours, the entity-only compromise baseline or the full-job one.
// Each keeps its heap and its garbage to itself, so no timed run pays for collecting another pipeline's garbage; and the
// dates plugin, which is global to compromise, is loaded only where the full job runs. The parent (pipelineProcess in
// pipelines.ts) sends the articles, then asks for warm-up and timed runs one at a time, so the runs of the three
// processes alternate and never overlap; each timed run is measured here, as this process's CPU time (`timeRuns`).

import type { ArticleFile } from '../../src/articles/corpus.ts';
import { timeRuns } from '../stats.ts';

export type PipelineName = 'ours' | 'entities' | 'full';
export type ChildRequest =
  | { type: 'articles'; pipeline: PipelineName; files: ArticleFile[] }
  /** `slice`: warm up on the first articles only. */
  | { type: 'warm'; runs: number; slice?: number }
  | { type: 'run' };
export type ChildReply =
  | { type: 'ready' }
  | { type: 'warmed'; counts: Record<string, number> }
  | { type: 'timed'; wall: number; cpu: number };

/** A pipeline: bytes → knowledge base, and what the knowledge base holds, counted. */
type Pipeline = (files: ArticleFile[]) => Record<string, unknown[]>;

/** Imported on demand: the full job's module loads the dates plugin as it is imported. */
async function load(name: PipelineName): Promise<Pipeline> {
  switch (name) {
    case 'ours':
      return (await import('./pipelines.ts')).extractKnowledgeBase as unknown as Pipeline;
    case 'entities':
      return (await import('./pipelines.ts')).compromisePipeline as unknown as Pipeline;
    case 'full':
      return (await import('./compromiseTimeline.ts')).compromiseTimelineKnowledgeBase as unknown as Pipeline;
  }
}

let files: ArticleFile[] = [];
let pipeline: Pipeline = () => ({});
const reply = (r: ChildReply) => process.send!(r);

process.on('message', async (request: ChildRequest) => {
  switch (request.type) {
    case 'articles':
      files = request.files;
      pipeline = await load(request.pipeline);
      reply({ type: 'ready' });
      break;
    case 'warm': {
      const input = request.slice ? files.slice(0, request.slice) : files;
      let kb: Record<string, unknown[]> = {};
      for (let i = 0; i < request.runs; i++) kb = pipeline(input);
      const counts: Record<string, number> = {};
      for (const key of ['actors', 'quotes', 'dates', 'figures']) if (Array.isArray(kb[key])) counts[key] = kb[key].length;
      reply({ type: 'warmed', counts });
      break;
    }
    case 'run': {
      const { wall, cpu } = timeRuns(() => pipeline(files), 1, 0);
      reply({ type: 'timed', wall: wall[0]!, cpu: cpu[0]! });
      break;
    }
  }
});
