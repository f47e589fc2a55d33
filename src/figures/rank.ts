/**
 * Salience of figures: money, percentages and targets first, figures in the
 * headline and the lead before those further down, repeated figures before
 * those said once; ties go to the earlier figure.
 */
import type { Figure } from '../types';
import { KIND_WEIGHTS, RANK_BONUS } from './rules';

/** Where the figures were found, for ranking. */
export interface RankContext {
  /** Length of the article text. */
  readonly textLength: number;
  /** Offset where the lead ends (the lead is `text.slice(0, leadEnd)`). */
  readonly leadEnd: number;
  /** Whether a figure also appears in the headline. */
  readonly inTitle: (figure: Figure) => boolean;
}

function score(figure: Figure, ctx: RankContext): number {
  const earliness = ctx.textLength > 0 ? 1 - figure.position / ctx.textLength : 1;
  return (
    KIND_WEIGHTS[figure.kind] +
    (ctx.inTitle(figure) ? RANK_BONUS.title : 0) +
    (figure.position < ctx.leadEnd ? RANK_BONUS.lead : 0) +
    RANK_BONUS.early * earliness +
    RANK_BONUS.mention * Math.min(figure.mentions - 1, RANK_BONUS.maxMentions)
  );
}

/** The figures sorted by salience, the first `max` of them, with `rank` set from 1. */
export function rankFigures(figures: readonly Figure[], ctx: RankContext, max: number): Figure[] {
  return figures
    .map((figure) => ({ figure, score: score(figure, ctx) }))
    .sort((a, b) => b.score - a.score || a.figure.position - b.figure.position)
    .slice(0, Math.max(0, max))
    .map(({ figure }, i) => ({ ...figure, rank: i + 1 }));
}
