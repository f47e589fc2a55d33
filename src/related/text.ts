import {
  AUTHOR_PREFIXES,
  COUNTER_WORDS,
  INLINE_LABEL_PHRASES,
  NON_POST_LINK_TEXTS,
  POST_NAVIGATION_CAPTIONS,
  PREFIX_HEADING_MAX_WORDS,
  READ_MORE_TEXTS,
  RELATED_HEADING_PHRASES,
  RELATED_HEADING_PREFIXES,
  SPONSORED_LABELS,
  STRICT_HEADING_PHRASES,
  UNRELATED_HEADING_PHRASES,
  type PhraseTable,
} from './rules';

/** Whether the space-separated `value` (a rel, itemprop or class attribute) holds one of `words`, case-insensitively. */
export function hasWord(value: string | null | undefined, words: readonly string[]): boolean {
  if (!value) return false;
  const present = value.toLowerCase().split(/\s+/);
  return words.some((word) => present.includes(word.toLowerCase()));
}

/** Collapses runs of whitespace to one space and trims. */
export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Folds text for phrase matching: whitespace collapsed, lower case, accents
 * and other combining marks removed (so "ё" folds to "е", "À" to "a"), typographic
 * apostrophes made plain, and punctuation at both ends dropped.
 */
export function foldText(text: string): string {
  return foldChars(collapse(text)).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The steps of `foldText` that fold each character on its own (they keep line breaks). */
function foldChars(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The folded phrases of a table, one per line. The table is folded in one pass, its phrases joined by line breaks:
 * in a freshly injected script, folding ~100 phrases one by one costs more than most pages' whole related stage.
 * Phrases are single lines that start and end with a letter or digit (tests/unit/related-rules.test.ts), so
 * `foldText` would drop nothing at their ends.
 */
function foldPhrases(table: PhraseTable): string {
  return foldChars(Object.values(table).flat().join('\n').replace(/[^\S\n]+/g, ' '));
}

/** The folded, escaped alternatives of a phrase table (their order does not matter: patterns are only tested). */
function alternatives(table: PhraseTable): string {
  return escapeRegExp(foldPhrases(table)).replace(/\n/g, '|');
}

/** The folded phrases of a table, for tables a whole text must be one of (a look-up: no pattern to compile). */
function phraseSet(table: PhraseTable): ReadonlySet<string> {
  return new Set(foldPhrases(table).split('\n'));
}

/**
 * A pattern or phrase set built on its first use: building one folds a whole
 * phrase table, which costs more at the injected script's start than most
 * pages need (a page without a candidate block asks only a few of these).
 */
function lazy<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

const RELATED_HEADINGS = lazy(() => phraseSet(RELATED_HEADING_PHRASES));
const STRICT_HEADINGS = lazy(() => phraseSet(STRICT_HEADING_PHRASES));
const PREFIX_HEADING_RE = lazy(
  () => new RegExp(`^(?:${alternatives(RELATED_HEADING_PREFIXES)})(?: \\S+){1,${PREFIX_HEADING_MAX_WORDS}}$`, 'u'),
);
const UNRELATED_HEADING_RE = lazy(
  () => new RegExp(`(?:^| )(?:${alternatives(UNRELATED_HEADING_PHRASES)})(?: |$)`, 'u'),
);
const NON_POST_LINK_RE = lazy(
  () =>
    new RegExp(
      `^(?:${alternatives(NON_POST_LINK_TEXTS)}|\\d+|\\d[\\d.,]* ?(?:${alternatives({ all: COUNTER_WORDS })}))$`,
      'u',
    ),
);
const READ_MORE = lazy(() => phraseSet(READ_MORE_TEXTS));
const POST_NAVIGATION_RE = lazy(
  () => new RegExp(`^(?:${alternatives(POST_NAVIGATION_CAPTIONS)})(?![\\p{L}\\p{N}])`, 'u'),
);
const INLINE_LABELS = lazy(() => phraseSet(INLINE_LABEL_PHRASES));
const INLINE_LABEL_START_RE = lazy(
  () => new RegExp(`^(?:${alternatives(INLINE_LABEL_PHRASES)})(?![\\p{L}\\p{N}])`, 'u'),
);
/** Longest text an inline label may open with, in characters (labels are short). */
const INLINE_LABEL_MAX_CHARS = 60;
const SPONSORED = lazy(() => phraseSet(SPONSORED_LABELS));
const AUTHOR_PREFIX_RE = new RegExp(
  `^(?:${AUTHOR_PREFIXES.map(escapeRegExp).join('|')})(?:\\s*:\\s*|\\s+)`,
  'iu',
);

/**
 * Whether a heading's text announces related posts. `strict` is true for real
 * heading elements (h2–h6), which may also use the strict phrases ("Read more").
 */
export function isRelatedHeading(text: string, strict: boolean): boolean {
  const folded = foldText(text);
  if (RELATED_HEADINGS().has(folded) || PREFIX_HEADING_RE().test(folded)) return true;
  return strict && STRICT_HEADINGS().has(folded);
}

/** Whether a block's heading says it is something else (most read, sponsored, tags…). */
export function isUnrelatedHeading(text: string): boolean {
  return UNRELATED_HEADING_RE().test(foldText(text));
}

/** Whether a link's text says it is not a post ("View all", "Read more", a page number, "168 Likes"). */
export function isNonPostLinkText(text: string): boolean {
  return NON_POST_LINK_RE().test(foldText(text));
}

/** Whether a link's text is a "read more" that never names the post. */
export function isReadMoreText(text: string): boolean {
  return READ_MORE().has(foldText(text));
}

/** Whether a link's text opens with a post-navigation caption ("Previous post …", "Nächster Artikel …"). */
export function isPostNavigationText(text: string): boolean {
  return POST_NAVIGATION_RE().test(foldText(text));
}

/** Whether the text before an in-article link names it as related ("Read more:", "Lesen Sie auch:"). */
export function isInlineLabel(text: string): boolean {
  return INLINE_LABELS().has(foldText(text));
}

/** Whether a text opens with an inline label ("Read more: …"): a cheap test before reading a paragraph closely. */
export function startsWithInlineLabel(text: string): boolean {
  return INLINE_LABEL_START_RE().test(foldText(text.slice(0, INLINE_LABEL_MAX_CHARS)));
}

/** Whether a short label marks sponsored content ("Sponsored", "Anzeige"). */
export function isSponsoredLabel(text: string): boolean {
  return SPONSORED().has(foldText(text));
}

/** Scripts written without spaces between words (CJK, kana, Hangul, Thai). */
const UNSPACED_SCRIPT_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;

/**
 * Whether a text reads as a post title rather than a section label ("TV",
 * "Jobs", "Archiv"): at least two words, or enough characters of a script
 * written without spaces.
 */
export function looksLikeTitle(text: string): boolean {
  const words = collapse(text).split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length >= 2 || (text.match(UNSPACED_SCRIPT_RE)?.length ?? 0) >= 4;
}

/** An author name without its byline word and separators: "by David Lazarevic –" → "David Lazarevic". */
export function cleanAuthor(text: string): string {
  return collapse(text)
    .replace(AUTHOR_PREFIX_RE, '')
    .replace(/^[\s|·•,:–—-]+|[\s|·•,:–—-]+$/g, '');
}

/**
 * Builds a matcher for class names holding one of `words` between `-`/`_`
 * separators. With `endSuffixes`, the word must end the class name, optionally
 * followed by one of those suffixes ("crp_author", "td-post-author-name", but not "category-news").
 */
export function classWordMatcher(words: readonly string[], endSuffixes?: readonly string[]): RegExp {
  const alts = words.map(escapeRegExp).join('|');
  if (!endSuffixes) return new RegExp(`(?:^|[-_])(?:${alts})(?:$|[-_])`, 'i');
  const suffix = endSuffixes.map(escapeRegExp).join('|');
  return new RegExp(`(?:^|[-_])(?:${alts})(?:[-_](?:${suffix}))?$`, 'i');
}

/** Whether any class name (or the id) of `el` matches `re`. */
export function hasClassMatching(el: Element, re: RegExp): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/);
  return names.some((name) => name !== '' && re.test(name));
}
