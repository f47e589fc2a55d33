/**
 * How the benchmark's diagnostics compare texts: "is it there", not "is it spaced the same".
 * (The score itself matches exactly, after whitespace normalisation only: see score.ts.)
 */
import { BULLET, CELL_SEPARATOR } from '../src/text/rules';

/** Whitespace as the scorer counts it, plus the zero-width characters a page may hide in words. */
const SPACE_OR_INVISIBLE = /[\s\x1c-\x1f\x85\u200b-\u200d\u2060]+/g;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** List markers the plain-text stage puts at the start of a line ("• ", "1. "). */
const LINE_MARKER = new RegExp(`^[ \\t]*(?:${escape(BULLET)}|\\d+\\. )`, 'gm');
const CELL_GAP = new RegExp(escape(CELL_SEPARATOR), 'g');

/**
 * Text without the markers Pith's text stage adds (list bullets and numbers at line starts,
 * table cell separators): the page's own words.
 */
export function withoutMarkers(text: string): string {
  return text.replace(LINE_MARKER, '').replace(CELL_GAP, ' ');
}

/** Text for presence tests: markers dropped, NFC, no whitespace at all. */
export function compact(text: string): string {
  return withoutMarkers(text).normalize('NFC').replace(SPACE_OR_INVISIBLE, '');
}
