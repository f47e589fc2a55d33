import { CELL_TAGS, LAYOUT_TABLE_MARKERS, LAYOUT_TABLE_ROLE } from './rules';

/**
 * Whether a table is used for layout rather than data: it is marked
 * presentational, holds a nested table or headings, or no row has more than
 * one cell. Layout tables are read as ordinary blocks; data tables as rows
 * of cells.
 */
export function isLayoutTable(table: Element): boolean {
  if (table.matches(LAYOUT_TABLE_ROLE) || table.querySelector(LAYOUT_TABLE_MARKERS)) return true;
  for (const row of table.querySelectorAll('tr')) {
    if (cellsOf(row).length > 1) return false;
  }
  return true;
}

/** The cells (`td`, `th`) of a table row, in order. */
export function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (const child of row.children) if (CELL_TAGS.has(child.localName)) cells.push(child);
  return cells;
}
