/**
 * Marks a figure's sentence in the rendered article: the sentence when it
 * lies in one text node, else the figure's own text, else nothing (the
 * caller says so). Only text nodes are searched; nothing is parsed as HTML.
 */
import { h } from '../../lib/dom';

const normal = (s: string) => s.replace(/\s+/g, ' ');

/** The first text node under `root` holding `needle` (spaces compared loosely), with the offset. */
function find(root: Element, needle: string): { node: Text; start: number; end: number } | null {
  const wanted = normal(needle).trim();
  if (wanted === '') return null;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const at = normal(text).indexOf(wanted);
    if (at < 0) continue;
    // Map the offset in the normalised text back to the node's own text.
    let i = 0;
    let n = 0;
    while (n < at && i < text.length) {
      const space = /\s/.test(text[i] ?? '');
      i++;
      if (space) while (i < text.length && /\s/.test(text[i] ?? '')) i++;
      n++;
    }
    let j = i;
    let m = 0;
    while (m < wanted.length && j < text.length) {
      const space = /\s/.test(text[j] ?? '');
      j++;
      if (space) while (j < text.length && /\s/.test(text[j] ?? '')) j++;
      m++;
    }
    return { node: node as Text, start: i, end: j };
  }
  return null;
}

/** Removes earlier marks, keeping their text. */
export function clearHighlights(root: Element): void {
  for (const mark of root.querySelectorAll('mark.figure-highlight')) mark.replaceWith(...mark.childNodes);
  root.normalize();
}

/** Marks `sentence` (or, failing that, `text`) in `root` and scrolls to it; answers the mark, or null. */
export function highlight(root: Element, sentence: string, text: string): HTMLElement | null {
  clearHighlights(root);
  const hit = find(root, sentence) ?? find(root, text);
  if (!hit) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(hit.node, hit.start);
  range.setEnd(hit.node, hit.end);
  const mark = h('mark', { class: 'figure-highlight', tabindex: '-1' });
  range.surroundContents(mark);
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
  return mark;
}
