// A bounded per-isolate cache of rendered pages: the knowledge base never changes within one deployment.

/** Least-recently-used eviction over a Map, which keeps insertion order. */
export class RenderedPageCache {
  private readonly pages = new Map<string, string>();

  constructor(private readonly limit = 500) {}

  get(key: string, render: () => string): string {
    const cached = this.pages.get(key);
    if (cached !== undefined) {
      this.pages.delete(key);
      this.pages.set(key, cached);
      return cached;
    }
    const page = render();
    this.pages.set(key, page);
    if (this.pages.size > this.limit) this.pages.delete(this.pages.keys().next().value!);
    return page;
  }

  get size(): number {
    return this.pages.size;
  }
}
