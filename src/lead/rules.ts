/**
 * Data tables for the lead stage (src/lead): the standfirst and opening
 * paragraphs that sit between an article's title and the block Readability
 * chose, and that Readability leaves out (they are in the header, or in a
 * sibling of the body's container).
 */

/** Bounds of the look at the page after the title, before Readability runs. */
export const LEAD_LIMITS = {
  /** Text blocks of at least `minAnchorChars` read after the title at most (shorter ones are read too, but not counted). */
  maxBlocks: 8,
  /** Characters of text read after the title at most. */
  maxChars: 4000,
  /** Elements visited after the title at most (a page with no text after its title costs no more). */
  maxElements: 400,
  /** A block this long or longer can anchor Readability's text to its place after the title. */
  minAnchorChars: 40,
  /** Readability's text must start within this many characters of the anchor block: else its block is elsewhere. */
  maxAnchorOffset: 400,
  /** A lead block has at least this many characters … */
  minLeadChars: 40,
  /** … and at least this many words. */
  minLeadWords: 6,
  /** At most this share of a lead block's text is link text. */
  maxLinkShare: 0.3,
  /** How many parents up a block's region is read for names of regions that are not the article ({@link NOT_LEAD_REGIONS}). */
  regionAncestors: 3,
} as const;

/** The headings that may be the article's title, by rank: the one most like the page's title is taken, an `<h1>` before an `<h2>`. */
export const TITLE_HEADINGS = ['h1', 'h2'] as const;

/** The `property` or `name` of the meta tags holding the page's own title for its article, best first (the `<title>` element comes after these). */
export const PAGE_TITLE_META: readonly string[] = ['og:title', 'twitter:title'];

/** A heading is the article's title when at least this share of the words of it and of the page's title (the longer of the two) match. */
export const MIN_TITLE_MATCH = 0.5;

/** Words of a title, for matching headings against it. */
export const TITLE_WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** Elements that are leaf text blocks when no block sits inside them. */
export const LEAD_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li', 'dd', 'span']);

/** Elements that make their parent a container rather than a leaf text block. */
export const INNER_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'ul', 'ol', 'dl', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'figure', 'form', 'nav', 'li',
]);

/** Headings among the lead blocks: put back as headings; every other lead block becomes a paragraph. */
export const LEAD_HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements never read as a lead, with all they hold: code, media, forms, navigation, captions. */
export const NOT_LEAD_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'picture', 'video', 'audio', 'figure', 'figcaption', 'nav',
  'form', 'button', 'select', 'textarea', 'time', 'address',
]);

/** ARIA roles never read as a lead (with all they hold). */
export const NOT_LEAD_ROLES: ReadonlySet<string> = new Set(['navigation', 'button']);

/**
 * Class or id words of the page's furniture around a title: bylines, dates,
 * captions, credits, share bars, breadcrumbs, tags. A block whose own class
 * or id, or its parent's, holds one of these is not a lead.
 */
export const NOT_LEAD_NAMES =
  /byline|author|date|time|caption|credit|copyright|share|social|breadcrumb|tags?\b|meta|label|kicker|categor|rubric|advert|sponsor|promo|newsletter|related|comment|teaser-list|toc\b|img|image|photo|foto|picture|media|gallery|slide/i;

/**
 * Class or id words of whole regions that are not the article: an author box,
 * comments, a newsletter or support box. Read further up ({@link LEAD_LIMITS}.regionAncestors)
 * than {@link NOT_LEAD_NAMES}: a wrapper named for an image or a date may hold a lead, an author box may not.
 */
export const NOT_LEAD_REGIONS = /author|byline|comment|related|newsletter|subscri|donat|support|advert|sponsor|promo|share|social|video|player|playlist|carousel/i;

/** An inline style that hides an element (Readability leaves such elements out; so does the lead). */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** A photo credit in a block's text: it is an image caption, not a lead ("… (Foto: dpa)", "© Reuters"). */
export const CREDIT = /©|\((?:fotos?|photos?|bild(?:er)?|images?|credits?|quelle|source|foto\/\w+)\s*:/i;

/** A date in a short block: it is a byline or a date line, not a lead ("Staff | May 10, 2022", "Von A. B., 12.03.2021"). */
export const DATE_IN_LINE = /\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4}\b/u;

/** A block shorter than this (characters) with a date in it is a date line ({@link DATE_IN_LINE}). */
export const MAX_DATE_LINE_CHARS = 100;

/** What shows an image: a block right after one is its caption, not a lead. */
export const MEDIA = 'img, picture, video';

/** What the stage reports, as shown to the reader. */
export const LEAD_LABELS = {
  lead: 'lead paragraph',
} as const;
