import type { RelatedPost } from '../types';
import type { Block } from './blocks';
import { elementsOf } from './dom';
import { groupPosts, type PostGroup } from './items';
import { META_CLASS_RE, scanLinks, type RelatedContext } from './links';
import {
  AUTHOR_NAME_SELECTOR,
  AUTHOR_SELECTOR,
  DATE_SOURCES,
  EXCERPT_SELECTOR,
  IMAGE_SRCSET_ATTRS,
  IMAGE_URL_ATTRS,
  LIMITS,
  NON_THUMBNAIL_IMAGE_SELECTOR,
  SPONSORED_ATTRIBUTES,
  SPONSORED_CLASS_FRAGMENTS,
  SPONSORED_LABEL_TAGS,
  TITLE_SELECTOR,
} from './rules';
import { cleanAuthor, collapse, hasClassMatching, isNonPostLinkText, isSponsoredLabel } from './text';
import { resolveUrl } from './url';

/** Whether `el` sits in item metadata (author, date, category…) below `item`. */
function inMeta(el: Element, item: Element): boolean {
  for (let node: Element | null = el; node && node !== item; node = node.parentElement) {
    if (hasClassMatching(node, META_CLASS_RE)) return true;
  }
  return false;
}

/** Whether `el` holds one of the post's own links. */
function holdsPostLink(el: Element, group: PostGroup): boolean {
  return group.links.some((link) => el.contains(link));
}

/** Elements matching `selector` in the post's items, in order. */
function* within(group: PostGroup, selector: string): Generator<[Element, Element]> {
  for (const item of group.items) {
    for (const el of item.querySelectorAll(selector)) yield [el, item];
  }
}

/** Text that is usable: non-empty and not longer than `max`. */
function usable(text: string | null | undefined, max: number): string | undefined {
  const clean = collapse(text);
  return clean && clean.length <= max ? clean : undefined;
}

/** The title from a title element of the item (the innermost one, not metadata, not another link's). */
function titleFromElement(group: PostGroup): string | undefined {
  for (const [el, item] of within(group, TITLE_SELECTOR)) {
    if (inMeta(el, item) || el.querySelector(TITLE_SELECTOR)) continue;
    const link = el.closest('a[href]');
    if (link && item.contains(link) && !group.links.includes(link)) continue;
    if (el.querySelector('a[href]') && !holdsPostLink(el, group)) continue;
    const text = usable(el.textContent, LIMITS.maxTitleChars);
    if (text && !isNonPostLinkText(text)) return text;
  }
  return undefined;
}

/** The title from an image-only link: the image's alt or title, or the link's title attribute. */
function titleFromAttributes(group: PostGroup): string | undefined {
  for (const link of group.links) {
    const img = link.querySelector('img');
    const candidates = [img?.getAttribute('alt'), img?.getAttribute('title'), link.getAttribute('title')];
    for (const candidate of candidates) {
      // A link title may hold the title then the excerpt (Jetpack): keep the first line.
      const text = usable(candidate?.split(/\n/)[0], LIMITS.maxTitleChars);
      if (text) return text;
    }
  }
  return undefined;
}

function titleOf(group: PostGroup): string | undefined {
  const fromLink = group.links.map((link) => usable(link.textContent, LIMITS.maxTitleChars)).find(Boolean);
  return titleFromElement(group) ?? fromLink ?? titleFromAttributes(group);
}

function authorOf(group: PostGroup): string | undefined {
  for (const [el] of within(group, AUTHOR_SELECTOR)) {
    if (holdsPostLink(el, group)) continue;
    const name = el.querySelector(AUTHOR_NAME_SELECTOR) ?? el;
    const author = usable(cleanAuthor(name.textContent ?? ''), LIMITS.maxAuthorChars);
    if (author) return author;
  }
  return undefined;
}

function dateOf(group: PostGroup): string | undefined {
  for (const { selector, attr } of DATE_SOURCES) {
    for (const [el] of within(group, selector)) {
      if (holdsPostLink(el, group) && !group.links.includes(el)) continue;
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

function imageOf(group: PostGroup, ctx: RelatedContext): string | undefined {
  for (const [img, item] of within(group, 'img')) {
    if (img.matches(NON_THUMBNAIL_IMAGE_SELECTOR) || inMeta(img, item)) continue;
    const url = resolveUrl(imageUrl(img), ctx.base);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return url.href;
  }
  return undefined;
}

function excerptOf(group: PostGroup, title: string): string | undefined {
  for (const [el] of within(group, EXCERPT_SELECTOR)) {
    if (holdsPostLink(el, group)) continue;
    const excerpt = usable(el.textContent, LIMITS.maxExcerptChars);
    if (excerpt && excerpt !== title) return excerpt;
  }
  return undefined;
}

const SPONSORED_LABEL_TAG_SET = new Set(SPONSORED_LABEL_TAGS);

/** Whether `el` marks sponsored content: by class, rel or attribute, or as a short "Sponsored" label. */
function marksSponsored(el: Element): boolean {
  const classes = el.getAttribute('class') ?? '';
  if (SPONSORED_CLASS_FRAGMENTS.some((fragment) => classes.includes(fragment))) return true;
  if (/(?:^|\s)sponsored(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) return true;
  if (SPONSORED_ATTRIBUTES.some((attr) => el.hasAttribute(attr))) return true;
  if (!SPONSORED_LABEL_TAG_SET.has(el.localName)) return false;
  const text = el.textContent ?? '';
  return text.length <= LIMITS.maxLabelChars && isSponsoredLabel(text);
}

/** Whether the post is a sponsored slot: an item or an element in it marks it so. */
function isSponsored(group: PostGroup): boolean {
  return group.items.some((item) => {
    for (const el of elementsOf(item)) if (marksSponsored(el)) return true;
    return false;
  });
}

/** Builds the post of a group; null when it has no usable title. */
function toPost(group: PostGroup, ctx: RelatedContext): RelatedPost | null {
  const title = titleOf(group);
  if (!title) return null;
  const post: RelatedPost = { url: group.url, title };
  const author = authorOf(group);
  const date = dateOf(group);
  const image = imageOf(group, ctx);
  const excerpt = excerptOf(group, title);
  if (author) post.author = author;
  if (date) post.date = date;
  if (image) post.image = image;
  if (excerpt) post.excerpt = excerpt;
  return post;
}

/** The posts a block lists, in page order, without sponsored slots and untitled links. */
export function extractPosts(block: Block, ctx: RelatedContext): RelatedPost[] {
  const links = block.parts.flatMap((part) => scanLinks(part, ctx));
  return groupPosts(links, block.parts)
    .filter((group) => !isSponsored(group))
    .map((group) => toPost(group, ctx))
    .filter((post): post is RelatedPost => post !== null);
}
