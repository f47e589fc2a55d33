// The benchmark's reports: a JSON file with everything, a Markdown file for people, and the summary table.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addCounts, metrics } from './.build/node-entry.mjs';
import { EXTRACTORS } from './quality.mjs';

/** Targets (for information: the report says whether they are met). */
export const TARGETS = { f1: 0.93, timeRatio: 1.2, injectedGzipKB: 45 };

const LABELS = {
  pith: 'Pith',
  readability: 'bare Readability',
  'readability-blocks': 'bare Readability, HTML → htmlToText',
  defuddle: 'Defuddle',
};

const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '–');
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');
const times = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const yes = (ok) => (ok ? 'met' : '**not met**');
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown table. */
function table(head, rows) {
  return [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** How the report names the parts of Pith's pipeline that are timed. */
const PART_LABELS = {
  page: 'page part (injected script, in the reader\'s tab)',
  finish: 'finish part (in an extension page)',
  total: 'whole pipeline (page + finish)',
};

/** The timed parts of a speed summary, in order: [part, timeSummary]; one part ('total') when only the whole was timed. */
function timedParts(summary) {
  return summary.parts ? Object.entries(summary.parts) : [['total', summary.all]];
}

/** The summary table: one row per measure, with the target and whether it is met. */
export function summaryTable(results) {
  const rows = [];
  for (const set of ['tuning', 'heldout']) {
    const f = results.figures?.[set]?.summary;
    if (!f) continue;
    rows.push([`key figures (${set}, ${f.cases} articles): recall of importance 1`, f3(f.recallImportance1), '', '', '≥ 0.95']);
    rows.push([`key figures (${set}): recall of all labelled`, f3(f.recallAll), '', '', '≥ 0.85']);
    rows.push([`key figures (${set}): labelled non-key reported`, f3(f.nonKeyShare), '', '', '≤ 0.10']);
    rows.push([`key figures (${set}): from outside the article`, String(f.outsideArticle), '', '', '0']);
    rows.push([`key figures (${set}): per article, reported / labelled`, `${f.figuresPerArticle.toFixed(1)} / ${f.labelledPerArticle.toFixed(1)}`, '', '', '']);
  }
  const r = results.related?.summary;
  if (r) {
    rows.push(['related posts (fixtures): precision / recall', `${f3(r.precision)} / ${f3(r.recall)}`, '', '', '≥ 0.95 / ≥ 0.90']);
    rows.push(['related posts: no-block pages with reports', String(r.noBlockPagesWithReports), '', '', '0']);
  }
  const l = results.library?.summary;
  if (l) {
    rows.push([`library (${l.count} articles): first paint, median`, ms(l.firstPaint.median), '', '', `≤ ${l.targets.firstPaintMs} ms: ${yes(l.firstPaint.median <= l.targets.firstPaintMs)}`]);
    rows.push(['library: search per query, median / p95', `${ms(l.search.median)} / ${ms(l.search.p95)}`, '', '', `≤ ${l.targets.searchMs} ms: ${yes(l.search.p95 <= l.targets.searchMs)}`]);
    rows.push(['library: saving one article, median', ms(l.save.median), '', '', `≤ ${l.targets.saveMs} ms: ${yes(l.save.median <= l.targets.saveMs)}`]);
    if (l.export) rows.push([`library: export of all to .zip (.${l.export.format})`, `${l.export.seconds.toFixed(1)} s, ${(l.export.bytes / 1e6).toFixed(1)} MB`, '', '', 'reported']);
  }
  const q = results.quality?.summary;
  if (q) {
    const m = q.metrics;
    const beatsAll = m.pith.f1 > m.readability.f1 && m.pith.f1 > m.defuddle.f1;
    rows.push([`F1, human labels (${q.pages} pages)`, f3(m.pith.f1), f3(m.readability.f1), f3(m.defuddle.f1), `≥ ${TARGETS.f1}, above both: ${yes(m.pith.f1 >= TARGETS.f1 && beatsAll)}`]);
    for (const k of ['precision', 'recall', 'accuracy']) rows.push([k, f3(m.pith[k]), f3(m.readability[k]), f3(m.defuddle[k]), '']);
    rows.push(['pages Pith worse / better than Readability', `${q.pithVsReadability.worse} / ${q.pithVsReadability.better}`, '', '', '']);
  }
  const a = results.readability?.summary;
  if (a) {
    const allMeta = (who) => Object.values(a.metadataAgreement[who]).reduce((x, y) => x + y, 0);
    const fields = Object.keys(a.metadataAgreement.pith).length;
    rows.push([`readability-pages: text same as expected (${a.pages})`, `${a.sameText.pith}`, `${a.sameText.readability}`, '', '']);
    rows.push(['readability-pages: similarity, mean', f3(a.similarity.pith.mean), f3(a.similarity.readability.mean), '', '']);
    rows.push([`readability-pages: metadata fields agreeing (of ${a.pages * fields})`, `${allMeta('pith')}`, `${allMeta('readability')}`, '', '']);
  }
  for (const [key, where] of [['speed', 'Node, jsdom'], ['chromium', 'Chromium']]) {
    const summary = results[key]?.summary;
    if (!summary?.all) continue;
    for (const [part, s] of timedParts(summary)) {
      const claimed = part === (summary.claim ?? 'total');
      const label = `${PART_LABELS[part]}${claimed ? ' (target claimed here)' : ''}`;
      const target = claimed ? ` ≤ ${TARGETS.timeRatio}×: ${yes(s.ratio.median <= TARGETS.timeRatio)}` : '';
      rows.push([`time per page, median (${where}, ${s.pages} pages): ${label}`, ms(s.pith.median), ms(s.readability.median), '', `ratio ${times(s.ratio.median)}${target}`]);
      rows.push([`time per page, p95 (${where}): ${label}`, ms(s.pith.p95), ms(s.readability.p95), '', `ratio ${times(s.ratio.p95)}`]);
    }
  }
  if (results.quality?.summary) {
    const t = results.quality.summary.medianMs;
    rows.push(['time per page, median (Node, quality run, one pass)', ms(t.pith), ms(t.readability), ms(t.defuddle), '']);
  }
  const z = results.size;
  if (z) {
    const inj = z.bundles[0];
    rows.push(['injected script, gzip (raw)', `${kb(inj.gzip)} (${kb(inj.raw)})`, '', '', `≤ ${TARGETS.injectedGzipKB} KB: ${yes(z.injectedTarget.met)}`]);
  }
  return table(['measure', 'Pith', 'bare Readability', 'Defuddle', 'target'], rows);
}

/** The whole report in Markdown. */
export function markdown(results) {
  const out = [`# Pith benchmark, ${results.startedAt}`, '', environment(results.env), '', '## Summary', '', summaryTable(results)];
  if (results.quality) out.push('', qualitySection(results.quality.summary, results));
  if (results.readability) out.push('', agreementSection(results.readability.summary));
  if (results.speed) out.push('', speedSection('Speed in Node', results.speed.summary, nodeNotes(results.speed.summary)));
  if (results.chromium) out.push('', speedSection('Speed in Chromium', results.chromium.summary, chromiumNotes(results.chromium.summary, results)));
  if (results.size) out.push('', sizeSection(results.size));
  if (results.library) out.push('', librarySection(results.library.summary));
  return `${out.join('\n')}\n`;
}

function environment(env) {
  return [
    `- Run: \`${env.command}\` at commit ${env.commit}${env.dirty ? ' (with uncommitted changes)' : ''}`,
    `- Machine: ${env.cpus}, Node ${env.node}; jsdom ${env.jsdom}, @mozilla/readability ${env.readability}, defuddle ${env.defuddle}`,
    `- Extractors: Pith = \`extractArticle(doc, { url, win })\`, scored on \`article.text\`. Bare Readability = \`new Readability(doc.cloneNode(true)).parse()\`, default options, scored on its \`textContent\` (which runs blocks together; the snippet metric normalises whitespace anyway, and the row "${LABELS['readability-blocks']}" scores the same output rendered by Pith's htmlToText instead). Defuddle = \`new DefuddleClass(doc, { url }).parse()\` from \`defuddle/node\` (synchronous: no async extractors, no network), its \`content\` HTML rendered to text by Pith's htmlToText.`,
    `- Pages decoded as UTF-8 by the harness and parsed with \`new JSDOM(html, { url })\` (no scripts, no resources); the page URL from evaldata.json when http(s), else a placeholder; ${'`http://fakehost/test/page.html`'} for readability-pages.`,
  ].join('\n');
}

function countsTable(counts, head) {
  return table([head, 'count'], Object.entries(counts).map(([k, v]) => [k, v]));
}

function qualitySection(q, results) {
  const rows = EXTRACTORS.map((e) => {
    const m = q.metrics[e];
    const t = q.totals[e];
    return [LABELS[e], f3(m.f1), f3(m.precision), f3(m.recall), f3(m.accuracy), t.tp, t.fp, t.fn, t.tn];
  });
  const worse = q.worse.map((w) => [
    w.name,
    `${w.pith.tp}/${w.pith.fp}/${w.pith.fn}/${w.pith.tn}`,
    `${w.readability.tp}/${w.readability.fp}/${w.readability.fn}/${w.readability.tn}`,
    w.error ?? '',
    w.missedButReadabilityFound.map((m) => `missed (${m.lostAt}): “${short(m.snippet)}”`).concat(w.leakedButReadabilityDidNot.map((l) => `leaked (${l.kind}): “${short(l.snippet)}”`)).join('; '),
  ]);
  const leakRows = Object.entries(q.pithLeaks.byKind).map(([k, n]) => [k, n, q.readabilityLeaks[k] ?? 0, q.defuddleLeaks[k] ?? 0, (q.pithLeaks.examples[k] ?? []).map((s) => `“${s}”`).join(', ')]);
  const missRows = Object.entries(q.pithMisses.byStageAndPosition).map(([k, n]) => [k, n, (q.pithMisses.examples[k] ?? []).map((s) => `“${s}”`).join(', ')]);
  const failed = Object.entries(q.failedPages.pith).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
  return [
    '## Quality on human labels (trafilatura-eval)',
    '',
    `${q.pages} pages; counts summed over all strings of all pages (trafilatura's metric). A page an extractor fails on scores TP = FP = 0.`,
    '',
    table(['extractor', 'F1', 'precision', 'recall', 'accuracy', 'TP', 'FP', 'FN', 'TN'], rows),
    '',
    `Pages with no text: Pith ${failed}; bare Readability ${q.failedPages.readability}; Defuddle ${q.failedPages.defuddle}.`,
    `Per page (strings right, TP + TN), Pith against bare Readability: ${q.pithVsReadability.better} better, ${q.pithVsReadability.same} the same, ${q.pithVsReadability.worse} worse.`,
    `Pith's text is NFC-normalised (htmlToText); the other two are scored as they come. The metric does not normalise (corpus README: 4 snippets on 2 pages depend on it).`,
    '',
    '### What Pith leaks (false positives), by the kind of page part the snippet sits in',
    '',
    'Kind: the nearest ancestor of the snippet in the page whose tag, role, id or class tells (bench/kinds.ts); "(by its words)" when none does and the snippet\'s words do.',
    '',
    table(['kind', 'Pith', 'bare Readability', 'Defuddle', 'Pith examples'], leakRows),
    '',
    `Leaks Pith has that bare Readability does not: ${Object.entries(q.pithLeaks.newVersusReadability).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}.`,
    ...(q.pithLeaks.byPosition ? ['', countsTable(q.pithLeaks.byPosition, 'where the leaked snippet sits, relative to the `with` snippets Pith found')] : []),
    '',
    '### What Pith misses (false negatives): the stage that lost the snippet, and where it sits',
    '',
    'Stage: Pith\'s stages rerun one by one on a clone (bench/trace.ts); the first after which the snippet is no longer in the working text. "source": not in the page text at all (corpus quirk). "kept by every stage (text format)": the words survive, the plain text breaks the exact match (list bullets, cell separators, block breaks inside the snippet). Position: relative to the `with` snippets Pith did find, in page order ("before": a cut start; "after": a cut ending; "inside": a dropped block).',
    '',
    table(['stage · position', 'snippets', 'examples'], missRows),
    '',
    countsTable(q.pithMisses.byPlace, 'structure holding the missed snippet'),
    '',
    `Of the ${Object.values(q.pithMisses.byStage).reduce((a, b) => a + b, 0)} snippets Pith misses, bare Readability finds ${q.pithMisses.readabilityFoundThem}.`,
    '',
    `### Pages where Pith does worse than bare Readability (${q.worse.length})`,
    '',
    'Counts are TP/FP/FN/TN.',
    '',
    worse.length ? table(['page', 'Pith', 'Readability', 'Pith error', 'what differs'], worse) : 'None.',
    ...(results.chromium ? ['', crossCheck(results)] : []),
  ].join('\n');
}

/** The same labelled pages scored from Chromium's extraction and from Node's. */
function crossCheck(results) {
  const c = results.chromium.summary.quality;
  if (!c.pages) return '';
  const names = new Set(c.names);
  const nodeRows = results.quality.pages.filter((p) => names.has(p.name));
  const node = (who) => metrics(addCounts(nodeRows.map((r) => r.counts[who])));
  return [
    `### The same ${c.pages} labelled pages, extracted in Chromium and in Node`,
    '',
    table(['where', 'Pith F1', 'bare Readability F1'], [
      ['Chromium (live DOM)', f3(c.pith.f1), f3(c.readability.f1)],
      ['Node (jsdom)', f3(node('pith').f1), f3(node('readability').f1)],
    ]),
  ].join('\n');
}

function agreementSection(a) {
  const meta = Object.keys(a.metadataAgreement.pith).map((f) => [f, a.metadataAgreement.pith[f], a.metadataAgreement.readability[f]]);
  const diffs = Object.entries(a.differences).map(([k, d]) => [k, d.pages, d.blocks, d.chars]);
  const differing = a.differing.map((p) => [p.name, f3(p.similarity), p.differences.map((d) => `${d.kind}: ${d.chars} chars, e.g. “${d.example}”`).join('; ')]);
  const metaDiffs = a.metadataDiffs.filter((d) => d.actual !== null || d.expected !== null).map((d) => [d.page, d.field, d.expected ?? '(none)', d.actual ?? '(none)']);
  return [
    '## Agreement with Readability\'s expectations (readability-pages)',
    '',
    `${a.pages} pages, parsed at http://fakehost/test/page.html. Text: the expected HTML and each extractor's output rendered by Pith's htmlToText; similarity is the Dice coefficient of the word multisets (1 = same words). Bare Readability is the check of this harness: it should agree everywhere.`,
    '',
    table(['', 'Pith', 'bare Readability'], [
      ['text the same (similarity ≥ 0.999)', a.sameText.pith, a.sameText.readability],
      ['similarity, median', f3(a.similarity.pith.median), f3(a.similarity.readability.median)],
      ['similarity, mean', f3(a.similarity.pith.mean), f3(a.similarity.readability.mean)],
    ]),
    '',
    'Metadata agreeing with expected-metadata.json (whitespace collapsed; empty = null):',
    '',
    table(['field', 'Pith', 'bare Readability'], meta),
    '',
    'Where Pith\'s text differs from the expected text, block by block (a block of the expected text that Pith lacks is traced to the stage that removed it; a block only Pith has is "text recovered" when it is in the page):',
    '',
    diffs.length ? table(['kind of difference', 'pages', 'blocks', 'characters'], diffs) : 'No differences.',
    '',
    differing.length ? table(['page', 'similarity', 'differences (characters, one example each)'], differing) : '',
    '',
    metaDiffs.length ? table(['page', 'field', 'expected', 'Pith'], metaDiffs.map((r) => r.map((v) => (v.length > 80 ? `${v.slice(0, 77)}…` : v)))) : 'Pith\'s metadata agrees everywhere.',
  ].join('\n');
}

function nodeNotes(s) {
  return `${s.dom}, Node ${s.node}; each page parsed once, ${s.reps} rounds per page in alternating order (median per page), after a warm-up; garbage collected between pages: ${s.gcBetweenPages ? 'yes' : 'no (run node with --expose-gc)'}. Pith's time is the whole \`extractArticle\` call (precheck, clone, stages, result); bare Readability's is clone + \`parse()\`. Pages Pith refused (counted at the time they took): ${s.refusedByPith}.`;
}

function chromiumNotes(s, results) {
  const errs = s.pageErrors.length ? ` Pages that did not load: ${s.pageErrors.map((e) => e.name).join(', ')}.` : '';
  return `${s.browser}; the shipped \`extract.js\` (the page part, \`readPage\`) and a bare Readability bundle (bench/.build/readability.iife.js) evaluated in an isolated world of each page, served from 127.0.0.1 with the page's own scripts blocked by CSP. Times are taken inside the page with performance.now() (0.1 ms resolution) around the whole evaluation, script start-up included ("rest" below: start-up, precheck, result). The finish part (bench/.build/finish.iife.js: \`finishArticle\`, the shape check, sanitize, text and figures the popup runs) is timed the same way in a second tab of the same browser, bundle start-up included, on what the page part returned in that round. The "Pith" columns of the first table are the page part, what the reader's tab pays: the target is claimed for it; the finish part and the sum are in the second table and in the summary. ${s.reps} rounds per page in alternating order (median per page), after a warm-up. All readability-pages and an even sample of trafilatura-eval pages. Pages Pith refused: ${s.refusedByPith}.${errs}${results.size ? ` Build measured: ${results.size.builtAt}.` : ''}`;
}

/** How the report names the reference times of a budget (bench/stats.mjs `budgetSummary`). */
const BUDGET_REFS = {
  walk: 'one walk over a clone of the page that reads each element\'s class and id (the least a stage looking at every element does)',
  sanitizeBare: 'Pith\'s sanitiser (DOMPurify, src/sanitize.ts) on bare Readability\'s article',
};

/** What the time target leaves for Pith's own stages, against what they take. */
function budgetSection(b) {
  if (!b?.pages) return [];
  const rows = [
    [`what Pith pays whatever its own stages do (${b.fixedKeys.join(', ')})`, ms(b.fixed)],
    [`left for its own stages at ${b.ratio}× bare Readability (${b.ratio} × bare − the above, per page)`, ms(b.budget)],
    ['what its own stages take (every other step)', ms(b.own)],
    ...Object.entries(b.refs).map(([k, v]) => [`reference: ${BUDGET_REFS[k] ?? k}`, ms(v)]),
  ];
  return ['', `What the time target leaves for Pith's own stages (medians over ${b.pages} pages):`, '', table(['', 'median per page'], rows)];
}

function speedSection(title, s, notes) {
  const corpora = ['all', 'readability-pages', 'trafilatura-eval'].filter((c) => s[c]?.pages);
  const overall = corpora.map((c) => [
    c,
    s[c].pages,
    `${ms(s[c].pith.median)} / ${ms(s[c].pith.p95)}`,
    `${ms(s[c].readability.median)} / ${ms(s[c].readability.p95)}`,
    `${times(s[c].ratio.median)} / ${times(s[c].ratio.p95)}`,
    times(s[c].medianPerPageRatio),
  ]);
  const stageRows = (x) => Object.entries(x?.stages ?? {}).map(([name, v]) => [name, ms(v.median), ms(v.p95)]);
  const split = Object.keys(s.parts?.finish?.stages ?? {}).length > 0;
  const stages = split ? [...stageRows(s.parts.page), ...stageRows(s.parts.finish).map(([n, ...v]) => [`${n} (finish)`, ...v])] : stageRows(s.all);
  const parts = timedParts(s).map(([part, x]) => [
    `${PART_LABELS[part]}${part === (s.claim ?? 'total') ? ' — target claimed' : ''}`,
    `${ms(x.pith.median)} / ${ms(x.pith.p95)}`,
    `${times(x.ratio.median)} / ${times(x.ratio.p95)}`,
    times(x.medianPerPageRatio),
  ]);
  const bareStages = Object.entries(s.all.readabilityStages ?? {}).map(([name, v]) => [name, ms(v.median), ms(v.p95)]);
  return [
    `## ${title}`,
    '',
    notes,
    '',
    table(['pages', 'n', 'Pith median / p95', 'bare Readability median / p95', 'ratio of medians / of p95', 'median of per-page ratios'], overall),
    '',
    'Each part of Pith against bare Readability (all pages, same rounds):',
    '',
    table(['part', 'median / p95', 'ratio of medians / of p95', 'median of per-page ratios'], parts),
    '',
    `Pith per stage (all pages; the medians of the stages do not add up to the median of the whole):`,
    '',
    table(['stage', 'median', 'p95'], stages),
    ...(bareStages.length ? ['', 'Bare Readability, for comparison:', '', table(['step', 'median', 'p95'], bareStages)] : []),
    ...budgetSection(s.budget),
  ].join('\n');
}

function sizeSection(z) {
  return [
    '## Size of the shipped build',
    '',
    `${z.build}, built ${z.builtAt}. gzip: level 9, each file on its own, summed.`,
    '',
    table(['bundle', 'files', 'raw', 'gzip'], z.bundles.map((b) => [b.name, b.files.join(', '), kb(b.raw), kb(b.gzip)])),
  ].join('\n');
}

const short = (s) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** The library at scale (bench/library.mjs): fill, first paint, save, search, export. */
function librarySection(l) {
  const t = l.targets;
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  const rows = [
    ['library first paint (navigation → first rows)', `${ms(l.firstPaint.median)} / ${ms(l.firstPaint.p95)}`, `≤ ${t.firstPaintMs} ms: ${yes(l.firstPaint.median <= t.firstPaintMs)}`],
    ['search per query (page\'s own measure)', `${ms(l.search.median)} / ${ms(l.search.p95)}`, `≤ ${t.searchMs} ms: ${yes(l.search.p95 <= t.searchMs)}`],
    ['saving one article (request round trip + write)', `${ms(l.save.median)} / ${ms(l.save.p95)}`, `≤ ${t.saveMs} ms: ${yes(l.save.median <= t.saveMs)}`],
    l.export
      ? [`export of all as .${l.export.format} in one .zip`, `${l.export.seconds.toFixed(1)} s, ${mb(l.export.bytes)}, ${l.export.files} files`, 'reported']
      : ['export of all', 'not measured (PITH_BENCH_EXPORT=0)', ''],
    ['full-text index built in the library page', `${l.index.ready ? 'ready' : '**not ready**'} after ${l.index.seconds.toFixed(0)} s (${l.index.indexed} bodies)`, ''],
    l.fill.reused
      ? ['filling the library', `reused the filled profile ${l.fill.reused}`, '']
      : [`filling the library (article/import, batches of 200)`, `${l.fill.seconds.toFixed(0)} s (${l.fill.articlesPerSecond.toFixed(0)} articles/s)`, ''],
  ];
  const queries = l.search.queries.map((q) => [q.query, q.results, ms(q.median), ms(q.p95)]);
  return [
    '## The library at scale',
    '',
    `${l.browser}; the shipped build. ${l.count.toLocaleString('en')} synthetic saved articles (seed ${l.seed}; 800–3,000 words, headings, key figures, related posts; ${mb(l.fill.jsonBytes)} as JSON, ${mb(l.storageBytes)} in storage.local of which ${mb(l.indexBytes)} is the index: reading list and article-entry shards) written through the background's own \`article/import\`. Median / p95; first paint over ${l.firstPaint.n} fresh tabs, save over ${l.save.n} saves, search over ${l.search.n} queries.`,
    '',
    table(['measure', 'median / p95', 'target'], rows),
    '',
    table(['query', 'results', 'median', 'p95'], queries),
  ].join('\n');
}

/** Writes `<stamp>.json` and `<stamp>.md` under `dir`, and the same as `latest.json` / `latest.md`. */
export function writeReports(results, dir) {
  mkdirSync(dir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify(results, null, 1)}\n`;
  const md = markdown(results);
  for (const base of [`bench-${stamp}`, 'latest']) {
    writeFileSync(path.join(dir, `${base}.json`), json);
    writeFileSync(path.join(dir, `${base}.md`), md);
  }
  return { json: path.join(dir, `bench-${stamp}.json`), md: path.join(dir, `bench-${stamp}.md`) };
}
