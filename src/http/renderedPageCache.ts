// A bounded per-isolate cache of rendered pages with their entity tags, keyed by the store's version: a write to the
// store changes the version, so every page rendered before it is simply never asked for again (and ages out).
// A page's bytes and its ETag (the SHA-256 of those bytes) are worked out once, on the render; serving it again, or
// answering 304 for it, costs a lookup.

import { strongEtag } from './middleware/conditionalGet/entityTags';

/** A page as it is sent: the UTF-8 bytes, and the strong ETag of exactly those bytes. */
export interface RenderedPage {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

const encoder = new TextEncoder();

export async function renderedPage(body: string): Promise<RenderedPage> {
  const bytes = encoder.encode(body) as Uint8Array<ArrayBuffer>;
  return { bytes, etag: await strongEtag(bytes) };
}

/** Least-recently-used eviction over a Map, which keeps insertion order. */
export class RenderedPageCache {
  private readonly pages = new Map<string, Promise<RenderedPage>>();

  constructor(private readonly limit = 500) {}

  /** The page for `key` at `version`, tagged; concurrent misses for one key render once. A failed render is not kept. */
  page(version: string, key: string, render: () => Promise<string>): Promise<RenderedPage> {
    const full = `${version}\u0000${key}`;
    const cached = this.pages.get(full);
    if (cached) {
      this.pages.delete(full);
      this.pages.set(full, cached);
      return cached;
    }
    const page = render().then(renderedPage);
    this.pages.set(full, page);
    page.catch(() => this.pages.get(full) === page && this.pages.delete(full));
    if (this.pages.size > this.limit) this.pages.delete(this.pages.keys().next().value!);
    return page;
  }

  /** Drops every page: called after this isolate writes to the store. */
  clear(): void {
    this.pages.clear();
  }

  get size(): number {
    return this.pages.size;
  }
}
