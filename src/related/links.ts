import {
  COMMENT_HASH_PATTERN,
  META_CLASS_SUFFIXES,
  META_CLASS_WORDS,
  META_LINK_RELS,
  META_PATH_PATTERNS,
  META_QUERY_PARAMS,
  PAGINATION_LINK_RELS,
  PAGINATION_PATH_PATTERN,
  PAGINATION_QUERY_PARAMS,
  POST_NAVIGATION_SELECTOR,
  SHARE_CLASS_WORDS,
  SHARE_URL_PATTERNS,
  FOREIGN_HOSTS,
} from './rules';
import {
  classWordMatcher,
  hasClassMatching,
  hasWord,
  isNonPostLinkText,
  isPostNavigationText,
  isRelatedHeading,
} from './text';
import { cleanUrl, resolveUrl, urlKey } from './url';
import { paramNames } from '../url';

/**
 * What a link is, for related-posts purposes:
 * - `post`: a link to another article;
 * - `meta`: item metadata (author, category, tag, date archive, comments);
 * - `other`: something else that makes a block less of a post list (share buttons, home);
 * - `skip`: neutral (the page itself, "#", "view all", pagination, javascript:).
 */
export type LinkKind = 'post' | 'meta' | 'other' | 'skip';

/** A classified link. `url` and `key` are set for every resolvable http(s) link. */
export interface LinkInfo {
  kind: LinkKind;
  /** Absolute URL without hash and tracking parameters. */
  url: string;
  /** Identity for merging (see `urlKey`). */
  key: string;
}

/** What the related stage knows about the page while it reads it. */
export interface RelatedContext {
  /** Base for relative URLs (`<base href>` or the page URL); undefined when unknown. */
  base: string | undefined;
  /** Keys of the page's own URLs (page, canonical, og:url): links to them are not posts. */
  selfKeys: ReadonlySet<string>;
  /** Classification cache, one entry per link element. */
  cache: WeakMap<Element, LinkInfo>;
}

/** A link element with its classification. */
export interface LinkRef {
  el: Element;
  info: LinkInfo;
}

/** Class names of item metadata (author, date, category…); see `META_CLASS_WORDS`. */
export const META_CLASS_RE = classWordMatcher(META_CLASS_WORDS, META_CLASS_SUFFIXES);
const SHARE_CLASS_RE = classWordMatcher(SHARE_CLASS_WORDS);
const META_PARAMS = new Set(META_QUERY_PARAMS);
const PAGINATION_PARAMS = new Set(PAGINATION_QUERY_PARAMS);
/** How many elements (the link and its nearest ancestors) are checked for metadata/share classes. */
const CLASS_CHECK_DEPTH = 3;

function hasParam(url: URL, names: ReadonlySet<string>): boolean {
  return paramNames(url).some((name) => names.has(name.toLowerCase()));
}

/** Classifies a URL by its shape alone (no element context). `raw` keeps the hash. */
export function classifyUrl(raw: URL, clean: URL, ctx: RelatedContext): LinkKind {
  if (raw.protocol !== 'http:' && raw.protocol !== 'https:') return 'other';
  const host = raw.hostname.replace(/^www\./, '');
  if (FOREIGN_HOSTS.some((foreign) => host === foreign || host.endsWith(`.${foreign}`))) return 'other';
  if (SHARE_URL_PATTERNS.some((re) => re.test(`${host}${raw.pathname}`))) return 'other';
  if (ctx.selfKeys.has(urlKey(clean))) return 'skip';
  if (COMMENT_HASH_PATTERN.test(raw.hash)) return 'meta';
  if (META_PATH_PATTERNS.some((re) => re.test(raw.pathname)) || hasParam(raw, META_PARAMS)) return 'meta';
  if (PAGINATION_PATH_PATTERN.test(raw.pathname) || hasParam(raw, PAGINATION_PARAMS)) return 'skip';
  if (/^\/?$/.test(clean.pathname) && !clean.search) return 'other';
  return 'post';
}

/** Whether `el` or one of its nearest ancestors has a class matching `re`. */
function classNear(el: Element, re: RegExp): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i < CLASS_CHECK_DEPTH; i++, node = node.parentElement) {
    if (hasClassMatching(node, re)) return true;
  }
  return false;
}

/**
 * Refines a post link by its element: rel, metadata/share classes, post
 * navigation, "view all" and heading-like texts.
 */
function classifyElement(a: Element): LinkKind {
  const rel = a.getAttribute('rel');
  if (hasWord(rel, META_LINK_RELS)) return 'meta';
  if (hasWord(rel, PAGINATION_LINK_RELS) || a.closest(POST_NAVIGATION_SELECTOR)) return 'skip';
  if (classNear(a, META_CLASS_RE)) return 'meta';
  if (classNear(a, SHARE_CLASS_RE)) return 'other';
  const text = a.textContent ?? '';
  // "View all", pagination, and links named like a block heading ("More on Amazon") lead to archives.
  if (text.trim() && (isNonPostLinkText(text) || isRelatedHeading(text, true) || isPostNavigationText(text))) return 'skip';
  return 'post';
}

function classifyLink(a: Element, ctx: RelatedContext): LinkInfo {
  const href = a.getAttribute('href');
  if (href === null || /^\s*(?:#|javascript:)/i.test(href)) return { kind: 'skip', url: '', key: '' };
  const raw = resolveUrl(href, ctx.base);
  if (!raw) return { kind: 'skip', url: '', key: '' };
  const clean = cleanUrl(raw);
  const byUrl = classifyUrl(raw, clean, ctx);
  const kind = byUrl === 'post' ? classifyElement(a) : byUrl;
  return { kind, url: clean.href, key: urlKey(clean) };
}

/**
 * The links under `root` (and `root` itself when it is a link), classified.
 * Classification is cached per element, so climbing ancestors costs no reclassification.
 */
export function scanLinks(root: Element, ctx: RelatedContext): LinkRef[] {
  const self = root.localName === 'a' && root.hasAttribute('href') ? [root] : [];
  const anchors = [...self, ...root.querySelectorAll('a[href]')];
  return anchors.map((el) => {
    let info = ctx.cache.get(el);
    if (!info) {
      info = classifyLink(el, ctx);
      ctx.cache.set(el, info);
    }
    return { el, info };
  });
}
