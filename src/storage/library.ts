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
  INDEX_KEYS,
  completeIndex,
  indexEntryOf,
  isIndexKey,
  parseIndex,
  readArticleEntry,
  storedArticle,
  shardOf,
  storedIndex,
  versionOf,
  type LoadedIndex,
} from './schema';
import { isRecord } from './shape';
import {
  fail,
  ok,
  type ArticleBatch,
  type ArticleList,
  type ImportCounts,
  type ImportReport,
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
  tagsNotSaved: (title: string, detail: string) => `The tags of "${title}" were not saved: ${detail}`,
  fullTags: (title: string) => `Storage is full: the tags of "${title}" were not saved. Delete some saved articles and try again.`,
  notImported: (titles: readonly string[], detail: string) =>
    `${titles.length === 1 ? 'This article was' : `These ${titles.length} articles were`} not imported: ${namedList(titles)}. ${detail}`,
  importFull: 'Storage is full. Delete some saved articles and import again.',
  articleMissing: (id: string) => `A saved article (id ${id}) no longer exists.`,
  upgradeFull:
    'Storage is full: saved articles could not be upgraded to this version of Pith. ' +
    'They can still be read; delete some to free space.',
} as const;

export interface LibraryOptions {
  /** Makes the id of an article without URL (default: crypto.randomUUID). */
  randomId?: () => string;
  /**
   * Keeps the index in memory between operations instead of reading it from
   * storage each time. For the one writer that makes every change (the
   * background), which must pass every change of the stored index to
   * `noticeIndexChange` so that a change made behind its back drops the copy.
   */
  cacheIndex?: boolean;
}

/** Saved articles and links, kept in one storage area. */
export class Library {
  readonly #area: StorageArea;
  readonly #randomId: () => string;
  readonly #cacheIndex: boolean;
  /** The index as last read or written (with `cacheIndex`). */
  #cached: LoadedIndex | null = null;
  /** The stamp of the last index this library wrote (with `cacheIndex`). */
  #stamp = '';
  #writes = 0;

  constructor(area: StorageArea, options: LibraryOptions = {}) {
    this.#area = area;
    this.#randomId = options.randomId ?? (() => globalThis.crypto.randomUUID());
    this.#cacheIndex = options.cacheIndex ?? false;
  }

  /**
   * Saves an article; saving the same page (canonical URL) again updates it
   * and keeps its tags. One write: the article and the index together.
   */
  async saveArticle(article: Article, now: Date): Promise<Result<IndexEntry>> {
    const title = article.title.trim() || article.url || TEXTS.untitled;
    return attempt(
      (error) => notSaved(title, error),
      async () => {
        const id = article.url.trim() ? urlId(article.url) : this.#randomId();
        const index = await this.#loadIndex();
        const tags = index.articles.find((e) => e.id === id)?.tags ?? [];
        return ok(await this.#put({ ...article, id, savedAt: now.toISOString(), tags }, index));
      },
    );
  }

  /** Replaces the tags of a saved article (trimmed, duplicates and empty ones dropped, at most MAX_TAGS). */
  async setTags(id: string, tags: readonly string[]): Promise<Result<IndexEntry>> {
    let title = id;
    return attempt(
      (error) =>
        isQuotaError(error) ? fail('full', TEXTS.fullTags(title)) : fail('error', TEXTS.tagsNotSaved(title, errorText(error))),
      async () => {
        const key = articleKey(id);
        const [index, stored] = await Promise.all([this.#loadIndex(), this.#area.get(key)]);
        const raw = stored[key];
        if (raw === undefined) return fail('not-found', TEXTS.articleGone);
        const read = readArticleEntry(raw, id);
        if (!read.ok) return fail('corrupt', articleProblem(id, index.articles.find((e) => e.id === id)?.title, read.reason));
        title = read.value.title || TEXTS.untitled;
        return ok(await this.#put({ ...read.value, tags: normalTags(tags) }, index));
      },
    );
  }

  /**
   * Puts a deleted article back as it was (the undo of a delete), tags and
   * time of saving included. When the page was saved again meanwhile, the
   * newer save is kept and gains the restored article's tags.
   */
  async restoreArticle(article: SavedArticle): Promise<Result<IndexEntry>> {
    const title = article.title.trim() || article.url || TEXTS.untitled;
    return attempt(
      (error) => notSaved(title, error),
      async () => {
        const key = articleKey(article.id);
        const [index, stored] = await Promise.all([this.#loadIndex(), this.#area.get(key)]);
        const merged = mergeArticle(article, readStored(stored[key], article.id));
        if (merged.outcome === 'skipped') return ok(indexEntryOf(merged.article));
        return ok(await this.#put(merged.article, index));
      },
    );
  }

  /**
   * Several saved articles in full, in the order asked (at most
   * MAX_ARTICLES_PER_REQUEST per call); each one that is gone or cannot be
   * read is left out and named in `problems`.
   */
  async getArticles(ids: readonly string[]): Promise<Result<ArticleBatch>> {
    return attempt(failed('read the saved articles'), async () => {
      const stored = await this.#area.get(ids.map(articleKey));
      const articles: SavedArticle[] = [];
      const problems: string[] = [];
      let index: LoadedIndex | undefined;
      for (const id of ids) {
        const raw = stored[articleKey(id)];
        const read = raw === undefined ? undefined : readArticleEntry(raw, id);
        if (read?.ok) {
          articles.push(read.value);
          continue;
        }
        index ??= await this.#loadIndex();
        const title = index.articles.find((e) => e.id === id)?.title;
        problems.push(read ? articleProblem(id, title, read.reason) : TEXTS.articleMissing(id));
      }
      return ok({ articles, problems });
    });
  }

  /**
   * Merges articles and links from an export into the library without making
   * copies: an item whose page (canonical URL, else id) is already saved
   * keeps the newer of the two saves, with the tags of both; links keep
   * "read" when either copy was read. Articles are written IMPORT_CHUNK at a
   * time; when storage fills up, the chunk is retried one by one, so the
   * report names exactly the articles not imported (the ones before stay).
   */
  async importItems(articles: readonly SavedArticle[], links: readonly SavedLink[] = []): Promise<Result<ImportReport>> {
    return attempt(failed('import the articles'), async () => {
      const index = await this.#loadIndex();
      const incoming = articles.map(importedArticle);
      const stored = await this.#area.get(incoming.map((a) => articleKey(a.id)));
      const current = new Map<string, SavedArticle | null>();
      /** The outcome of each incoming article, and the final version of each article to write. */
      const outcomes: Array<[string, Outcome]> = [];
      const plan = new Map<string, SavedArticle>();
      for (const article of incoming) {
        if (!current.has(article.id)) current.set(article.id, readStored(stored[articleKey(article.id)], article.id));
        const merged = mergeArticle(article, current.get(article.id) ?? null);
        outcomes.push([article.id, merged.outcome]);
        if (merged.outcome === 'skipped') continue;
        current.set(article.id, merged.article);
        plan.set(article.id, merged.article);
      }
      const { written, problem } = await this.#writeArticles([...plan.values()]);
      const problems = problem ? [problem] : [];
      const linkMerge = mergeLinks(index.links, links);
      const entries = new Map(index.articles.map((e) => [e.id, e]));
      for (const id of written) entries.set(id, indexEntryOf(plan.get(id) as SavedArticle));
      try {
        await this.#writeIndex(index, {
          articles: [...entries.values()],
          ids: written,
          ...(links.length > 0 ? { links: linkMerge.links } : {}),
        });
      } catch (error) {
        for (const id of written) await this.#restore(articleKey(id), stored[articleKey(id)]);
        const none = { added: 0, updated: 0, skipped: 0 };
        const names = written.map((id) => titleOf(plan.get(id) as SavedArticle));
        return ok({ ...none, links: none, problems: [...problems, TEXTS.notImported(names, importDetail(error))] });
      }
      const counts: ImportCounts = { added: 0, updated: 0, skipped: 0 };
      const done = new Set(written);
      for (const [id, outcome] of outcomes) if (outcome === 'skipped' || done.has(id)) counts[outcome]++;
      return ok({ ...counts, links: linkMerge.counts, problems });
    });
  }

  /**
   * Writes article entries IMPORT_CHUNK per `set`; a chunk that does not fit
   * is written one by one up to the first that does not. Answers the ids
   * written and, when some were not, the problem naming them.
   */
  async #writeArticles(articles: readonly SavedArticle[]): Promise<{ written: string[]; problem?: string }> {
    const written: string[] = [];
    for (let start = 0; start < articles.length; start += IMPORT_CHUNK) {
      const chunk = articles.slice(start, start + IMPORT_CHUNK);
      try {
        await this.#area.set(Object.fromEntries(chunk.map((a) => [articleKey(a.id), storedArticle(a)])));
        written.push(...chunk.map((a) => a.id));
        continue;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
      }
      for (const [i, article] of chunk.entries()) {
        try {
          await this.#area.set({ [articleKey(article.id)]: storedArticle(article) });
          written.push(article.id);
        } catch (error) {
          return { written, problem: TEXTS.notImported(articles.slice(start + i).map(titleOf), importDetail(error)) };
        }
      }
    }
    return { written };
  }

  /**
   * With `cacheIndex`: storage changed (storage.onChanged's `changes`). When
   * the index changed and that was not this library's own last write, the copy
   * in memory is dropped and the next operation reads the index again.
   */
  noticeStorageChange(changes: Readonly<Record<string, { newValue?: unknown }>>): void {
    if (!Object.keys(changes).some(isIndexKey)) return;
    const meta = changes[KEYS.meta]?.newValue;
    if (!isRecord(meta) || meta[STAMP_FIELD] !== this.#stamp) this.#cached = null;
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

  /**
   * The saved articles, newest first, and what could not be read; with
   * `limit`, only the first `limit` of them and how many there are in all
   * (a page can paint its first rows before it has them all).
   */
  async listArticles(limit?: number): Promise<Result<ArticleList>> {
    return attempt(failed('list the saved articles'), async () => {
      const { articles, articleProblems } = await this.#loadIndex();
      const sorted = byNewest(articles);
      if (limit === undefined) return ok({ articles: sorted, problems: articleProblems });
      return ok({ articles: sorted.slice(0, limit), problems: articleProblems, total: sorted.length });
    });
  }

  /** Deletes a saved article, also one whose stored data cannot be read. */
  async deleteArticle(id: string): Promise<Result<null>> {
    return attempt(failed('delete the saved article'), async () => {
      const key = articleKey(id);
      const [index, stored] = await Promise.all([this.#loadIndex(), this.#area.get(key)]);
      const listed = index.articles.some((e) => e.id === id);
      if (!listed && stored[key] === undefined) return fail('not-found', TEXTS.articleGone);
      await this.#writeIndex(index, { articles: index.articles.filter((e) => e.id !== id), ids: [id] });
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
      await this.#writeIndex(index, { links: index.links.map((l) => (l.id === id ? link : l)), ids: [] });
      return ok(link);
    });
  }

  /** Deletes a saved link. */
  async deleteLink(id: string): Promise<Result<null>> {
    return attempt(failed('delete the saved link'), async () => {
      const index = await this.#loadIndex();
      if (!index.links.some((l) => l.id === id)) return fail('not-found', TEXTS.linkGone);
      await this.#writeIndex(index, { links: index.links.filter((l) => l.id !== id), ids: [] });
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
      const index = completeIndex(parseIndex(all), all);
      await this.#writeIndex({ ...index, rewrite: true }, { items: updates });
      return ok({ upgraded: Object.keys(updates).length, problems: [...index.articleProblems, ...index.linkProblems] });
    });
  }

  /**
   * Writes a saved article and the index with its entry first, in one
   * `set` (one write: storage.local applies it whole or not at all).
   */
  async #put(saved: SavedArticle, index: LoadedIndex): Promise<IndexEntry> {
    const entry = indexEntryOf(saved);
    await this.#writeIndex(index, {
      articles: [entry, ...index.articles.filter((e) => e.id !== saved.id)],
      ids: [saved.id],
      items: { [articleKey(saved.id)]: storedArticle(saved) },
    });
    return entry;
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
    await this.#writeIndex(index, { links: [...links, ...index.links.filter((l) => !fresh.has(l.id))], ids: [] });
    return ok(links);
  }

  /** The index, its article list rebuilt from the article entries when it is missing, old or damaged. */
  async #loadIndex(): Promise<LoadedIndex> {
    if (this.#cached) return this.#cached;
    const parsed = parseIndex(await this.#area.get([...INDEX_KEYS]));
    const index = completeIndex(parsed, parsed.articles ? {} : await this.#area.get(null));
    if (this.#cacheIndex) this.#cached = index;
    return index;
  }

  /**
   * Writes what `change` changes of the index `base`, with `change.items` in
   * the same `set`: only the shards of `change.ids` and, when given, the
   * reading list; everything when `base` must be rewritten or no ids are given.
   */
  async #writeIndex(base: LoadedIndex, change: IndexChange): Promise<void> {
    const articles = change.articles ?? base.articles;
    const links = change.links ?? base.links;
    const whole = base.rewrite || !change.ids;
    const shards = whole ? 'all' : new Set((change.ids ?? []).map(shardOf));
    const stored = { ...change.items, ...storedIndex(articles, whole || change.links ? links : null, shards) };
    if (!this.#cacheIndex) return this.#area.set(stored);
    const stamp = `${Date.now().toString(36)}.${++this.#writes}`;
    this.#cached = null;
    this.#stamp = stamp;
    await this.#area.set({ ...stored, [KEYS.meta]: { schemaVersion: SCHEMA_VERSION, [STAMP_FIELD]: stamp } });
    if (this.#stamp === stamp) this.#cached = { articles, links, articleProblems: [], linkProblems: [], rewrite: false };
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

/** What one write changes of the index. */
interface IndexChange {
  /** The new article entries (default: unchanged). */
  articles?: IndexEntry[];
  /** The new reading list (default: unchanged, and not written). */
  links?: SavedLink[];
  /** The ids whose entries changed: only their shards are written (default: every shard). */
  ids?: readonly string[];
  /** Keys written in the same `set` (article entries). */
  items?: Record<string, unknown>;
}

/**
 * The field of `meta` that tells a caching library's own writes from others
 * (see `noticeStorageChange`); readers ignore it.
 */
const STAMP_FIELD = 'w';

/** Most tags an article keeps, and the longest tag (in characters). */
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;

const TAG_SPACE = /\s+/g;

/**
 * Tags as kept: each on one line, trimmed and cut to MAX_TAG_LENGTH; empty
 * ones dropped; the first of tags equal but for case kept; at most MAX_TAGS.
 */
export function normalTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of tags) {
    const tag = [...raw.replace(TAG_SPACE, ' ').trim()].slice(0, MAX_TAG_LENGTH).join('').trim();
    const folded = tag.toLocaleLowerCase();
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    kept.push(tag);
    if (kept.length === MAX_TAGS) break;
  }
  return kept;
}

/** What merging one incoming article did. */
type Outcome = keyof ImportCounts;

/** Articles written per `set` by an import. */
const IMPORT_CHUNK = 25;

/**
 * Merges an incoming copy of an article with the stored one (null when there
 * is none or it cannot be read): the newer save wins, tags are united.
 */
export function mergeArticle(incoming: SavedArticle, stored: SavedArticle | null): { article: SavedArticle; outcome: Outcome } {
  if (!stored) return { article: incoming, outcome: 'added' };
  const newer = incoming.savedAt > stored.savedAt ? incoming : stored;
  const tags = normalTags([...newer.tags, ...(newer === stored ? incoming.tags : stored.tags)]);
  if (newer === stored && tags.length === stored.tags.length) return { article: stored, outcome: 'skipped' };
  return { article: { ...newer, tags }, outcome: 'updated' };
}

/** Merges incoming links into `known` (same canonical URL: newer save wins, read if either was read). */
function mergeLinks(known: readonly SavedLink[], incoming: readonly SavedLink[]): { links: SavedLink[]; counts: ImportCounts } {
  const links = new Map(known.map((l) => [l.id, l]));
  const counts: ImportCounts = { added: 0, updated: 0, skipped: 0 };
  for (const raw of incoming) {
    const link = { ...raw, id: urlId(raw.url) };
    const stored = links.get(link.id);
    if (!stored) {
      links.set(link.id, link);
      counts.added++;
      continue;
    }
    const newer = link.savedAt > stored.savedAt ? link : stored;
    const read = stored.read || link.read;
    if (newer === stored && read === stored.read) counts.skipped++;
    else {
      links.set(link.id, { ...newer, read });
      counts.updated++;
    }
  }
  return { links: [...links.values()], counts };
}

/** An imported article with the id this library gives its page (ids of articles without URL are kept). */
function importedArticle(article: SavedArticle): SavedArticle {
  const id = article.url.trim() ? urlId(article.url) : article.id;
  return { ...article, id, tags: normalTags(article.tags) };
}

/** The stored article under an id, or null when there is none or it cannot be read. */
function readStored(raw: unknown, id: string): SavedArticle | null {
  if (raw === undefined) return null;
  const read = readArticleEntry(raw, id);
  return read.ok ? read.value : null;
}

function titleOf(article: SavedArticle): string {
  return article.title.trim() || article.url || TEXTS.untitled;
}

function importDetail(error: unknown): string {
  return isQuotaError(error) ? TEXTS.importFull : errorText(error);
}

/** Up to five titles in quotes, then how many more. */
function namedList(titles: readonly string[]): string {
  const shown = titles.slice(0, 5).map((t) => `"${t}"`);
  return titles.length > 5 ? `${shown.join(', ')} and ${titles.length - 5} more` : shown.join(', ');
}
