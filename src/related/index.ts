/**
 * Related posts: the posts a page itself lists as related ("Related posts",
 * "Lesen Sie auch", Jetpack, YARPP…). Runs on the page clone before
 * Readability, extracts the posts and removes their blocks so they never reach
 * the article text.
 */
import type { Reporter } from '../pipeline/report';
import type { RelatedPost } from '../types';
import { findBlocks, type Block } from './blocks';
import { extractPosts } from './extract';
import type { RelatedContext } from './links';
import { metadataPosts } from './metadata';
import { LIMITS } from './rules';
import { scanPage, type PageScan } from './scan';
import { cleanUrl, resolveUrl, urlKey } from './url';

/** An absolute http(s) URL, or null. */
function httpUrl(href: string | null | undefined, base?: string): URL | null {
  const url = resolveUrl(href, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null;
}

/** The page's base URL and its own addresses (page URL, canonical, og:url). */
function createContext(doc: Document, pageUrl: string, scan: PageScan): RelatedContext {
  const page = httpUrl(pageUrl) ?? httpUrl(doc.URL);
  const base = httpUrl(scan.baseHref, page?.href) ?? page;
  const own = [page, ...scan.ownUrls.map((href) => httpUrl(href, base?.href))];
  const selfKeys = new Set(own.filter((url): url is URL => url !== null).map((url) => urlKey(cleanUrl(url))));
  return { base: base?.href, selfKeys, cache: new WeakMap() };
}

/** Posts merged by URL, in first-seen order, capped at `LIMITS.maxPosts`; later duplicates fill missing fields. */
class PostList {
  readonly #posts = new Map<string, RelatedPost>();

  get keys(): ReadonlySet<string> {
    return new Set(this.#posts.keys());
  }

  add(post: RelatedPost): void {
    const key = urlKey(new URL(post.url));
    const known = this.#posts.get(key);
    if (known) this.#posts.set(key, { ...post, ...known });
    else if (this.#posts.size < LIMITS.maxPosts) this.#posts.set(key, post);
  }

  get list(): RelatedPost[] {
    return [...this.#posts.values()];
  }
}

/**
 * Finds the blocks `doc` lists as related posts, returns their posts (page
 * order, merged by URL, tracking parameters removed, at most `LIMITS.maxPosts`)
 * and removes the blocks from `doc`, reporting `'related-posts block'` with
 * their count. Posts declared only in metadata (JSON-LD `relatedLink`,
 * `<link rel="related">`) follow the visible ones.
 *
 * @param doc A clone of the page, before Readability (it is modified).
 * @param pageUrl The page's URL, to resolve relative links against (unless `<base href>` says otherwise).
 * @param report The stage's reporter.
 */
export function collectRelated(doc: Document, pageUrl: string, report: Reporter): RelatedPost[] {
  const scan = scanPage(doc);
  const ctx = createContext(doc, pageUrl, scan);
  const posts = new PostList();
  const kept: Block[] = [];
  for (const block of findBlocks(scan, ctx)) {
    const found = extractPosts(block, ctx);
    if (!found.length) continue;
    kept.push(block);
    found.forEach((post) => posts.add(post));
  }
  metadataPosts(scan.metadata, doc, ctx, posts.keys).forEach((post) => posts.add(post));
  for (const block of kept) block.parts.forEach((part) => part.remove());
  if (kept.length) report('related-posts block', kept.length);
  return posts.list;
}
