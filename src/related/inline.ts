/**
 * In-article link paragraphs: "Read more: <a>…</a>", "<b>Lesen Sie auch:</b>
 * <a>…</a> | <a>…</a>". Editors drop them between the paragraphs of a story;
 * they name what to read next and are not part of the story's text.
 */
import type { Block } from './blocks';
import { scanLinks, type LinkRef, type RelatedContext } from './links';
import {
  INLINE_JOINERS,
  INLINE_LABEL_SEPARATORS,
  INLINE_LABEL_TAGS,
  INLINE_PUNCTUATION,
  LIMITS,
} from './rules';
import { collapse, isInlineLabel, isReadMoreText, looksLikeTitle, startsWithInlineLabel } from './text';

/** `NodeFilter.SHOW_TEXT`, without the global. */
const SHOW_TEXT = 4;

/** Escapes characters for use inside a regex character class. */
function classOf(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

const LABEL_END_RE = new RegExp(`[${classOf(INLINE_LABEL_SEPARATORS)}]\\s*$`, 'u');
const PUNCTUATION_RE = new RegExp(`[${classOf(INLINE_PUNCTUATION)}]`, 'gu');
const JOINERS = new Set(INLINE_JOINERS);
const LABEL_TAGS = INLINE_LABEL_TAGS.join(', ');

/** The text of a paragraph around its links. */
interface InlineText {
  /** The text before the first link. */
  label: string;
  /** Whether every word of the label is set apart in bold or italics. */
  labelSetApart: boolean;
  /** The text after the label that is not link text. */
  rest: string;
}

/** The nearest ancestor of `node` inside `root` that matches `selector`, if any. */
function within(node: Node, root: Element, selector: string): Element | null {
  const found = node.parentElement?.closest(selector) ?? null;
  return found && root.contains(found) ? found : null;
}

/** Splits the paragraph's text into the label before its first link and the rest outside links. */
function splitText(p: Element): InlineText {
  const walker = p.ownerDocument.createTreeWalker(p, SHOW_TEXT);
  let label = '';
  let labelSetApart = true;
  let rest = '';
  let seenLink = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (within(node, p, 'a')) {
      seenLink ||= text.trim() !== '';
    } else if (seenLink) {
      rest += text;
    } else {
      label += text;
      if (text.trim() && !within(node, p, LABEL_TAGS)) labelSetApart = false;
    }
  }
  return { label, labelSetApart, rest };
}

/** Whether the text between and after the links is only punctuation and joining words ("and", "und"). */
function onlyJoiners(text: string): boolean {
  const words = text.replace(PUNCTUATION_RE, ' ').toLowerCase().split(/\s+/);
  return words.every((word) => word === '' || JOINERS.has(word));
}

/** Whether every link leads to an article and is named by a title. */
function allTitledPosts(links: readonly LinkRef[]): boolean {
  return links.every(({ el, info }) => {
    const text = collapse(el.textContent);
    return info.kind === 'post' && text.length <= LIMITS.maxTitleChars && !isReadMoreText(text) && looksLikeTitle(text);
  });
}

/**
 * The paragraph as a related-posts block, when it is an in-article link
 * paragraph: short, its text before the first link a related label ("Read
 * more:", "Lesen Sie auch", ended by a separator or set in bold), then 1 to
 * `LIMITS.maxInlineLinks` article links named by their titles, with nothing
 * else but punctuation and joining words.
 */
export function inlineBlock(p: Element, ctx: RelatedContext): Block | null {
  const count = p.getElementsByTagName('a').length;
  if (count === 0 || count > LIMITS.maxInlineLinks) return null;
  const text = collapse(p.textContent);
  if (text.length > LIMITS.maxInlineChars || !startsWithInlineLabel(text)) return null;
  const { label, labelSetApart, rest } = splitText(p);
  if (!isInlineLabel(label) || !(labelSetApart || LABEL_END_RE.test(label)) || !onlyJoiners(rest)) return null;
  const links = scanLinks(p, ctx);
  return links.length > 0 && allTitledPosts(links) ? { parts: [p], heading: null } : null;
}
