/**
 * The library search's data tables: comparison words of a figure query, the
 * field weights of the ranking and the limits that keep a query fast on a
 * large library. Units, currencies and scale words come from the figures'
 * own tables (src/figures/rules.ts), so a query reads units the way articles do.
 */

/** A comparison a figure query can ask for. */
export type Comparison = '>' | '>=' | '<' | '<=' | '=';

/** How a comparison may be written at the start of a query, longest first within each. */
export const COMPARISONS: readonly { readonly op: Comparison; readonly words: readonly string[] }[] = [
  { op: '>=', words: ['>=', '≥', '=>', 'at least', 'min', 'from'] },
  { op: '<=', words: ['<=', '≤', '=<', 'at most', 'max', 'up to'] },
  { op: '>', words: ['>', 'over', 'above', 'more than', 'greater than', 'bigger than'] },
  { op: '<', words: ['<', 'under', 'below', 'less than', 'fewer than', 'smaller than'] },
  { op: '=', words: ['=', '==', 'exactly'] },
];

/** How much a match in each field counts (a word in the title matters most). */
export const FIELD_BOOSTS: Readonly<Record<'title' | 'byline' | 'siteName' | 'figures' | 'tags', number>> = {
  title: 3,
  tags: 2,
  byline: 1.5,
  siteName: 1.5,
  figures: 1.2,
};

/** How much a word found only in the article text counts, against the fields above. */
export const TEXT_WEIGHT = 1;

/** What a prefix match ("infla" → "inflation") and a fuzzy match ("inflaton") are worth against an exact one. */
export const MATCH_WEIGHTS = { exact: 1, prefix: 0.6, fuzzy: 0.4 } as const;

/** Words shorter than this are matched exactly only (no prefix, no fuzzy). */
export const MIN_PREFIX_LENGTH = 3;

/** Words at least this long allow one typo; twice this long, two. */
export const FUZZY_MIN_LENGTH = 5;

/** Most article mentions one prefix may collect over the words it expands to (keeps "st…" fast on a large library). */
export const MAX_PREFIX_POSTINGS = 50_000;

/** Longest word the text index keeps (longer runs are ids, hashes, URLs). */
export const MAX_WORD_LENGTH = 40;

/** A word for search: letters and digits in any script. */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** A figure query's number: digits with thousands separators and a decimal part ("1,500.5", "40"). */
export const QUERY_NUMBER = /^[-−]?\d{1,3}(?:[,\s\u00A0\u202F]\d{3})+(?:\.\d+)?|^[-−]?\d+(?:\.\d+)?/;
