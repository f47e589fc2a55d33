import { isJsonLd } from '../meta';
import { SHOW_ELEMENT } from './dom';
import { HEADING_CLASS_WORDS, HEADING_LIKE_TAGS, HEADING_TAGS, RELATED_BLOCK_SELECTORS } from './rules';
import { hasWord } from './text';

/** The elements of a page the related stage looks at, found in one walk. */
export interface PageScan {
  /** Matches of the widget/theme table (`RELATED_BLOCK_SELECTORS`). */
  widgets: Element[];
  /** Headings and heading-like labels. */
  headings: Element[];
  /** Paragraphs: labels of a list ("Related posts:") or in-article link paragraphs ("Read more: <a>…</a>"). */
  paragraphs: Element[];
  /** JSON-LD scripts and `<link rel="related">`. */
  metadata: Element[];
  /** The first `<base href>`, if any. */
  baseHref: string | null;
  /** The page's own addresses from `<link rel="canonical">` and `<meta property="og:url">`. */
  ownUrls: string[];
}

const HEADINGS = new Set([...HEADING_TAGS, 'header']);
const HEADING_LIKE = new Set(HEADING_LIKE_TAGS);

const unsupported = RELATED_BLOCK_SELECTORS.find((rule) => !/^[.#][\w-]+$/.test(rule.selector));
if (unsupported) throw new Error(`related: selector "${unsupported.selector}" must be a single class or id`);

function widgetNames(prefix: '.' | '#'): string[] {
  return RELATED_BLOCK_SELECTORS.filter((rule) => rule.selector.startsWith(prefix)).map((rule) => rule.selector.slice(1));
}

const WIDGET_IDS = new Set(widgetNames('#'));
/** Any widget class as a whole class name within a class attribute. */
const WIDGET_CLASS_RE = new RegExp(`(?:^|\\s)(?:${widgetNames('.').join('|')})(?:\\s|$)`);

/**
 * Whether an element with this id and class attribute matches the widget/theme table. `seen` remembers the
 * answer per class attribute value (pages repeat their class attributes).
 */
function isWidgetMarkup(id: string, classes: string | null, seen: Map<string, boolean>): boolean {
  if (id !== '' && WIDGET_IDS.has(id)) return true;
  if (classes === null) return false;
  let widget = seen.get(classes);
  if (widget === undefined) {
    widget = WIDGET_CLASS_RE.test(classes);
    seen.set(classes, widget);
  }
  return widget;
}

/** Whether an element with this tag and class attribute is a heading or heading-like label. */
function isHeadingMarkup(el: Element, tag: string, classes: string | null): boolean {
  if (HEADINGS.has(tag)) return true;
  if (classes !== null && HEADING_LIKE.has(tag) && HEADING_CLASS_WORDS.some((word) => classes.includes(word))) return true;
  return el.getAttribute('role') === 'heading';
}

/** Whether `el` is a heading or a heading-like label (see `HEADING_LIKE_TAGS`). */
export function isHeading(el: Element): boolean {
  return isHeadingMarkup(el, el.localName, el.getAttribute('class'));
}

/** Files head elements: base, canonical/og:url, JSON-LD and related links. Returns false for other elements. */
function scanHeadElement(el: Element, scan: PageScan): boolean {
  switch (el.localName) {
    case 'base':
      if (scan.baseHref === null && el.hasAttribute('href')) scan.baseHref = el.getAttribute('href');
      return true;
    case 'link': {
      const rel = el.getAttribute('rel');
      const href = el.getAttribute('href');
      if (href && hasWord(rel, ['canonical'])) scan.ownUrls.push(href);
      if (href && hasWord(rel, ['related'])) scan.metadata.push(el);
      return true;
    }
    case 'meta': {
      const content = el.getAttribute('content');
      if (content && el.getAttribute('property') === 'og:url') scan.ownUrls.push(content);
      return true;
    }
    case 'script':
      if (isJsonLd(el)) scan.metadata.push(el);
      return true;
    default:
      return false;
  }
}

/**
 * Finds the candidate elements in a single walk over the document's elements
 * (attributes are read only on elements that have some).
 */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { widgets: [], headings: [], paragraphs: [], metadata: [], baseHref: null, ownUrls: [] };
  // A plain walk rather than elementsOf(): this loop visits every element of the page, and a generator costs more.
  const root = doc.documentElement;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  const widgetClasses = new Map<string, boolean>();
  for (let el: Element | null = root; el; el = walker.nextNode() as Element | null) {
    if (scanHeadElement(el, scan)) continue;
    const tag = el.localName;
    if (tag === 'p') scan.paragraphs.push(el);
    if (!el.hasAttributes()) {
      if (HEADINGS.has(tag)) scan.headings.push(el);
      continue;
    }
    const classes = el.getAttribute('class');
    if (isWidgetMarkup(el.id, classes, widgetClasses)) scan.widgets.push(el);
    if (isHeadingMarkup(el, tag, classes)) scan.headings.push(el);
  }
  return scan;
}
