/**
 * Salience of figures: money, percentages and targets first; figures in the
 * headline, the standfirst, a subheading and the lead before those further
 * down; the largest amounts of a unit and repeated figures before smaller
 * and single ones; ties go to the earlier figure.
 */
import type { Figure, FigureKind } from '../types';
import { CURRENCIES, KIND_WEIGHTS, PERCENT_UNITS, RANK_BONUS } from './rules';

/** Where the figures were found, for ranking. */
export interface RankContext {
  /** Length of the article text. */
  readonly textLength: number;
  /** Offset where the lead ends (the lead is `text.slice(0, leadEnd)`). */
  readonly leadEnd: number;
  /** Whether a figure also appears in the headline. */
  readonly inTitle: (figure: Figure) => boolean;
  /** Whether a figure also appears in the standfirst. */
  readonly inStandfirst: (figure: Figure) => boolean;
  /** Whether a figure also appears in a subheading. */
  readonly inHeading: (figure: Figure) => boolean;
}

const CURRENCY_CODES: ReadonlySet<string> = new Set(CURRENCIES.map((c) => c.code));
const PERCENT_UNIT_SET: ReadonlySet<string> = new Set(PERCENT_UNITS);

/** The unit without what it is counted per ("USD/share" → "USD"). */
function baseUnit(figure: Figure): string {
  const slash = figure.unit.indexOf('/');
  return slash > 0 ? figure.unit.slice(0, slash) : figure.unit;
}

/** The kind a figure weighs as: a range or target of money is money, of percentages a percentage. */
function weighsAs(figure: Figure): FigureKind {
  const unit = baseUnit(figure);
  if (CURRENCY_CODES.has(unit)) return 'money';
  if (PERCENT_UNIT_SET.has(unit)) return 'percent';
  return figure.kind;
}

/** Largest value of each unit among amounts (money, quantities, counts with a unit). */
function largestByUnit(figures: readonly Figure[]): Map<string, number> {
  const largest = new Map<string, number>();
  for (const f of figures) {
    if (!f.unit || weighsAs(f) === 'percent' || f.kind === 'ratio' || f.unit === 'year') continue;
    largest.set(f.unit, Math.max(Math.abs(f.value), largest.get(f.unit) ?? 0));
  }
  return largest;
}

/** Up to `RANK_BONUS.magnitude` for the largest amounts of a unit, less for smaller ones. */
function magnitude(figure: Figure, largest: ReadonlyMap<string, number>): number {
  const max = largest.get(figure.unit);
  const value = Math.abs(figure.value);
  if (!max || !value) return 0;
  const decades = Math.log10(max / value);
  return RANK_BONUS.magnitude * Math.max(0, 1 - decades / RANK_BONUS.magnitudeDecades);
}

function score(figure: Figure, ctx: RankContext, largest: ReadonlyMap<string, number>): number {
  const earliness = ctx.textLength > 0 ? 1 - figure.position / ctx.textLength : 1;
  return (
    KIND_WEIGHTS[weighsAs(figure)] +
    (figure.kind === 'target' ? RANK_BONUS.target : 0) +
    (figure.unit ? 0 : -RANK_BONUS.bare) +
    (ctx.inTitle(figure) ? RANK_BONUS.title : 0) +
    (ctx.inStandfirst(figure) ? RANK_BONUS.standfirst : 0) +
    (ctx.inHeading(figure) ? RANK_BONUS.heading : 0) +
    (figure.position < ctx.leadEnd ? RANK_BONUS.lead : 0) +
    RANK_BONUS.early * earliness +
    RANK_BONUS.mention * Math.min(figure.mentions - 1, RANK_BONUS.maxMentions) +
    magnitude(figure, largest)
  );
}

/** The figures sorted by salience, the first `max` of them, with `rank` set from 1. */
export function rankFigures(figures: readonly Figure[], ctx: RankContext, max: number): Figure[] {
  const largest = largestByUnit(figures);
  return figures
    .map((figure) => ({ figure, score: score(figure, ctx, largest) }))
    .sort((a, b) => b.score - a.score || a.figure.position - b.figure.position)
    .slice(0, Math.max(0, max))
    .map(({ figure }, i) => ({ ...figure, rank: i + 1 }));
}
