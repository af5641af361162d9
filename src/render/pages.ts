// Page rendering: fill a markdown template, turn it into HTML once, wrap it in the layout (or the embed card).

import type { KnowledgeBase } from '../kb/types';
import { fillHtmlTemplate, fillMarkdownTemplate } from './fill';
import { markdownToHtml } from './markdown';
import type { SheetMeta } from './pageMeta';
import { actorTemplateView, indexTemplateView, searchTemplateView, topicTemplateView } from './templateViews';
import type { Templates } from './templates';
import { timelineChartSvg } from './timelineChart';
import type { ActorSheet } from './views/actorSheet';
import type { EmbedCard } from './views/embedCard';
import type { IndexPage } from './views/indexPage';
import type { SearchResults } from './views/searchResults';
import type { SourcePage } from './views/sourcePage';
import type { ChartView } from './views/timeline';
import type { TopicSheet } from './views/topicSheet';

export interface ErrorPage {
  status: number;
  title: string;
  message: string;
  hasSuggestions: boolean;
  suggestions: { name: string; kindLabel: string; pageUrl: string }[];
}

export interface Alternates {
  markdownUrl: string;
  jsonUrl: string;
}

/** What a page adds to the plain layout: head metadata and embed code (sheets), the search box's text. */
export interface PageExtras {
  meta?: SheetMeta | null;
  /** Image URL → render-built SVG, inlined in place of the image. */
  inlineImages?: ReadonlyMap<string, string> | null;
  searchQuery?: string;
}

export interface LayoutView {
  title: string;
  bodyHtml: string;
  markdownUrl: string | null;
  jsonUrl: string | null;
  articleCount: number;
  generatedAt: string;
  head: SheetMeta['head'] | null;
  embed: SheetMeta['embed'] | null;
  searchQuery: string;
}

/** Renders one knowledge base's pages with one set of templates. */
export class PageRenderer {
  constructor(
    private readonly templates: Templates,
    private readonly kb: Pick<KnowledgeBase, 'generatedAt' | 'articles'>,
  ) {}

  indexMarkdown(page: IndexPage): string {
    return this.fillMarkdown(this.templates.index, indexTemplateView(page));
  }

  actorMarkdown(sheet: ActorSheet): string {
    return this.fillMarkdown(this.templates.actor, actorTemplateView(sheet, this.kb.generatedAt));
  }

  topicMarkdown(sheet: TopicSheet): string {
    return this.fillMarkdown(this.templates.topic, topicTemplateView(sheet, this.kb.generatedAt));
  }

  searchMarkdown(results: SearchResults): string {
    return this.fillMarkdown(this.templates.search, searchTemplateView(results));
  }

  errorMarkdown(page: ErrorPage): string {
    return this.fillMarkdown(this.templates.error, page);
  }

  /** A full HTML document from filled markdown. */
  markdownPage(title: string, markdown: string, alternates: Alternates | null = null, extras: PageExtras = {}): string {
    return this.layout(title, markdownToHtml(markdown, extras.inlineImages ?? null), alternates, extras);
  }

  /** A sheet page: its markdown with the activity chart inlined, head metadata and embed code. */
  sheetPage(title: string, markdown: string, chart: ChartView, alternates: Alternates, meta: SheetMeta | null): string {
    const inlineImages = new Map([[chart.svgUrl, timelineChartSvg(chart)]]);
    return this.markdownPage(title, markdown, alternates, { meta, inlineImages });
  }

  sourcePage(page: SourcePage): string {
    return this.layout(page.title, fillHtmlTemplate(this.templates.source, page), null, {});
  }

  /** The compact card served to iframes: its own small HTML document. */
  embedPage(card: EmbedCard): string {
    return fillHtmlTemplate(this.templates.embed, card);
  }

  private fillMarkdown(template: string, view: object): string {
    return fillMarkdownTemplate(template, view, this.templates.partials);
  }

  /** An HTML fragment in the layout: the page's head, header and footer. */
  layout(title: string, bodyHtml: string, alternates: Alternates | null, extras: PageExtras): string {
    const view: LayoutView = {
      title,
      bodyHtml,
      markdownUrl: alternates?.markdownUrl ?? null,
      jsonUrl: alternates?.jsonUrl ?? null,
      articleCount: this.kb.articles.length,
      generatedAt: this.kb.generatedAt,
      head: extras.meta?.head ?? null,
      embed: extras.meta?.embed ?? null,
      searchQuery: extras.searchQuery ?? '',
    };
    return fillHtmlTemplate(this.templates.layout, view);
  }
}
