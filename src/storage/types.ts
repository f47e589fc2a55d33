/**
 * The shapes Pith keeps in extension storage, and the result type every
 * storage operation returns. Plain and serialisable: they cross the message
 * channel between the popup and the background unchanged.
 */
import type { Article, RelatedPost } from '../types';

/**
 * The part of a storage area Pith uses. `browser.storage.local` satisfies it;
 * tests pass the fake browser's area or a Map-backed object.
 */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Why an operation failed. */
export type ErrorCode = 'corrupt' | 'full' | 'not-found' | 'error';

/** A failed operation, with a message that can be shown to the reader as is. */
export interface Failure {
  ok: false;
  code: ErrorCode;
  message: string;
}

/** What every storage operation returns: a value, or a clear failure. */
export type Result<T> = { ok: true; value: T } | Failure;

/** An article in the reader's library. */
export interface SavedArticle extends Article {
  /** Stable id: a hash of the canonical URL (random for an article without URL). */
  id: string;
  /** ISO 8601 time of the last save. */
  savedAt: string;
  tags: string[];
}

/** A related post the reader kept for later. */
export interface SavedLink extends RelatedPost {
  /** Stable id: a hash of the post's canonical URL. */
  id: string;
  /** ISO 8601 time of the last save. */
  savedAt: string;
  /** The article the link was found in. */
  fromUrl?: string;
  fromTitle?: string;
  read: boolean;
}

/** A saved link as the reading list shows it. */
export interface ListedLink extends SavedLink {
  /**
   * The id of the saved article at this link's address, once the reader has
   * saved the page itself (derived when listing, never stored).
   */
  articleId?: string;
}

/** Where a saved link was found. */
export interface LinkSource {
  url: string;
  title: string;
}

/** A key figure as the library list shows it. */
export interface FigureSummary {
  text: string;
  measures: string;
}

/** What the library list needs of a saved article, kept in the index. */
export interface IndexEntry {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  savedAt: string;
  readingMinutes: number;
  wordCount: number;
  /** The three most salient figures. */
  topFigures: FigureSummary[];
  lang: string | null;
  /** The article's tags (also in the article), so the list filters by tag without reading bodies. */
  tags: string[];
}

/** The saved articles, newest first, and what could not be read. */
export interface ArticleList {
  articles: IndexEntry[];
  /** One plain-language line per thing that could not be read. */
  problems: string[];
  /** How many articles there are in all; given when a limit cut the list. */
  total?: number;
}

/** The saved links, newest first, and what could not be read. */
export interface LinkList {
  links: ListedLink[];
  problems: string[];
}

/** Several saved articles in full, and what could not be read. */
export interface ArticleBatch {
  articles: SavedArticle[];
  /** One plain-language line per article that is gone or could not be read. */
  problems: string[];
}

/** How many incoming items an import added, updated (merged into one already saved) and skipped (nothing new). */
export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
}

/** What an import did: counts for the articles, counts for the links, and what was not imported. */
export interface ImportReport extends ImportCounts {
  links: ImportCounts;
  problems: string[];
}

/** What `Library.upgrade` did. */
export interface UpgradeReport {
  /** How many stored articles were rewritten in the current schema. */
  upgraded: number;
  problems: string[];
}

/** A success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failure. */
export function fail(code: ErrorCode, message: string): Failure {
  return { ok: false, code, message };
}
