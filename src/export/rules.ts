/**
 * Data tables for the exports: labels, Markdown settings, filename limits.
 * The code that uses them lives beside this file.
 */
import type TurndownService from 'turndown';

/** Words the exports write around the article. */
export const LABELS = {
  by: 'By',
  source: 'Source',
  published: 'Published',
  keyFigures: 'Key figures',
  figureColumns: ['Figure', 'Measures', 'Sentence'],
  /** Columns of the figures-only Markdown export. */
  figureTableColumns: ['#', 'Figure', 'Value', 'Unit', 'Measures', 'Sentence'],
  relatedPosts: 'Related posts',
  /** Columns of the figures table in the .html export. */
  htmlFigureColumns: ['Figure', 'Value', 'Unit', 'Measures', 'Sentence'],
} as const;

/** Characters escaped in HTML text and attribute values. */
export const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Addresses the .html export writes as links (others stay plain text: no javascript:, no data:). */
export const SAFE_LINK = /^https?:\/\//i;

/**
 * The .html export's Content-Security-Policy: no script of any kind, no
 * frames, no forms; images may load (from the web or inline); styles only inline.
 */
export const HTML_CSP =
  "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

/** The .html export's stylesheet: readable type, light and dark. */
export const HTML_STYLE = [
  ':root{color-scheme:light dark;font:18px/1.6 Georgia,"Times New Roman",serif}',
  'body{margin:0 auto;max-width:40em;padding:1.5em 1em;color:CanvasText;background:Canvas}',
  'h1{font-size:1.8em;line-height:1.2;margin:0 0 .3em}',
  '.meta{font:.8em/1.4 system-ui,sans-serif;opacity:.75;margin:.2em 0}',
  '.kicker{font:600 .75em/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;margin:0}',
  '.standfirst{font-size:1.15em;margin:.2em 0 .6em}',
  'main{margin-top:1.5em}img{max-width:100%;height:auto}',
  'pre,code{font-size:.85em;white-space:pre-wrap}blockquote{margin-left:0;padding-left:1em;border-inline-start:3px solid #8886}',
  'table{border-collapse:collapse;font:.8em/1.4 system-ui,sans-serif;margin:1em 0}',
  'th,td{border:1px solid #8886;padding:.3em .5em;text-align:start;vertical-align:top}',
].join('\n');

/** The JSON export's format name and the version this code writes (see library-json.ts). */
export const LIBRARY_FORMAT = 'pith-library';
export const LIBRARY_FORMAT_VERSION = 1;

/** Columns the library-wide figures CSV puts before each figure's own columns. */
export const LIBRARY_CSV_ARTICLE_COLUMNS = ['article_title', 'article_url'] as const;

/** Articles loaded and converted per step of an export or import (progress is reported after each). */
export const EXPORT_BATCH = 50;

/** The stem of a many-file export's name ("pith-library-2026-11-27.zip"). */
export const ARCHIVE_STEM = 'pith-library';

/** Columns of the figures CSV export (a header row of these names, one row per figure). */
export const FIGURE_CSV_COLUMNS = [
  'rank', 'text', 'value', 'value_max', 'unit', 'kind', 'measures', 'year', 'mentions', 'position', 'sentence',
] as const;

/** Line end of CSV rows (RFC 4180). */
export const CSV_LINE_END = '\r\n';

/** A CSV cell that would need quoting (RFC 4180): a comma, a quote, a line break, or space at an end. */
export const CSV_NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * Text cells starting with these are read as formulas by spreadsheets
 * ("=HYPERLINK(…)" in page text): they get a leading apostrophe.
 */
export const CSV_FORMULA_START = /^[=+\-@\t\r]/;

/** A byline that already starts with "By" ("By Jane Doe", "by: Jane Doe") loses it before "By" is added. */
export const BYLINE_PREFIX = /^by:?\s+/i;

/** Turndown settings for the Markdown export. */
export const TURNDOWN_OPTIONS: TurndownService.Options = {
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
  emDelimiter: '_',
};

/**
 * Characters escaped in Markdown text beyond Turndown's own escapes: `$`
 * (read as TeX math by Obsidian and others when two appear in a paragraph)
 * and `<` (would start raw HTML). A backslash escape of ASCII punctuation is
 * valid CommonMark.
 */
export const EXTRA_MARKDOWN_ESCAPES = /[$<]/g;

/** Characters a YAML double-quoted scalar must not hold raw (beyond what JSON escapes). */
export const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g;

/** A date at the start of an ISO 8601 string ("2024-05-02T09:00:00+06:00" → "2024-05-02"). */
export const ISO_DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?=$|[T ])/;

/**
 * A date written with an English month name, a day and a year ("May 2, 2024",
 * "Thu, 02 May 2024 09:00 GMT"): only these are handed to `Date.parse`, which
 * would otherwise read "Spring 2024" as 1 January. Numeric dates like
 * 02/05/2024 are ambiguous (day or month first) and stay as written.
 */
export const MONTH_NAME_DATE =
  /^(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|,|$))(?=.*\b\d{1,2}\b)(?=.*\b\d{4}\b)/i;

/** Longest filename stem, in characters and in UTF-8 bytes (filesystems allow 255 bytes). */
export const FILENAME_MAX_CHARS = 80;
export const FILENAME_MAX_BYTES = 200;
/** Runs of anything but letters, combining marks and digits become one hyphen in a filename. */
export const FILENAME_SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
/** Accents on Latin letters are dropped ("café" → "cafe"); other scripts keep their marks. */
export const LATIN_ACCENTS = /(\p{Script=Latin})\p{Mn}+/gu;
/** Names Windows reserves for devices, whatever the extension. */
export const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com\d|lpt\d)$/;
/** The filename stem when neither the title nor the site name has a letter or digit. */
export const FALLBACK_FILENAME = 'article';
