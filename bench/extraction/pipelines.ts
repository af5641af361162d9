// The pipelines compared on the same article bytes, each bytes → knowledge base: ours (parse + buildKnowledgeBase), the
// entity-only compromise baseline (compromiseKb.ts), and the full-job compromise baseline (compromiseTimeline.ts: entities,
// dates and figures), which runs in a child process because the dates plugin it loads would slow every `nlp()` here.

import { fork } from 'node:child_process';
import { join } from 'node:path';
import nlp from 'compromise';
import type { ArticleFile } from '../../src/articles/corpus.ts';
import { readCorpus } from '../../src/articles/corpus.ts';
import { buildKnowledgeBase } from '../../src/extract/index.ts';
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { compromiseKnowledgeBase, type BaselineKnowledgeBase } from './compromiseKb.ts';
import type { ChildReply, ChildRequest } from './timelineBaselineChild.ts';

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

/** The full-job baseline's process: warm-up and timed runs on demand, one at a time. */
export interface FullCompromisePipeline {
  warm(runs: number): Promise<Extract<ChildReply, { type: 'warmed' }>>;
  /** One timed run, measured in the child: its CPU and wall milliseconds. */
  run(): Promise<{ wall: number; cpu: number }>;
  stop(): void;
}

/**
 * Starts the full-job baseline (entities + dates + figures) in a child process with this process's Node flags
 * (`--single-threaded`, tsx) and hands it the articles.
 */
export async function fullCompromisePipeline(files: ArticleFile[]): Promise<FullCompromisePipeline> {
  const child = fork(join(import.meta.dirname, 'timelineBaselineChild.ts'), [], { serialization: 'advanced', stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (code !== 0) throw new Error(`the full compromise baseline's process ended with ${signal ?? `exit code ${code}`}`);
  });
  const ask = <T extends ChildReply['type']>(request: ChildRequest, expected: T) =>
    new Promise<Extract<ChildReply, { type: T }>>((resolve, reject) => {
      child.once('message', (reply: ChildReply) =>
        reply.type === expected ? resolve(reply as Extract<ChildReply, { type: T }>) : reject(new Error(`expected ${expected}, got ${reply.type}`)));
      child.send(request);
    });
  await ask({ type: 'articles', files }, 'ready');
  return {
    warm: (runs) => ask({ type: 'warm', runs }, 'warmed'),
    run: async () => {
      const { wall, cpu } = await ask({ type: 'run' }, 'timed');
      return { wall, cpu };
    },
    stop: () => child.disconnect(), // the child ends once its channel closes
  };
}
