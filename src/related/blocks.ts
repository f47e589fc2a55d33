import { elementsOf } from './dom';
import { inlineBlock } from './inline';
import { groupPosts } from './items';
import { scanLinks, type LinkRef, type RelatedContext } from './links';
import { AD_NETWORK_SELECTOR, HEADING_TAGS, LIMITS, NAVIGATION_SELECTOR, UNRELATED_BLOCK_CLASS_WORDS } from './rules';
import { isHeading, type PageScan } from './scan';
import { classWordMatcher, collapse, hasClassMatching, isRelatedHeading, isUnrelatedHeading } from './text';

/**
 * A related-posts block: one container, or a heading followed by the sibling
 * elements that list the posts (when the heading has no container of its own).
 */
export interface Block {
  parts: [Element, ...Element[]];
  /** The block's own heading, when known: its links are not posts, and no post item spans it. */
  heading: Element | null;
}

const UNRELATED_CLASS_RE = classWordMatcher(UNRELATED_BLOCK_CLASS_WORDS);
const HEADING_ELEMENTS = new Set(['h1', ...HEADING_TAGS]);
const HEADING_SELECTOR = [...HEADING_ELEMENTS].join(', ');
/** `Node.DOCUMENT_POSITION_FOLLOWING`, without the global. */
const FOLLOWING = 4;

/** Elements whose text is not shown. */
const HIDDEN_TEXT_TAGS = ['script', 'style', 'noscript', 'template'];

/** Length of the text of `el` without scripts and styles, whitespace collapsed. */
function visibleTextLength(el: Element): number {
  let length = collapse(el.textContent).length;
  for (const tag of HIDDEN_TEXT_TAGS) {
    for (const hidden of el.getElementsByTagName(tag)) length -= collapse(hidden.textContent).length;
  }
  return length;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function textLength(elements: readonly Element[]): number {
  return sum(elements.map(visibleTextLength));
}

/**
 * Whether `root` reads as a list of posts, not prose: it holds article links
 * that outnumber other links (share buttons, home…); little text sits outside
 * the post items (a heading, a "view all"); each item is a teaser, not a
 * paragraph; and links make a fair share of the items' text.
 */
function isPostList(root: Element, allLinks: readonly LinkRef[], heading: Element | null): boolean {
  const links = outsideHeading(allLinks, heading);
  const groups = groupPosts(links, [root], heading);
  const postLinks = sum(groups.map((group) => group.links.length));
  if (!postLinks || links.filter((link) => link.info.kind === 'other').length > postLinks) return false;
  const itemText = groups.map((group) => textLength(group.items));
  const linkText = groups.map((group) => textLength(group.links));
  const outside = visibleTextLength(root) - sum(itemText);
  if (outside > LIMITS.outsideTextBase + LIMITS.outsideTextPerPost * groups.length) return false;
  if (itemText.some((text, i) => text - (linkText[i] ?? 0) > LIMITS.maxItemLooseText)) return false;
  return sum(linkText) >= LIMITS.minLinkDensity * sum(itemText);
}

/** Whether an ancestor of `el` (not `el` itself, not body) is navigation. */
function inNavigation(el: Element): boolean {
  for (let node = el.parentElement; node && node.localName !== 'body'; node = node.parentElement) {
    if (node.matches(NAVIGATION_SELECTOR)) return true;
  }
  return false;
}

/** Whether `el` sits where related posts never are: navigation, or an ad network's widget. */
function offLimits(el: Element): boolean {
  return inNavigation(el) || el.closest(AD_NETWORK_SELECTOR) !== null;
}

/** The links not inside `heading` (a heading's own link leads to an archive, not a post). */
export function outsideHeading(links: readonly LinkRef[], heading: Element | null): LinkRef[] {
  return heading ? links.filter((link) => !heading.contains(link.el)) : [...links];
}

/** Whether `heading` comes before the first post link outside it (a heading heads what follows it). */
function precedesPosts(heading: Element, links: readonly LinkRef[]): boolean {
  const first = outsideHeading(links, heading).find((link) => link.info.kind === 'post')?.el;
  return !!first && (heading.compareDocumentPosition(first) & FOLLOWING) !== 0;
}

/** The heading a widget gives itself: inside it before its first post link, or just before it. */
function ownHeading(widget: Element, links: readonly LinkRef[]): Element | null {
  const inside = [...elementsOf(widget)].slice(1).find(isHeading);
  if (inside && precedesPosts(inside, links)) return inside;
  const before = widget.previousElementSibling;
  return before && HEADING_ELEMENTS.has(before.localName) ? before : null;
}

/** A widget matched by the selector table, if it really lists related posts. */
function widgetBlock(widget: Element, ctx: RelatedContext): Block | null {
  if (hasClassMatching(widget, UNRELATED_CLASS_RE) || offLimits(widget)) return null;
  const links = scanLinks(widget, ctx);
  const heading = ownHeading(widget, links);
  if (heading && isUnrelatedHeading(heading.textContent ?? '')) return null;
  const inside = heading && widget.contains(heading) ? heading : null;
  return isPostList(widget, links, inside) ? { parts: [widget], heading: inside } : null;
}

/** The rank of a heading element (h1 → 1 … h6 → 6); other elements rank below every h-tag. */
function headingRank(el: Element): number {
  return HEADING_ELEMENTS.has(el.localName) ? Number(el.localName.slice(1)) : 7;
}

/**
 * Whether `root` holds the heading of another box: an h-tag ranked like `own`
 * or higher, not a post's linked title, that names something else ("Most
 * viewed", "Tags"). A related heading over an empty placeholder must not take
 * in the box that follows it.
 */
function holdsOtherBox(root: Element, own: Element): boolean {
  const rank = headingRank(own);
  for (const el of root.querySelectorAll(HEADING_SELECTOR)) {
    if (el === own || headingRank(el) > rank || el.closest('a') || el.querySelector('a')) continue;
    if (isUnrelatedHeading(el.textContent ?? '')) return true;
  }
  return false;
}

/** Whether `el`'s text, short enough to be a heading, announces related posts. */
function announcesRelated(el: Element): boolean {
  const text = el.textContent ?? '';
  if (text.length > LIMITS.maxHeadingChars * 4 || collapse(text).length > LIMITS.maxHeadingChars) return false;
  return isRelatedHeading(text, HEADING_TAGS.includes(el.localName));
}

/**
 * The heading (or the wrapper holding only it) plus the following siblings
 * that list posts.
 */
function siblingBlock(start: Element, heading: Element, ctx: RelatedContext): Block | null {
  if (visibleTextLength(start) > LIMITS.maxHeadingChars) return null;
  const parts: Block['parts'] = [start];
  for (
    let sib = start.nextElementSibling;
    sib && parts.length <= LIMITS.maxSiblingParts && !HEADING_ELEMENTS.has(sib.localName);
    sib = sib.nextElementSibling
  ) {
    if (!isPostList(sib, scanLinks(sib, ctx), null) || holdsOtherBox(sib, heading)) break;
    parts.push(sib);
  }
  return parts.length > 1 ? { parts, heading } : null;
}

/**
 * The block a related heading heads: its nearest ancestor holding article
 * links, if the heading comes before them and the ancestor is a post list;
 * otherwise the heading (or its wrapper) with the post lists that follow it.
 */
function headingBlock(heading: Element, ctx: RelatedContext): Block | null {
  if (!announcesRelated(heading) || heading.closest('a') || offLimits(heading)) return null;
  let current = heading;
  for (let level = 0; level < LIMITS.maxHeadingClimb; level++) {
    const parent = current.parentElement;
    if (!parent || parent.localName === 'body' || parent.localName === 'html') break;
    const links = scanLinks(parent, ctx);
    if (outsideHeading(links, heading).some((link) => link.info.kind === 'post')) {
      const fits =
        precedesPosts(heading, links) &&
        isPostList(parent, links, heading) &&
        parent.getElementsByTagName('h1').length === 0 &&
        !holdsOtherBox(parent, heading);
      if (fits) return hasClassMatching(parent, UNRELATED_CLASS_RE) ? null : { parts: [parent], heading };
      break;
    }
    current = parent;
  }
  return siblingBlock(current, heading, ctx);
}

/** Whether every part of `inner` lies inside a part of `outer`. */
function covers(outer: Block, inner: Block): boolean {
  return inner.parts.every((part) => outer.parts.some((container) => container.contains(part)));
}

function isInside(el: Element, blocks: readonly Block[]): boolean {
  return blocks.some((block) => block.parts.some((part) => part.contains(el)));
}

/** Adds `block` unless already covered; a wider block replaces the ones it covers. */
function addBlock(blocks: Block[], block: Block): void {
  if (blocks.some((known) => covers(known, block))) return;
  const kept = blocks.filter((known) => !covers(block, known));
  blocks.splice(0, blocks.length, ...kept, block);
}

/**
 * A paragraph as a block: a label heading the list after it ("<p><b>Related
 * posts:</b></p><ul>…"), or an in-article link paragraph ("Read more: <a>…</a>").
 */
function paragraphBlock(p: Element, ctx: RelatedContext): Block | null {
  const block = headingBlock(p, ctx) ?? inlineBlock(p, ctx);
  return block && !offLimits(p) ? block : null;
}

/** Adds the blocks that `find` makes of `candidates`, skipping those already inside a block. */
function addFound(blocks: Block[], candidates: readonly Element[], find: (el: Element) => Block | null): void {
  for (const el of candidates) {
    if (isInside(el, blocks)) continue;
    const block = find(el);
    if (block) addBlock(blocks, block);
  }
}

/**
 * The related-posts blocks of a page, in document order: widgets of the
 * selector table first, then blocks found by their heading, then paragraphs.
 */
export function findBlocks(scan: PageScan, ctx: RelatedContext): Block[] {
  const blocks: Block[] = [];
  addFound(blocks, scan.widgets, (widget) => widgetBlock(widget, ctx));
  addFound(blocks, scan.headings, (heading) => headingBlock(heading, ctx));
  addFound(blocks, scan.paragraphs, (p) => paragraphBlock(p, ctx));
  return blocks.sort((a, b) => (a.parts[0].compareDocumentPosition(b.parts[0]) & FOLLOWING ? -1 : 1));
}
