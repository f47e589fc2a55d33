/**
 * Data tables for the benchmark's failure analysis: what kind of page part a snippet lives in,
 * judged from its nearest telling ancestor (tag, role, id and class names) or, failing that,
 * from its own words. Diagnostic labels for the report; the pipeline does not use them.
 */

/** A kind of page part, recognised by the names on an element. */
export interface PlaceRule {
  readonly kind: string;
  /** Tag names (lower case) that are this kind. */
  readonly tags?: readonly string[];
  /** ARIA roles that are this kind. */
  readonly roles?: readonly string[];
  /** Tested against the element's id and class names (lower case). */
  readonly names?: RegExp;
}

/** Whole name tokens, between separators: "ad" matches "ad-slot" but not "header" or "add-to-cart". */
const token = (words: string) => new RegExp(`(?:^|[\\s_-])(?:${words})(?:$|[\\s_-])`);

/**
 * Where leaked or missing text lives, most specific first. The nearest ancestor matching any
 * rule decides; within one element, the first rule in this order.
 */
export const PLACE_RULES: readonly PlaceRule[] = [
  { kind: 'comments', names: /comment|disqus|respond|repl(?:y|ies)|kommentar|komentarz|discussion|forum/ },
  { kind: 'cookie / consent', names: /cookie|consent|gdpr|dsgvo|cmp-|onetrust|privacy-?(?:banner|notice)/ },
  { kind: 'newsletter / subscribe / paywall', names: /newsletter|subscri|signup|sign-up|paywall|abo-|premium|register/ },
  { kind: 'share / social', names: /share|sharing|social|follow|teilen|whatsapp|facebook|twitter/ },
  { kind: 'ads / sponsored', names: token('ad|ads|adv|advert\\w*|anzeige\\w*|sponsor\\w*|promo\\w*|banner\\w*|werbung|reklama|dfp|gpt\\w*|adslot\\w*|adunit\\w*') },
  {
    kind: 'related / teasers / more stories',
    names: /related|recommend|read-?more|more-|teaser|also|popular|trending|most-|weitere|empfehl|polecan|zobacz|outbrain|taboola|next-|prev-|story-list|article-list/,
  },
  { kind: 'tags / categories / breadcrumb', names: /(?:^|[\s_-])tags?(?:$|[\s_-])|categor|breadcrumb|rubrik|schlagw|keyword|topics/ },
  {
    kind: 'byline / date / article meta',
    tags: ['time', 'address'],
    names: /byline|author|autor|dateline|date|time|posted|published|meta|entry-info|article-info|credit/,
  },
  { kind: 'navigation / menu', tags: ['nav'], roles: ['navigation', 'menu', 'menubar'], names: /nav|menu|pagination|pager|skip-|toolbar|tabs/ },
  { kind: 'sidebar / widget', tags: ['aside'], roles: ['complementary'], names: /sidebar|side-bar|widget|aside|rail|sidebox|marginal/ },
  { kind: 'page header', tags: ['header'], roles: ['banner'], names: /header|masthead|topbar|top-bar|logo|branding/ },
  { kind: 'page footer / legal', tags: ['footer'], roles: ['contentinfo'], names: /footer|copyright|impressum|imprint|legal|disclaimer|bottom/ },
  { kind: 'caption / figure', tags: ['figcaption', 'figure', 'caption'], names: /caption|credit|photo|image|bild/ },
  { kind: 'form', tags: ['form', 'label', 'button', 'select'] },
];

/** A kind recognised by the snippet's own words, when no ancestor tells. */
export interface TextRule {
  readonly kind: string;
  readonly pattern: RegExp;
}

/** Word rules, tried in order, when no ancestor matches a PLACE_RULE. */
export const TEXT_RULES: readonly TextRule[] = [
  { kind: 'cookie / consent', pattern: /cookie|datenschutzerkl|privacy policy|consent/i },
  { kind: 'newsletter / subscribe / paywall', pattern: /newsletter|abonn|subscribe|anmelden|sign up|registrier/i },
  { kind: 'comments', pattern: /kommentar|comment|antworten|reply|komentarz/i },
  { kind: 'page footer / legal', pattern: /©|copyright|impressum|imprint|all rights reserved|alle rechte|nutzungsbedingungen|terms of/i },
  { kind: 'share / social', pattern: /teilen|share|facebook|twitter|whatsapp|instagram/i },
  {
    kind: 'related / teasers / more stories',
    pattern:
      /weitere (?:artikel|beiträge|links|themen|informationen)|weiterführend|meist-?(?:gelesen|diskutiert)|mehr zum thema|auch interessant|lesen sie (?:auch|mehr|hier)|das könnte sie|read more|related|more from|you may also|dowiedz się więcej|zobacz (?:też|także)|czytaj (?:też|także|więcej)|lire aussi|leer más|te puede interesar/i,
  },
  { kind: 'author box / contact', pattern: /kontakt|contact|über (?:den|die) autor|about the author|zur person/i },
  { kind: 'byline / date / article meta', pattern: /^\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?|\s*uhr)?\s*$|aufrufe|\bviews\b|gelesen|lesezeit|reading time/i },
  {
    kind: 'byline / date / article meta',
    pattern: /^\s*(?:von|by|autor|author)\b|\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*\.?\s+\d{4}\b/i,
  },
];

/** Kinds of places a missing `with` snippet lives in the article (a tag on or above it). */
export const CONTENT_PLACES: readonly { kind: string; tags: readonly string[] }[] = [
  { kind: 'table', tags: ['table'] },
  { kind: 'list', tags: ['ul', 'ol', 'dl', 'menu'] },
  { kind: 'quote', tags: ['blockquote', 'q'] },
  { kind: 'heading', tags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] },
  { kind: 'caption', tags: ['figcaption', 'caption'] },
  { kind: 'code', tags: ['pre', 'code'] },
];
