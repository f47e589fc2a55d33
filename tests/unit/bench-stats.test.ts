/**
 * The benchmark's speed budget (bench/stats.mjs `budgetSummary`): what a time target leaves for Pith's own
 * stages once what it pays whatever they do is taken off, against what they take.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the benchmark, without types
import { budgetSummary } from '../../bench/stats.mjs';

const FIXED = ['clone', 'readability', 'rest'];

describe('budgetSummary', () => {
  it('takes the fixed steps off the target and sums the other steps as the own stages, per page, then the medians', () => {
    const rows = [
      { readability: 10, walk: 0.5, timings: { clone: 1, readability: 6, rest: 1, unprotect: 3, related: 1 } },
      { readability: 20, walk: 0.7, timings: { clone: 2, readability: 14, rest: 1, unprotect: 5, related: 2 } },
      { readability: 30, walk: 0.9, timings: { clone: 3, readability: 20, rest: 1, unprotect: 6, related: 4 } },
    ];
    const b = budgetSummary(rows, 1.2, FIXED, ['walk']);
    // Per page: fixed 8, 17, 24; budget 12 − 8 = 4, 24 − 17 = 7, 36 − 24 = 12; own 4, 7, 10.
    expect(b).toMatchObject({ pages: 3, ratio: 1.2, fixedKeys: FIXED, fixed: 17, own: 7, refs: { walk: 0.7 } });
    expect(b.budget).toBeCloseTo(7, 10);
  });

  it('can leave nothing: a negative budget says the fixed part alone exceeds the target', () => {
    const b = budgetSummary([{ readability: 10, timings: { clone: 2, readability: 11, rest: 1, trim: 1 } }], 1.2, FIXED);
    expect(b.budget).toBeCloseTo(-2, 10);
    expect(b.own).toBe(1);
  });

  it('leaves out pages without timings (refused or failed)', () => {
    const b = budgetSummary([{ readability: 10, timings: null }, { readability: Number.NaN, timings: { clone: 1 } }], 1.2, FIXED);
    expect(b.pages).toBe(0);
  });
});
