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
const HEAD_ELEMENTS = new Set(['base', 'link', 'meta', 'script']);

const unsupported = RELATED_BLOCK_SELECTORS.find((rule) => !/^[.#][\w-]+$/.test(rule.selector));
if (unsupported) throw new Error(`related: selector "${unsupported.selector}" must be a single class or id`);

function widgetNames(prefix: '.' | '#'): string[] {
  return RELATED_BLOCK_SELECTORS.filter((rule) => rule.selector.startsWith(prefix)).map((rule) => rule.selector.slice(1));
}

const WIDGET_IDS = new Set(widgetNames('#'));
/** Any widget class as a whole class name within a class attribute. */
const WIDGET_CLASS_RE = new RegExp(`(?:^|\\s)(?:${widgetNames('.').join('|')})(?:\\s|$)`);

/** What a class attribute says, as bits: a widget class of the table, a heading word. */
const WIDGET_CLASS = 1;
const HEADING_CLASS = 2;

/** The bits of a class attribute value (the page scan remembers them per value: pages repeat their class attributes). */
function classFlags(classes: string): number {
  const widget = WIDGET_CLASS_RE.test(classes) ? WIDGET_CLASS : 0;
  return widget | (HEADING_CLASS_WORDS.some((word) => classes.includes(word)) ? HEADING_CLASS : 0);
}

/** Whether an element with this tag, class attribute bits and role is a heading or heading-like label. */
function isHeadingMarkup(tag: string, flags: number, role: string | null): boolean {
  return HEADINGS.has(tag) || ((flags & HEADING_CLASS) !== 0 && HEADING_LIKE.has(tag)) || role === 'heading';
}

/** Whether `el` is a heading or a heading-like label (see `HEADING_LIKE_TAGS`). */
export function isHeading(el: Element): boolean {
  const classes = el.getAttribute('class');
  return isHeadingMarkup(el.localName, classes === null ? 0 : classFlags(classes), el.getAttribute('role'));
}

/** Files a head element (`HEAD_ELEMENTS`): base, canonical/og:url, JSON-LD and related links. */
function scanHeadElement(el: Element, tag: string, scan: PageScan): void {
  switch (tag) {
    case 'base':
      if (scan.baseHref === null && el.hasAttribute('href')) scan.baseHref = el.getAttribute('href');
      return;
    case 'link': {
      const rel = el.getAttribute('rel');
      const href = el.getAttribute('href');
      if (href && hasWord(rel, ['canonical'])) scan.ownUrls.push(href);
      if (href && hasWord(rel, ['related'])) scan.metadata.push(el);
      return;
    }
    case 'meta': {
      const content = el.getAttribute('content');
      if (content && el.getAttribute('property') === 'og:url') scan.ownUrls.push(content);
      return;
    }
    case 'script':
      if (isJsonLd(el)) scan.metadata.push(el);
  }
}

/**
 * Finds the candidate elements in a single walk over the document's elements
 * (attributes are read only on elements that have some).
 */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { widgets: [], headings: [], paragraphs: [], metadata: [], baseHref: null, ownUrls: [] };
  // One plain walk with the work per element inline: it visits every element of the page, run cold in the tab.
  const root = doc.documentElement;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  const flagsOf = new Map<string, number>();
  for (let el: Element | null = root; el; el = walker.nextNode() as Element | null) {
    const tag = el.localName;
    if (HEAD_ELEMENTS.has(tag)) {
      scanHeadElement(el, tag, scan);
      continue;
    }
    if (tag === 'p') scan.paragraphs.push(el);
    if (!el.hasAttributes()) {
      if (HEADINGS.has(tag)) scan.headings.push(el);
      continue;
    }
    const classes = el.getAttribute('class');
    let flags = 0;
    if (classes !== null) {
      const known = flagsOf.get(classes);
      flags = known ?? classFlags(classes);
      if (known === undefined) flagsOf.set(classes, flags);
    }
    const id = el.id;
    if ((flags & WIDGET_CLASS) !== 0 || (id !== '' && WIDGET_IDS.has(id))) scan.widgets.push(el);
    if (isHeadingMarkup(tag, flags, el.getAttribute('role'))) scan.headings.push(el);
  }
  return scan;
}
