/**
 * Exports of an article's key figures: CSV (RFC 4180), JSON and a Markdown
 * table. Pure functions of the figures; the Markdown escaping is passed in
 * (the .md export uses its Turndown escaping, see markdown.ts).
 */
import type { Article, Figure } from '../types';
import { oneLine } from './format';
import { CSV_FORMULA_START, CSV_LINE_END, CSV_NEEDS_QUOTES, FIGURE_CSV_COLUMNS, LIBRARY_CSV_ARTICLE_COLUMNS } from './rules';

const QUOTE = /"/g;
const CELL_PIPE = /\|/g;

type CsvColumn = (typeof FIGURE_CSV_COLUMNS)[number];

/** One CSV field: numbers as JavaScript writes them, text neutralised against spreadsheet formulas. */
function csvValue(figure: Figure, column: CsvColumn): string {
  switch (column) {
    case 'value':
      return String(figure.value);
    case 'value_max':
      return figure.valueMax === undefined ? '' : String(figure.valueMax);
    case 'year':
      return figure.year === undefined ? '' : String(figure.year);
    case 'rank':
    case 'mentions':
    case 'position':
      return String(figure[column]);
    default:
      return formulaSafe(oneLine(figure[column]));
  }
}

/** A CSV field quoted when it must be (a comma, a quote, a line break), quotes doubled. */
export function csvField(value: string): string {
  return CSV_NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

/**
 * The figures as CSV (RFC 4180): a header row of {@link FIGURE_CSV_COLUMNS},
 * one row per figure in rank order, CRLF line ends, fields quoted where
 * needed. Text that a spreadsheet would run as a formula ("=…", "+…") gets a
 * leading apostrophe.
 */
export function figuresToCsv(figures: readonly Figure[]): string {
  const rows = [FIGURE_CSV_COLUMNS.join(',')];
  for (const figure of figures) rows.push(csvCells(figure).join(','));
  return rows.join(CSV_LINE_END) + CSV_LINE_END;
}

/** The CSV fields of one figure, in the order of {@link FIGURE_CSV_COLUMNS}. */
function csvCells(figure: Figure): string[] {
  return FIGURE_CSV_COLUMNS.map((c) => csvField(csvValue(figure, c)));
}

/** Text a spreadsheet would run as a formula, with a leading apostrophe. */
function formulaSafe(text: string): string {
  return CSV_FORMULA_START.test(text) ? `'${text}` : text;
}

/** A text cell as {@link figuresToCsv} writes it: on one line, formula-safe, quoted when needed. */
function csvText(text: string): string {
  return csvField(formulaSafe(oneLine(text)));
}

/**
 * The figures of many articles as one CSV: the columns of
 * {@link figuresToCsv} after the article's title and URL, articles in the
 * order given, each article's figures in rank order.
 */
export function libraryFiguresCsv(articles: readonly Pick<Article, 'title' | 'url' | 'figures'>[]): string {
  const rows = [[...LIBRARY_CSV_ARTICLE_COLUMNS, ...FIGURE_CSV_COLUMNS].join(',')];
  for (const article of articles) {
    const lead = [csvText(article.title), csvText(article.url)];
    for (const figure of article.figures) rows.push([...lead, ...csvCells(figure)].join(','));
  }
  return rows.join(CSV_LINE_END) + CSV_LINE_END;
}

/** The figures as JSON, with the article they come from: `{ title, url, extractedAt, figures }`, indented. */
export function figuresToJson(article: Pick<Article, 'title' | 'url' | 'extractedAt' | 'figures'>): string {
  const { title, url, extractedAt, figures } = article;
  return `${JSON.stringify({ title, url, extractedAt, figures }, null, 2)}\n`;
}

/** A figure's value as a table shows it: "500000000", "3000000000–5000000000". */
export function figureValueText(figure: Pick<Figure, 'value' | 'valueMax'>): string {
  return figure.valueMax === undefined ? String(figure.value) : `${figure.value}–${figure.valueMax}`;
}

/** What a column of the Markdown table shows for a figure, by its label. */
const CELLS: Readonly<Record<string, (f: Figure) => string>> = {
  '#': (f) => String(f.rank),
  Figure: (f) => f.text,
  Value: figureValueText,
  Unit: (f) => f.unit,
  Kind: (f) => f.kind,
  Measures: (f) => f.measures,
  Sentence: (f) => f.sentence,
};

/**
 * The figures as a GitHub-flavoured Markdown table with the given columns
 * (labels of `CELLS`: "#", "Figure", "Value", "Unit", "Kind", "Measures",
 * "Sentence"), each cell on one line, escaped with `escape` and `|` escaped.
 */
export function figuresMarkdownTable(
  figures: readonly Figure[],
  columns: readonly string[],
  escape: (text: string) => string,
): string {
  const cell = (text: string): string => escape(oneLine(text)).replace(CELL_PIPE, '\\|');
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const pick = (column: string) => CELLS[column] ?? (() => '');
  return [
    row(columns),
    row(columns.map(() => '---')),
    ...figures.map((f) => row(columns.map((c) => cell(pick(c)(f))))),
  ].join('\n');
}

/** Longest text of a column in the plain-text table, in characters; longer cells are cut with "…". */
const TEXT_TABLE_MAX = 60;

function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text;
}

/**
 * The figures as a plain-text table for a terminal: rank, figure, value,
 * unit and what it measures, columns padded to line up (long cells cut).
 */
export function figuresToText(figures: readonly Figure[]): string {
  const rows = [['#', 'Figure', 'Value', 'Unit', 'Measures']];
  for (const f of figures) rows.push([String(f.rank), f.text, figureValueText(f), f.unit, f.measures].map((c) => fit(oneLine(c), TEXT_TABLE_MAX)));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  const line = (r: readonly string[]): string =>
    r.map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...c].length))).join('  ').trimEnd();
  return `${rows.map(line).join('\n')}\n`;
}
