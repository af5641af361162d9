// The set of templates a page renderer needs; injected into createApp so tests can pass their own.

export interface Templates {
  /** HTML shell around every HTML page; HTML-escaped. */
  layout: string;
  /** Markdown templates; markdown-inline escaped. */
  index: string;
  actor: string;
  topic: string;
  search: string;
  error: string;
  /** HTML template for an article with its evidence highlighted; HTML-escaped. */
  source: string;
  /** HTML document for the embeddable card; HTML-escaped. */
  embed: string;
  /** Markdown partials, used as `{{> name}}`. */
  partials: Record<string, string>;
}
