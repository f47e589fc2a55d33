/**
 * Repeated mentions of one figure become one: same value, upper bound and
 * unit, no clashing years, and the same wording or the same thing measured.
 */
import type { Figure } from '../types';

/** The identity of a figure's number, for merging and for matching the headline. */
export function figureKey(figure: Pick<Figure, 'value' | 'valueMax' | 'unit'>): string {
  return `${figure.value}|${figure.valueMax ?? ''}|${figure.unit}`;
}

/** How much a mention says beyond its number: a deadline, a range, a year. */
function specificity(figure: Figure): number {
  return (figure.kind === 'target' ? 2 : 0) + (figure.valueMax !== undefined ? 1 : 0) + (figure.year !== undefined ? 1 : 0);
}

/**
 * Whether two mentions with the same number are one figure: no clashing
 * years, and one text holds the other ("4 million tons", "4 million tons by
 * 2029") or they measure something in common. "20%" of forests and "a
 * fifth" of aviation stay apart.
 */
function sameFigure(a: Figure, b: Figure): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.kind === 'ratio') return a.measures === b.measures;
  const [ta, tb] = [plain(a.text), plain(b.text)];
  return ta.includes(tb) || tb.includes(ta) || sharesWord(a.measures, b.measures);
}

const WORD = /[^\s,;:()]+/g;
const DASHES = /[‐‑‒–—−]/g;
const SPACES = /\s+/g;

/** A figure's text with dashes and spaces of any kind made plain, for comparing wordings. */
function plain(text: string): string {
  return text.replace(DASHES, '-').replace(SPACES, ' ');
}

/** Whether two phrases share a word (case aside). */
function sharesWord(a: string, b: string): boolean {
  if (!a || !b) return false;
  const words = new Set(a.toLowerCase().match(WORD));
  return (b.toLowerCase().match(WORD) ?? []).some((w) => words.has(w));
}

/** Figures in order of first mention, repeated mentions counted. */
export class FigureSet {
  readonly #byKey = new Map<string, Figure[]>();
  readonly #all: Figure[] = [];

  /** Adds a mention: a new figure, or one more mention of a known one (its more specific wording kept). */
  add(figure: Figure): void {
    const key = figureKey(figure);
    const same = this.#byKey.get(key) ?? [];
    const known = same.find((f) => sameFigure(f, figure));
    if (!known) {
      same.push(figure);
      this.#byKey.set(key, same);
      this.#all.push(figure);
      return;
    }
    known.mentions += 1;
    if (!known.measures) known.measures = figure.measures;
    const better =
      specificity(figure) - specificity(known) || (figure.kind === known.kind ? figure.text.length - known.text.length : 0);
    if (better > 0) {
      known.text = figure.text;
      known.kind = figure.kind;
      if (figure.year !== undefined) known.year = figure.year;
    }
  }

  /** The figures, first mention first. */
  get figures(): readonly Figure[] {
    return this.#all;
  }
}
