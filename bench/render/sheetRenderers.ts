// The render path of one sheet, stage by stage, as the Worker runs it on a cache miss (src/http/app.ts).

import { marked } from 'marked';
import type { Actor, KnowledgeBase, Topic } from '../../src/kb/types.ts';
import { bundledTemplates } from '../../src/render/bundledTemplates.ts';
import type { KbIndex } from '../../src/render/kbIndex.ts';
import { markdownToHtml } from '../../src/render/markdown.ts';
import { PageRenderer } from '../../src/render/pages.ts';
import { buildActorSheet } from '../../src/render/views/actorSheet.ts';
import { buildTopicSheet } from '../../src/render/views/topicSheet.ts';

export interface SheetStages {
  /** View model → filled markdown → HTML → layout: the whole cache-miss render. */
  full: () => string;
  view: () => unknown;
  fill: () => string;
  /** Our configured Marked instance on the filled markdown. */
  markdown: () => string;
  /** Plain `marked.parse` with its defaults on the same markdown: the markdown floor. */
  markedAlone: () => string;
  markdownBytes: number;
  htmlBytes: number;
}

interface SheetPath<S> {
  view: () => S;
  fill: (sheet: S) => string;
  page: (sheet: S, markdown: string) => string;
}

export function rendererFor(kb: KnowledgeBase): PageRenderer {
  return new PageRenderer(bundledTemplates, kb);
}

/** The whole cache-miss render of one sheet. */
function fullRender<S>(path: SheetPath<S>): () => string {
  return () => {
    const s = path.view();
    return path.page(s, path.fill(s));
  };
}

function stages<S>(path: SheetPath<S>): SheetStages {
  const sheet = path.view();
  const md = path.fill(sheet);
  const full = fullRender(path);
  return {
    full,
    view: path.view,
    fill: () => path.fill(sheet),
    markdown: () => markdownToHtml(md),
    markedAlone: () => marked.parse(md, { async: false }),
    markdownBytes: Buffer.byteLength(md),
    htmlBytes: Buffer.byteLength(full()),
  };
}

function actorPath(index: KbIndex, renderer: PageRenderer, actor: Actor): SheetPath<ReturnType<typeof buildActorSheet>> {
  return {
    view: () => buildActorSheet(index, actor),
    fill: (s) => renderer.actorMarkdown(s),
    page: (s, md) => renderer.markdownPage(s.name, md, { markdownUrl: s.markdownUrl, jsonUrl: s.jsonUrl }),
  };
}

function topicPath(index: KbIndex, renderer: PageRenderer, topic: Topic): SheetPath<ReturnType<typeof buildTopicSheet>> {
  return {
    view: () => buildTopicSheet(index, topic),
    fill: (s) => renderer.topicMarkdown(s),
    page: (s, md) => renderer.markdownPage(s.title, md, { markdownUrl: s.markdownUrl, jsonUrl: s.jsonUrl }),
  };
}

export const actorStages = (index: KbIndex, renderer: PageRenderer, actor: Actor) => stages(actorPath(index, renderer, actor));
export const topicStages = (index: KbIndex, renderer: PageRenderer, topic: Topic) => stages(topicPath(index, renderer, topic));
export const actorRender = (index: KbIndex, renderer: PageRenderer, actor: Actor) => fullRender(actorPath(index, renderer, actor));
export const topicRender = (index: KbIndex, renderer: PageRenderer, topic: Topic) => fullRender(topicPath(index, renderer, topic));
