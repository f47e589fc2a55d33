/**
 * The captions stage: image captions and photo credits that Readability keeps
 * as ordinary paragraphs ("Foto: dpa", "Das Hermelin im Winter. (mlharing /
 * iStock.com)", text inside a `<figure>`) become `<figcaption>`s. They stay
 * with their image in the article HTML and are left out of the plain text
 * (src/text), which has no image for them to describe. Nothing is removed.
 * Captions the page names as such (class "wp-caption-text", "image-credit"…)
 * are marked before Readability strips class names ({@link markCaptionClasses},
 * run by the images stage) and converted here.
 * The rules are data (./rules.ts).
 */
import { BLOCK_TAGS } from '../text/rules';
import { collapse } from '../related/text';
import { CAPTION_CLASS, CAPTION_HINT, CAPTION_LIMITS, CAPTION_MARK, CREDIT_LINE, PHOTO_AGENCIES, TRAILING_CREDIT } from './rules';

/** `NodeFilter.SHOW_ELEMENT`, without the global. */
const SHOW_ELEMENT = 0x1;
/** What an image is, for "next to an image". */
const IMAGE = 'img, picture, figure, video, svg';
/** Blocks never read as captions: the article's headings, list items, cells, quotes, code, captions already. */
const NOT_CAPTION = 'h1, h2, h3, h4, h5, h6, li, dt, dd, td, th, caption, pre, code, blockquote, figcaption, table';
/** Elements whose tag the page's structure needs: a caption mark on them is dropped, they stay what they are. */
const STRUCTURAL = 'table, thead, tbody, tfoot, tr, td, th, ul, ol, li, dl, dt, dd, html, body';
/** Inside these, a short block is part of something else, even within a figure. */
const FIGURE_CONTENT = 'table, pre, blockquote, ul, ol';

/**
 * Marks the captions and credits in `content` (the element Readability
 * returned), in place; returns how many it marked.
 */
export function markCaptions(content: Element): number {
  let marked = 0;
  for (const el of Array.from(content.querySelectorAll(`[${CAPTION_MARK}]`))) {
    el.removeAttribute(CAPTION_MARK);
    if (el.matches(STRUCTURAL) || el.closest('figcaption') || el.querySelector('figcaption')) continue;
    toFigcaption(el);
    marked++;
  }
  for (const block of leafBlocks(content)) {
    if (block.matches(NOT_CAPTION) || block.closest('figcaption')) continue;
    const text = collapse(block.textContent);
    if (text !== '' && isCaption(block, text)) {
      toFigcaption(block);
      marked++;
    }
  }
  return marked;
}

/**
 * Before Readability (which strips class names): marks the elements whose
 * class name or id says caption or credit, and that hold no image and little
 * text, with {@link CAPTION_MARK} for {@link markCaptions} to find.
 */
export function markCaptionClasses(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // A tree walk with one regex test per element: attribute-substring selectors and materialised
  // element collections are slow in jsdom (tens of milliseconds a page); this stays near one.
  const marked: Element[] = [];
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (CAPTION_HINT.test(`${el.getAttribute('class') ?? ''} ${el.id}`) && isCaptionNamed(el)) marked.push(el);
  }
  for (const el of marked) {
    if (el.querySelector(IMAGE)) continue;
    const length = collapse(el.textContent).length;
    if (length > 0 && length <= CAPTION_LIMITS.maxCaptionChars) el.setAttribute(CAPTION_MARK, '');
  }
}

function isCaptionNamed(el: Element): boolean {
  if (CAPTION_CLASS.test(el.id)) return true;
  for (const name of Array.from(el.classList)) if (CAPTION_CLASS.test(name)) return true;
  return false;
}

/** A credit line anywhere, a caption with its credit next to an image, or the text of a figure. */
function isCaption(block: Element, text: string): boolean {
  if (isCredit(text)) return true;
  if (text.length > CAPTION_LIMITS.maxCaptionChars) return false;
  if (block.closest('figure') && !block.closest(FIGURE_CONTENT)) return true;
  return nextToImage(block) && (TRAILING_CREDIT.test(text) || PHOTO_AGENCIES.test(text));
}

/** A short line that is only a photo credit. */
function isCredit(text: string): boolean {
  if (text.length > CAPTION_LIMITS.maxCreditChars) return false;
  if (CREDIT_LINE.some((rule) => rule.test(text))) return true;
  return PHOTO_AGENCIES.test(text) && text.split(' ').length <= CAPTION_LIMITS.maxAgencyWords;
}

/** The block holds an image, or one sits just before it (or before its wrapper, when it opens one). */
function nextToImage(block: Element): boolean {
  if (block.querySelector(IMAGE)) return true;
  for (let el: Element | null = block; el; el = el.parentElement) {
    const before = el.previousElementSibling;
    if (before) return before.matches(IMAGE) || before.querySelector(IMAGE) !== null;
    if (!el.parentElement || el.parentElement.children.length > 2) return false;
  }
  return false;
}

/** Blocks holding no other block, in document order. */
function leafBlocks(content: Element): Element[] {
  const leaves: Element[] = [];
  const visit = (el: Element): boolean => {
    let hasBlock = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (visit(child)) hasBlock = true;
    const isBlock = BLOCK_TAGS.has(el.localName);
    if (isBlock && !hasBlock && el !== content) leaves.push(el);
    return hasBlock || isBlock;
  };
  visit(content);
  return leaves;
}

/** Replaces `block` with a `<figcaption>` holding what it held. */
function toFigcaption(block: Element): void {
  const caption = block.ownerDocument.createElement('figcaption');
  caption.append(...Array.from(block.childNodes));
  block.replaceWith(caption);
}

