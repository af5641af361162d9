// The pipelines compared on the same article bytes, each bytes → knowledge base: ours (parse + buildKnowledgeBase), the
// entity-only compromise baseline (compromiseKb.ts), and the full-job compromise baseline (compromiseTimeline.ts: entities,
// dates and figures). The throughput section runs each in a child process of its own (pipelineChild.ts).

import { fork } from 'node:child_process';
import { join } from 'node:path';
import nlp from 'compromise';
import type { ArticleFile } from '../../src/articles/corpus.ts';
import { readCorpus } from '../../src/articles/corpus.ts';
import { buildKnowledgeBase } from '../../src/extract/index.ts';
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { compromiseKnowledgeBase, type BaselineKnowledgeBase } from './compromiseKb.ts';
import type { ChildReply, ChildRequest, PipelineName } from './pipelineChild.ts';

/** A fixed timestamp keeps the KB's JSON size identical across runs. */
const GENERATED_AT = '2000-01-01T00:00:00.000Z';

/** Bytes → knowledge base, exactly what `npm run extract` does minus file I/O and the schema check. */
export function extractKnowledgeBase(files: ArticleFile[]): KnowledgeBase {
  const { articles, problems } = readCorpus(files);
  return buildKnowledgeBase(articles, problems, { generatedAt: GENERATED_AT });
}

/**
 * The entity-only baseline: the same input handling, then compromise's people, organisations, places and quotations,
 * nearest-person speakers and name-keyed identity, into a knowledge base score.mjs can read.
 */
export function compromisePipeline(files: ArticleFile[]): BaselineKnowledgeBase {
  if (nlp.hooks().includes('dates')) throw new Error('compromise-dates is loaded in this process: the entity-only baseline would run slowed by it');
  return compromiseKnowledgeBase(files);
}

/** A pipeline in a process of its own: warm-up and timed runs on demand, one at a time. */
export interface PipelineProcess {
  /** Untimed runs (on the first `slice` articles only, if given); what the last one's knowledge base holds, counted. */
  warm(runs: number, slice?: number): Promise<Record<string, number>>;
  /** One timed run, measured in the child: its CPU and wall milliseconds. */
  run(): Promise<{ wall: number; cpu: number }>;
  stop(): void;
}

/**
 * Starts one pipeline (ours, the entity-only baseline or the full job) in a child process with this process's Node flags
 * (`--single-threaded`, tsx) and hands it the articles.
 */
export async function pipelineProcess(pipeline: PipelineName, files: ArticleFile[]): Promise<PipelineProcess> {
  const child = fork(join(import.meta.dirname, 'pipelineChild.ts'), [], { serialization: 'advanced', stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (code !== 0) throw new Error(`the ${pipeline} pipeline's process ended with ${signal ?? `exit code ${code}`}`);
  });
  const ask = <T extends ChildReply['type']>(request: ChildRequest, expected: T) =>
    new Promise<Extract<ChildReply, { type: T }>>((resolve, reject) => {
      child.once('message', (reply: ChildReply) =>
        reply.type === expected ? resolve(reply as Extract<ChildReply, { type: T }>) : reject(new Error(`expected ${expected}, got ${reply.type}`)));
      child.send(request);
    });
  await ask({ type: 'articles', pipeline, files }, 'ready');
  return {
    warm: async (runs, slice) => (await ask({ type: 'warm', runs, slice }, 'warmed')).counts,
    run: async () => {
      const { wall, cpu } = await ask({ type: 'run' }, 'timed');
      return { wall, cpu };
    },
    stop: () => child.disconnect(), // the child ends once its channel closes
  };
}
