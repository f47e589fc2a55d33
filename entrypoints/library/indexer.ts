/**
 * Builds the library's search index after the list is painted: first the
 * index entries (titles, sites, top figures: searchable at once), then the
 * article bodies, read from the background in batches and added a few at a
 * time so the page stays responsive. Bodies are dropped once indexed.
 */
import { send } from '../../lib/send';
import { LibrarySearch, type SearchBody } from '../../src/library/search';
import { MAX_ARTICLES_PER_REQUEST } from '../../src/messages';
import type { IndexEntry } from '../../src/storage/types';

/** How many bodies one request reads. */
const BATCH = Math.min(100, MAX_ARTICLES_PER_REQUEST);

/** How long one slice of indexing may hold the page, in milliseconds. */
const SLICE_MS = 12;

/** Lets the browser paint and handle input before the next slice. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Progress of the full-text index: articles whose text is indexed, articles looked at, and all of them. */
export type OnProgress = (indexed: number, done: number, total: number) => void;

/** The search index of the library page and its background build. */
export class Indexer {
  readonly search = new LibrarySearch();
  #building = false;

  /** Adds entries (one more after a restore or a tag change). */
  addEntries(entries: readonly IndexEntry[]): void {
    for (const e of entries) this.search.addEntry(e);
  }

  /** Adds all the entries at first, a slice at a time so the page stays responsive. */
  async addAllEntries(entries: readonly IndexEntry[]): Promise<void> {
    await sliced(entries, (e) => this.search.addEntry(e));
  }

  /**
   * Reads and indexes the bodies of `entries` not indexed yet, reporting
   * progress; one build at a time. A batch that cannot be read is passed over
   * (its articles stay searchable by title, site and top figures).
   */
  async build(entries: readonly IndexEntry[], onProgress: OnProgress): Promise<void> {
    if (this.#building) return;
    this.#building = true;
    try {
      const missing = entries.filter((e) => !this.search.hasBody(e.id)).map((e) => e.id);
      const total = entries.length;
      let done = total - missing.length;
      onProgress(this.search.bodiesIndexed, done, total);
      for (let start = 0; start < missing.length; start += BATCH) {
        const ids = missing.slice(start, start + BATCH);
        const res = await send({ type: 'article/get-many', ids });
        if (res.ok) await sliced(res.value.articles, (body: SearchBody) => this.search.addBody(body));
        done += ids.length;
        onProgress(this.search.bodiesIndexed, done, total);
      }
    } finally {
      this.#building = false;
    }
  }
}

/** Calls `add` on each item, yielding to the page every {@link SLICE_MS}. */
async function sliced<T>(items: readonly T[], add: (item: T) => void): Promise<void> {
  let started = performance.now();
  for (const item of items) {
    add(item);
    if (performance.now() - started > SLICE_MS) {
      await yieldToPage();
      started = performance.now();
    }
  }
}
