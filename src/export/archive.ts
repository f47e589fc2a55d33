/**
 * Exports and imports of many saved articles, in batches, with progress and
 * cancel: the library page shows a <progress> and a Cancel button around
 * these. Pure: the caller passes a loader (the background's
 * `article/get-many`), a sender (its `article/import`) and a document.
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { Request } from '../messages';
import type { ArticleBatch, ImportReport, Result, SavedArticle, SavedLink } from '../storage/types';
import { libraryFiguresCsv } from './figures';
import { exportFilename } from './filename';
import { toStandaloneHtml } from './html';
import { parseLibrary, toLibraryJson } from './library-json';
import { toMarkdown } from './markdown';
import { toPlainText } from './plain-text';
import { ARCHIVE_STEM, EXPORT_BATCH } from './rules';

/** What an export writes: one file per article (txt, md, html, in a .zip when there are several), the library .json, or the figures CSV. */
export type ExportFormat = 'txt' | 'md' | 'html' | 'json' | 'csv';

/** How far a long export or import is. */
export interface Progress {
  done: number;
  total: number;
}

/** A file to hand to the reader. */
export interface ExportFile {
  name: string;
  /** Its MIME type. */
  type: string;
  data: Uint8Array;
}

/** What an export produced. */
export interface ExportResult {
  file: ExportFile;
  /** How many articles are in it. */
  exported: number;
  /** One line per article that could not be read (left out). */
  problems: string[];
}

export interface ExportOptions {
  format: ExportFormat;
  /** A document with a window: .md converts through its DOMParser, .html sanitises through its DOMPurify. */
  doc: Document;
  /** Loads saved articles by id, at most `batchSize` at a time (the background's `article/get-many`). */
  load: (ids: string[]) => Promise<ArticleBatch>;
  /** Saved links, written into the .json export. */
  links?: readonly SavedLink[];
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  batchSize?: number;
  /** The time of the export (its name and the .json's `exportedAt`); default now. */
  now?: Date;
}

/** MIME type of each file kind. */
const TYPES = {
  txt: 'text/plain;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  json: 'application/json;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  zip: 'application/zip',
} as const;

/** A cancelled export or import: a DOMException named AbortError, as fetch throws. */
function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The export was cancelled.', 'AbortError');
}

/** Lets the page paint (progress bar, Cancel) between batches. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** `name`, or `name` with "-2", "-3" … before its extension when `used` has it already (case-insensitively). */
export function uniqueName(name: string, used: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** The text of one article in a per-article format. */
function articleText(article: SavedArticle, format: 'txt' | 'md' | 'html', doc: Document): string {
  if (format === 'txt') return toPlainText(article);
  if (format === 'md') return toMarkdown(article, doc);
  const win = doc.defaultView;
  if (!win) throw new TypeError('The .html export needs a document that has a window');
  return toStandaloneHtml(article, win);
}

/** Collects a zip's bytes, one file at a time. */
class ZipWriter {
  readonly #chunks: Uint8Array[] = [];
  readonly #zip: Zip;
  readonly #mtime: Date;

  constructor(mtime: Date) {
    this.#mtime = mtime;
    this.#zip = new Zip((error, chunk) => {
      if (error) throw error;
      this.#chunks.push(chunk);
    });
  }

  add(name: string, text: string): void {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = this.#mtime;
    this.#zip.add(file);
    file.push(strToU8(text), true);
  }

  finish(): Uint8Array {
    this.#zip.end();
    const out = new Uint8Array(this.#chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of this.#chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/**
 * Exports the saved articles `ids` (in that order) in `format`, loading and
 * converting them `batchSize` at a time and reporting progress after each
 * batch. One article in txt, md or html gives that one file; several give one
 * .zip with a file per article (names from `exportFilename`, made unique) and
 * `figures.csv`. `json` gives the library .json (see library-json.ts), `csv`
 * the figures of all of them. Articles that cannot be read are left out and
 * named in `problems`. Rejects with an AbortError when `signal` is aborted.
 */
export async function exportArticles(ids: readonly string[], options: ExportOptions): Promise<ExportResult> {
  const { format, doc, load, signal, onProgress } = options;
  const size = options.batchSize ?? EXPORT_BATCH;
  const now = options.now ?? new Date();
  const articles: SavedArticle[] = [];
  const problems: string[] = [];
  const zip = ids.length > 1 && (format === 'txt' || format === 'md' || format === 'html') ? new ZipWriter(now) : null;
  const used = new Set<string>();
  const texts: ExportFile[] = [];
  onProgress?.({ done: 0, total: ids.length });
  for (let start = 0; start < ids.length; start += size) {
    throwIfAborted(signal);
    const batch = await load(ids.slice(start, start + size));
    throwIfAborted(signal);
    problems.push(...batch.problems);
    for (const article of batch.articles) {
      if (format === 'txt' || format === 'md' || format === 'html') {
        const name = uniqueName(exportFilename(article, format), used);
        const text = articleText(article, format, doc);
        if (zip) zip.add(name, text);
        else texts.push({ name, type: TYPES[format], data: strToU8(text) });
      }
      articles.push(format === 'json' ? article : { ...article, html: '', text: '' });
    }
    onProgress?.({ done: Math.min(ids.length, start + size), total: ids.length });
    await nextTurn();
  }
  throwIfAborted(signal);
  const file = finalFile(format, { zip, texts, articles, links: options.links ?? [], now, used });
  return { file, exported: articles.length, problems };
}

interface Collected {
  zip: ZipWriter | null;
  texts: ExportFile[];
  articles: SavedArticle[];
  links: readonly SavedLink[];
  now: Date;
  used: Set<string>;
}

function finalFile(format: ExportFormat, { zip, texts, articles, links, now, used }: Collected): ExportFile {
  const day = now.toISOString().slice(0, 10);
  if (format === 'json') {
    return { name: `${ARCHIVE_STEM}-${day}.json`, type: TYPES.json, data: strToU8(toLibraryJson(articles, links, now)) };
  }
  if (format === 'csv') return { name: `${ARCHIVE_STEM}-${day}-figures.csv`, type: TYPES.csv, data: strToU8(libraryFiguresCsv(articles)) };
  if (zip) {
    zip.add(uniqueName('figures.csv', used), libraryFiguresCsv(articles));
    return { name: `${ARCHIVE_STEM}-${day}.zip`, type: TYPES.zip, data: zip.finish() };
  }
  const [only] = texts;
  return only ?? { name: `${ARCHIVE_STEM}-${day}.${format}`, type: TYPES[format], data: new Uint8Array() };
}

/** What an import reports: the library's ImportReport summed over batches, plus the file's own problems. */
export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; message: string };

export interface ImportOptions {
  /** Sends one `article/import` request to the background. */
  send: (request: Extract<Request, { type: 'article/import' }>) => Promise<Result<ImportReport>>;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  batchSize?: number;
}

/** Links sent per import request. */
const LINK_BATCH = 500;

/**
 * Imports a .json export: checks the file (see `parseLibrary`), then sends
 * its articles `batchSize` at a time and its links in the last request,
 * reporting progress (articles done / total) after each. A batch the
 * background refuses stops the import; what was imported before stays.
 * Cancelling stops after the batch in flight (its articles are imported).
 */
export async function importLibrary(text: string, options: ImportOptions): Promise<ImportOutcome> {
  const parsed = parseLibrary(text);
  if (!parsed.ok) return parsed;
  const size = options.batchSize ?? EXPORT_BATCH;
  const zero = { added: 0, updated: 0, skipped: 0 };
  const report: ImportReport = { ...zero, links: { ...zero }, problems: [...parsed.problems] };
  const total = parsed.articles.length;
  const requests: Array<{ articles: SavedArticle[]; links: SavedLink[] }> = [];
  for (let start = 0; start < total; start += size) requests.push({ articles: parsed.articles.slice(start, start + size), links: [] });
  for (let start = 0; start < parsed.links.length; start += LINK_BATCH) requests.push({ articles: [], links: parsed.links.slice(start, start + LINK_BATCH) });
  options.onProgress?.({ done: 0, total });
  let done = 0;
  for (const request of requests) {
    throwIfAborted(options.signal);
    const answer = await options.send({ type: 'article/import', ...request });
    if (!answer.ok) return { ok: false, message: answer.message };
    addReport(report, answer.value);
    done += request.articles.length;
    options.onProgress?.({ done, total });
  }
  return { ok: true, report };
}

function addReport(sum: ImportReport, part: ImportReport): void {
  for (const k of ['added', 'updated', 'skipped'] as const) {
    sum[k] += part[k];
    sum.links[k] += part.links[k];
  }
  sum.problems.push(...part.problems);
}
