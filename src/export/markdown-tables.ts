import type TurndownService from 'turndown';
import { cellsOf, isLayoutTable } from '../text';
import { oneLine } from './format';

const SECTION_NAMES: ReadonlySet<string> = new Set(['THEAD', 'TBODY', 'TFOOT']);
const CELL_NAMES: ReadonlySet<string> = new Set(['TH', 'TD']);
const CELL_BREAKS = /\s*\n\s*/g;
const PIPE = /\|/g;

/** Column count of each data table met (null for layout tables), computed once per table. */
const shapes = new WeakMap<Element, number | null>();

function columnsOf(table: Element): number | null {
  let columns = shapes.get(table);
  if (columns === undefined) {
    columns = isLayoutTable(table) ? null : Math.max(0, ...Array.from(table.querySelectorAll('tr'), (row) => cellsOf(row).length));
    shapes.set(table, columns);
  }
  return columns;
}

/** Columns of the data table a node is in, or null outside data tables. */
function tableColumns(node: Element): number | null {
  const table = node.closest('table');
  return table ? columnsOf(table) : null;
}

/**
 * A Turndown plugin for GFM-style tables: data tables become `| a | b |` rows
 * with a header separator after the first row (rows padded to the widest);
 * cell content is kept on one line with `|` escaped. Layout tables (see
 * `isLayoutTable`) are left to Turndown, which reads them as blocks.
 */
export function gfmTables(service: TurndownService): void {
  service.addRule('tableCell', {
    filter: (node) => CELL_NAMES.has(node.nodeName) && tableColumns(node) !== null,
    replacement: (content) => ` ${content.replace(CELL_BREAKS, ' ').trim().replace(PIPE, '\\|')} |`,
  });
  service.addRule('tableRow', {
    filter: (node) => node.nodeName === 'TR' && tableColumns(node) !== null,
    replacement: (content, node) => {
      const missing = (tableColumns(node) ?? 0) - cellsOf(node).length;
      return `\n|${content}${' |'.repeat(Math.max(0, missing))}`;
    },
  });
  service.addRule('tableSection', {
    filter: (node) => SECTION_NAMES.has(node.nodeName) && tableColumns(node) !== null,
    replacement: (content) => content,
  });
  service.addRule('tableCaption', {
    filter: (node) => node.nodeName === 'CAPTION' && tableColumns(node) !== null,
    replacement: () => '',
  });
  service.addRule('table', {
    filter: (node) => node.nodeName === 'TABLE' && columnsOf(node) !== null,
    replacement: (content, node) => {
      const [header, ...body] = content.split('\n').filter((line) => line.startsWith('|'));
      if (header === undefined) return '';
      const separator = `|${' --- |'.repeat(columnsOf(node) ?? 0)}`;
      const caption = oneLine(node.querySelector('caption')?.textContent ?? '');
      const lead = caption ? `${service.escape(caption)}\n\n` : '';
      return `\n\n${lead}${[header, separator, ...body].join('\n')}\n\n`;
    },
  });
}
