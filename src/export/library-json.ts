/**
 * The .json export of the library: everything Pith keeps about saved
 * articles and links, in a versioned format that `parseLibrary` reads back.
 *
 * Format `pith-library`, version 1 (UTF-8 JSON, one object):
 * ```json
 * {
 *   "format": "pith-library",
 *   "version": 1,
 *   "exportedAt": "2026-11-27T01:30:00.000Z",
 *   "articles": [ SavedArticle, … ],
 *   "links": [ SavedLink, … ]
 * }
 * ```
 * A SavedArticle is an Article (url, title, byline, siteName, publishedTime,
 * lang, dir, excerpt, html, text, wordCount, readingMinutes, figures, related,
 * removals, extractedAt) plus id, savedAt (ISO 8601) and tags; a SavedLink is
 * a RelatedPost (url, title, author?, date?, image?, excerpt?) plus id,
 * savedAt, fromUrl?, fromTitle? and read. The field checks are those of
 * src/storage/shape.ts. A later version of the format adds a version number;
 * this code refuses versions it does not know rather than guess.
 */
import { isRecord, isSavedArticle, isSavedLink } from '../storage/shape';
import type { SavedArticle, SavedLink } from '../storage/types';
import { LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION } from './rules';

/** The .json export, as written and read. */
export interface LibraryExport {
  format: typeof LIBRARY_FORMAT;
  version: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  articles: SavedArticle[];
  links: SavedLink[];
}

/** Why a file is refused, and what about its entries could not be read. */
export const IMPORT_TEXTS = {
  notJson: 'This file is not a Pith library export: it is not JSON.',
  notPith: 'This file is not a Pith library export (it has no "format": "pith-library").',
  newer: (version: unknown) =>
    `This file was exported by a newer version of Pith (format version ${String(version)}); update Pith to import it.`,
  noLists: 'This Pith export is damaged: it has no list of articles.',
  articleSkipped: (n: number, title: unknown) =>
    `Article ${n}${typeof title === 'string' && title ? ` ("${title}")` : ''} in the file could not be read and was not imported.`,
  linkSkipped: (n: number, title: unknown) =>
    `Link ${n}${typeof title === 'string' && title ? ` ("${title}")` : ''} in the file could not be read and was not imported.`,
} as const;

/** The .json export of these articles and links, indented, ending with a newline. */
export function toLibraryJson(articles: readonly SavedArticle[], links: readonly SavedLink[], exportedAt: Date): string {
  const data: LibraryExport = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    articles: [...articles],
    links: [...links],
  };
  return `${JSON.stringify(data, null, 1)}\n`;
}

/** A parsed export: what can be imported, and a line per entry that cannot. */
export type ParsedLibrary =
  | { ok: true; articles: SavedArticle[]; links: SavedLink[]; problems: string[] }
  | { ok: false; message: string };

/**
 * Reads a .json export. Refuses, with a message, anything that is not a
 * `pith-library` export of a known version; within one, checks every entry's
 * shape and leaves out (and names, by position and title) those that fail.
 */
export function parseLibrary(text: string): ParsedLibrary {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: IMPORT_TEXTS.notJson };
  }
  if (!isRecord(data) || data.format !== LIBRARY_FORMAT) return { ok: false, message: IMPORT_TEXTS.notPith };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, message: IMPORT_TEXTS.notPith };
  if (version > LIBRARY_FORMAT_VERSION) return { ok: false, message: IMPORT_TEXTS.newer(version) };
  if (!Array.isArray(data.articles)) return { ok: false, message: IMPORT_TEXTS.noLists };
  const problems: string[] = [];
  const articles = checked(data.articles, isSavedArticle, IMPORT_TEXTS.articleSkipped, problems);
  const links = checked(Array.isArray(data.links) ? data.links : [], isSavedLink, IMPORT_TEXTS.linkSkipped, problems);
  return { ok: true, articles, links, problems };
}

function checked<T>(
  items: readonly unknown[],
  is: (v: unknown) => v is T,
  skipped: (n: number, title: unknown) => string,
  problems: string[],
): T[] {
  const kept: T[] = [];
  for (const [i, item] of items.entries()) {
    if (is(item)) kept.push(item);
    else problems.push(skipped(i + 1, isRecord(item) ? item.title : undefined));
  }
  return kept;
}
