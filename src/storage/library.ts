/**
 * The reader's library: saved articles and saved links in one storage area.
 *
 * Every operation returns a Result with a message fit for the reader. Reads
 * never write. Writes put the article entry first and the index second, and
 * undo the first when the second fails, so a failed save leaves nothing
 * half-written. Callers must run writes one at a time (see queue.ts): each
 * write reads the index, changes it and writes it back.
 */
import type { Article, RelatedPost } from '../types';
import { urlId } from './id';
import {
  KEYS,
  SCHEMA_VERSION,
  articleKey,
  articleProblem,
  byNewest,
  completeIndex,
  indexEntryOf,
  parseIndex,
  readArticleEntry,
  storedArticle,
  storedIndex,
  versionOf,
  type LoadedIndex,
} from './schema';
import { isRecord } from './shape';
import {
  fail,
  ok,
  type ArticleList,
  type Failure,
  type IndexEntry,
  type LinkList,
  type LinkSource,
  type Result,
  type SavedArticle,
  type SavedLink,
  type StorageArea,
  type UpgradeReport,
} from './types';

/** The reader-facing texts of the library's failures. */
export const TEXTS = {
  full: (title: string) => `Storage is full: "${title}" was not saved. Delete some saved articles and try again.`,
  notSaved: (title: string, detail: string) => `"${title}" was not saved: ${detail}`,
  failed: (doing: string, detail: string) => `Could not ${doing}: ${detail}`,
  articleGone: 'This saved article no longer exists.',
  linkGone: 'This saved link no longer exists.',
  linkWithoutUrl: 'A link without an address cannot be saved.',
  fullLinks: (count: number) => `Storage is full: the ${count} links were not saved. Delete some saved articles and try again.`,
  linksNotSaved: (count: number, detail: string) => `The ${count} links were not saved: ${detail}`,
  untitled: 'Untitled article',
  upgradeFull:
    'Storage is full: saved articles could not be upgraded to this version of Pith. ' +
    'They can still be read; delete some to free space.',
} as const;

export interface LibraryOptions {
  /** Makes the id of an article without URL (default: crypto.randomUUID). */
  randomId?: () => string;
}

/** Saved articles and links, kept in one storage area. */
export class Library {
  readonly #area: StorageArea;
  readonly #randomId: () => string;

  constructor(area: StorageArea, options: LibraryOptions = {}) {
    this.#area = area;
    this.#randomId = options.randomId ?? (() => globalThis.crypto.randomUUID());
  }

  /** Saves an article; saving the same page (canonical URL) again updates it and keeps its tags. */
  async saveArticle(article: Article, now: Date): Promise<Result<IndexEntry>> {
    const title = article.title.trim() || article.url || TEXTS.untitled;
    return attempt(
      (error) => notSaved(title, error),
      async () => {
        const id = article.url.trim() ? urlId(article.url) : this.#randomId();
        const key = articleKey(id);
        const [index, stored] = await Promise.all([this.#loadIndex(), this.#area.get(key)]);
        const previous = stored[key];
        const earlier = previous === undefined ? undefined : readArticleEntry(previous, id);
        const tags = earlier?.ok ? earlier.value.tags : [];
        const saved: SavedArticle = { ...article, id, savedAt: now.toISOString(), tags };
        const entry = indexEntryOf(saved);
        await this.#area.set({ [key]: storedArticle(saved) });
        try {
          await this.#writeIndex(
            [entry, ...index.articles.filter((e) => e.id !== id)],
            index.links,
          );
        } catch (error) {
          await this.#restore(key, previous);
          throw error;
        }
        return ok(entry);
      },
    );
  }

  /** One saved article, in full. */
  async getArticle(id: string): Promise<Result<SavedArticle>> {
    return attempt(failed('open the saved article'), async () => {
      const key = articleKey(id);
      const raw = (await this.#area.get(key))[key];
      if (raw === undefined) return fail('not-found', TEXTS.articleGone);
      const read = readArticleEntry(raw, id);
      if (read.ok) return ok(read.value);
      const { articles } = await this.#loadIndex();
      const title = articles.find((e) => e.id === id)?.title;
      return fail('corrupt', articleProblem(id, title, read.reason));
    });
  }

  /** The saved article for a page, by canonical URL; null when the page is not saved. */
  async findByUrl(url: string): Promise<Result<IndexEntry | null>> {
    return attempt(failed('look up the page'), async () => {
      if (!url.trim()) return ok(null);
      const id = urlId(url);
      const { articles } = await this.#loadIndex();
      return ok(articles.find((e) => e.id === id) ?? null);
    });
  }

  /** The saved articles, newest first, and what could not be read. */
  async listArticles(): Promise<Result<ArticleList>> {
    return attempt(failed('list the saved articles'), async () => {
      const { articles, articleProblems } = await this.#loadIndex();
      return ok({ articles: byNewest(articles), problems: articleProblems });
    });
  }

  /** Deletes a saved article, also one whose stored data cannot be read. */
  async deleteArticle(id: string): Promise<Result<null>> {
    return attempt(failed('delete the saved article'), async () => {
      const key = articleKey(id);
      const [index, stored] = await Promise.all([this.#loadIndex(), this.#area.get(key)]);
      const listed = index.articles.some((e) => e.id === id);
      if (!listed && stored[key] === undefined) return fail('not-found', TEXTS.articleGone);
      await this.#writeIndex(
        index.articles.filter((e) => e.id !== id),
        index.links,
      );
      await this.#area.remove(key);
      return ok(null);
    });
  }

  /**
   * Saves a related post for later; saving the same URL again updates it,
   * keeping whether it was read and, without a new `from`, where it was found.
   */
  async saveLink(post: RelatedPost, now: Date, from?: LinkSource): Promise<Result<SavedLink>> {
    const title = post.title.trim() || post.url;
    return attempt(
      (error) => notSaved(title, error),
      async () => {
        const saved = await this.#putLinks([post], now, from);
        return saved.ok ? ok(saved.value[0] as SavedLink) : saved;
      },
    );
  }

  /**
   * Saves several related posts for later in one write ("Save all"), each as
   * `saveLink` would, in the order given (a URL given twice is saved once).
   * Nothing is saved when one of them has no address.
   */
  async saveLinks(posts: RelatedPost[], now: Date, from?: LinkSource): Promise<Result<SavedLink[]>> {
    return attempt(
      (error) => linksNotSaved(posts.length, error),
      () => this.#putLinks(posts, now, from),
    );
  }

  /**
   * The saved links, newest first, and what could not be read. A link whose
   * page the reader has also saved as an article carries that article's id.
   */
  async listLinks(): Promise<Result<LinkList>> {
    return attempt(failed('list the saved links'), async () => {
      const { articles, links, linkProblems } = await this.#loadIndex();
      const savedArticles = new Set(articles.map((e) => e.id));
      const listed = byNewest(links).map((link) => (savedArticles.has(link.id) ? { ...link, articleId: link.id } : link));
      return ok({ links: listed, problems: linkProblems });
    });
  }

  /** Marks a saved link read or unread. */
  async setLinkRead(id: string, read: boolean): Promise<Result<SavedLink>> {
    return attempt(failed('update the saved link'), async () => {
      const index = await this.#loadIndex();
      const found = index.links.find((l) => l.id === id);
      if (!found) return fail('not-found', TEXTS.linkGone);
      const link = { ...found, read };
      await this.#writeIndex(
        index.articles,
        index.links.map((l) => (l.id === id ? link : l)),
      );
      return ok(link);
    });
  }

  /** Deletes a saved link. */
  async deleteLink(id: string): Promise<Result<null>> {
    return attempt(failed('delete the saved link'), async () => {
      const index = await this.#loadIndex();
      if (!index.links.some((l) => l.id === id)) return fail('not-found', TEXTS.linkGone);
      await this.#writeIndex(
        index.articles,
        index.links.filter((l) => l.id !== id),
      );
      return ok(null);
    });
  }

  /**
   * Rewrites every stored item of an older schema version in the current one
   * (reads migrate on the fly; this makes it permanent) and records the
   * version in `meta`. Does nothing when `meta` is current. Unreadable
   * entries are left in place and reported.
   */
  async upgrade(): Promise<Result<UpgradeReport>> {
    return attempt(upgradeFailure, async () => {
      const meta = (await this.#area.get(KEYS.meta))[KEYS.meta];
      if (isRecord(meta) && Number(meta.schemaVersion) >= SCHEMA_VERSION) return ok({ upgraded: 0, problems: [] });
      const all = await this.#area.get(null);
      const updates: Record<string, unknown> = {};
      for (const [key, raw] of Object.entries(all)) {
        if (!key.startsWith(KEYS.articlePrefix) || !isRecord(raw) || versionOf(raw) >= SCHEMA_VERSION) continue;
        const read = readArticleEntry(raw, key.slice(KEYS.articlePrefix.length));
        if (read.ok) updates[key] = storedArticle(read.value);
      }
      const index = completeIndex(parseIndex(all[KEYS.index]), all);
      await this.#area.set({ ...updates, ...storedIndex(index.articles, index.links) });
      return ok({ upgraded: Object.keys(updates).length, problems: [...index.articleProblems, ...index.linkProblems] });
    });
  }

  /** Writes the links of `posts` first in the list, replacing earlier saves of the same URLs. */
  async #putLinks(posts: RelatedPost[], now: Date, from?: LinkSource): Promise<Result<SavedLink[]>> {
    if (posts.some((post) => !post.url.trim())) return fail('error', TEXTS.linkWithoutUrl);
    const index = await this.#loadIndex();
    const fresh = new Map<string, SavedLink>();
    for (const post of posts) {
      const link = linkOf(post, now, from, index.links);
      if (!fresh.has(link.id)) fresh.set(link.id, link);
    }
    const links = [...fresh.values()];
    await this.#writeIndex(index.articles, [...links, ...index.links.filter((l) => !fresh.has(l.id))]);
    return ok(links);
  }

  /** The index, its article list rebuilt from the article entries when it is missing, old or damaged. */
  async #loadIndex(): Promise<LoadedIndex> {
    const parsed = parseIndex((await this.#area.get(KEYS.index))[KEYS.index]);
    return completeIndex(parsed, parsed.articles ? {} : await this.#area.get(null));
  }

  async #writeIndex(articles: IndexEntry[], links: SavedLink[]): Promise<void> {
    await this.#area.set(storedIndex(articles, links));
  }

  /** Puts back what `key` held before a failed save (best effort: the save's own error is what the reader sees). */
  async #restore(key: string, previous: unknown): Promise<void> {
    try {
      if (previous === undefined) await this.#area.remove(key);
      else await this.#area.set({ [key]: previous });
    } catch {
      // Nothing more can be done; the failure of the save is reported.
    }
  }
}

async function attempt<T>(onError: (error: unknown) => Failure, work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    return onError(error);
  }
}

/**
 * Whether a storage error means the quota was reached: Chrome says "QUOTA_BYTES quota exceeded",
 * IndexedDB-backed areas throw a QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  return /quota/i.test(isRecord(error) ? `${String(error.name)} ${String(error.message)}` : String(error));
}

function errorText(error: unknown): string {
  return isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
}

function notSaved(title: string, error: unknown): Failure {
  return isQuotaError(error) ? fail('full', TEXTS.full(title)) : fail('error', TEXTS.notSaved(title, errorText(error)));
}

function linksNotSaved(count: number, error: unknown): Failure {
  return isQuotaError(error)
    ? fail('full', TEXTS.fullLinks(count))
    : fail('error', TEXTS.linksNotSaved(count, errorText(error)));
}

function failed(doing: string): (error: unknown) => Failure {
  return (error) => fail('error', TEXTS.failed(doing, errorText(error)));
}

function upgradeFailure(error: unknown): Failure {
  return isQuotaError(error)
    ? fail('full', TEXTS.upgradeFull)
    : fail('error', TEXTS.failed('upgrade the saved articles', errorText(error)));
}

/**
 * The saved link of a post: its id from the post's canonical URL; read state
 * and, without a new `from`, where it was found kept from an earlier save in `known`.
 */
function linkOf(post: RelatedPost, now: Date, from: LinkSource | undefined, known: readonly SavedLink[]): SavedLink {
  const id = urlId(post.url);
  const earlier = known.find((l) => l.id === id);
  return {
    ...post,
    ...sourceFields(from ?? sourceOf(earlier)),
    id,
    savedAt: now.toISOString(),
    read: earlier?.read ?? false,
  };
}

function sourceOf(link: SavedLink | undefined): LinkSource | undefined {
  return link?.fromUrl === undefined ? undefined : { url: link.fromUrl, title: link.fromTitle ?? '' };
}

function sourceFields(from: LinkSource | undefined): Pick<SavedLink, 'fromUrl' | 'fromTitle'> {
  return from ? { fromUrl: from.url, fromTitle: from.title } : {};
}
