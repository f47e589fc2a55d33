// Speed in Node (jsdom): Pith's whole pipeline against bare Readability, same pages, same run, interleaved.
// Each page is parsed once; after a warm-up, each extractor runs `reps` times on it in alternating order
// (Pith first on even rounds, Readability first on odd ones, shifted per page), and the page's time is the median.
// Pith's time is the whole `extractArticle` call; its page part (clone and page stages, as the injected script runs
// them) and finish part (the finish stages, as the popup runs them) are the sums of their stages' times.
import { installedVersion, readabilityPages, sample, select, trafilaturaPages, withPage } from './corpus.mjs';
import { sanitizeToBody, TIMING_KEYS } from './.build/node-entry.mjs';
import { TARGETS } from './report.mjs';
import { runPith, runReadability } from './extractors.mjs';
import { progress } from './progress.mjs';
import { budgetSummary, median, medianRecord, REST, timeSummary, withRest } from './stats.mjs';

/** Defaults: runs per page, pages warmed up first, the trafilatura pages sampled evenly. */
export const SPEED_DEFAULTS = { reps: 3, warmup: 10, sample: 200 };

/** The pages timed: all selected readability-pages, and an even sample of the selected trafilatura pages. */
export function speedPages(opts = {}, sampleSize = SPEED_DEFAULTS.sample) {
  return [
    ...select(readabilityPages(), opts).map((p) => ({ ...p, corpus: 'readability-pages' })),
    ...sample(select(trafilaturaPages(), opts), opts.pages ? 0 : sampleSize).map((p) => ({ ...p, corpus: 'trafilatura-eval' })),
  ];
}

/** The timing keys of each part: the size check, the clone and the article's serialisation belong to the page part. */
const PART_KEYS = {
  page: new Set(TIMING_KEYS.page),
  finish: new Set(TIMING_KEYS.finish),
};

/** The time a part's steps took in one run (NaN when the run has no timings). */
function partTime(timings, part) {
  if (!timings) return Number.NaN;
  return Object.entries(timings).reduce((sum, [k, v]) => (PART_KEYS[part].has(k) ? sum + v : sum), 0);
}

/**
 * What the whole pipeline pays whatever Pith's own stages do: the size check, the clone, Readability, serialisation,
 * the sanitiser (any reader that shows page HTML needs one) and the rest.
 */
export const WHOLE_FIXED_KEYS = ['precheck', 'clone', 'readability', 'html', 'sanitize', REST];

/** The time Pith's sanitiser (DOMPurify, src/sanitize.ts) takes on bare Readability's article: a reference. */
function timeSanitize(dom, bare) {
  if (!bare.ok) return Number.NaN;
  const t = performance.now();
  sanitizeToBody(bare.parsed.content, dom.window);
  return performance.now() - t;
}

/** Collects garbage between pages when Node runs with --expose-gc, so no extractor pays for another's garbage. */
const collect = () => globalThis.gc?.();

export async function runSpeed(opts = {}) {
  const reps = opts.reps ?? SPEED_DEFAULTS.reps;
  const pages = speedPages(opts, opts.sample ?? SPEED_DEFAULTS.sample);
  const time = (page, i, n) => withPage(page.file, page.url, (dom) => timePage(dom, page, i, n));
  for (const page of pages.slice(0, SPEED_DEFAULTS.warmup)) await time(page, 0, 1);
  const bar = progress('speed (node)', pages.length);
  const rows = [];
  for (const [i, page] of pages.entries()) {
    bar.tick(i, page.name);
    rows.push(await time(page, i, reps));
  }
  bar.done();
  const byCorpus = (c) => timeSummary(rows.filter((r) => r.corpus === c));
  const ok = rows.filter((r) => r.pithOk);
  const part = (key) => timeSummary(ok.map((r) => ({ ...r, pith: r[key], timings: null })));
  return {
    pages: rows,
    summary: {
      dom: `jsdom ${installedVersion('jsdom')}`,
      node: process.version,
      reps,
      gcBetweenPages: typeof globalThis.gc === 'function',
      refusedByPith: rows.filter((r) => !r.pithOk).length,
      claim: 'total',
      all: timeSummary(rows),
      'readability-pages': byCorpus('readability-pages'),
      'trafilatura-eval': byCorpus('trafilatura-eval'),
      // Parts: pages Pith read (a refused page has no finish part).
      parts: { page: part('page'), finish: part('finish'), total: timeSummary(ok) },
      budget: budgetSummary(ok, TARGETS.timeRatio, WHOLE_FIXED_KEYS, ['sanitizeBare']),
    },
  };
}

/** One page, `reps` rounds of both extractors in alternating order; medians per page. */
function timePage(dom, page, index, reps) {
  collect();
  const pith = [];
  const bare = [];
  for (let round = 0; round < reps; round++) {
    const pithFirst = (index + round) % 2 === 0;
    if (pithFirst) pith.push(runPith(dom, page.url));
    bare.push(runReadability(dom));
    if (!pithFirst) pith.push(runPith(dom, page.url));
  }
  // After the timed rounds, so that neither extractor pays for the reference's garbage.
  const sanitize = bare.map((r) => timeSanitize(dom, r));
  return {
    corpus: page.corpus,
    name: page.name,
    pith: median(pith.map((r) => r.ms)),
    page: median(pith.map((r) => partTime(r.timings, 'page'))),
    finish: median(pith.map((r) => partTime(r.timings, 'finish'))),
    readability: median(bare.map((r) => r.ms)),
    sanitizeBare: median(sanitize),
    timings: medianRecord(pith.map((r) => withRest(r.timings, r.ms))),
    readabilityTimings: medianRecord(bare.map((r) => r.timings)),
    pithOk: pith.every((r) => r.ok),
    pithError: pith.find((r) => !r.ok)?.error ?? null,
  };
}
