// Small statistics for the reports.

/** The q-quantile (0..1) of numbers, linear interpolation between closest ranks; NaN for none. */
export function quantile(values, q) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return NaN;
  const at = (xs.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return xs[lo] + (xs[hi] - xs[lo]) * (at - lo);
}

export const median = (values) => quantile(values, 0.5);
export const p95 = (values) => quantile(values, 0.95);

/** Counts items by key, most frequent first, as a plain object. */
export function countBy(items, key) {
  const counts = new Map();
  for (const it of items) {
    const k = key(it);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
}

/** Median and p95 of a list of times (ms). */
export const spread = (values) => ({ median: median(values), p95: p95(values) });

/** Median and p95 per step, over rows' `{ step: ms }` records. */
function stepSpreads(records) {
  const present = records.filter(Boolean);
  const names = [...new Set(present.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(names.map((name) => [name, spread(present.filter((r) => name in r).map((r) => r[name]))]));
}

/**
 * Pith's whole pipeline against bare Readability over pages timed in the same run.
 * `rows`: `{ pith, readability, timings, readabilityTimings }` per page (ms; `timings`: Pith's
 * per-stage ms; `readabilityTimings`: bare Readability's clone and parse).
 * Returns the median and p95 of each, their ratios (Pith / Readability), the median of the
 * per-page ratios, and per-step medians and p95 for both.
 */
export function timeSummary(rows) {
  const timed = rows.filter((r) => Number.isFinite(r.pith) && Number.isFinite(r.readability));
  const pith = spread(timed.map((r) => r.pith));
  const readability = spread(timed.map((r) => r.readability));
  return {
    pages: timed.length,
    pith,
    readability,
    ratio: { median: pith.median / readability.median, p95: pith.p95 / readability.p95 },
    medianPerPageRatio: median(timed.map((r) => r.pith / r.readability)),
    stages: stepSpreads(timed.map((r) => r.timings)),
    readabilityStages: stepSpreads(timed.map((r) => r.readabilityTimings)),
  };
}

/** Per-key medians of several `{ key: ms }` records (the repetitions of one page). */
export function medianRecord(records) {
  const present = records.filter(Boolean);
  if (!present.length) return null;
  const keys = [...new Set(present.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(keys.map((k) => [k, median(present.map((r) => r[k]))]));
}

/** The name of the time not spent in any named stage (precheck, building the result; in a page, also starting the script). */
export const REST = 'rest';

/** Stage timings plus `rest`: the whole time minus the stages' sum. */
export function withRest(timings, total) {
  if (!timings) return null;
  const staged = Object.values(timings).reduce((a, b) => a + b, 0);
  return { ...timings, [REST]: Math.max(0, total - staged) };
}

/**
 * What a time target leaves for Pith's own stages, per page: `ratio` × bare Readability's time minus what Pith pays
 * whatever its stages do (`fixedKeys` of its per-stage timings: the clone, Readability itself, serialisation, start-up…),
 * against what its own stages (every other key) take. `rows`: `{ readability, timings }` per page, plus whatever
 * reference times `refs` names (e.g. `walk`: one bare walk over the page's elements). Medians over the pages.
 */
export function budgetSummary(rows, ratio, fixedKeys, refs = []) {
  const fixed = new Set(fixedKeys);
  const timed = rows.filter((r) => r.timings && Number.isFinite(r.readability));
  const sum = (timings, keep) => Object.entries(timings).reduce((s, [k, v]) => (keep(k) ? s + v : s), 0);
  const perPage = timed.map((r) => {
    const paid = sum(r.timings, (k) => fixed.has(k));
    return { fixed: paid, budget: ratio * r.readability - paid, own: sum(r.timings, (k) => !fixed.has(k)) };
  });
  return {
    pages: timed.length,
    ratio,
    fixedKeys,
    fixed: median(perPage.map((p) => p.fixed)),
    budget: median(perPage.map((p) => p.budget)),
    own: median(perPage.map((p) => p.own)),
    refs: Object.fromEntries(refs.map((k) => [k, median(timed.map((r) => r[k]))])),
  };
}
