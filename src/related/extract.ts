import type { RelatedPost } from '../types';
import { outsideHeading, type Block } from './blocks';
import { elementsOf } from './dom';
import { groupPosts, type PostGroup } from './items';
import { META_CLASS_RE, scanLinks, type RelatedContext } from './links';
import { matchesMarker } from './marker';
import {
  AUTHOR_MARKER,
  AUTHOR_NAME_MARKER,
  DATE_SOURCES,
  EXCERPT_MARKER,
  IMAGE_SRCSET_ATTRS,
  IMAGE_URL_ATTRS,
  KICKER_MARKER,
  LIMITS,
  NON_THUMBNAIL_IMAGE_MARKER,
  SPONSORED_ATTRIBUTES,
  SPONSORED_CLASS_FRAGMENTS,
  SPONSORED_LABEL_TAGS,
  SPONSORED_RELS,
  TITLE_MARKER,
  type ElementMarker,
} from './rules';
import {
  cleanAuthor,
  collapse,
  hasClassMatching,
  hasWord,
  isReadMoreText,
  isRelatedHeading,
  isSponsoredLabel,
  looksLikeTitle,
} from './text';
import { resolveUrl } from './url';

/** An element inside a post's item, with that item. */
interface Inner {
  el: Element;
  item: Element;
}

/** A post group with the elements of its items, walked once. */
interface Post extends PostGroup {
  inner: Inner[];
}

const SPONSORED_LABEL_TAG_SET = new Set(SPONSORED_LABEL_TAGS);

/** Block-level elements: inside a link, each holds one piece of a card (kicker, headline, excerpt). */
const BLOCK_TAGS = new Set([
  'div', 'p', 'header', 'footer', 'section', 'figure', 'figcaption', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
]);

/** Walks the post's items once, keeping every element below them. */
function withInner(group: PostGroup): Post {
  const inner = group.items.flatMap((item) => [...elementsOf(item)].slice(1).map((el) => ({ el, item })));
  return { ...group, inner };
}

/** The elements of the post's items that match `marker`, in order. */
function marked(post: Post, marker: ElementMarker): Inner[] {
  return post.inner.filter(({ el }) => matchesMarker(el, marker));
}

/** Whether `el` sits in item metadata (author, date, category…) below `item`. */
function inMeta(el: Element, item: Element): boolean {
  for (let node: Element | null = el; node && node !== item; node = node.parentElement) {
    if (hasClassMatching(node, META_CLASS_RE)) return true;
  }
  return false;
}

/** Whether `el` holds one of the post's own links. */
function holdsPostLink(el: Element, post: Post): boolean {
  return post.links.some((link) => el.contains(link));
}

/** Whether `el` holds a link that is not one of the post's. */
function holdsOtherLink(el: Element, post: Post): boolean {
  return post.inner.some(({ el: other }) => other.localName === 'a' && el.contains(other) && !post.links.includes(other));
}

/** Text that is usable: non-empty and not longer than `max`. */
function usable(text: string | null | undefined, max: number): string | undefined {
  const clean = collapse(text);
  return clean && clean.length <= max ? clean : undefined;
}

/** The text of a title element without the kickers it holds ("<h2><span class="kicker">Archiv</span> Title</h2>"). */
function titleText(el: Element): string {
  let text = el.textContent ?? '';
  for (const inner of elementsOf(el)) {
    if (inner !== el && matchesMarker(inner, KICKER_MARKER)) text = text.replace(inner.textContent ?? '', ' ');
  }
  return text;
}

/**
 * The title from a title element of the item: the innermost ones, not
 * kickers, metadata, block-like labels ("More coverage") or another link's;
 * one holding or inside the post's link wins, else the longest (a kicker like
 * "Archive" above the real headline loses).
 */
function titleFromElement(post: Post): string | undefined {
  const candidates = marked(post, TITLE_MARKER).filter(({ el }) => !matchesMarker(el, KICKER_MARKER));
  const titles: { text: string; linked: boolean }[] = [];
  for (const { el, item } of candidates) {
    if (inMeta(el, item) || candidates.some((other) => other.el !== el && el.contains(other.el))) continue;
    const link = el.closest('a');
    if ((link && item.contains(link) && !post.links.includes(link)) || holdsOtherLink(el, post)) continue;
    const text = usable(titleText(el), LIMITS.maxTitleChars);
    if (text && !isReadMoreText(text) && !isRelatedHeading(text, true)) {
      titles.push({ text, linked: !!link || holdsPostLink(el, post) });
    }
  }
  const linked = titles.find((title) => title.linked);
  return linked?.text ?? titles.sort((a, b) => b.text.length - a.text.length)[0]?.text;
}

/** The title from an image-only link: the image's alt or title, or the link's title attribute. */
function titleFromAttributes(post: Post): string | undefined {
  for (const link of post.links) {
    const img = link.getElementsByTagName('img')[0];
    const candidates = [img?.getAttribute('alt'), img?.getAttribute('title'), link.getAttribute('title')];
    for (const candidate of candidates) {
      // A link title may hold the title then the excerpt (Jetpack): keep the first line.
      const text = usable(candidate?.split(/\n/)[0], LIMITS.maxTitleChars);
      if (text) return text;
    }
  }
  return undefined;
}

/** Whether `el`, or an element between it and `root`, is a kicker. */
function inKicker(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (matchesMarker(node, KICKER_MARKER)) return true;
  }
  return false;
}

/**
 * The text a link names its post by. A link that wraps a whole card (kicker,
 * headline, excerpt in blocks of their own) names it by its first text block
 * that is not a kicker and reads as a title; other links by their whole text.
 */
function linkTitle(link: Element): string | undefined {
  const blocks = [...elementsOf(link)].slice(1).filter((el) => BLOCK_TAGS.has(el.localName));
  const leaves = blocks.filter((el) => !blocks.some((other) => other !== el && el.contains(other)));
  const texts = leaves.length
    ? leaves.filter((el) => !inKicker(el, link)).map((el) => usable(el.textContent, LIMITS.maxTitleChars))
    : [usable(link.textContent, LIMITS.maxTitleChars)];
  return texts.find((text) => text && !isReadMoreText(text) && (leaves.length === 0 || looksLikeTitle(text)));
}

/** The post's title, if it reads as one (see `looksLikeTitle`). */
function titleOf(post: Post): string | undefined {
  const fromLink = post.links.map(linkTitle).find((text) => text !== undefined);
  const title = titleFromElement(post) ?? fromLink ?? titleFromAttributes(post);
  return title && looksLikeTitle(title) ? title : undefined;
}

function authorOf(post: Post): string | undefined {
  for (const { el } of marked(post, AUTHOR_MARKER)) {
    if (holdsPostLink(el, post)) continue;
    const name = [...elementsOf(el)].slice(1).find((inner) => matchesMarker(inner, AUTHOR_NAME_MARKER)) ?? el;
    const author = usable(cleanAuthor(name.textContent ?? ''), LIMITS.maxAuthorChars);
    if (author) return author;
  }
  return undefined;
}

function dateOf(post: Post): string | undefined {
  for (const { marker, attr } of DATE_SOURCES) {
    for (const { el } of marked(post, marker)) {
      if (attr && !el.hasAttribute(attr)) continue;
      if (holdsPostLink(el, post) && !post.links.includes(el)) continue;
      const date = usable(attr ? el.getAttribute(attr) : el.textContent, LIMITS.maxDateChars);
      if (date) return date;
    }
  }
  return undefined;
}

/** The URL an image shows: lazy-loading attributes first, then src, then the first srcset candidate. */
function imageUrl(img: Element): string | undefined {
  const direct = IMAGE_URL_ATTRS.map((attr) => img.getAttribute(attr)?.trim()).find(
    (value) => value && !value.startsWith('data:'),
  );
  if (direct) return direct;
  return IMAGE_SRCSET_ATTRS.map((attr) => img.getAttribute(attr)?.trim().split(/\s+/)[0]?.replace(/,$/, '')).find(
    (value) => value && !value.startsWith('data:'),
  );
}

/** Whether an image is a tracking pixel, by its width or height attribute. */
function isPixel(img: Element): boolean {
  return ['width', 'height'].some((attr) => {
    const size = Number.parseInt(img.getAttribute(attr) ?? '', 10);
    return size >= 0 && size < LIMITS.maxPixelSide;
  });
}

function imageOf(post: Post, ctx: RelatedContext): string | undefined {
  for (const { el, item } of post.inner) {
    if (el.localName !== 'img' || matchesMarker(el, NON_THUMBNAIL_IMAGE_MARKER) || isPixel(el)) continue;
    if (inMeta(el, item)) continue;
    const url = resolveUrl(imageUrl(el), ctx.base);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return url.href;
  }
  return undefined;
}

function excerptOf(post: Post, title: string): string | undefined {
  for (const { el } of marked(post, EXCERPT_MARKER)) {
    if (holdsPostLink(el, post)) continue;
    const excerpt = usable(el.textContent, LIMITS.maxExcerptChars);
    if (excerpt && excerpt !== title) return excerpt;
  }
  return undefined;
}

/** Whether `el` marks sponsored content: by class, rel or attribute, or as a short "Sponsored" label. */
function marksSponsored(el: Element): boolean {
  const classes = el.getAttribute('class') ?? '';
  if (SPONSORED_CLASS_FRAGMENTS.some((fragment) => classes.includes(fragment))) return true;
  if (hasWord(el.getAttribute('rel'), SPONSORED_RELS)) return true;
  if (SPONSORED_ATTRIBUTES.some((attr) => el.hasAttribute(attr))) return true;
  if (!SPONSORED_LABEL_TAG_SET.has(el.localName)) return false;
  const text = el.textContent ?? '';
  return text.length <= LIMITS.maxLabelChars && isSponsoredLabel(text);
}

/** Whether the post is a sponsored slot: an item or an element in it marks it so. */
function isSponsored(post: Post): boolean {
  return post.items.some(marksSponsored) || post.inner.some(({ el }) => marksSponsored(el));
}

/** Builds the post of a group; null when it has no usable title. */
function toPost(post: Post, ctx: RelatedContext): RelatedPost | null {
  const title = titleOf(post);
  if (!title) return null;
  const result: RelatedPost = { url: post.url, title };
  const author = authorOf(post);
  const date = dateOf(post);
  const image = imageOf(post, ctx);
  const excerpt = excerptOf(post, title);
  if (author) result.author = author;
  if (date) result.date = date;
  if (image) result.image = image;
  if (excerpt) result.excerpt = excerpt;
  return result;
}

/** The posts a block lists, in page order, without sponsored slots and untitled links. */
export function extractPosts(block: Block, ctx: RelatedContext): RelatedPost[] {
  const links = outsideHeading(
    block.parts.flatMap((part) => scanLinks(part, ctx)),
    block.heading,
  );
  return groupPosts(links, block.parts, block.heading)
    .map(withInner)
    .filter((post) => !isSponsored(post))
    .map((post) => toPost(post, ctx))
    .filter((post): post is RelatedPost => post !== null);
}
