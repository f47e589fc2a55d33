import { TextBuffer } from './buffer';
import { cellsOf, isLayoutTable } from './table';
import {
  BLOCK_TAGS,
  BULLET,
  CAPTION_TAGS,
  CELL_SEPARATOR,
  EXTRA_BLANK_LINES,
  LIST_INDENT,
  LIST_TAGS,
  ORDERED_LIST_TAGS,
  SKIP_TAGS,
  TRAILING_LINE_SPACE,
  numberMarker,
} from './rules';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;

const LINE_BREAKS = /\s*\n\s*/g;
const SPACE_RUNS = / {2,}/g;

/**
 * Plain text of clean article HTML that keeps its structure: blocks
 * (paragraphs, headings, figures, whole lists and tables) separated by one
 * blank line, list items as "• item" / "1. item" lines with nested lists
 * indented, table rows as "a | b" lines, `<br>` as a new line, `<pre>`
 * verbatim, other whitespace collapsed. Image alt text and captions are left out.
 * The DOM is walked once. The result is NFC-normalised and trimmed.
 *
 * @param root the sanitised article: an element, a fragment or a document (its body is read).
 */
export function htmlToText(root: ParentNode): string {
  const buffer = new TextBuffer(2);
  if (root.nodeType === DOCUMENT_NODE) {
    const doc = root as Document;
    const body = doc.body ?? doc.documentElement;
    if (body) renderNode(body, buffer, false);
  } else if (root.nodeType === ELEMENT_NODE) {
    renderNode(root as Element, buffer, false);
  } else {
    renderChildren(root, buffer, false);
  }
  return buffer.value
    .replace(TRAILING_LINE_SPACE, '')
    .replace(EXTRA_BLANK_LINES, '\n\n')
    .trimEnd()
    .normalize('NFC');
}

function renderChildren(parent: ParentNode, buffer: TextBuffer, pre: boolean): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) renderNode(child, buffer, pre);
}

function renderNode(node: Node, buffer: TextBuffer, pre: boolean): void {
  const type = node.nodeType;
  if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
    const data = (node as CharacterData).data;
    if (pre) buffer.raw(data);
    else buffer.text(data);
    return;
  }
  if (type === ELEMENT_NODE) renderElement(node as Element, buffer, pre);
}

function renderElement(el: Element, buffer: TextBuffer, pre: boolean): void {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag) || CAPTION_TAGS.has(tag) || el.hasAttribute('hidden')) return;
  if (tag === 'br') {
    if (pre) buffer.raw('\n');
    else buffer.lineBreak();
  } else if (LIST_TAGS.has(tag)) {
    buffer.block(renderList(el));
  } else if (tag === 'table' && !isLayoutTable(el)) {
    buffer.block(renderTable(el));
  } else if (tag === 'pre') {
    buffer.break(pre ? 1 : 2);
    buffer.startPre();
    renderChildren(el, buffer, true);
    buffer.endPre();
    buffer.break(pre ? 1 : 2);
  } else if (BLOCK_TAGS.has(tag)) {
    // Inside <pre>, block children (one per code line in some highlighters) are lines.
    buffer.break(pre ? 1 : 2);
    renderChildren(el, buffer, pre);
    buffer.break(pre ? 1 : 2);
  } else {
    renderChildren(el, buffer, pre);
  }
}

/** The content of an element (list item, table cell) as text whose blocks are single lines. */
function renderLines(node: Node): string {
  const buffer = new TextBuffer(1);
  renderNode(node, buffer, false);
  return buffer.value;
}

/** A list as lines: one per item, continuation lines and nested lists indented. */
function renderList(list: Element): string {
  const ordered = ORDERED_LIST_TAGS.has(list.localName);
  let number = startNumber(list);
  const lines: string[] = [];
  for (let child = list.firstChild; child; child = child.nextSibling) {
    const isItem = child.nodeType === ELEMENT_NODE && (child as Element).localName === 'li';
    const text = renderLines(child);
    if (isItem) {
      const marker = ordered ? numberMarker(number++) : BULLET;
      if (text !== '') pushHanging(lines, marker, text);
    } else if (text !== '') {
      // Not an item (a list nested directly in a list, stray text): kept, nested lists indented.
      const nested = child.nodeType === ELEMENT_NODE && LIST_TAGS.has((child as Element).localName);
      for (const line of text.split('\n')) lines.push(nested && line !== '' ? LIST_INDENT + line : line);
    }
  }
  return lines.join('\n');
}

function startNumber(list: Element): number {
  const start = Number.parseInt(list.getAttribute('start') ?? '', 10);
  return Number.isFinite(start) ? start : 1;
}

/** Adds an item's text: the marker before its first line, the other lines indented. */
function pushHanging(lines: string[], marker: string, text: string): void {
  const [first = '', ...rest] = text.split('\n');
  lines.push(marker + first);
  for (const line of rest) lines.push(line === '' ? line : LIST_INDENT + line);
}

/** A data table as lines: its caption, then one line per row with the cells separated. */
function renderTable(table: Element): string {
  const lines: string[] = [];
  const caption = table.querySelector('caption');
  if (caption) {
    const text = flatten(renderLines(caption));
    if (text !== '') lines.push(text);
  }
  for (const row of table.querySelectorAll('tr')) {
    const cells = cellsOf(row).map((cell) => flatten(renderLines(cell)));
    if (cells.some((cell) => cell !== '')) lines.push(cells.join(CELL_SEPARATOR).replace(SPACE_RUNS, ' ').trim());
  }
  return lines.join('\n');
}

/** Text on one line: line breaks become spaces. */
function flatten(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}
