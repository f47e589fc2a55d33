/**
 * Data tables for the copy-protection neutraliser (src/unprotect/index.ts).
 * Every technique Pith knows is a row here; the traversal code holds no
 * selectors, words or patterns of its own.
 */

/**
 * What the neutraliser reports, as shown to the reader ("Copy protection
 * removed: …"), in the order the report names them: kinds of protection
 * first, then what was removed one by one.
 */
export const UNPROTECT_LABELS = {
  selection: 'selection block',
  rightClick: 'right-click block',
  copy: 'copy block',
  keys: 'key block',
  clipboard: 'clipboard rewrite',
  selectionWipe: 'selection wipe',
  devtools: 'devtools trap',
  blanking: 'page blanking',
  truncation: 'read-more truncation',
  drawn: 'text drawn by CSS',
  paywall: 'paywall overlay',
  layer: 'overlay layer',
  decoy: 'decoy span',
  invisible: 'invisible character',
  message: 'alert message',
} as const;

/** One of the labels in {@link UNPROTECT_LABELS}. */
export type UnprotectLabel = (typeof UNPROTECT_LABELS)[keyof typeof UNPROTECT_LABELS];

/**
 * How the report names each label. Kinds of protection ("selection block")
 * are named without a count: how many places a page set one up in means
 * nothing to the reader. Things removed one by one are counted, with their
 * plural ("3 decoy spans", "1 alert message").
 */
export const UNPROTECT_PLURALS: Readonly<Partial<Record<UnprotectLabel, string>>> = {
  'alert message': 'alert messages',
  'paywall overlay': 'paywall overlays',
  'overlay layer': 'overlay layers',
  'decoy span': 'decoy spans',
  'invisible character': 'invisible characters',
};

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
  'You are not allowed to save images',
  'Copying text is disabled',
  'Content copying is disabled',
  'This page is copy protected',
  'Sorry, this content is protected',
  'Developer tools are not allowed',
  'Developer tools are not allowed on this site',
  'Developer tools detected',
  'DevTools detected',
  'Please close the developer tools',
  'Please close the developer tools and reload the page',
  'Inspect element is disabled',
  'View source is disabled',
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
 * Elements (lower-case tag names) whose blocks apply to the whole page: scripts and style sheets too. A block is
 * reported once per place, so `body` handlers and page scripts doing the
 * same thing count once.
 */
export const PAGE_LEVEL_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'script', 'style']);

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

/** A call of addEventListener on window, document or body (or a bare one) for one of the event names in `events`. */
function listenerFor(events: string): string {
  return `(?:(?:document|window|body|documentElement)\\s*\\)?\\s*\\.|^|[^.\\w$])addEventListener\\(\\s*["'](?:${events})["']`;
}

/**
 * Inline scripts whose code sets up a protection. Each matching label is
 * reported once per script; matching scripts are dropped from the clone.
 */
export const PROTECTION_SCRIPT_SIGNATURES: readonly { label: UnprotectLabel; pattern: RegExp }[] = [
  {
    label: L.rightClick,
    pattern: new RegExp(
      `\\.oncontextmenu\\s*=|${listenerFor('contextmenu')}|\\(\\s*(?:document|window|["']body["'])\\s*\\)\\s*\\.(?:on|bind)\\(\\s*["']contextmenu["']`,
    ),
  },
  {
    label: L.selection,
    pattern: new RegExp(
      `\\.on(?:selectstart|mousedown)\\s*=|${listenerFor('selectstart')}|setAttribute\\(\\s*["']unselectable["']|(?:MozUserSelect|webkitUserSelect|userSelect)\\s*=\\s*["']none["']`,
    ),
  },
  {
    label: L.copy,
    pattern: new RegExp(`\\.on(?:copy|cut|dragstart)\\s*=|${listenerFor('copy|cut|dragstart')}`),
  },
  {
    label: L.keys,
    pattern: new RegExp(`(?:document|window|body)\\.on(?:keydown|keypress)\\s*=|${listenerFor('keydown|keypress')}[\\s\\S]{0,800}?(?:ctrlKey|metaKey|keyCode\\s*==+\\s*123)`),
  },
  {
    label: L.clipboard,
    pattern:
      /clipboardData\.setData\(|(?:["']copy["']|\.oncopy\s*=)[\s\S]{0,800}?(?:selectAllChildren|addRange|clipboard\.writeText)/,
  },
  {
    label: L.selectionWipe,
    pattern:
      /(?:setInterval|selectionchange|\.onmouseup\s*=|["']mouseup["'])[\s\S]{0,400}?(?:removeAllRanges\(|\.empty\(\)|\.collapse(?:ToStart|ToEnd)?\()/,
  },
  {
    label: L.devtools,
    pattern:
      /outer(?:Width|Height)\s*-\s*(?:window\.)?inner(?:Width|Height)|devtools?[-_]?(?:open|detect|change)|disable-?devtool|\bdebugger\b[\s\S]{0,200}?(?:performance\.now|Date\.now|new Date)|(?:performance\.now|Date\.now|new Date)[\s\S]{0,200}?\bdebugger\b/i,
  },
];

/**
 * Style sheets that block selection for the whole page: `user-select:none`,
 * or a transparent selection highlight. Reported once, as the page's.
 */
export const SELECTION_BLOCK_SHEET =
  /user-select\s*:\s*none|::?(?:-moz-)?selection\s*\{[^}]*background(?:-color)?\s*:\s*(?:transparent|rgba\([^)]*,\s*0(?:\.0+)?\s*\))/i;

/** Quick test run before the signatures: can this script hold any of them? */
export const PROTECTION_SCRIPT_HINT =
  /contextmenu|selectstart|unselectable|UserSelect|\.on(?:copy|cut|dragstart|keydown|keypress|mousedown)\b|["'](?:copy|cut|dragstart|keydown)["']|clipboardData|removeAllRanges|getSelection|outerWidth|outerHeight|debugger|devtools/i;

/**
 * Largest inline script (characters) searched for protection code: protection
 * snippets are a few kilobytes; bigger inline scripts are bundles and data.
 */
export const MAX_PROTECTION_SCRIPT_CHARS = 100_000;

/**
 * Script `type`s kept in the working copy once protection scripts are read:
 * JSON-LD, which the metadata (Readability, header, kind) reads. Every other
 * script, and every style sheet, is code rather than text: it leaves the copy
 * before any stage reads its text (Readability drops them too, later).
 */
export const KEPT_SCRIPT_TYPES: ReadonlySet<string> = new Set(['application/ld+json']);

/**
 * Elements (local names) the working copy drops ({@link KEPT_SCRIPT_TYPES}): the pairing of
 * the copy with the live page (src/pipeline/source-map.ts) steps over them.
 */
export const DROPPED_CODE_TAGS: ReadonlySet<string> = new Set(['script', 'style']);

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
 * non-joiner and joiner, direction marks, embeddings and isolates, word
 * joiner, invisible operators, the Mongolian vowel separator, Hangul and
 * Khmer fillers, the zero-width no-break space (BOM) and the soft hyphen.
 */
export const INVISIBLE_CHARS =
  /[\u00AD\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0]/g;

/**
 * Invisible characters that are real spelling or layout in some scripts
 * (joiners in Persian, Indic scripts and emoji; direction marks in mixed
 * right-to-left text): removed only between neighbours that need none.
 */
export const CONTEXTUAL_INVISIBLES: ReadonlySet<string> = new Set([
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
]);

/**
 * Neighbours next to which a contextual invisible has no meaning and is
 * removed: Latin, Greek, Cyrillic, Armenian and Georgian letters, CJK,
 * digits, punctuation and spaces. Next to anything else (Arabic, Hebrew,
 * Indic scripts, emoji…) it is kept.
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

/**
 * Blocks whose text is prose: an empty inline element inside one of these
 * may draw its text with CSS (`::before` / `::after` `content`).
 */
export const TEXT_BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'li',
  'dd',
  'dt',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'caption',
  'pre',
]);

/** Text drawn by CSS that is kept by itself: it has a letter or digit. */
export const DRAWN_TEXT_WORDY = /[\p{L}\p{N}]/u;

/**
 * Text drawn by CSS that is kept only beside other drawn text or a digit:
 * the punctuation, signs and currency symbols of numbers ("£", ",", "%").
 */
export const DRAWN_NUMBER_MARKS = /^[\s.,:;%‰°'’+\-–−/\p{Sc}]+$/u;

/** Characters of the private use areas: icon fonts draw their glyphs from there; never kept. */
export const DRAWN_TEXT_ICON = /[\uE000-\uF8FF]|[\u{F0000}-\u{FFFFD}]/u;

/** Longest text (characters) an element drawn by CSS may add. */
export const MAX_DRAWN_CHARS = 200;

/**
 * Class and id tokens of the layers protection lays over the text: copy
 * shields, watermarks, protective masks. An element so named whose text is
 * short is removed with its text; "overlay" alone only when the live page
 * shows it as a layer (positioned, letting clicks through or see-through).
 */
export const LAYER_TOKENS = {
  /** Names that make an element a protective layer by themselves. */
  strong: /^(?:watermark|wm|copy-?(?:shield|guard|protect(?:ion)?|mask)|no-?copy(?:-layer|-overlay)?|anti-?copy|protect(?:ion)?-(?:layer|overlay|shield|mask|cover)|content-?shield|text-?shield|shield(?:-layer|-overlay)?)(?:[-_].*)?$/i,
  /** Names that do only when the live page shows the element as a layer. */
  weak: /(?:^|[-_])(?:overlay|cover|mask|layer|veil|curtain)(?:$|[-_])/i,
} as const;

/**
 * Quick test on an element's whole class and id text before the name
 * patterns ({@link LAYER_TOKENS}, {@link PAYWALL_TOKEN}) are tried on each
 * name: every name they match contains one of these.
 */
export const NAME_HINT =
  /wm|watermark|shield|copy|protect|overlay|cover|mask|layer|veil|curtain|pay-?wall|reg(?:istration)?-?wall|subscri|piano|tp-|meter|gate|premium|offer/i;

/** Most text (characters) a protective layer may hold. */
export const MAX_LAYER_CHARS = 300;

/**
 * Class and id tokens of "read more" truncation: the hidden rest of an
 * article that a button reveals.
 */
export const TRUNCATION_TOKEN =
  /(?:^|[-_])(?:more|rest|truncat\w*|collaps\w*|expand\w*|hidden-?(?:text|content)|full-?(?:text|article|story)|continued|remainder|remaining)(?:$|[-_])/i;

/** Texts of the buttons and links that reveal a truncated article. */
export const TRUNCATION_TOGGLE_TEXT =
  /^(?:[+›»▼↓…\s]*)(?:read|show|see|view)\s+(?:the\s+)?(?:more|full\s+(?:article|story|text)|whole\s+(?:article|story)|rest(?:\s+of\s+(?:the\s+)?(?:article|story))?)|continue\s+reading|expand(?:\s+article)?|mehr\s+(?:lesen|anzeigen)|weiterlesen|lire\s+la\s+suite|en\s+lire\s+plus|leer\s+m[aá]s|seguir\s+leyendo|continua\s+a\s+leggere|leggi\s+(?:di\s+)?(?:più|tutto)|ler\s+mais|continuar\s+lendo|lees\s+(?:meer|verder)|czytaj\s+dalej|читать\s+(?:далее|полностью)|devamını\s+oku/i;

/** Longest text (characters) of a truncation toggle. */
export const MAX_TOGGLE_CHARS = 40;

/** Least text (characters) a hidden block must hold to be an article's truncated rest. */
export const MIN_TRUNCATED_CHARS = 120;

/**
 * Inline declarations that hide or clip a truncated block; removed when the
 * block is revealed.
 */
export const TRUNCATION_DECLARATION =
  /^\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:max-)?height\s*:\s*0(?:px)?|overflow\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?)\b/i;

/**
 * A hidden block holding at least this share of the page's text (and
 * {@link MIN_BLANKED_CHARS}) is the page itself, hidden by a script (a
 * devtools or window-size trap): it is shown again.
 */
export const BLANKED_SHARE = 0.5;
/** See {@link BLANKED_SHARE}. */
export const MIN_BLANKED_CHARS = 500;

/** Class and id tokens of soft-paywall and registration-wall overlays. */
export const PAYWALL_TOKEN =
  /(?:^|[-_])(?:paywall|pay-wall|regwall|reg-wall|registration-?wall|subscri(?:be|ption|ber)-?(?:wall|gate|overlay|prompt|modal|offer|box)|piano|tp-(?:modal|backdrop|container)|meter(?:ed)?-?(?:wall|overlay|prompt)?|content-?gate|article-?gate|premium-?(?:gate|overlay|wall|prompt)|offer-?(?:overlay|box|wall))(?:$|[-_])/i;

/** Words of a paywall's offer; an overlay must use one to be removed as a paywall. */
export const PAYWALL_OFFER_TEXT =
  /subscri(?:be|ption|ber)|sign\s*(?:in|up)|log\s*in|register|free\s+trial|per\s+(?:month|week|year)|\/\s*(?:month|mo|week|year)|already\s+(?:a\s+)?(?:member|subscriber)|unlock|abonn|anmelden|suscr[ií]b/i;

/** Most text (characters) a paywall overlay may hold: more is the article. */
export const MAX_PAYWALL_CHARS = 800;

/**
 * Inline styles of a click-through layer laid over the page, read from the
 * style attribute: every pattern must match. Used when there is no live page
 * to ask, and to find layers the live page is then asked about.
 */
export const LAYER_STYLE: readonly RegExp[] = [/pointer-events\s*:\s*none/i, /position\s*:\s*(?:absolute|fixed)/i];

/** Quick test: may this style attribute be a layer's ({@link LAYER_STYLE})? */
export const LAYER_STYLE_HINT = /pointer-events\s*:\s*none/i;

/**
 * Computed-style limits for "hidden": an element this far off screen
 * (pixels, negative) or this transparent (opacity) shows nothing.
 */
export const HIDDEN_LIMITS = {
  offScreenPx: -500,
  opacity: 0.01,
} as const;

/** Opacity below which a positioned layer counts as see-through. */
export const SEE_THROUGH_OPACITY = 0.5;

/**
 * Inline styles Readability takes for "not shown" and drops the element
 * for: a truncated article's rest hidden this way must be shown again first.
 */
export const INLINE_HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * Elements (lower-case tag names) that can toggle a truncated article open
 * without leaving the page; links count only when they go nowhere
 * ({@link TOGGLE_HREF}) or say what they expand (`aria-expanded`, `aria-controls`).
 */
export const TOGGLE_TAGS: ReadonlySet<string> = new Set(['button', 'a', 'span', 'div', 'label']);

/** Roles of elements that act as a button or a link (a toggle may be any element with one). */
export const TOGGLE_ROLES: ReadonlySet<string> = new Set(['button', 'link', 'tab']);

/**
 * Class names of icon fonts: their empty elements draw glyphs, never text,
 * and are not asked what they draw.
 */
export const ICON_CLASS = /^(?:fa[a-z]?|fa-.+|icon|icon-.+|.+-icon|icons?|glyphicon.*|dashicons.*|bi|bi-.+|material-icons.*|ti-.+|eicon-.+)$/i;

/** Link targets of an in-page toggle. */
export const TOGGLE_HREF = /^(?:#.*|javascript:.*|)$/i;

// ---------------------------------------------------------------- unlock (the live page)

/**
 * Events whose default action protection cancels, and that "Unlock this
 * page" lets through: selection, the context menu, copying, dragging text,
 * pressing the mouse on text, and the copy and inspect shortcuts.
 */
export const FREED_EVENTS: ReadonlySet<string> = new Set([
  'selectstart',
  'contextmenu',
  'copy',
  'cut',
  'dragstart',
  'mousedown',
  'keydown',
]);

/** Keys that, with Ctrl or Cmd, are let through: select all, copy, cut, view source. */
export const FREED_KEYS: ReadonlySet<string> = new Set(['a', 'c', 'x', 'u']);
/** Keys that, with Ctrl or Cmd and Shift, are let through: the developer tools. */
export const FREED_SHIFT_KEYS: ReadonlySet<string> = new Set(['i', 'j', 'c']);
/** Keys let through alone: the developer tools. */
export const FREED_PLAIN_KEYS: ReadonlySet<string> = new Set(['F12']);

/** Elements the reader types into: the page keeps full control of their events. */
export const EDITABLE_SELECTOR =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/**
 * The page's own controls: pressing the mouse on them, and what their
 * handlers do to the selection and the clipboard, are left alone.
 */
export const INTERACTIVE_SELECTOR =
  'a[href], button, input, select, textarea, label, summary, video, audio, iframe, [draggable="true"], [contenteditable], [role="button"], [role="link"], [role="slider"], [role="tab"], [role="menuitem"], [role="checkbox"], [onclick]';

/** Events a reader uses a page's control with; what the page's handler then does is the reader's wish. */
export const USER_GESTURES: ReadonlySet<string> = new Set([
  'click',
  'dblclick',
  'mouseup',
  'pointerup',
  'touchend',
  'keydown',
  'keyup',
  'input',
  'change',
  'submit',
]);

/** Selection methods a page can wipe or replace the reader's selection with. */
export const SELECTION_METHODS: readonly string[] = [
  'removeAllRanges',
  'empty',
  'collapse',
  'setPosition',
  'collapseToStart',
  'collapseToEnd',
  'removeRange',
  'addRange',
  'selectAllChildren',
  'setBaseAndExtent',
  'extend',
  'modify',
  'deleteFromDocument',
];

/** Dialogs protection scripts nag with, and what each returns when silenced. */
export const SILENCED_DIALOGS: Readonly<Record<'alert' | 'confirm' | 'prompt', undefined | false | null>> = {
  alert: undefined,
  confirm: false,
  prompt: null,
};

/** Blocks of text that must take the mouse (a protection sets `pointer-events:none` on them). */
export const TEXT_BLOCK_SELECTOR = 'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre';

/** How many text blocks are tested for a layer over them, per pass. */
export const MAX_OVERLAY_PROBES = 60;

/** The name of the cascade layer the unlock's styles live in (layered `!important` beats the page's). */
export const UNLOCK_LAYER = 'pith-unlock';
