// The render of one sheet as the Worker does it on a cache miss (a request to a fresh app), and its stages called directly.

import { marked } from 'marked';
import type { Hono } from 'hono';
import { createApp } from '../../src/http/app.ts';
import type { Actor, KnowledgeBase, Topic } from '../../src/kb/types.ts';
import { bundledTemplates } from '../../src/render/bundledTemplates.ts';
import type { KbIndex } from '../../src/render/kbIndex.ts';
import { markdownToHtml } from '../../src/render/markdown.ts';
import { PageRenderer } from '../../src/render/pages.ts';
import { actorUrl, topicUrl } from '../../src/render/urls.ts';
import { buildActorSheet } from '../../src/render/views/actorSheet.ts';
import { buildTopicSheet } from '../../src/render/views/topicSheet.ts';
import { cpuMsSince } from '../stats.ts';

const ORIGIN = 'http://bench.localhost';

export interface SheetStages {
  fill: () => string;
  /** Our configured Marked instance on the filled markdown. */
  markdown: () => string;
  /** Plain `marked.parse` with its defaults on the same markdown: the markdown floor. */
  markedAlone: () => string;
  markdownBytes: number;
}

/**
 * A fresh app, asked for `/healthz` once (which builds its store's index), so that its first request for a sheet is a
 * cache miss: every app has its own page cache, whatever the cache keys on. Callers keep one alive at a time, so
 * the heap (and the GC work each request pays for) is about what one Worker isolate holds.
 */
export async function freshApp(kb: KnowledgeBase): Promise<Hono> {
  const app = createApp(kb, bundledTemplates) as unknown as Hono;
  const res = await app.request(`${ORIGIN}/healthz`);
  if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
  await res.text();
  return app;
}

/** CPU milliseconds of one GET through the whole app (routing, middleware, render, ETag), body read. */
export async function requestCpuMs(app: Hono, path: string): Promise<{ ms: number; body: string }> {
  const start = process.cpuUsage();
  const res = await app.request(`${ORIGIN}${path}`);
  const body = await res.text();
  const ms = cpuMsSince(start);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return { ms, body };
}

export const actorPath = (actor: Actor) => actorUrl(actor.id);
export const topicPath = (topic: Topic) => topicUrl(topic.id);

function stages<S>(view: () => S, fill: (sheet: S) => string, markdownFromApp: string): SheetStages {
  const sheet = view();
  const md = fill(sheet);
  return {
    fill: () => fill(sheet),
    markdown: () => markdownToHtml(md),
    markedAlone: () => marked.parse(markdownFromApp, { async: false }),
    markdownBytes: Buffer.byteLength(markdownFromApp),
  };
}

export function actorStages(index: KbIndex, renderer: PageRenderer, actor: Actor, markdown: string): SheetStages {
  return stages(() => buildActorSheet(index, actor), (s) => renderer.actorMarkdown(s), markdown);
}

export function topicStages(index: KbIndex, renderer: PageRenderer, topic: Topic, markdown: string): SheetStages {
  return stages(() => buildTopicSheet(index, topic), (s) => renderer.topicMarkdown(s), markdown);
}

export function rendererFor(kb: KnowledgeBase): PageRenderer {
  return new PageRenderer(bundledTemplates, kb);
}
