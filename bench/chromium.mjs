// Speed in real Chromium: Pith's two parts against bare Readability (bench/.build/readability.iife.js, bundled and
// minified the way the extension's scripts are), in the same run:
//  - the page part: the shipped injected script (.output/chrome-mv3/extract.js, as built; `readPage`), timed inside
//    the page: what the reader's tab pays;
//  - the finish part: bench/.build/finish.iife.js (`finishArticle`: shape check, sanitize, text, figures, as the
//    popup runs it), timed in a second tab of the same browser on what the page part returned in that round;
//  - their sum, per round: the whole cost of reading a page.
//
// Pages are served in place from the corpus folder on 127.0.0.1 (tests/e2e/harness.mjs `serveFixtures`, UTF-8)
// to headless Chromium (`launchChromium`: requests to anything but 127.0.0.1 are aborted). The pages' own scripts
// are blocked with a `Content-Security-Policy: script-src 'none'` header (disabling JavaScript instead would
// also stop the Trusted Types callback DOMPurify uses). Both scripts are evaluated in an isolated world, as
// `scripting.executeScript` runs the real one; each evaluation, script start-up included, is timed with
// performance.now() in the page; the finish bundle's start-up is timed with the finish part. After a warm-up,
// each page gets `reps` rounds in alternating order; its time is the median.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROME_BUILD, launchChromium, serveFixtures } from '../tests/e2e/harness.mjs';
import { FINISH_GLOBAL, FINISH_IIFE, READABILITY_GLOBAL, READABILITY_IIFE } from './build.mjs';
import { CORPUS_ROOT } from './corpus.mjs';
import { corpusTab } from './corpus-tab.mjs';
import { addCounts, metrics, scorePage } from './.build/node-entry.mjs';
import { progress } from './progress.mjs';
import { speedPages } from './speed.mjs';
import { TARGETS } from './report.mjs';
import { budgetSummary, median, medianRecord, REST, timeSummary, withRest } from './stats.mjs';

/** Runs per page, pages warmed up first, trafilatura pages sampled evenly (all readability-pages are used). */
export const CHROMIUM_DEFAULTS = { reps: 3, warmup: 5, sample: 100, navigationTimeout: 30_000 };
/** The shipped injected script. */
export const EXTRACT_SCRIPT = path.join(CHROME_BUILD, 'extract.js');

/** A script file as one expression: its source without the trailing semicolon and source-map comment. */
function asExpression(file) {
  return readFileSync(file, 'utf8')
    .replace(/\/\/# sourceMappingURL=\S*\s*$/, '')
    .trim()
    .replace(/;$/, '');
}

/** In the page: runs the shipped extract.js (the page part), times it, returns its result as it would reach the popup. */
const pithExpression = (code) => `(() => {
  const t0 = performance.now();
  const result = ${code};
  return { ms: performance.now() - t0, result };
})()`;

/** In the second tab: loads the finish bundle and finishes one page part's result, timed together. */
const finishExpression = (code, pageResult) => `(() => {
  const page = ${JSON.stringify(pageResult)};
  const t0 = performance.now();
  ${code};
  const r = ${FINISH_GLOBAL}.finish(page);
  return { ...r, ms: performance.now() - t0 };
})()`;

/** In the page: loads the bare Readability bundle and runs it on a clone of the document, timed together. */
const readabilityExpression = (code) => `(() => {
  const t0 = performance.now();
  ${code};
  const r = ${READABILITY_GLOBAL}.readBare(document);
  return { ...r, ms: performance.now() - t0 };
})()`;

/**
 * In the page: one walk over a clone of the document that reads each element's class and id, the least a stage that
 * looks at every element can do. Only the walk is timed: a reference for what Pith's own stages can cost.
 */
const walkExpression = `(() => {
  const doc = document.cloneNode(true);
  const t0 = performance.now();
  const walker = doc.createTreeWalker(doc.documentElement, 1);
  let named = 0;
  for (let el = walker.currentNode; el; el = walker.nextNode()) if (el.getAttribute('class') !== null || el.getAttribute('id') !== null) named++;
  return { ms: performance.now() - t0, named };
})()`;

/** What the page part pays whatever its own stages do: the size check, the clone, Readability, serialisation, start-up. */
export const PAGE_FIXED_KEYS = ['precheck', 'clone', 'readability', 'html', REST];

export async function runChromium(opts = {}) {
  const reps = opts.reps ?? CHROMIUM_DEFAULTS.reps;
  const pages = speedPages(opts, opts.sample ?? CHROMIUM_DEFAULTS.sample);
  const scripts = {
    pith: pithExpression(asExpression(EXTRACT_SCRIPT)),
    finish: (pageResult) => finishExpression(asExpression(FINISH_IIFE), pageResult),
    readability: readabilityExpression(asExpression(READABILITY_IIFE)),
    walk: walkExpression,
  };
  const server = await serveFixtures(CORPUS_ROOT);
  let chromium;
  try {
    chromium = await launchChromium();
    const corpus = await corpusTab(chromium, server, CHROMIUM_DEFAULTS.navigationTimeout);
    // The finish part runs where the popup would: not in the page, in a page of its own.
    const finishTab = await chromium.context.newPage();
    const visit = (p, i, n) => timePage({ corpus, finishTab, scripts }, p, i, n);
    for (const [i, p] of pages.slice(0, CHROMIUM_DEFAULTS.warmup).entries()) await visit(p, i, 1);
    const bar = progress('speed (chromium)', pages.length, 25);
    const rows = [];
    for (const [i, p] of pages.entries()) {
      bar.tick(i, p.name);
      rows.push(await visit(p, i, reps));
    }
    bar.done();
    const ok = rows.filter((r) => !r.error);
    const byCorpus = (c) => timeSummary(ok.filter((r) => r.corpus === c));
    const part = (key, timings) => timeSummary(ok.map((r) => ({ ...r, pith: r[key], timings: r[timings] })));
    return {
      pages: rows,
      summary: {
        quality: scoreLabelled(rows),
        browser: `Chromium ${chromium.context.browser()?.version() ?? '?'} (headless)`,
        reps,
        pageErrors: rows.filter((r) => r.error).map((r) => ({ name: r.name, error: r.error })),
        refusedByPith: ok.filter((r) => !r.pithOk).length,
        claim: 'page',
        all: timeSummary(ok),
        'readability-pages': byCorpus('readability-pages'),
        'trafilatura-eval': byCorpus('trafilatura-eval'),
        parts: { page: timeSummary(ok), finish: part('finish', 'finishTimings'), total: part('total', null) },
        budget: budgetSummary(ok, TARGETS.timeRatio, PAGE_FIXED_KEYS, ['walk']),
      },
    };
  } finally {
    await chromium?.close();
    await server.close();
  }
}

/** One page: load it, then `reps` rounds of both extractors in alternating order, in a fresh isolated world. */
async function timePage({ corpus, finishTab, scripts }, page, index, reps) {
  const base = { corpus: page.corpus, name: page.name };
  try {
    const run = await corpus.open(page);
    const pith = [];
    const bare = [];
    const walk = [];
    const readPith = async () => {
      const inPage = await run(scripts.pith);
      const finished = await finishTab.evaluate(scripts.finish(inPage.result));
      pith.push({ page: inPage.ms, pageTimings: inPage.result?.timings ?? null, ...finished, finish: finished.ms, total: inPage.ms + finished.ms });
    };
    for (let round = 0; round < reps; round++) {
      const pithFirst = (index + round) % 2 === 0;
      if (pithFirst) await readPith();
      bare.push(await run(scripts.readability));
      if (!pithFirst) await readPith();
    }
    // After the timed rounds, so that neither extractor pays for the reference's garbage.
    for (let round = 0; round < reps; round++) walk.push((await run(scripts.walk)).ms);
    const finishTimings = (r) => r.timings && Object.fromEntries(Object.entries(r.timings).filter(([k]) => !(k in (r.pageTimings ?? {}))));
    return {
      ...base,
      pith: median(pith.map((r) => r.page)),
      finish: median(pith.map((r) => r.finish)),
      total: median(pith.map((r) => r.total)),
      readability: median(bare.map((r) => r.ms)),
      walk: median(walk),
      timings: medianRecord(pith.map((r) => withRest(r.pageTimings, r.page))),
      finishTimings: medianRecord(pith.map((r) => withRest(finishTimings(r), r.finish))),
      readabilityTimings: medianRecord(bare.map((r) => withRest(r.timings, r.ms))),
      pithOk: pith.every((r) => r.ok),
      pithError: pith.find((r) => !r.ok)?.error ?? null,
      counts: page.annotation
        ? { pith: counts(scorePage(pith[0]?.text, page.annotation)), readability: counts(scorePage(bare[0]?.text, page.annotation)) }
        : null,
    };
  } catch (err) {
    return { ...base, error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  }
}

const counts = ({ tp, fp, fn, tn }) => ({ tp, fp, fn, tn });

/** The snippet metric on the human-labelled pages of the sample, from the texts extracted in the browser. */
function scoreLabelled(rows) {
  const labelled = rows.filter((r) => r.counts);
  const of = (who) => metrics(addCounts(labelled.map((r) => r.counts[who])));
  return { pages: labelled.length, names: labelled.map((r) => r.name), pith: of('pith'), readability: of('readability') };
}
