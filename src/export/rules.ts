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
} as const;

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
