/**
 * The popup's key figures: cards (the number large, what it measures below,
 * its sentence), "Show all", a click on a card that scrolls the clean text
 * to the figure's sentence and highlights it, a small bar chart of the
 * largest group of figures sharing a unit, and "Export figures" as CSV,
 * JSON or a Markdown table. DOM contract: README "Popup".
 */
import { exportFilename, figuresToCsv, figuresToJson, figuresToMarkdown } from '../../src/export';
import { t, tn } from '../../lib/i18n';
import type { Article, Figure } from '../../src/types';
import { byId, download, h } from '../../lib/dom';

/** How many figure cards show before "Show all". */
const FIGURES_SHOWN = 6;
/** Fewest figures of one unit for a chart, and most bars in it. */
const CHART_MIN = 3;
const CHART_MAX = 8;
/** Units never charted: periods of years and multiples do not compare as bars. */
const NOT_CHARTED = new Set(['', 'year', '×']);
const SVG = 'http://www.w3.org/2000/svg';
const HIGHLIGHT = 'figure-highlight';
const SPACE_RUN = /\s+/g;
const SHOW_ELEMENT = 1; // NodeFilter.SHOW_ELEMENT
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

/** The exports of the "Export figures" menu. */
const EXPORTS = [
  { id: 'export-figures-csv', label: () => 'CSV', ext: 'csv', type: 'text/csv;charset=utf-8', write: (a: Article) => figuresToCsv(a.figures) },
  { id: 'export-figures-json', label: () => 'JSON', ext: 'json', type: 'application/json;charset=utf-8', write: figuresToJson },
  { id: 'export-figures-md', label: () => t('popupMarkdownTable'), ext: 'md', type: 'text/markdown;charset=utf-8', write: figuresToMarkdown },
] as const;

function renderFigure(f: Figure): HTMLLIElement {
  return h(
    'li',
    { class: 'figure', 'data-kind': f.kind, 'data-unit': f.unit, 'data-value': String(f.value) },
    h(
      'button',
      { type: 'button', class: 'figure-show', title: t('popupFigureShowTitle') },
      h('span', { class: 'figure-text' }, f.text),
      f.measures ? h('span', { class: 'figure-measures' }, f.measures) : null,
      h('span', { class: 'figure-sentence', title: f.sentence }, f.sentence),
    ),
  );
}

/**
 * Shows an article's key figures: the first cards and "Show all", the
 * chart, the export menu; a card's button shows its sentence in `#article`.
 * `say` announces what happened ("Exported figures as CSV").
 */
export function renderFigures(article: Article, say: (message: string) => void): void {
  const { figures } = article;
  const list = byId('figures');
  const more = byId<HTMLButtonElement>('figures-more');
  byId('figures-section').hidden = figures.length === 0;
  const show = (all: boolean) => {
    list.replaceChildren(...(all ? figures : figures.slice(0, FIGURES_SHOWN)).map(renderFigure));
    more.hidden = all || figures.length <= FIGURES_SHOWN;
  };
  more.textContent = tn('popupShowAllFigures', figures.length);
  more.onclick = () => show(true);
  list.onclick = (event) => {
    const card = (event.target as Element | null)?.closest('li.figure');
    const figure = card ? figures[[...list.children].indexOf(card)] : undefined;
    if (!card || !figure) return;
    for (const li of list.querySelectorAll('li.figure[aria-current]')) li.removeAttribute('aria-current');
    card.setAttribute('aria-current', 'true');
    if (!highlightSentence(byId('article'), figure)) say(t('popupFigureNotFound'));
  };
  show(false);
  clearHighlight(byId('article'));
  renderChart(figures);
  renderExportMenu(article, say);
}

// ---------------------------------------------------------------- highlight

/** Unwraps the marks of an earlier highlight. */
function clearHighlight(container: HTMLElement): void {
  for (const mark of container.querySelectorAll(`mark.${HIGHLIGHT}`)) mark.replaceWith(...mark.childNodes);
  container.normalize();
}

/** Where a character of the text comes from; null for a space put between blocks. */
type Position = { node: Text; offset: number } | null;

/** The text of `container` with whitespace runs as one space (blocks apart), and where each character comes from. */
function textMap(container: HTMLElement): { text: string; at: Position[] } {
  const at: Position[] = [];
  let text = '';
  const walker = document.createTreeWalker(container, SHOW_TEXT | SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      if (text && !text.endsWith(' ') && isBreak(node as Element)) (text += ' '), at.push(null);
      continue;
    }
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) {
      const space = /\s/.test(data[i] ?? '');
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : data[i];
      at.push({ node: node as Text, offset: i });
    }
  }
  return { text, at };
}

/** Whether an element starts a new line of text. */
function isBreak(el: Element): boolean {
  return el.localName === 'br' || getComputedStyle(el).display !== 'inline';
}

/**
 * Highlights a figure's sentence in the clean text (each piece of it in a
 * `<mark class="figure-highlight">`, no HTML written) and scrolls it into
 * view; the previous highlight is cleared. Falls back to the figure's own
 * text when the sentence is not found. Returns the first mark, or null.
 */
export function highlightSentence(container: HTMLElement, figure: Pick<Figure, 'sentence' | 'text'>): HTMLElement | null {
  clearHighlight(container);
  const { text, at } = textMap(container);
  const wanted = [figure.sentence, figure.text].map((t) => t.replace(SPACE_RUN, ' ').trim()).filter(Boolean);
  let start = -1;
  let length = 0;
  for (const w of wanted) {
    start = text.indexOf(w);
    length = w.length;
    if (start >= 0) break;
  }
  if (start < 0) return null;
  const first = wrapRange(at.slice(start, start + length));
  first?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  return first;
}

/** Wraps the characters at these positions in marks, one per text node; returns the first mark. */
function wrapRange(positions: readonly Position[]): HTMLElement | null {
  const byNode = new Map<Text, { from: number; to: number }>();
  for (const position of positions) {
    if (!position) continue;
    const { node, offset } = position;
    const span = byNode.get(node);
    byNode.set(node, span ? { from: span.from, to: offset + 1 } : { from: offset, to: offset + 1 });
  }
  let first: HTMLElement | null = null;
  for (const [node, { from, to }] of byNode) {
    const middle = from > 0 ? node.splitText(from) : node;
    if (to - from < middle.data.length) middle.splitText(to - from);
    const mark = document.createElement('mark');
    mark.className = HIGHLIGHT;
    middle.replaceWith(mark);
    mark.append(middle);
    first ??= mark;
  }
  return first;
}

// ---------------------------------------------------------------- chart

/** The largest group of at least {@link CHART_MIN} figures sharing a unit (ties: the best-ranked), biggest first. */
export function chartGroup(figures: readonly Figure[]): Figure[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (NOT_CHARTED.has(f.unit) || f.valueMax !== undefined || f.value < 0) continue;
    groups.set(f.unit, [...(groups.get(f.unit) ?? []), f]);
  }
  let best: Figure[] = [];
  for (const group of groups.values()) {
    if (group.length > best.length || (group.length === best.length && (group[0]?.rank ?? 0) < (best[0]?.rank ?? 0))) best = group;
  }
  if (best.length < CHART_MIN) return [];
  return best.slice(0, CHART_MAX).sort((a, b) => b.value - a.value);
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A horizontal bar chart of the largest group of figures sharing a unit, with its values as a caption. */
function renderChart(figures: readonly Figure[]): void {
  document.getElementById('figures-chart')?.remove();
  const group = chartGroup(figures);
  if (group.length === 0) return;
  const unit = group[0]?.unit ?? '';
  const max = Math.max(...group.map((f) => f.value)) || 1;
  const row = 22;
  const labelWidth = 120;
  const width = 320;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${group.length * row}`, width: '100%', 'aria-hidden': 'true', focusable: 'false' });
  group.forEach((f, i) => {
    const y = i * row;
    const barWidth = Math.max(2, ((width - labelWidth - 8) * f.value) / max);
    chart.append(
      svg('text', { x: labelWidth - 6, y: y + 15, 'text-anchor': 'end', class: 'chart-label' }, shorten(f.text, 20)),
      svg('rect', { x: labelWidth, y: y + 4, width: barWidth, height: row - 8, rx: 3, class: 'chart-bar' }),
    );
  });
  const caption = t('popupChartCaption', [unit, group.map((f) => `${f.text}${f.measures ? ` (${f.measures})` : ''}`).join('; ')]);
  const figure = h('figure', { id: 'figures-chart', class: 'figures-chart', 'aria-label': t('popupChartLabel', unit) }, h('figcaption', {}, caption));
  figure.prepend(chart);
  byId('figures-more').after(figure);
}

function shorten(text: string, chars: number): string {
  const all = [...text];
  return all.length > chars ? `${all.slice(0, chars - 1).join('')}…` : text;
}

// ---------------------------------------------------------------- export

/** The "Export figures" menu: CSV, JSON, Markdown table, each downloaded as a file. */
function renderExportMenu(article: Article, say: (message: string) => void): void {
  document.getElementById('figures-export')?.remove();
  if (article.figures.length === 0) return;
  const buttons = EXPORTS.map((x) => {
    const button = h('button', { type: 'button', id: x.id }, x.label());
    button.onclick = () => {
      download(exportFilename(article, x.ext, '-figures'), x.write(article), x.type);
      say(t('popupExportedFigures', x.label()));
    };
    return button;
  });
  const menu = h('details', { id: 'figures-export', class: 'figures-export' }, h('summary', {}, t('popupExportFigures')), h('div', { class: 'menu' }, ...buttons));
  (document.getElementById('figures-chart') ?? byId('figures-more')).after(menu);
}
