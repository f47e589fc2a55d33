/**
 * Data tables for the plain-text stage: which elements make blocks, which are
 * skipped, list markers, whitespace classes and reading speeds. Traversal code
 * lives in `html-to-text.ts` and `words.ts`; the heuristics live here.
 */

/** Elements that start and end a block (a paragraph of the plain text). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Elements whose content is never text the reader reads: media, embedded
 * code, form controls, and ruby annotations (furigana would run into the words).
 */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'area', 'audio', 'button', 'canvas', 'embed', 'head', 'iframe', 'img', 'input', 'map', 'noscript', 'object',
  'picture', 'rp', 'rt', 'script', 'select', 'source', 'style', 'svg', 'template', 'textarea', 'title', 'track',
  'video',
]);

/**
 * Elements left out of the plain text although the article HTML keeps them:
 * image captions (the captions stage also marks captions and photo credits
 * that pages write as paragraphs). The text has no image for them to describe.
 */
export const CAPTION_TAGS: ReadonlySet<string> = new Set(['figcaption']);

/** Lists whose items are numbered. */
export const ORDERED_LIST_TAGS: ReadonlySet<string> = new Set(['ol']);
/** Lists of any kind (`menu` is an unordered list in HTML). */
export const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'menu']);
/** Table cells. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Marker of an unordered list item. */
export const BULLET = '• ';
/** Marker of an ordered list item with number `n`. */
export const numberMarker = (n: number): string => `${n}. `;
/** Indentation of a list item's continuation lines and of nested lists. */
export const LIST_INDENT = '  ';
/** Separator between the cells of a table row. */
export const CELL_SEPARATOR = ' | ';

/**
 * A table is laid out as a grid of cells ("a | b") unless it is a layout
 * table: one marked presentational, or holding a nested table or headings.
 * Single-column tables are treated as layout too (see `isLayoutTable`).
 */
export const LAYOUT_TABLE_ROLE = '[role="presentation"], [role="none"]';
/** Descendants that make a table a layout table. */
export const LAYOUT_TABLE_MARKERS = 'table, h1, h2, h3, h4, h5, h6';

/** HTML collapsible whitespace plus NBSP, which plain text keeps as an ordinary space. */
export const COLLAPSIBLE_SPACE = /[ \t\n\r\f\u00a0]+/g;
/** Invisible characters dropped from the text: soft hyphen, zero-width space, BOM. */
export const INVISIBLE = /[\u00ad\u200b\ufeff]/g;
/** Trailing spaces or tabs at the end of a line (in preformatted text). */
export const TRAILING_LINE_SPACE = /[ \t]+$/gm;
/** Two or more blank lines in a row. */
export const EXTRA_BLANK_LINES = /\n{3,}/g;

/** Reading speed in words per minute when the language has no entry in `READING_SPEED`. */
export const DEFAULT_WORDS_PER_MINUTE = 230;

/**
 * Reading speed per primary language subtag, in the units `countWords` counts:
 * words, or for Chinese and Japanese, characters (each Han/kana character
 * counts as one).
 */
export const READING_SPEED: Readonly<Record<string, number>> = {
  zh: 500,
  ja: 500,
};

/** Characters counted one by one, as CJK word counts do (Han ideographs, hiragana, katakana). */
export const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
