/**
 * The storage layout, its version, and the migrations that bring older stored
 * items up to date when they are read.
 *
 * Layout (version 2):
 * - `article:<id>` → `{ v, article: SavedArticle }`, one key per saved article;
 * - `index:<n>` (n = 0…INDEX_SHARDS − 1) → `{ v, articles: IndexEntry[] }`: what the list
 *   shows of each saved article, in the shard `shardOf(id)`; each entry carries the article's
 *   tags, so lists filter by tag without reading bodies. Saving one article rewrites its own
 *   shard only: storage.local writes slow down with the size of what is written, and a
 *   single index of 10,000 entries (≈ 4.5 MB) took seconds to write in Chromium;
 * - `index` → `{ v, links: SavedLink[] }`, the reading list;
 * - `meta` → `{ schemaVersion }`, the version the whole store was last upgraded to.
 *
 * Version 1 (Pith 0.1) kept the article entries in `index` too
 * (`{ v, articles: IndexEntry[], links }`), without `tags` (they lived only in
 * the article entry). Samples of both older versions, written by the code of
 * their time, are in tests/fixtures/storage/v0 and v1.
 *
 * Version 0 (Pith 0.0.x, pre-release) stored `article:<id>` → `{ savedAt, article }`
 * with an Article that had no removal log and no tags, and an index
 * `{ articles: [{ id, url, title, savedAt }], links: [{ …RelatedPost, savedAt, from?: { url, title } }] }`,
 * all without a `v` field, and no `meta`.
 *
 * The index's article list is derived data: when it is older than
 * SCHEMA_VERSION or damaged it is rebuilt from the `article:*` entries. Its
 * links exist only there and are migrated item by item.
 */
import { cyrb53, urlId } from './id';
import { isIndexEntry, isLinkSource, isRecord, isSavedArticle, isSavedLink } from './shape';
import type { IndexEntry, SavedArticle, SavedLink } from './types';

/** The version of the layout this code writes. */
export const SCHEMA_VERSION = 2;

/** Storage keys. */
export const KEYS = {
  articlePrefix: 'article:',
  index: 'index',
  meta: 'meta',
} as const;

/** How many figures an index entry keeps. */
export const TOP_FIGURES = 3;

/** How many keys the article entries of the index are spread over. */
export const INDEX_SHARDS = 256;

/** The key of index shard `n`. */
export function shardKey(n: number): string {
  return `${KEYS.index}:${n}`;
}

/** Every shard key, in order. */
export const SHARD_KEYS: readonly string[] = Array.from({ length: INDEX_SHARDS }, (_, n) => shardKey(n));

/** The keys read to load the index: the links and every shard. */
export const INDEX_KEYS: readonly string[] = [KEYS.index, ...SHARD_KEYS];

/** Whether `key` holds a part of the index. */
export function isIndexKey(key: string): boolean {
  return key === KEYS.index || key.startsWith(`${KEYS.index}:`);
}

/** The shard an article's index entry lives in. */
export function shardOf(id: string): number {
  return cyrb53(id) % INDEX_SHARDS;
}

/** A saved article as stored. */
export interface StoredArticle {
  v: number;
  article: SavedArticle;
}

/** The index's reading list as stored. */
export interface StoredIndex {
  v: number;
  links: SavedLink[];
}

/** One shard of the index's article entries as stored. */
export interface StoredShard {
  v: number;
  articles: IndexEntry[];
}

/** The store-wide version record. */
export interface StoredMeta {
  schemaVersion: number;
}

type Item = Record<string, unknown>;

/** How each kind of stored item changes from one version to the next. */
export interface Migration {
  /** An `article:<id>` entry; `id` is the one in its key. */
  article(entry: Item, id: string): Item;
  /** One saved link of the index. */
  link(link: Item): Item;
}

/** Migrations by the version they start from: `MIGRATIONS[n]` turns version n into n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: {
    article: ({ savedAt, article }, id) => {
      if (!isRecord(article)) throw new TypeError('no article');
      return { v: 1, article: { removals: [], ...article, id, savedAt, tags: [] } };
    },
    link: ({ from, ...post }) => ({
      ...post,
      ...(isLinkSource(from) ? { fromUrl: from.url, fromTitle: from.title } : {}),
      id: urlId(String(post.url)),
      read: false,
    }),
  },
  // Index entries gained `tags`; they are derived, so the index's article list is rebuilt (see parseIndex).
  1: {
    article: (entry) => ({ ...entry, v: 2 }),
    link: (link) => link,
  },
};

/** The key of a saved article. */
export function articleKey(id: string): string {
  return KEYS.articlePrefix + id;
}

/** The version of a stored item: its `v`, 0 when it has none. */
export function versionOf(item: Item): number {
  return item.v === undefined ? 0 : Number(item.v);
}

/** Whether this code can read items of version `v`. */
function isReadableVersion(v: number): boolean {
  return Number.isInteger(v) && v >= 0 && v <= SCHEMA_VERSION;
}

/** Applies the migration steps from version `from` up to SCHEMA_VERSION. Throws on a missing step. */
function migrate(item: Item, from: number, apply: (step: Migration, item: Item) => Item): Item {
  let current = item;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    current = apply(step, current);
  }
  return current;
}

/** Reading a stored item: the item, or why it could not be read (a phrase for a message). */
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Reads an `article:<id>` entry of any known version as a current SavedArticle. */
export function readArticleEntry(raw: unknown, id: string): Read<SavedArticle> {
  if (!isRecord(raw)) return { ok: false, reason: 'its stored data is not an object' };
  const v = versionOf(raw);
  if (v > SCHEMA_VERSION) return { ok: false, reason: 'it was saved by a newer version of Pith' };
  if (!isReadableVersion(v)) return { ok: false, reason: 'its stored data has no valid version' };
  let entry: Item;
  try {
    entry = migrate(raw, v, (step, item) => step.article(item, id));
  } catch {
    return { ok: false, reason: 'its stored data could not be upgraded' };
  }
  const article = entry.article;
  if (!isSavedArticle(article) || article.id !== id) {
    return { ok: false, reason: 'its stored data has the wrong shape' };
  }
  return { ok: true, value: article };
}

/** The stored form of a saved article. */
export function storedArticle(article: SavedArticle): StoredArticle {
  return { v: SCHEMA_VERSION, article };
}

/**
 * The stored form of (part of) the index: the reading list when `links` is
 * given, the shards `shards` (every shard for 'all'; a shard with no entries
 * is written empty), and the meta record, in that key order.
 */
export function storedIndex(
  articles: readonly IndexEntry[],
  links: SavedLink[] | null,
  shards: ReadonlySet<number> | 'all',
): Record<string, StoredIndex | StoredShard | StoredMeta> {
  const out: Record<string, StoredIndex | StoredShard | StoredMeta> = {};
  if (links) out[KEYS.index] = { v: SCHEMA_VERSION, links };
  const wanted = shards === 'all' ? null : shards;
  const grouped = new Map<number, IndexEntry[]>();
  for (const entry of articles) {
    const n = shardOf(entry.id);
    if (wanted && !wanted.has(n)) continue;
    const shard = grouped.get(n);
    if (shard) shard.push(entry);
    else grouped.set(n, [entry]);
  }
  for (let n = 0; n < INDEX_SHARDS; n++) {
    if (!wanted || wanted.has(n)) out[shardKey(n)] = { v: SCHEMA_VERSION, articles: grouped.get(n) ?? [] };
  }
  out[KEYS.meta] = { schemaVersion: SCHEMA_VERSION };
  return out;
}

/** What the list shows of a saved article. */
export function indexEntryOf(article: SavedArticle): IndexEntry {
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    savedAt: article.savedAt,
    readingMinutes: article.readingMinutes,
    wordCount: article.wordCount,
    topFigures: article.figures.slice(0, TOP_FIGURES).map(({ text, measures }) => ({ text, measures })),
    lang: article.lang,
    tags: article.tags,
  };
}

/** Newest first. */
export function byNewest<T extends { savedAt: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** The index as read: `articles` is null when it must be rebuilt from the article entries. */
export interface ParsedIndex {
  articles: IndexEntry[] | null;
  links: SavedLink[];
  /** What could not be read, about the articles and about the links. */
  articleProblems: string[];
  linkProblems: string[];
}

/** Plain-language problems with the index. */
export const INDEX_PROBLEMS = {
  damaged: 'The list of saved articles was damaged; it has been rebuilt from the saved articles.',
  linksLost: 'The saved links were damaged and could not be recovered.',
  linkSkipped: (title: unknown) =>
    typeof title === 'string' && title
      ? `The saved link "${title}" could not be read and was left out.`
      : 'A saved link could not be read and was left out.',
} as const;

/**
 * Reads the stored index from `stored`, the values of INDEX_KEYS (a key that
 * is not there is left out). Without `index`, or with an older or damaged
 * one, or a damaged shard, the article entries are to be rebuilt.
 */
export function parseIndex(stored: Record<string, unknown>): ParsedIndex {
  const raw = stored[KEYS.index];
  if (raw === undefined) return { articles: null, links: [], articleProblems: [], linkProblems: [] };
  if (!isRecord(raw) || !isReadableVersion(versionOf(raw))) {
    return {
      articles: null,
      links: [],
      articleProblems: [INDEX_PROBLEMS.damaged],
      linkProblems: [INDEX_PROBLEMS.linksLost],
    };
  }
  const v = versionOf(raw);
  const { links, problems: linkProblems } = readLinks(raw.links, v);
  if (v < SCHEMA_VERSION) return { articles: null, links, articleProblems: [], linkProblems };
  const articles = readShards(stored);
  return articles
    ? { articles, links, articleProblems: [], linkProblems }
    : { articles: null, links, articleProblems: [INDEX_PROBLEMS.damaged], linkProblems };
}

/** The article entries of every shard in `stored` (a missing shard is empty); null when one is damaged. */
function readShards(stored: Record<string, unknown>): IndexEntry[] | null {
  const articles: IndexEntry[] = [];
  for (const key of SHARD_KEYS) {
    const shard = stored[key];
    if (shard === undefined) continue;
    if (!isRecord(shard) || versionOf(shard) !== SCHEMA_VERSION || !Array.isArray(shard.articles)) return null;
    for (const entry of shard.articles) {
      if (!isIndexEntry(entry)) return null;
      articles.push(entry);
    }
  }
  return articles;
}

/** Reads the links of an index of version `v`, leaving out (and naming) those that cannot be read. */
function readLinks(raw: unknown, v: number): { links: SavedLink[]; problems: string[] } {
  if (!Array.isArray(raw)) return { links: [], problems: [INDEX_PROBLEMS.linksLost] };
  const links: SavedLink[] = [];
  const problems: string[] = [];
  for (const item of raw) {
    const link = readLink(item, v);
    if (link) links.push(link);
    else problems.push(INDEX_PROBLEMS.linkSkipped(isRecord(item) ? item.title : undefined));
  }
  return { links, problems };
}

function readLink(item: unknown, v: number): SavedLink | null {
  if (!isRecord(item)) return null;
  try {
    const link = migrate(item, v, (step, old) => step.link(old));
    return isSavedLink(link) ? link : null;
  } catch {
    return null;
  }
}

/** Plain-language problem with one article entry, named by its title when it is known. */
export function articleProblem(id: string, title: string | undefined, reason: string): string {
  const name = title ? `The saved article "${title}"` : `A saved article (id ${id})`;
  return `${name} could not be read: ${reason}. You can delete it and save the page again.`;
}

/** The index as used: every readable saved article and link, and what could not be read. */
export interface LoadedIndex extends Omit<ParsedIndex, 'articles'> {
  articles: IndexEntry[];
  /** Whether it differs from what is stored (rebuilt, or with entries left out): the next write writes it whole. */
  rewrite: boolean;
}

/**
 * Completes a parsed index: when its article list must be rebuilt, rebuilds it
 * from the `article:*` entries of `all`, a full snapshot of the store.
 */
export function completeIndex(parsed: ParsedIndex, all: Record<string, unknown>): LoadedIndex {
  if (parsed.articles) return { ...parsed, articles: parsed.articles, rewrite: parsed.linkProblems.length > 0 };
  const rebuilt = articlesFromSnapshot(all);
  return {
    ...parsed,
    articles: rebuilt.articles,
    articleProblems: [...parsed.articleProblems, ...rebuilt.problems],
    rewrite: true,
  };
}

/** The index entries of every readable `article:*` entry in `all`, and a problem for each unreadable one. */
function articlesFromSnapshot(all: Record<string, unknown>): { articles: IndexEntry[]; problems: string[] } {
  const articles: IndexEntry[] = [];
  const problems: string[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(KEYS.articlePrefix)) continue;
    const id = key.slice(KEYS.articlePrefix.length);
    const read = readArticleEntry(raw, id);
    if (read.ok) articles.push(indexEntryOf(read.value));
    else problems.push(articleProblem(id, undefined, read.reason));
  }
  return { articles: byNewest(articles), problems };
}
