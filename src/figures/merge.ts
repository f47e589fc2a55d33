/**
 * Repeated mentions of one figure become one: same value, upper bound and
 * unit (and, for a ratio, the same thing measured), no clashing years.
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

function sameFigure(a: Figure, b: Figure): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  return a.kind !== 'ratio' || a.measures === b.measures;
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
