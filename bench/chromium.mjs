// Speed in real Chromium: the shipped injected script (.output/chrome-mv3/extract.js, as built) against bare
// Readability (bench/.build/readability.iife.js, bundled and minified the same way), timed inside the page.
//
// Pages are served in place from the corpus folder on 127.0.0.1 (tests/e2e/harness.mjs `serveFixtures`, UTF-8)
// to headless Chromium (`launchChromium`: requests to anything but 127.0.0.1 are aborted). The pages' own scripts
// are blocked with a `Content-Security-Policy: script-src 'none'` header (disabling JavaScript instead would
// also stop the Trusted Types callback DOMPurify uses). Both scripts are evaluated in an isolated world, as
// `scripting.executeScript` runs the real one; each evaluation, script start-up included, is timed with
// performance.now() in the page. After a warm-up, each page gets `reps` rounds in alternating order; its time
// is the median.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROME_BUILD, launchChromium, serveFixtures } from '../tests/e2e/harness.mjs';
import { READABILITY_GLOBAL, READABILITY_IIFE } from './build.mjs';
import { CORPUS_ROOT } from './corpus.mjs';
import { addCounts, metrics, scorePage } from './.build/node-entry.mjs';
import { progress } from './progress.mjs';
import { speedPages } from './speed.mjs';
import { median, medianRecord, timeSummary, withRest } from './stats.mjs';

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

/** In the page: runs the shipped extract.js, times it, returns what the benchmark needs (not the article HTML). */
const pithExpression = (code) => `(() => {
  const t0 = performance.now();
  const result = ${code};
  const ms = performance.now() - t0;
  return result.ok
    ? { ok: true, ms, timings: result.timings ?? null, text: result.article.text }
    : { ok: false, ms, timings: null, text: null, error: result.reason + (result.detail ? ': ' + result.detail : '') };
})()`;

/** In the page: loads the bare Readability bundle and runs it on a clone of the document, timed together. */
const readabilityExpression = (code) => `(() => {
  const t0 = performance.now();
  ${code};
  const r = ${READABILITY_GLOBAL}.readBare(document);
  return { ...r, ms: performance.now() - t0 };
})()`;

/** Blocks the page's own scripts; everything else of the response is kept. */
async function withoutPageScripts(route) {
  const response = await route.fetch();
  await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
}

export async function runChromium(opts = {}) {
  const reps = opts.reps ?? CHROMIUM_DEFAULTS.reps;
  const pages = speedPages(opts, opts.sample ?? CHROMIUM_DEFAULTS.sample);
  const scripts = { pith: pithExpression(asExpression(EXTRACT_SCRIPT)), readability: readabilityExpression(asExpression(READABILITY_IIFE)) };
  const server = await serveFixtures(CORPUS_ROOT);
  let chromium;
  try {
    chromium = await launchChromium();
    const tab = await chromium.context.newPage();
    await tab.route(`${server.origin}/**`, withoutPageScripts);
    const cdp = await chromium.context.newCDPSession(tab);
    const visit = (p, i, n) => timePage({ tab, cdp, server, scripts }, p, i, n);
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
    return {
      pages: rows,
      summary: {
        quality: scoreLabelled(rows),
        browser: `Chromium ${chromium.context.browser()?.version() ?? '?'} (headless)`,
        reps,
        pageErrors: rows.filter((r) => r.error).map((r) => ({ name: r.name, error: r.error })),
        refusedByPith: ok.filter((r) => !r.pithOk).length,
        all: timeSummary(ok),
        'readability-pages': byCorpus('readability-pages'),
        'trafilatura-eval': byCorpus('trafilatura-eval'),
      },
    };
  } finally {
    await chromium?.close();
    await server.close();
  }
}

/** One page: load it, then `reps` rounds of both scripts in alternating order, in a fresh isolated world. */
async function timePage({ tab, cdp, server, scripts }, page, index, reps) {
  const base = { corpus: page.corpus, name: page.name };
  const rel = path.relative(CORPUS_ROOT, page.file).split(path.sep).map(encodeURIComponent).join('/');
  try {
    await tab.goto(server.url(rel), { waitUntil: 'load', timeout: CHROMIUM_DEFAULTS.navigationTimeout });
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'pith-bench' });
    const run = async (expression) => {
      const r = await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value;
    };
    const pith = [];
    const bare = [];
    for (let round = 0; round < reps; round++) {
      const pithFirst = (index + round) % 2 === 0;
      if (pithFirst) pith.push(await run(scripts.pith));
      bare.push(await run(scripts.readability));
      if (!pithFirst) pith.push(await run(scripts.pith));
    }
    return {
      ...base,
      pith: median(pith.map((r) => r.ms)),
      readability: median(bare.map((r) => r.ms)),
      timings: medianRecord(pith.map((r) => withRest(r.timings, r.ms))),
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
