// The render of one sheet as the Worker does it on a cache miss (the route's own function, on one store), its stages
// called one by one, the whole request through the app, and `marked` alone on the same markdown.

import { marked } from 'marked';
import type { Hono } from 'hono';
import { createApp } from '../../src/http/app.ts';
import { actorSheetBody, topicSheetBody } from '../../src/http/routes/sheetPages.ts';
import { kindLookup, rendererFor, type RequestScope } from '../../src/http/routes/sheetContext.ts';
import type { Actor, KnowledgeBase, Topic } from '../../src/kb/types.ts';
import { bundledTemplates } from '../../src/render/bundledTemplates.ts';
import { markdownToHtml } from '../../src/render/markdown.ts';
import { actorMeta, topicMeta, type SheetMeta } from '../../src/render/pageMeta.ts';
import { timelineChartSvg } from '../../src/render/timelineChart.ts';
import { actorUrl, topicUrl } from '../../src/render/urls.ts';
import { buildActorSheet } from '../../src/render/views/actorSheet.ts';
import type { ChartView } from '../../src/render/views/timeline.ts';
import { buildTopicSheet } from '../../src/render/views/topicSheet.ts';
import { BundledStore } from '../../src/store/bundled.ts';
import { NO_NOTES } from '../../src/store/types.ts';

const ORIGIN = 'http://bench.localhost';

export interface SheetTarget {
  kind: 'actor' | 'topic';
  id: string;
  path: string;
  /** Quotes plus mentions (actor) or sentences (topic): what "largest" means. */
  size: number;
}

export function actorTarget(store: BundledStore, actor: Actor): SheetTarget {
  return { kind: 'actor', id: actor.id, path: actorUrl(actor.id), size: (store.index.quotesBySpeaker.get(actor.id)?.length ?? 0) + actor.mentions.length };
}

export function topicTarget(topic: Topic): SheetTarget {
  return { kind: 'topic', id: topic.id, path: topicUrl(topic.id), size: topic.quotes.length + topic.sentences.length };
}

/** The stages of one render, in order; each reads what the one before made (run them in order). */
export interface SheetStages {
  /** View model (the index keeps nothing from one build to the next, so every build is a first build). */
  view: () => void;
  /** Mustache fill of the markdown template. */
  fill: () => void;
  /** The activity chart as SVG. */
  chart: () => void;
  /** Our Marked instance on the filled markdown, the chart inlined. */
  markdown: () => void;
  /** The head metadata (description, JSON-LD, embed code) and the layout around the HTML. */
  layout: () => void;
}

/**
 * One Worker isolate's view of the KB: a bundled store (its index built once, as at startup), the route's render
 * function on it, and an app serving from the same store for whole requests.
 */
export class SheetBench {
  readonly store: BundledStore;
  readonly app: Hono;
  private readonly scope: RequestScope;

  constructor(readonly kb: KnowledgeBase) {
    this.store = new BundledStore(kb);
    const summary = { version: 'bench', generatedAt: kb.generatedAt, articles: kb.articles.length, actors: kb.actors.length, quotes: kb.quotes.length, topics: kb.topics.length };
    this.scope = { store: this.store, summary, renderer: rendererFor(bundledTemplates, summary), origin: ORIGIN };
    this.app = createApp(() => this.store, bundledTemplates) as unknown as Hono;
  }

  /** The body a cache miss renders: `actorSheetBody` / `topicSheetBody`, exactly what the route calls. */
  render(target: SheetTarget, format: 'html' | 'md' = 'html'): string {
    const index = this.store.index;
    return target.kind === 'actor'
      ? actorSheetBody(this.scope, { index, item: index.actors.get(target.id)!, notes: NO_NOTES }, format)
      : topicSheetBody(this.scope, { index, item: index.topics.get(target.id)!, notes: NO_NOTES }, format);
  }

  /**
   * A whole GET through the app (routing, middleware, render, page cache, UTF-8 bytes and SHA-256 ETag), body read.
   * Each call uses a new host name, which is part of the page cache's key, so it is always a cache miss.
   */
  private requests = 0;
  async request(target: SheetTarget): Promise<string> {
    const res = await this.app.request(`http://r${++this.requests}.bench.localhost${target.path}`);
    if (res.status !== 200) throw new Error(`${target.path} answered ${res.status}`);
    return res.text();
  }

  stages(target: SheetTarget): SheetStages {
    const { index } = this.store;
    const { renderer, origin } = this.scope;
    let sheet: { chart: ChartView; title: string; alternates: { markdownUrl: string; jsonUrl: string }; markdown: () => string; meta: () => SheetMeta } | null = null;
    let md = '';
    let svg = '';
    let html = '';
    return {
      view: () => {
        if (target.kind === 'actor') {
          const s = buildActorSheet(index, index.actors.get(target.id)!);
          sheet = { chart: s.chart, title: s.name, alternates: s, markdown: () => renderer.actorMarkdown(s), meta: () => actorMeta(origin, s, kindLookup(index)) };
        } else {
          const s = buildTopicSheet(index, index.topics.get(target.id)!);
          sheet = { chart: s.chart, title: s.title, alternates: s, markdown: () => renderer.topicMarkdown(s), meta: () => topicMeta(origin, s, kindLookup(index)) };
        }
      },
      fill: () => {
        md = sheet!.markdown();
      },
      chart: () => {
        svg = timelineChartSvg(sheet!.chart);
      },
      markdown: () => {
        html = markdownToHtml(md, new Map([[sheet!.chart.svgUrl, svg]]));
      },
      layout: () => {
        const meta = sheet!.meta();
        const { markdownUrl, jsonUrl } = sheet!.alternates;
        renderer.layout(sheet!.title, html, { markdownUrl, jsonUrl }, { meta });
      },
    };
  }
}

/** The markdown floor: plain `marked.parse` with its defaults. */
export function markedAlone(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
