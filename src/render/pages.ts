// Page rendering: fill a markdown template, turn it into HTML once, wrap it in the layout.

import type { KnowledgeBase } from '../kb/types';
import { fillHtmlTemplate, fillMarkdownTemplate } from './fill';
import { markdownToHtml } from './markdown';
import { actorTemplateView, indexTemplateView, topicTemplateView } from './templateViews';
import type { Templates } from './templates';
import type { ActorSheet } from './views/actorSheet';
import type { IndexPage } from './views/indexPage';
import type { SourcePage } from './views/sourcePage';
import type { TopicSheet } from './views/topicSheet';

export interface ErrorPage {
  status: number;
  title: string;
  message: string;
  hasSuggestions: boolean;
  suggestions: { name: string; kindLabel: string; pageUrl: string }[];
}

export interface LayoutView {
  title: string;
  bodyHtml: string;
  markdownUrl: string | null;
  jsonUrl: string | null;
  articleCount: number;
  generatedAt: string;
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
    return this.fillMarkdown(this.templates.actor, actorTemplateView(sheet));
  }

  topicMarkdown(sheet: TopicSheet): string {
    return this.fillMarkdown(this.templates.topic, topicTemplateView(sheet));
  }

  errorMarkdown(page: ErrorPage): string {
    return this.fillMarkdown(this.templates.error, page);
  }

  /** A full HTML document from filled markdown. */
  markdownPage(title: string, markdown: string, alternates: { markdownUrl: string; jsonUrl: string } | null = null): string {
    return this.layout(title, markdownToHtml(markdown), alternates);
  }

  sourcePage(page: SourcePage): string {
    return this.layout(page.title, fillHtmlTemplate(this.templates.source, page), null);
  }

  private fillMarkdown(template: string, view: object): string {
    return fillMarkdownTemplate(template, view, this.templates.partials);
  }

  private layout(title: string, bodyHtml: string, alternates: { markdownUrl: string; jsonUrl: string } | null): string {
    const view: LayoutView = {
      title,
      bodyHtml,
      markdownUrl: alternates?.markdownUrl ?? null,
      jsonUrl: alternates?.jsonUrl ?? null,
      articleCount: this.kb.articles.length,
      generatedAt: this.kb.generatedAt,
    };
    return fillHtmlTemplate(this.templates.layout, view);
  }
}
