/**
 * The data Pith passes between its parts. Everything here is plain and
 * serialisable (structured-clone safe): it crosses from the injected script to
 * the popup, to storage and to the CLI's JSON output.
 */

/** What kind of number a key figure is. */
export type FigureKind = 'money' | 'percent' | 'quantity' | 'count' | 'range' | 'target' | 'ratio';

/** One key figure found in the article text. */
export interface Figure {
  /** The figure exactly as written in the article ("$500 million", "1 million tons by 2029"). */
  text: string;
  /** The number with its scale applied (500000000 for "$500 million"); the lower bound of a range. */
  value: number;
  /** The upper bound, for ranges ("2024–2028", "$3–5 billion"). */
  valueMax?: number;
  /** Canonical unit: ISO currency code ("USD"), "%", "pp", "t", "bbl", "MW", "°C", "people", ""… */
  unit: string;
  kind: FigureKind;
  /** A short phrase for what the figure measures, taken from its sentence. */
  measures: string;
  /** The year a target or period is tied to ("by 2029" → 2029). */
  year?: number;
  /** The sentence the figure comes from, as in the article text. */
  sentence: string;
  /** Offset of the figure's first mention in `Article.text`. */
  position: number;
  /** How often the same figure is mentioned (repeated mentions are merged). */
  mentions: number;
  /** Salience rank, 1 = most important. Figures are returned sorted by rank. */
  rank: number;
}

/** A post that the page itself lists as related. */
export interface RelatedPost {
  /** Absolute URL, tracking parameters removed. */
  url: string;
  title: string;
  author?: string;
  /** As the page gives it (ISO 8601 when the page has a machine-readable date). */
  date?: string;
  image?: string;
  excerpt?: string;
}

/** One thing a pipeline stage removed or neutralised, reported to the reader. */
export interface Removal {
  /** The stage that did it ("unprotect", "related", "furniture" …). */
  stage: string;
  /** A short human label ("copy-protection alert", "selection block", "weather widget"). */
  what: string;
  /** How many of them. */
  count: number;
}

export interface ArticleMeta {
  /** The page URL the article was read from ('' when unknown). */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** As found in the page (usually ISO 8601). */
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  /** The small label above the title (a section or category), when the page's header has one. */
  kicker?: string;
  /**
   * The sentence or two under the title (dek, subtitle), when the page's header
   * has one and the article body does not already hold it (shown under the title).
   */
  standfirst?: string;
}

/** The result of reading one page: plain, serialisable. */
export interface Article extends ArticleMeta {
  /** Clean article HTML, sanitised with DOMPurify. */
  html: string;
  /** Plain text keeping the article's structure: blocks separated by a blank line. */
  text: string;
  wordCount: number;
  /** Estimated reading time in whole minutes (at least 1). */
  readingMinutes: number;
  figures: Figure[];
  related: RelatedPost[];
  /** What the pipeline removed or neutralised, for the "what was found" report. */
  removals: Removal[];
  /** ISO 8601 time of extraction. */
  extractedAt: string;
}

/** Why a page could not be read. */
export type FailReason =
  | 'restricted' // browser pages, the web store, the PDF viewer: extensions may not read them
  | 'not-article' // nothing that reads as an article
  | 'empty' // an empty page
  | 'too-large' // beyond what Pith reads
  | 'error'; // anything unexpected

/** Why a page could not be read, as the reader is told it. */
export interface ExtractFailure {
  ok: false;
  reason: FailReason;
  /** A plain sentence for the reader. */
  message: string;
  /** The technical cause, for logs and the CLI's --debug; never shown in the popup. */
  detail?: string;
}

export type ExtractResult = { ok: true; article: Article } | ExtractFailure;

/**
 * What the page part of the pipeline found (src/pipeline `readPage`): the
 * metadata, the related posts, what was removed, and the article as
 * Readability left it. `content` is page HTML, NOT sanitised: hostile until
 * the finish part has passed it through src/sanitize.ts.
 */
export interface PageArticle extends ArticleMeta {
  /** The article's HTML as Readability found it, not sanitised. */
  content: string;
  related: RelatedPost[];
  removals: Removal[];
}

/**
 * What the injected script returns: the page part's result, and the time
 * each of its steps took (milliseconds, for the benchmark). Untrusted once it
 * leaves the page: check it with `isPageResult` before use.
 */
export type PageResult = ({ ok: true; page: PageArticle } | ExtractFailure) & { timings?: Record<string, number> };
