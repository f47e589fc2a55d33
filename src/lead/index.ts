/**
 * The lead stage: puts back the standfirst and opening paragraphs that
 * Readability leaves out. Readability scores blocks of paragraphs and keeps
 * the best one and its siblings; an article's lead often sits apart from its
 * body — in the header under the title, or in a container of its own — and is
 * lost with the header. It works in two steps around Readability:
 *
 *  1. {@link scanLead}, before Readability (which changes the page): from the
 *     article's title heading forward, a bounded walk notes the first text
 *     blocks (copies of them and their text).
 *  2. {@link restoreLead}, after it: when Readability's text starts at one of
 *     those blocks, the blocks between the title and that one that read as
 *     prose (not bylines, dates, captions or links) and are not in the text
 *     already are put back at the start of the article, and reported.
 *
 * When Readability's text does not start right after the title (it chose a
 * block elsewhere), nothing is added: this stage only closes a gap.
 */
import { findHeader } from '../header';
import { metaContent } from '../meta';
import type { Reporter } from '../pipeline/report';
import { collapse } from '../related/text';
import {
  CREDIT,
  DATE_IN_LINE,
  HIDDEN_STYLE,
  INNER_BLOCK_TAGS,
  LEAD_BLOCK_TAGS,
  LEAD_HEADING_TAGS,
  LEAD_LABELS,
  LEAD_LIMITS,
  MAX_DATE_LINE_CHARS,
  MEDIA,
  MIN_TITLE_MATCH,
  NOT_LEAD_NAMES,
  NOT_LEAD_REGIONS,
  NOT_LEAD_ROLES,
  NOT_LEAD_TAGS,
  PAGE_TITLE_META,
  TITLE_HEADINGS,
  TITLE_WORD_SPLIT,
} from './rules';

/** A text block after the title: a copy of it (the page changes under Readability) and its text. */
export interface LeadBlock {
  readonly copy: Element;
  readonly text: string;
  /** Whether it reads as prose that may open the article (see {@link isProse}). */
  readonly prose: boolean;
}

/** What {@link scanLead} noted: the first text blocks after the title, in order. */
export interface LeadScan {
  readonly blocks: readonly LeadBlock[];
}

/** The next element after `el` and all it holds, in document order. */
function nextOutside(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}

/**
 * Whether `el` is never read as a lead, with all it holds: code, media, forms,
 * navigation, captions, or hidden (by attribute or inline style). Plain
 * checks, no selector matching: this runs on up to LEAD_LIMITS.maxElements elements.
 */
function isSkipped(el: Element): boolean {
  return (
    NOT_LEAD_TAGS.has(el.localName) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    NOT_LEAD_ROLES.has(el.getAttribute('role') ?? '') ||
    HIDDEN_STYLE.test(el.getAttribute('style') ?? '')
  );
}

/** Whether an element inside `el` passes `test` (depth first, stops at the first). */
function hasDescendant(el: Element, test: (descendant: Element) => boolean): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (test(child) || hasDescendant(child, test)) return true;
  return false;
}

/** Class and id words of an element. */
function names(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

/** How much of a block's text is link text (all of it when the block sits inside a link). */
function linkShare(el: Element, text: string): number {
  if (el.closest('a')) return 1;
  let links = 0;
  for (const a of el.getElementsByTagName('a')) links += collapse(a.textContent).length;
  return text.length ? links / text.length : 1;
}

/** Whether the element before `el` (or before its parent) is an image, alone or in a wrapper without text: then `el` is its caption. */
function followsImage(el: Element): boolean {
  for (let e: Element | null = el, depth = 0; e && depth < 2; e = e.parentElement, depth++) {
    const before = e.previousElementSibling;
    if (before) return before.matches(MEDIA) || (before.querySelector(MEDIA) !== null && collapse(before.textContent) === '');
  }
  return false;
}

/**
 * Whether a block reads as prose that may open an article: long enough, in
 * words, little link text, not named as furniture, not an image's caption.
 */
function isProse(el: Element, text: string): boolean {
  return (
    text.length >= LEAD_LIMITS.minLeadChars &&
    text.split(' ').length >= LEAD_LIMITS.minLeadWords &&
    linkShare(el, text) <= LEAD_LIMITS.maxLinkShare &&
    !namedFurniture(el) &&
    !CREDIT.test(text) &&
    !(text.length < MAX_DATE_LINE_CHARS && DATE_IN_LINE.test(text)) &&
    !followsImage(el)
  );
}

/** Whether `el` or its parent is named as furniture (a caption, a meta line), or it sits in a region that is not the article (an author box). */
function namedFurniture(el: Element): boolean {
  let e: Element | null = el;
  for (let depth = 0; e && depth <= LEAD_LIMITS.regionAncestors; e = e.parentElement, depth++) {
    const name = names(e);
    if (NOT_LEAD_REGIONS.test(name) || (depth <= 1 && NOT_LEAD_NAMES.test(name))) return true;
  }
  return false;
}

function titleWords(text: string | null | undefined): Set<string> {
  return new Set((text ?? '').toLowerCase().split(TITLE_WORD_SPLIT).filter(Boolean));
}

/** How much of the words of `a` and `b` match, against the longer of the two (0 to 1). */
function titleMatch(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(a.size, b.size, 1);
}

/**
 * The article's title heading: the `<h1>` (else the `<h2>`) most like the
 * page's own title (og:title, else `<title>`), when one is like it enough;
 * else the header stage's choice. A site's logo or a hidden "Navigation" heading is not taken.
 */
export function titleHeading(doc: Document): Element | null {
  const meta = metaContent(doc, PAGE_TITLE_META);
  const pageTitle = titleWords(meta ?? doc.title);
  for (const tag of TITLE_HEADINGS) {
    let best: Element | null = null;
    let bestMatch = MIN_TITLE_MATCH;
    for (const heading of doc.getElementsByTagName(tag)) {
      const match = titleMatch(titleWords(heading.textContent), pageTitle);
      if (best ? match > bestMatch : match >= bestMatch) [best, bestMatch] = [heading, match];
    }
    if (best) return best;
  }
  return findHeader(doc)?.title ?? null;
}

/**
 * Notes the first text blocks after the article's title heading in `doc`
 * (before Readability changes it). Reads only; bounded by {@link LEAD_LIMITS}.
 * Null when the page has no title heading.
 */
export function scanLead(doc: Document): LeadScan | null {
  const title = titleHeading(doc);
  if (!title) return null;
  const blocks: LeadBlock[] = [];
  let chars = 0;
  let long = 0;
  let seen = 0;
  let el = nextOutside(title);
  while (el && seen++ < LEAD_LIMITS.maxElements && long < LEAD_LIMITS.maxBlocks && chars < LEAD_LIMITS.maxChars) {
    // Another article's title: what follows is not this one's lead.
    if (el.localName === 'h1') break;
    if (isSkipped(el)) {
      el = nextOutside(el);
      continue;
    }
    if (LEAD_BLOCK_TAGS.has(el.localName) && !hasDescendant(el, (d) => INNER_BLOCK_TAGS.has(d.localName))) {
      const text = collapse(el.textContent);
      if (text && !hasDescendant(el, (d) => NOT_LEAD_TAGS.has(d.localName))) {
        blocks.push({ copy: el.cloneNode(true) as Element, text, prose: isProse(el, text) });
        chars += text.length;
        if (text.length >= LEAD_LIMITS.minAnchorChars) long++;
      }
      el = nextOutside(el);
      continue;
    }
    el = el.firstElementChild ?? nextOutside(el);
  }
  return { blocks };
}

/** A lead block as the article shows it: a heading stays one, anything else becomes a paragraph. */
function asArticleBlock(copy: Element): Element {
  if (LEAD_HEADING_TAGS.has(copy.localName) || copy.localName === 'p') return copy;
  const p = copy.ownerDocument.createElement('p');
  p.append(...copy.childNodes);
  return p;
}

/**
 * The blocks of `scan` to put back before Readability's text `text`: those
 * before the first block that anchors the text (a long block found at its
 * very start), that read as prose and are not in the text already.
 */
export function missingLead(scan: LeadScan, text: string): LeadBlock[] {
  const anchor = scan.blocks.findIndex((b) => b.text.length >= LEAD_LIMITS.minAnchorChars && text.includes(b.text));
  const first = scan.blocks[anchor];
  if (anchor <= 0 || !first || text.indexOf(first.text) > LEAD_LIMITS.maxAnchorOffset) return [];
  return scan.blocks.slice(0, anchor).filter((b) => b.prose && !text.includes(b.text));
}

/**
 * Puts back, at the start of Readability's article `content`, the lead blocks
 * of `scan` it left out ({@link missingLead}), in page order, each reported.
 * Returns how many were put back.
 */
export function restoreLead(content: Element, scan: LeadScan, report: Reporter): number {
  const lead = missingLead(scan, collapse(content.textContent));
  if (lead.length === 0) return 0;
  // Readability wraps the article in one page element: the lead goes at its top.
  const page = content.firstElementChild?.id === 'readability-page-1' ? content.firstElementChild : content;
  page.prepend(...lead.map((b) => asArticleBlock(b.copy)));
  report(LEAD_LABELS.lead, lead.length);
  return lead.length;
}
