import type { RelatedPost } from '../types';
import { classifyUrl, type RelatedContext } from './links';
import { LIMITS } from './rules';
import { collapse } from './text';
import { cleanUrl, resolveUrl, urlKey } from './url';

/** A related link declared in the page's metadata, before resolution. */
interface DeclaredLink {
  href: string;
  title?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Reads a `relatedLink` value: a URL, an object with url/@id and name, or an array of them. */
function readRelatedLink(value: unknown, out: DeclaredLink[]): void {
  if (Array.isArray(value)) {
    for (const entry of value) readRelatedLink(entry, out);
  } else if (typeof value === 'string') {
    out.push({ href: value });
  } else if (isRecord(value)) {
    const href = asText(value.url) ?? asText(value['@id']);
    const title = asText(value.name) ?? asText(value.headline);
    if (href) out.push(title ? { href, title } : { href });
  }
}

/** Collects every `relatedLink` in a JSON-LD value (in `@graph`, nested entities…). */
function collectRelatedLinks(value: unknown, out: DeclaredLink[], depth: number): void {
  if (depth > LIMITS.maxJsonDepth) return;
  if (Array.isArray(value)) {
    for (const entry of value) collectRelatedLinks(entry, out, depth + 1);
  } else if (isRecord(value)) {
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

/**
 * The posts declared in metadata (JSON-LD `relatedLink`, `<link rel="related">`)
 * that are not in `known` yet. Titles come from the metadata, else from a link
 * to the same URL in the page, else from the URL's slug.
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
  for (const { href, title } of declaredLinks(elements)) {
    const raw = resolveUrl(href, ctx.base);
    if (!raw) continue;
    const clean = cleanUrl(raw);
    const key = urlKey(clean);
    if (seen.has(key) || classifyUrl(raw, clean, ctx) !== 'post') continue;
    const name = collapse(title) || titleInPage(key) || titleFromSlug(clean);
    if (!name) continue;
    seen.add(key);
    posts.push({ url: clean.href, title: name });
  }
  return posts;
}
