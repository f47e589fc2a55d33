/**
 * Data tables for the copy-protection neutraliser (src/unprotect/index.ts).
 * Every technique Pith knows is a row here; the traversal code holds no
 * selectors, words or patterns of its own.
 */

/** What the neutraliser reports, as shown to the reader. */
export const UNPROTECT_LABELS = {
  message: 'copy-protection message',
  selection: 'selection block',
  rightClick: 'right-click block',
  copy: 'copy block',
  keys: 'key block',
  invisible: 'invisible characters',
  decoy: 'decoy text',
} as const;

/** One of the labels in {@link UNPROTECT_LABELS}. */
export type UnprotectLabel = (typeof UNPROTECT_LABELS)[keyof typeof UNPROTECT_LABELS];

const L = UNPROTECT_LABELS;

/**
 * Ids of the alert and tooltip elements protection plugins keep in the page
 * to show when the reader tries to select, copy or right-click.
 */
export const PROTECTION_MESSAGE_IDS: readonly string[] = [
  'wpcp-error-message', // WP Content Copy Protection & No Right Click (wp-content-copy-protector)
  'ays_tooltip', // Secure Copy Content Protection and Content Locking (ays)
  'disabled_click', // the "disabled_click" right-click snippet
];

/** Class names of such alert and tooltip elements. */
export const PROTECTION_MESSAGE_CLASSES: readonly string[] = [
  'msgmsg-box-wpcp', // WP Content Copy Protection & No Right Click
  'ays_tooltip_class', // Secure Copy Content Protection
];

/**
 * Messages protection scripts show. An element is a message box when its
 * whole text is one of these, optionally after a short prefix
 * ({@link MESSAGE_PREFIXES}) and followed by punctuation.
 * Spaces and hyphens in a phrase match any run of spaces or hyphens.
 */
export const PROTECTION_MESSAGE_TEXTS: readonly string[] = [
  'Content is protected',
  'Content is copyright protected',
  'This content is protected',
  'You cannot copy content of this page',
  'You cannot copy content from this page',
  'You are not allowed to copy content or view source',
  'You are not allowed to copy content',
  'Copying is not allowed',
  'Copying is not allowed on this website',
  'Copying content is not allowed',
  'Right click disabled',
  'Right click is disabled',
  'Right click is disabled on this page',
  'Right clicking is discouraged',
  'Context menu disabled',
  'Text selection is disabled',
  'Selection is disabled',
];

/** Prefixes protection messages start with ("error: Content is protected !!"). */
export const MESSAGE_PREFIXES: readonly string[] = ['error', 'alert', 'warning', 'notice', 'info'];

/** Longest text (characters) an element may hold to count as a message box. */
export const MAX_MESSAGE_CHARS = 200;

/** How many ancestors above the message text may still be part of its box. */
export const MAX_MESSAGE_DEPTH = 4;

/** Elements (lower-case tag names) never removed as a message box, whatever their text. */
export const NEVER_MESSAGE_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article', 'head']);

/**
 * Inline event-handler attributes that protection uses, with what they
 * block. A handler counts as protection only when its code blocks the
 * action ({@link BLOCKING_HANDLER_CODE}); every `on…` attribute is dropped
 * from the clone either way, since it can never run there.
 */
export const PROTECTION_HANDLERS: Readonly<Record<string, UnprotectLabel>> = {
  onselectstart: L.selection,
  onmousedown: L.selection,
  onmouseup: L.selection,
  ondragstart: L.copy,
  oncontextmenu: L.rightClick,
  oncopy: L.copy,
  oncut: L.copy,
  onpaste: L.copy,
  onbeforecopy: L.copy,
  onbeforecut: L.copy,
  onkeydown: L.keys,
  onkeypress: L.keys,
  onkeyup: L.keys,
};

/** Handler code that cancels the action it handles. */
export const BLOCKING_HANDLER_CODE =
  /return\s*false|preventDefault|stopImmediatePropagation|nocontext|disable|protect|removeAllRanges|clearSelection/i;

/**
 * Elements (lower-case tag names) whose blocks apply to the whole page; scripts do too. A block is
 * reported once per place, so `body` handlers and page scripts doing the
 * same thing count once.
 */
export const PAGE_LEVEL_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'script']);

/** Attribute names that are inline event handlers. */
export const EVENT_HANDLER_ATTRIBUTE = /^on[a-z]+$/i;

/** Attribute IE-era protection sets to block selection (`unselectable="on"`). */
export const UNSELECTABLE_ATTRIBUTE = 'unselectable';

/** Class names protection plugins put on `body` or content to block selection. */
export const SELECTION_BLOCK_CLASSES: readonly string[] = ['unselectable', 'noselect', 'no-select', 'disable-select'];

/** Inline-style declarations that block selection or the touch callout menu. */
export const SELECTION_BLOCK_DECLARATION =
  /^\s*(?:(?:-(?:webkit|moz|ms|khtml)-)?user-select|-webkit-touch-callout)\s*:\s*none\b/i;

/** Quick test: may this style attribute hold a {@link SELECTION_BLOCK_DECLARATION}? */
export const SELECTION_BLOCK_HINT = /user-select|touch-callout/i;

/**
 * Inline scripts whose code sets up a protection. Each matching label is
 * reported once per script; matching scripts are dropped from the clone.
 */
export const PROTECTION_SCRIPT_SIGNATURES: readonly { label: UnprotectLabel; pattern: RegExp }[] = [
  {
    label: L.rightClick,
    pattern:
      /\.oncontextmenu\s*=|(?:document|window|body)\s*\)?\s*\.addEventListener\(\s*["']contextmenu["']|\(\s*(?:document|window|["']body["'])\s*\)\s*\.(?:on|bind)\(\s*["']contextmenu["']/,
  },
  {
    label: L.selection,
    pattern:
      /\.on(?:selectstart|mousedown)\s*=|(?:document|window|body)\s*\)?\s*\.addEventListener\(\s*["']selectstart["']|setAttribute\(\s*["']unselectable["']|MozUserSelect\s*=\s*["']none["']/,
  },
  {
    label: L.copy,
    pattern:
      /\.on(?:copy|cut|dragstart)\s*=|(?:document|window|body)\s*\)?\s*\.addEventListener\(\s*["'](?:copy|cut|dragstart)["']/,
  },
  {
    label: L.keys,
    pattern: /(?:document|window|body)\.on(?:keydown|keypress)\s*=/,
  },
];

/** Quick test run before the signatures: can this script hold any of them? */
export const PROTECTION_SCRIPT_HINT = /contextmenu|selectstart|unselectable|MozUserSelect|\.on(?:copy|cut|dragstart|keydown|keypress|mousedown)\b|["'](?:copy|cut|dragstart)["']/;

/**
 * Largest inline script (characters) searched for protection code: protection
 * snippets are a few kilobytes; bigger inline scripts are bundles and data.
 */
export const MAX_PROTECTION_SCRIPT_CHARS = 100_000;

/** Script `type`s that hold JavaScript (an absent type does too). */
export const JAVASCRIPT_TYPES: ReadonlySet<string> = new Set([
  '',
  'text/javascript',
  'application/javascript',
  'module',
  'text/ecmascript',
  'application/ecmascript',
]);

/** Elements (lower-case tag names) whose text is not page text: their text nodes are skipped. */
export const NON_TEXT_PARENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'title',
]);

/**
 * Invisible characters inserted into text to spoil copies: zero-width space,
 * non-joiner and joiner, word joiner, zero-width no-break space (BOM) and the
 * soft hyphen.
 */
export const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** The joiners, which are real spelling in some scripts and in emoji sequences. */
export const JOINERS: ReadonlySet<string> = new Set(['\u200C', '\u200D']);

/**
 * Neighbours next to which a joiner has no meaning and is removed: Latin,
 * Greek, Cyrillic, Armenian and Georgian letters, CJK, digits, punctuation
 * and spaces. Next to anything else (Arabic, Indic scripts, emoji…) it is kept.
 */
export const JOINER_FREE_NEIGHBOUR =
  /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{N}\p{P}\p{Z}\s]/u;

/** Inline elements (lower-case tag names) that decoy text is hidden in. */
export const DECOY_TAGS: ReadonlySet<string> = new Set([
  'span',
  'font',
  'i',
  'b',
  'em',
  'strong',
  'small',
  'sub',
  'sup',
  'u',
  's',
  'mark',
  'abbr',
  'cite',
  'q',
  'ins',
  'del',
  'a',
]);

/** Longest text (characters) a hidden inline element may hold to be judged a decoy. */
export const MAX_DECOY_CHARS = 60;

/** Classes of text hidden for screen readers only: kept, never called decoys. */
export const SCREEN_READER_CLASSES: readonly string[] = [
  'screen-reader-text',
  'screen-reader-only',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'hidden-visually',
  'u-visually-hidden',
  'element-invisible',
  'assistive-text',
  'a11y-hidden',
];

/**
 * Inline styles that hide an element. Each row is a set of patterns that
 * must all match the (lower-cased) style attribute.
 */
export const HIDING_STYLES: readonly (readonly RegExp[])[] = [
  [/(?:^|;)\s*display\s*:\s*none\b/],
  [/(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/],
  [/(?:^|;)\s*font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:!\s*important\s*)?(?:;|$)/],
  [/(?:^|;)\s*opacity\s*:\s*0(?:\.0+)?\s*(?:!\s*important\s*)?(?:;|$)/],
  [/(?:^|;)\s*color\s*:\s*transparent\b/],
  [
    /(?:^|;)\s*position\s*:\s*(?:absolute|fixed)\b/,
    /(?:^|;)\s*(?:left|top|right|bottom|margin-left|margin-top)\s*:\s*-(?:[5-9]\d{2,}|\d{4,})(?:\.\d+)?px\b/,
  ],
  [/(?:^|;)\s*text-indent\s*:\s*-(?:[5-9]\d{2,}|\d{4,})(?:\.\d+)?px\b/],
];
