// Quality on human labels: the trafilatura-eval corpus, Pith against bare Readability and Defuddle in the same run,
// with Pith's failures analysed by kind (what leaks, where missing text is lost).
import { select, trafilaturaPages, withPage } from './corpus.mjs';
import { htmlText, runDefuddle, runPith, runReadability } from './extractors.mjs';
import { addCounts, contentPlaceOf, kindOf, metrics, positionOf, scorePage, traceSnippets } from './.build/node-entry.mjs';
import { progress } from './progress.mjs';
import { countBy, median } from './stats.mjs';

/** The extractors scored, in report order. `readability-blocks` is bare Readability's HTML rendered by Pith's htmlToText. */
export const EXTRACTORS = ['pith', 'readability', 'readability-blocks', 'defuddle'];

/** Scores every selected page; returns the per-page rows and the summary. */
export async function runQuality(opts = {}) {
  const pages = select(trafilaturaPages(), opts);
  const bar = progress('quality', pages.length);
  const rows = [];
  for (const [i, page] of pages.entries()) {
    bar.tick(i, page.name);
    rows.push(await withPage(page.file, page.url, (dom) => scoreOnePage(dom, page)));
  }
  bar.done();
  return { pages: rows, summary: summarise(rows) };
}

/** One page: the extractors, their scores, and why Pith misses or leaks what it does. */
function scoreOnePage(dom, page) {
  const doc = dom.window.document;
  const pith = runPith(dom, page.url);
  const bare = runReadability(dom);
  const bareBlocks = bare.parsed?.content ? htmlText(dom, bare.parsed.content) : null;
  const scores = {
    pith: scorePage(pith.text, page.annotation),
    readability: scorePage(bare.text, page.annotation),
    'readability-blocks': scorePage(bareBlocks, page.annotation),
  };
  const diagnosis = diagnose(dom, page, scores);
  // Last: Defuddle normalises some attributes of the document it reads.
  const defuddle = runDefuddle(dom, page.url);
  scores.defuddle = scorePage(defuddle.text, page.annotation);
  const leakedKinds = (s) => s.leaked.map((snippet) => ({ snippet, kind: kindOf(doc, snippet) }));
  return {
    name: page.name,
    url: page.url,
    counts: Object.fromEntries(EXTRACTORS.map((e) => [e, pick(scores[e])])),
    ms: { pith: pith.ms, readability: bare.ms, defuddle: defuddle.ms },
    timings: pith.timings ?? null,
    errors: { pith: pith.error ?? null, readability: bare.error ?? null, defuddle: defuddle.error ?? null },
    ok: { pith: pith.ok, readability: bare.ok, defuddle: defuddle.ok },
    pith: diagnosis,
    leaks: { readability: leakedKinds(scores.readability), defuddle: leakedKinds(scores.defuddle) },
  };
}

const pick = ({ tp, fp, fn, tn }) => ({ tp, fp, fn, tn });

/** Why Pith misses (stage lost, position, structure) and what kind of page part it leaks. */
function diagnose(dom, page, scores) {
  const doc = dom.window.document;
  const { missing, leaked } = scores.pith;
  const found = page.annotation.with.filter((s) => !missing.includes(s));
  const lostAt = missing.length ? traceSnippets(doc, dom.window, page.url, missing) : [];
  const bareFound = new Set(page.annotation.with.filter((s) => !scores.readability.missing.includes(s)));
  return {
    missing: missing.map((snippet, i) => ({
      snippet,
      lostAt: lostAt[i] ?? 'kept by every stage (text format)',
      position: positionOf(doc, snippet, found),
      place: contentPlaceOf(doc, snippet),
      readabilityHasIt: bareFound.has(snippet),
    })),
    leaked: leaked.map((snippet) => ({
      snippet,
      kind: kindOf(doc, snippet),
      position: positionOf(doc, snippet, found),
      readabilityLeaksIt: scores.readability.leaked.includes(snippet),
    })),
  };
}

/** Page-level correct strings: found `with` plus absent `without`. */
const correct = (c) => c.tp + c.tn;

/** Totals, metrics, the pages where Pith does worse than bare Readability, failure kinds. */
function summarise(rows) {
  const totals = Object.fromEntries(EXTRACTORS.map((e) => [e, addCounts(rows.map((r) => r.counts[e]))]));
  const worse = rows
    .filter((r) => correct(r.counts.pith) < correct(r.counts.readability))
    .map((r) => ({
      name: r.name,
      pith: r.counts.pith,
      readability: r.counts.readability,
      error: r.errors.pith,
      missedButReadabilityFound: r.pith.missing.filter((m) => m.readabilityHasIt),
      leakedButReadabilityDidNot: r.pith.leaked.filter((l) => !l.readabilityLeaksIt),
    }));
  const missing = rows.flatMap((r) => r.pith.missing);
  const leaked = rows.flatMap((r) => r.pith.leaked);
  return {
    pages: rows.length,
    totals,
    metrics: Object.fromEntries(EXTRACTORS.map((e) => [e, metrics(totals[e])])),
    medianMs: {
      pith: median(rows.map((r) => r.ms.pith)),
      readability: median(rows.map((r) => r.ms.readability)),
      defuddle: median(rows.map((r) => r.ms.defuddle)),
    },
    failedPages: {
      pith: countBy(rows.filter((r) => !r.ok.pith), (r) => (r.errors.pith ?? 'no text').split(':')[0]),
      readability: rows.filter((r) => !r.ok.readability).length,
      defuddle: rows.filter((r) => !r.ok.defuddle).length,
    },
    pithVsReadability: {
      better: rows.filter((r) => correct(r.counts.pith) > correct(r.counts.readability)).length,
      same: rows.filter((r) => correct(r.counts.pith) === correct(r.counts.readability)).length,
      worse: worse.length,
    },
    worse,
    pithLeaks: {
      byKind: countBy(leaked, (l) => l.kind),
      byPosition: countBy(leaked, (l) => l.position),
      newVersusReadability: countBy(leaked.filter((l) => !l.readabilityLeaksIt), (l) => l.kind),
      examples: examplesBy(leaked, (l) => l.kind),
    },
    readabilityLeaks: countBy(rows.flatMap((r) => r.leaks.readability), (l) => l.kind),
    defuddleLeaks: countBy(rows.flatMap((r) => r.leaks.defuddle), (l) => l.kind),
    pithMisses: {
      byStage: countBy(missing, (m) => m.lostAt),
      byPosition: countBy(missing, (m) => m.position),
      byPlace: countBy(missing, (m) => m.place),
      byStageAndPosition: countBy(missing, (m) => `${m.lostAt} · ${m.position}`),
      readabilityFoundThem: missing.filter((m) => m.readabilityHasIt).length,
      examples: examplesBy(missing, (m) => `${m.lostAt} · ${m.position}`),
    },
  };
}

/** Up to `n` example snippets (shortened) per key. */
function examplesBy(items, key, n = 3) {
  const out = {};
  for (const it of items) {
    const k = key(it);
    (out[k] ??= []).length < n && out[k].push(it.snippet.length > 90 ? `${it.snippet.slice(0, 87)}…` : it.snippet);
  }
  return out;
}
