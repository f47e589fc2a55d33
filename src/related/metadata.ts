import type { RelatedPost } from '../types';
import { classifyUrl, type RelatedContext } from './links';
import { ARTICLE_TYPES, ITEM_LIST_TYPES, LIMITS } from './rules';
import { collapse, isRelatedHeading, isUnrelatedHeading } from './text';
import { cleanUrl, resolveUrl, urlKey } from './url';

/** A related link declared in the page's metadata, before resolution; the fields the metadata gives. */
interface DeclaredLink {
  href: string;
  title?: string;
  author?: string;
  date?: string;
  image?: string;
  excerpt?: string;
}

type JsonObject = Record<string, unknown>;

function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The first entry of a value that may be one value or an array of them. */
function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** Whether a JSON-LD object's `@type` (a string or an array) is one of `types`. */
function hasType(value: JsonObject, types: readonly string[]): boolean {
  const declared = value['@type'];
  const names = Array.isArray(declared) ? declared : [declared];
  return names.some((name) => typeof name === 'string' && types.includes(name.replace(/^schema:/, '')));
}

/** A name: a string, or an object's `name` (a Person, an Organization). */
function nameOf(value: unknown): string | undefined {
  const one = first(value);
  return asText(one) ?? (isRecord(one) ? asText(one.name) : undefined);
}

/** An image URL: a string, or an ImageObject's `url` / `contentUrl`. */
function imageOf(value: unknown): string | undefined {
  const one = first(value);
  return asText(one) ?? (isRecord(one) ? (asText(one.url) ?? asText(one.contentUrl)) : undefined);
}

/** Adds the link of a JSON-LD entity (a URL string, or an object with `url` / `@id`) and whatever it says about the post. */
function readEntity(value: unknown, out: DeclaredLink[]): void {
  if (typeof value === 'string') {
    out.push({ href: value });
    return;
  }
  if (!isRecord(value)) return;
  const href = asText(value.url) ?? asText(value['@id']);
  if (!href) return;
  const fields: Omit<DeclaredLink, 'href'> = {
    title: asText(value.name) ?? asText(value.headline),
    author: nameOf(value.author),
    date: asText(value.datePublished),
    image: imageOf(value.image) ?? imageOf(value.thumbnailUrl),
    excerpt: asText(value.description),
  };
  const link: DeclaredLink = { href };
  for (const [key, field] of Object.entries(fields) as [keyof typeof fields, string | undefined][]) {
    if (field) link[key] = field;
  }
  out.push(link);
}

/** Reads a `relatedLink` value: a URL, an object with url/@id and name, or an array of them. */
function readRelatedLink(value: unknown, out: DeclaredLink[]): void {
  if (Array.isArray(value)) {
    for (const entry of value) readRelatedLink(entry, out);
  } else {
    readEntity(value, out);
  }
}

/** Whether a JSON-LD object is an item list named like a related block ("Related articles", "More from Mining"). */
function isRelatedList(value: JsonObject): boolean {
  if (!hasType(value, ITEM_LIST_TYPES)) return false;
  const name = asText(value.name) ?? asText(value.headline) ?? '';
  return isRelatedHeading(name, true) && !isUnrelatedHeading(name);
}

/** One entry of an item list as one entity: a ListItem's fields with those of its `item` (an object or a URL). */
function listEntry(entry: unknown): unknown {
  if (!isRecord(entry) || entry.item === undefined) return entry;
  return isRecord(entry.item) ? { ...entry, ...entry.item } : { ...entry, url: entry.item };
}

/** Reads the entries of a related item list (ListItems, articles or URLs), leaving out entries that are not articles. */
function readItemList(list: JsonObject, out: DeclaredLink[]): void {
  const entries = list.itemListElement;
  for (const raw of Array.isArray(entries) ? entries : [entries]) {
    const entry = listEntry(raw);
    if (isRecord(entry) && entry['@type'] !== undefined && !hasType(entry, ARTICLE_TYPES)) continue;
    readEntity(entry, out);
  }
}

/** Collects every `relatedLink` and every related item list in a JSON-LD value (in `@graph`, nested entities…). */
function collectRelatedLinks(value: unknown, out: DeclaredLink[], depth: number): void {
  if (depth > LIMITS.maxJsonDepth) return;
  if (Array.isArray(value)) {
    for (const entry of value) collectRelatedLinks(entry, out, depth + 1);
  } else if (isRecord(value)) {
    if (isRelatedList(value)) {
      readItemList(value, out);
      return;
    }
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'relatedLink') readRelatedLink(entry, out);
      else collectRelatedLinks(entry, out, depth + 1);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The related links declared by JSON-LD `relatedLink` and `<link rel="related">`. */
function declaredLinks(elements: readonly Element[]): DeclaredLink[] {
  const out: DeclaredLink[] = [];
  for (const el of elements) {
    if (el.localName === 'link') {
      const href = el.getAttribute('href');
      const title = el.getAttribute('title');
      if (href) out.push(title ? { href, title } : { href });
    } else {
      collectRelatedLinks(parseJson(el.textContent ?? ''), out, 0);
    }
  }
  return out;
}

/**
 * A title made from the URL's last path segment, without numeric ids:
 * "/2024/05/serbia-lithium-reserves-48213/" → "Serbia lithium reserves".
 */
export function titleFromSlug(url: URL): string | undefined {
  const segment = url.pathname.split('/').filter(Boolean).pop() ?? '';
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // keep the raw segment
  }
  const words = collapse(
    decoded
      .replace(/\.(?:html?|php|aspx?)$/i, '')
      .replace(/[-_+]+/g, ' ')
      .replace(/^\d{5,} | \d{5,}$/g, ''),
  );
  if (!/\p{L}/u.test(words)) return undefined;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Looks titles up in the page's own links, reading them only when first needed. */
function anchorTitles(doc: Document, ctx: RelatedContext): (key: string) => string | undefined {
  let titles: Map<string, string> | undefined;
  return (key) => {
    if (!titles) {
      titles = new Map();
      for (const a of doc.querySelectorAll('a[href]')) {
        const url = resolveUrl(a.getAttribute('href'), ctx.base);
        const text = collapse(a.textContent);
        if (!url || !text || text.length > LIMITS.maxTitleChars) continue;
        const linkKey = urlKey(cleanUrl(url));
        if (!titles.has(linkKey)) titles.set(linkKey, text);
      }
    }
    return titles.get(key);
  };
}

/** The optional fields of a declared link, cleaned; the image resolved to an absolute http(s) URL. */
function declaredFields(link: DeclaredLink, ctx: RelatedContext): Omit<RelatedPost, 'url' | 'title'> {
  const fields: Omit<RelatedPost, 'url' | 'title'> = {};
  const author = collapse(link.author);
  const date = collapse(link.date);
  const excerpt = collapse(link.excerpt);
  const image = resolveUrl(link.image, ctx.base);
  if (author && author.length <= LIMITS.maxAuthorChars) fields.author = author;
  if (date && date.length <= LIMITS.maxDateChars) fields.date = date;
  if (image && (image.protocol === 'http:' || image.protocol === 'https:')) fields.image = image.href;
  if (excerpt && excerpt.length <= LIMITS.maxExcerptChars) fields.excerpt = excerpt;
  return fields;
}

/**
 * The posts declared in metadata (JSON-LD `relatedLink`, JSON-LD item lists
 * named like a related block, `<link rel="related">`) that are not in `known`
 * yet. Titles come from the metadata, else from a link to the same URL in the
 * page, else from the URL's slug; author, date, image and excerpt from the
 * metadata when it gives them.
 */
export function metadataPosts(
  elements: readonly Element[],
  doc: Document,
  ctx: RelatedContext,
  known: ReadonlySet<string>,
): RelatedPost[] {
  const titleInPage = anchorTitles(doc, ctx);
  const seen = new Set(known);
  const posts: RelatedPost[] = [];
  for (const link of declaredLinks(elements)) {
    const raw = resolveUrl(link.href, ctx.base);
    if (!raw) continue;
    const clean = cleanUrl(raw);
    const key = urlKey(clean);
    if (seen.has(key) || classifyUrl(raw, clean, ctx) !== 'post') continue;
    const name = collapse(link.title) || titleInPage(key) || titleFromSlug(clean);
    if (!name || name.length > LIMITS.maxTitleChars) continue;
    seen.add(key);
    posts.push({ url: clean.href, title: name, ...declaredFields(link, ctx) });
  }
  return posts;
}
