// A bounded per-isolate cache of rendered pages, keyed by the store's version: a write to the store changes the
// version, so every page rendered before it is simply never asked for again (and ages out of the LRU).

export class VersionedPageCache {
  private readonly pages = new Map<string, Promise<string>>();

  constructor(private readonly limit = 500) {}

  /** The page for `key` at `version`; concurrent misses for one key render once. A failed render is not kept. */
  get(version: string, key: string, render: () => Promise<string>): Promise<string> {
    const full = `${version}\u0000${key}`;
    const cached = this.pages.get(full);
    if (cached) {
      this.pages.delete(full);
      this.pages.set(full, cached);
      return cached;
    }
    const page = render();
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
