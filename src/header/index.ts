/**
 * The header stage: reads what an article's header says about it (byline,
 * publication time, kicker, standfirst) from the page BEFORE Readability runs.
 * Readability drops a whole `<header class="entry-header">` as unlikely content,
 * and with it a byline and date that no `<meta>` repeats. This stage only
 * reads: it queries a few selectors inside the header around the title and the
 * page's JSON-LD scripts, and changes nothing. The pipeline fills a field from
 * here only where Readability found none.
 */
import { cleanAuthor, collapse } from '../related/text';
import { jsonLdScripts } from '../meta';
import { isRecord } from '../record';
import {
  BYLINE_SELECTORS,
  HEADER_CONTAINERS,
  HEADER_MAX_DEPTH,
  JSON_LD_ARTICLE_TYPES,
  KICKER_KEPT_WITHIN,
  KICKER_SELECTORS,
  MACHINE_DATE,
  MAX_BYLINE_CHARS,
  MAX_JSON_LD_SCRIPTS,
  MAX_KICKER_CHARS,
  PUBLISHED_SELECTORS,
  STANDFIRST_CHARS,
  STANDFIRST_SELECTORS,
  TITLE_MARKED,
  TITLE_SCOPE,
} from './rules';

/** What the article's header says, each field only when found. */
export interface HeaderFields {
  byline?: string;
  publishedTime?: string;
  /** The small label above the title (a section or category). */
  kicker?: string;
  /** The sentence or two under the title (dek, subtitle). */
  standfirst?: string;
}

// Numeric DOM constants: src/ may not use the global Node.
const PRECEDING = 0x02;
const FOLLOWING = 0x04;

type Json = Record<string, unknown>;

/**
 * The element that the earliest of `selectors` matches and `accept` takes.
 * One query for the whole list (one walk of `root`), then the few matches are
 * ranked by the selector they match.
 */
function firstMatch(root: ParentNode, selectors: readonly string[], accept: (el: Element) => boolean): Element | null {
  const found = Array.from(root.querySelectorAll(selectors.join(', '))).filter(accept);
  for (const selector of selectors) {
    const el = found.find((e) => e.matches(selector));
    if (el) return el;
  }
  return null;
}

/** The title heading and the element that holds it with its byline, date, kicker and standfirst. */
export function findHeader(doc: Document): { title: Element; header: Element } | null {
  const h1s = Array.from(doc.getElementsByTagName('h1')).filter((el) => collapse(el.textContent) !== '');
  const title = h1s.find((el) => el.matches(TITLE_MARKED)) ?? h1s.find((el) => el.closest(TITLE_SCOPE)) ?? h1s[0];
  if (!title) return null;
  const container = title.closest(HEADER_CONTAINERS);
  if (container) return { title, header: container };
  let header: Element = title;
  for (let depth = 0; depth < HEADER_MAX_DEPTH && header.parentElement && header.parentElement !== doc.body; depth++) {
    header = header.parentElement;
  }
  return { title, header };
}

function bylineFrom(header: Element): string | undefined {
  const el = firstMatch(header, BYLINE_SELECTORS, (e) => {
    const name = cleanAuthor(e.textContent);
    return name !== '' && name.length < MAX_BYLINE_CHARS;
  });
  return el ? cleanAuthor(el.textContent) : undefined;
}

/** The time an element gives in its `datetime` (a `<time>`) or `content` (microdata) attribute. */
function machineTime(el: Element): string {
  return (el.getAttribute('datetime') ?? el.getAttribute('content') ?? '').trim();
}

function publishedFrom(header: Element): string | undefined {
  const el = firstMatch(header, PUBLISHED_SELECTORS, (e) => MACHINE_DATE.test(machineTime(e)));
  return el ? machineTime(el) : undefined;
}

/** The first element of `selectors` on the given side of the title whose text passes `fits`. */
function besideTitle(
  header: Element,
  title: Element,
  side: number,
  selectors: readonly string[],
  fits: (text: string) => boolean,
): string | undefined {
  const el = firstMatch(header, selectors, (e) => !e.contains(title) && (title.compareDocumentPosition(e) & side) !== 0 && fits(collapse(e.textContent)));
  return el ? collapse(el.textContent) : undefined;
}

/** Every JSON-LD node of the page (top level, in arrays and in `@graph`), parsed once. */
function jsonLdNodes(doc: Document): Json[] {
  const nodes: Json[] = [];
  const scripts = jsonLdScripts(doc);
  for (const script of scripts.slice(0, MAX_JSON_LD_SCRIPTS)) {
    let value: unknown;
    try {
      value = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      if (!isRecord(item)) continue;
      nodes.push(item);
      if (Array.isArray(item['@graph'])) nodes.push(...item['@graph'].filter(isRecord));
    }
  }
  return nodes;
}

function isArticle(node: Json): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && JSON_LD_ARTICLE_TYPES.test(type));
}

/** An author's name: a string, a Person's `name`, or a Person given by its `@id` elsewhere in the page's JSON-LD. */
function authorName(author: unknown, byId: ReadonlyMap<string, Json>): string | undefined {
  if (typeof author === 'string') return collapse(author) || undefined;
  if (!isRecord(author)) return undefined;
  if (typeof author.name === 'string') return collapse(author.name) || undefined;
  const ref = typeof author['@id'] === 'string' ? byId.get(author['@id']) : undefined;
  return ref && typeof ref.name === 'string' ? collapse(ref.name) || undefined : undefined;
}

/** The byline and date the page's JSON-LD gives its article (authors joined with ", "). */
function fromJsonLd(doc: Document): Pick<HeaderFields, 'byline' | 'publishedTime'> {
  const nodes = jsonLdNodes(doc);
  const article = nodes.find(isArticle);
  if (!article) return {};
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const authors = (Array.isArray(article.author) ? article.author : [article.author]).map((a) => authorName(a, byId));
  const byline = authors.filter((a): a is string => a !== undefined).join(', ');
  const date = typeof article.datePublished === 'string' ? article.datePublished.trim() : '';
  return { byline: byline || undefined, publishedTime: MACHINE_DATE.test(date) ? date : undefined };
}

function drop<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Reads the byline, publication time, kicker and standfirst of the article in
 * `doc` from its JSON-LD and from the header around its title. Changes nothing.
 * Cheap: a few selector queries inside the header, and the JSON-LD scripts.
 */
export function readHeader(doc: Document): HeaderFields {
  const json = fromJsonLd(doc);
  const found = findHeader(doc);
  if (!found) return drop(json);
  const { title, header } = found;
  return drop({
    byline: json.byline ?? bylineFrom(header),
    publishedTime: json.publishedTime ?? publishedFrom(header),
    kicker: besideTitle(header, title, PRECEDING, KICKER_SELECTORS, (t) => t !== '' && t.length <= MAX_KICKER_CHARS),
    standfirst: besideTitle(header, title, FOLLOWING, STANDFIRST_SELECTORS, (t) => t.length >= STANDFIRST_CHARS.min && t.length <= STANDFIRST_CHARS.max),
  });
}

/**
 * The header fields to show beside the article: the kicker and the
 * standfirst, each unless Readability kept it in the article body (`articleText`),
 * so that neither is shown twice.
 */
export function headerExtras({ kicker, standfirst }: HeaderFields, articleText: string): Pick<HeaderFields, 'kicker' | 'standfirst'> {
  const text = collapse(articleText);
  return {
    ...(kicker && !text.slice(0, KICKER_KEPT_WITHIN).includes(kicker) ? { kicker } : {}),
    ...(standfirst && !text.includes(standfirst) ? { standfirst } : {}),
  };
}
