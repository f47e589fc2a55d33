/**
 * The edge-trim stage: Readability finds the right block but often keeps what
 * sits at its ends — tag lists, share prompts, author boxes, "related" lists,
 * newsletter and comment prompts after the text, breadcrumbs and date lines
 * before it. This stage reads only the article content Readability returned,
 * block by block, and cuts such boilerplate off its two ends. The rules are
 * data (./rules.ts); every cut is reported with its reason.
 */
import type { Reporter } from '../pipeline/report';
import { BLOCK_TAGS } from '../text/rules';
import { collapse } from '../related/text';
import {
  AUTHOR_ABOUT,
  BYLINE_OPENER,
  DATE_TOKENS,
  END_MARKERS,
  EDGE_LINES,
  META_SEPARATORS,
  META_WORDS,
  POST_META,
  PROMPTS,
  TRIM_LIMITS,
  TRIM_LABELS,
  type PhraseRule,
  type TrimLabel,
} from './rules';

/** A block of the content with no blocks inside it, and its text. */
interface Leaf {
  el: Element;
  text: string;
  /** Characters of text in all the leaves before this one. */
  before: number;
}

/** Elements never cut as edge boilerplate: the article's own headings. */
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2']);
/** Headings of any level: never read as meta lines. */
const ANY_HEADING: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A time of day, "15:40". */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/u;
/** A block inside one of these is part of a table, never a heading of its own. */
const CELLS = 'td, th, caption';
/** A breadcrumb has at least this many links. */
const MIN_BREADCRUMB_LINKS = 2;
/** Elements that keep an otherwise empty wrapper: it still shows something. */
const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, object, embed, table';

/**
 * Cuts boilerplate off both ends of the article `content` (the element
 * Readability returned), in place. Leaves short content alone and never cuts
 * into the main part of the text ({@link TRIM_LIMITS}).
 */
export function trimEdges(content: Element, report: Reporter, opts: TrimOptions = {}): void {
  const leaves = leavesOf(content);
  const last = leaves.at(-1);
  if (!last) return;
  const total = last.before + last.text.length;
  if (total < TRIM_LIMITS.minContentChars) return;
  trimTail(content, leaves, total, report);
  trimHead(leaves, content, report);
  trimHeadMeta(leaves, content, opts.byline ?? null, report);
}

/** What the trim stage knows of the article besides its content. */
export interface TrimOptions {
  /** The article's byline (shown apart from the text): a line repeating it is meta. */
  byline?: string | null;
}

/** The blocks holding text that hold no other such block, in document order. */
function leavesOf(content: Element): Leaf[] {
  const leaves: Leaf[] = [];
  let before = 0;
  const visit = (el: Element): boolean => {
    let hasLeaf = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (visit(child)) hasLeaf = true;
    if (hasLeaf || !BLOCK_TAGS.has(el.localName)) return hasLeaf;
    const text = collapse(el.textContent);
    if (text === '') return false;
    leaves.push({ el, text, before });
    before += text.length;
    return true;
  };
  visit(content);
  return leaves;
}

/** Cuts from the first end marker after the main text, then edge lines and link blocks just before the cut. */
function trimTail(content: Element, leaves: readonly Leaf[], total: number, report: Reporter): void {
  const keep = Math.max(TRIM_LIMITS.minKeptChars, TRIM_LIMITS.minKeptShare * total);
  const markerAt = leaves.findIndex((leaf, i) => isEndMarker(leaf, leaves.slice(i + 1), total));
  let cut = markerAt < 0 ? leaves.length : markerAt;
  const labels: TrimLabel[] = [];
  if (markerAt >= 0) labels.push(markerLabel(leaves[markerAt] as Leaf));
  const end = leaves[cut]?.before ?? total;
  for (let i = cut - 1; i > 0; i--) {
    const leaf = leaves[i] as Leaf;
    if (leaf.before < keep || end - leaf.before > TRIM_LIMITS.maxTailChars) break;
    const label = edgeLabel(leaf) ?? (i === cut - 1 && isOrphanHeading(leaf) ? TRIM_LABELS.heading : null);
    if (!label) break;
    labels.push(label);
    cut = i;
  }
  const from = leaves[cut];
  if (!from) return;
  removeFrom(from.el, content);
  for (const label of labels) report(label);
}

/**
 * Removes breadcrumbs, date lines and link lines among the first blocks, up to
 * the first block of text; the article's own headings stay.
 */
function trimHead(leaves: readonly Leaf[], content: Element, report: Reporter): void {
  for (const leaf of leaves) {
    if (!content.contains(leaf.el)) continue;
    if (leaf.before + leaf.text.length > TRIM_LIMITS.maxHeadChars) break;
    if (HEADINGS.has(leaf.el.localName)) continue;
    const list = leaf.el.closest('ul, ol');
    if (list && content.contains(list) && isLinkList(list)) {
      removeWithEmptyWrappers(list, content);
      report(TRIM_LABELS.links);
      continue;
    }
    const label = headLabel(leaf);
    if (!label) break;
    removeWithEmptyWrappers(leaf.el, content);
    report(label);
  }
}

/** A menu or breadcrumb written as a list: short items, each a link, and little else. */
function isLinkList(list: Element): boolean {
  const items = Array.from(list.querySelectorAll('li'));
  if (items.length < MIN_BREADCRUMB_LINKS) return false;
  const text = collapse(list.textContent);
  if (text.length > TRIM_LIMITS.maxLinkBlockChars) return false;
  const linked = Array.from(list.querySelectorAll('a')).reduce((n, a) => n + collapse(a.textContent).length, 0);
  return items.every((li) => li.querySelector('a')) && linked >= TRIM_LIMITS.linkDensity * text.length;
}

/**
 * Removes meta lines (a date with a few words, a byline shown apart from the
 * text) among the first blocks, also past a standfirst: they stand between
 * the article's lead and its text.
 */
function trimHeadMeta(leaves: readonly Leaf[], content: Element, byline: string | null, report: Reporter): void {
  for (const leaf of leaves.slice(0, TRIM_LIMITS.metaHeadBlocks)) {
    if (leaf.before + leaf.text.length > TRIM_LIMITS.metaHeadChars) break;
    if (!content.contains(leaf.el) || HEADINGS.has(leaf.el.localName) || leaf.el.closest(CELLS)) continue;
    const line = !ANY_HEADING.has(leaf.el.localName) && (isMetaLine(leaf.text) || phraseOf(leaf, EDGE_LINES) === TRIM_LABELS.meta);
    const meta = line || repeatsByline(leaf.text, byline);
    if (!meta) continue;
    removeWithEmptyWrappers(leaf.el, content);
    report(TRIM_LABELS.meta);
  }
}

/**
 * A short line made of a date or time and at most a few other words, with a
 * byline opener or separators around them: "von Anja Muster am 14. Mai 2014,
 * 15:40 Uhr", "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel", "2021-10-16 | Botschaft".
 * A sentence (ending in . ! ?) is never one.
 */
function isMetaLine(text: string): boolean {
  if (text.length > TRIM_LIMITS.maxMetaChars || /[.!?]$/u.test(text)) return false;
  let rest = text;
  for (const token of DATE_TOKENS) rest = rest.replace(token, ' \u0000 ');
  if (!rest.includes('\u0000')) return false;
  const words = rest.split(/[\s,;|•·:()–—-]+/u).filter((w) => w !== '' && w !== '\u0000' && !META_WORDS.test(w));
  if (words.length > TRIM_LIMITS.maxMetaWords) return false;
  return words.length <= 1 || META_SEPARATORS.test(text) || BYLINE_OPENER.test(text) || CLOCK_TIME.test(text);
}

/** The line is the byline ("Jane Doe", "By Jane Doe"), which the reader sees apart from the text. */
function repeatsByline(text: string, byline: string | null): boolean {
  if (!byline || text.length > TRIM_LIMITS.maxMetaChars) return false;
  const plain = (s: string) => s.replace(BYLINE_OPENER, '').replace(/[\s,.]+/gu, ' ').trim().toLowerCase();
  return plain(text) === plain(byline);
}

/**
 * A heading or line that opens the boilerplate after the article. A "related"
 * heading counts only when links follow it: in the middle of a text, "Read
 * also" labels a single teaser, and the article goes on after it. Other
 * markers need most of the text before them, unless links follow.
 */
function isEndMarker(leaf: Leaf, after: readonly Leaf[], total: number): boolean {
  if (leaf.before < TRIM_LIMITS.minKeptChars || leaf.before < TRIM_LIMITS.minLinkedKeptShare * total) return false;
  if (leaf.el.closest(CELLS)) return false;
  if (isAuthorHeading(leaf, after)) return true;
  const label = phraseOf(leaf, END_MARKERS);
  if (label === null) return false;
  const text = after.reduce((n, l) => n + l.text.length, 0);
  const linked = linkedChars(after) >= TRIM_LIMITS.relatedLinkDensity * text || text <= TRIM_LIMITS.maxOrphanChars;
  if (label === TRIM_LABELS.related) return linked;
  return linked || leaf.before >= TRIM_LIMITS.minKeptShare * total;
}

/**
 * A heading, or a short line ending with a colon, with nothing after it: no section follows.
 * A heading written as a sentence ("Es stützt seine Version.") is the article's last word, not one.
 */
function isOrphanHeading(leaf: Leaf): boolean {
  if (ANY_HEADING.has(leaf.el.localName) && leaf.el.localName !== 'h1') return !/[.!?…"“”»]$/u.test(leaf.text);
  return leaf.text.length <= TRIM_LIMITS.maxLabelLineChars && /[:：]$/u.test(leaf.text);
}

/** What an end marker opens. */
function markerLabel(leaf: Leaf): TrimLabel {
  return phraseOf(leaf, END_MARKERS) ?? TRIM_LABELS.author;
}

/** "Über Kathrin" followed by no more than a short bio. */
function isAuthorHeading(leaf: Leaf, after: readonly Leaf[]): boolean {
  if (!AUTHOR_ABOUT.test(leaf.text)) return false;
  return after.reduce((n, l) => n + l.text.length, 0) <= TRIM_LIMITS.maxAuthorBioChars;
}

/** What a block at the end is, when it is boilerplate there. */
function edgeLabel(leaf: Leaf): TrimLabel | null {
  return (
    phraseOf(leaf, EDGE_LINES) ??
    phraseOf(leaf, END_MARKERS) ??
    promptOf(leaf) ??
    postMetaOf(leaf) ??
    (isMetaLine(leaf.text) ? TRIM_LABELS.meta : null) ??
    (isLinkBlock(leaf) ? TRIM_LABELS.links : null)
  );
}

/** A line saying where and when the article was filed, or whose opinion it is. */
function postMetaOf(leaf: Leaf): TrimLabel | null {
  if (leaf.text.length > TRIM_LIMITS.maxPromptChars) return null;
  return POST_META.find((rule) => rule.pattern.test(leaf.text))?.label ?? null;
}

/** The label of a call to action, in a short block. */
function promptOf(leaf: Leaf): TrimLabel | null {
  if (leaf.text.length > TRIM_LIMITS.maxPromptChars) return null;
  return PROMPTS.find((rule) => rule.pattern.test(leaf.text))?.label ?? null;
}

/** What a block at the start is, when it is boilerplate there. */
function headLabel(leaf: Leaf): TrimLabel | null {
  return phraseOf(leaf, EDGE_LINES) ?? (isBreadcrumb(leaf) ? TRIM_LABELS.breadcrumb : null);
}

/** A line of links (not one list item, not a single link): the path to the page. */
function isBreadcrumb(leaf: Leaf): boolean {
  return (
    leaf.el.localName !== 'li' &&
    leaf.el.querySelectorAll('a').length >= MIN_BREADCRUMB_LINKS &&
    isLinkBlock(leaf)
  );
}

/** The label of the first rule matching the whole text of a short block. */
function phraseOf(leaf: Leaf, rules: readonly PhraseRule[]): TrimLabel | null {
  if (leaf.text.length > TRIM_LIMITS.maxLineChars) return null;
  return rules.find((rule) => rule.pattern.test(leaf.text))?.label ?? null;
}

/** A short block that is mostly link text. */
function isLinkBlock(leaf: Leaf): boolean {
  if (leaf.text.length > TRIM_LIMITS.maxLinkBlockChars) return false;
  return linkedChars([leaf]) >= TRIM_LIMITS.linkDensity * leaf.text.length;
}

/** Characters of link text in the blocks. */
function linkedChars(leaves: readonly Leaf[]): number {
  let linked = 0;
  for (const leaf of leaves) {
    if (leaf.el.closest('a')) linked += leaf.text.length;
    else for (const a of Array.from(leaf.el.querySelectorAll('a'))) linked += collapse(a.textContent).length;
  }
  return linked;
}

/** Removes `el` and everything after it inside `content`, then the wrappers it leaves empty. */
function removeFrom(el: Element, content: Element): void {
  for (let at: Element | null = el; at && at !== content; at = at.parentElement) {
    while (at.nextSibling) at.nextSibling.remove();
  }
  removeWithEmptyWrappers(el, content);
}

/** Removes `el` and everything before it inside `content`, then the wrappers it leaves empty. */
function removeUpTo(el: Element, content: Element): void {
  for (let at: Element | null = el; at && at !== content; at = at.parentElement) {
    while (at.previousSibling) at.previousSibling.remove();
  }
  removeWithEmptyWrappers(el, content);
}

function removeWithEmptyWrappers(el: Element, content: Element): void {
  let parent: Element | null = el.parentElement;
  el.remove();
  while (parent && parent !== content && isEmpty(parent)) {
    const up: Element | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
}

function isEmpty(el: Element): boolean {
  return collapse(el.textContent) === '' && !el.querySelector(MEDIA);
}

