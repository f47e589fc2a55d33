// The library at scale (issue 7), in real headless Chromium with the shipped build (tests/e2e/harness.mjs):
//
// 1. Fill: N synthetic saved articles (default 10,000; deterministic seed), 800–3,000 words of varied text with
//    headings, key figures and related posts, are generated inside an extension page and written through the
//    extension's own bulk path: `article/import` requests of 200 (the background's one queue, the same code as a
//    .json import). The per-article `article/save` path is measured separately (3.).
// 2. First paint: a fresh tab opens library.html; the time from navigation start to the page's
//    `pith:library:first-paint` mark (set with body[data-ready="1"], /work/notes/library-contract.md). Median of `reps`.
// 3. Save: `article/save` of a new realistic article from an extension page, request round trip including the write
//    (performance.now() around runtime.sendMessage), median and p95 of `saves`, with the full library in storage.
// 4. Search: through the library page's own search box (#search + Enter); the time is the page's own measure of the
//    search (#articles[data-search-ms], search only, not rendering), after its full-text index is built
//    (body[data-index-state="ready"]); word and figure queries, `reps` rounds each.
// 5. Export: "Export all" as .md on the library page (#export-format, #export-all): click → download, with the
//    <progress> sampled; total time, size, number of files in the .zip.
//
// Reusing a filled library: PITH_BENCH_PROFILE=<dir> keeps the Chromium profile in <dir>; a later run with the same
// directory, build folder, count and seed skips the fill (the saves measured in 3. are deleted again, nothing else
// writes). PITH_BENCH_EXPORT=0 skips 5.
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { launchChromium } from '../tests/e2e/harness.mjs';
import { median, p95 } from './stats.mjs';

export const LIBRARY_DEFAULTS = {
  count: 10_000,
  seed: 20261127,
  reps: 5,
  saves: 30,
  indexTimeoutMs: 20 * 60_000,
  exportFormat: 'md',
  profile: process.env.PITH_BENCH_PROFILE || undefined,
  exportAll: process.env.PITH_BENCH_EXPORT !== '0',
};

/** The file in a kept profile saying which library it holds. */
const FILLED_MARK = 'pith-bench-filled.json';

/** Whether the kept profile `dir` already holds the library of `count` articles from `seed`. */
async function isFilled(dir, { count, seed }) {
  if (!dir) return false;
  try {
    const mark = JSON.parse(await readFile(path.join(dir, FILLED_MARK), 'utf8'));
    return mark.count === count && mark.seed === seed;
  } catch {
    return false;
  }
}

/** Targets of issue 7. */
export const LIBRARY_TARGETS = { firstPaintMs: 200, searchMs: 50, saveMs: 30 };

/** Word queries and figure queries, as a reader would type them. */
export const LIBRARY_QUERIES = ['copper', 'harvest forecast', 'railway', 'inflation', 'offshore wind', 'vaccine trial', '> $100 million', '2029', '%', '> 5%'];

const IMPORT_BATCH = 200;

/**
 * Generates saved articles `start`…`start + count - 1` for `seed`. Self-contained (it is evaluated in the page
 * as source text): a small PRNG, topic vocabularies, sentences with figures, headings, related posts.
 */
function makeArticles(seed, start, count) {
  const TOPICS = {
    mining: 'copper nickel lithium smelter ore mine output tonnes concentrator exploration deposit royalty miners shaft refinery zinc cobalt'.split(' '),
    farming: 'wheat harvest forecast barley maize grain drought yield farmers fertiliser irrigation crop export silo rainfall soil'.split(' '),
    rail: 'railway train station freight passengers timetable track tunnel locomotive signalling corridor operator delays fares network'.split(' '),
    finance: 'inflation bank rates bonds earnings revenue profit shares investors dividend budget deficit lending currency quarter'.split(' '),
    energy: 'offshore wind turbines solar grid battery storage pipeline gas power capacity megawatts hydrogen emissions tariff'.split(' '),
    health: 'vaccine trial patients hospital doctors clinical dose study outcomes nurses treatment infection ward therapy research'.split(' '),
    tech: 'chips semiconductor factory wafer design software cloud servers startup engineers data model network devices'.split(' '),
    climate: 'heatwave temperatures glacier floods coastline carbon warming season wildfire records drought ocean ice rainfall'.split(' '),
  };
  const COMMON = 'the a of in to and for on with by from at as its their this that new more than after over under while which said according report officials company government year month region plan project market sector analysts local national'.split(' ');
  const SITES = Array.from({ length: 40 }, (_, i) => `site${i}.example`);
  const TAGS = ['to-read', 'work', 'research', 'economy', 'longread', 'charts', 'follow-up', 'archive'];
  const names = Object.keys(TOPICS);
  return Array.from({ length: count }, (_, k) => {
    const n = start + k;
    let s = (seed ^ Math.imul(n + 1, 2654435761)) >>> 0;
    const rnd = () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const topic = names[n % names.length];
    const vocab = TOPICS[topic];
    const word = () => (rnd() < 0.45 ? pick(vocab) : pick(COMMON));
    const figures = [];
    let text = '';
    const html = [];
    const targetWords = 800 + Math.floor(rnd() * 2200);
    let words = 0;
    const figureText = () => {
      const r = rnd();
      if (r < 0.3) {
        const v = 1 + Math.floor(rnd() * 900);
        return { text: `$${v} million`, value: v * 1e6, unit: 'USD', kind: 'money' };
      }
      if (r < 0.6) {
        const v = Math.round(rnd() * 400) / 10;
        return { text: `${v}%`, value: v, unit: '%', kind: 'percent' };
      }
      if (r < 0.8) {
        const v = 1 + Math.floor(rnd() * 50);
        return { text: `${v} million tonnes`, value: v * 1e6, unit: 't', kind: 'quantity' };
      }
      const y = 2025 + Math.floor(rnd() * 10);
      const v = 1 + Math.floor(rnd() * 20);
      return { text: `${v} gigawatts by ${y}`, value: v * 1e9, unit: 'W', kind: 'target', year: y };
    };
    while (words < targetWords) {
      if (rnd() < 0.12) {
        const heading = Array.from({ length: 3 + Math.floor(rnd() * 4) }, word).join(' ');
        html.push(`<h2>${heading}</h2>`);
        text += `${heading}\n\n`;
      }
      const sentences = [];
      for (let i = 0, m = 3 + Math.floor(rnd() * 4); i < m; i++) {
        const parts = Array.from({ length: 8 + Math.floor(rnd() * 18) }, word);
        let sentence = parts.join(' ');
        if (rnd() < 0.18 && figures.length < 25) {
          const f = figureText();
          const measures = `${pick(vocab)} ${pick(vocab)}`;
          sentence = `${sentence} reached ${f.text} for ${measures}`;
          figures.push({ ...f, measures, sentence: '', position: text.length, mentions: 1, rank: 0 });
        }
        sentence = sentence[0].toUpperCase() + sentence.slice(1) + '.';
        if (figures.length && figures[figures.length - 1].sentence === '') figures[figures.length - 1].sentence = sentence;
        sentences.push(sentence);
        words += sentence.split(' ').length;
      }
      const paragraph = sentences.join(' ');
      html.push(rnd() < 0.05 ? `<blockquote><p>${paragraph}</p></blockquote>` : `<p>${paragraph}</p>`);
      text += `${paragraph}\n\n`;
    }
    if (rnd() < 0.3) html.splice(2, 0, `<figure><img src="https://${SITES[n % 40]}/img/${n}.jpg" alt="${pick(vocab)} ${pick(vocab)}"><figcaption>${pick(vocab)} in ${2020 + (n % 6)}</figcaption></figure>`);
    figures.forEach((f, i) => (f.rank = i + 1));
    const site = SITES[Math.floor(rnd() * SITES.length)];
    const url = `https://${site}/${topic}/${n}-${pick(vocab)}-${pick(vocab)}`;
    const title = `${pick(vocab)} ${pick(COMMON)} ${pick(vocab)} ${pick(vocab)} ${n}`.replace(/^./, (c) => c.toUpperCase());
    const related = Array.from({ length: Math.floor(rnd() * 6) }, (_, i) => ({ url: `https://${site}/${topic}/rel-${n}-${i}`, title: `${pick(vocab)} ${pick(vocab)} ${pick(COMMON)} ${pick(vocab)}` }));
    const tags = TAGS.filter(() => rnd() < 0.12);
    const savedAt = new Date(Date.UTC(2023, 0, 1) + Math.floor(rnd() * 3 * 365 * 86400e3)).toISOString();
    return {
      url,
      title,
      byline: rnd() < 0.7 ? `By ${pick(['Ana', 'Lena', 'Omar', 'Ivan', 'Mei', 'Jon'])} ${pick(['Ferreira', 'Hoffmann', 'Haddad', 'Petrov', 'Chen', 'Roe'])}` : null,
      siteName: site,
      publishedTime: savedAt,
      lang: 'en',
      dir: null,
      excerpt: text.slice(0, 160),
      html: html.join(''),
      text: text.trim(),
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / 230)),
      figures,
      related,
      removals: [],
      extractedAt: savedAt,
      id: `bench${n}`,
      savedAt,
      tags,
    };
  });
}

/** Imports articles `start`… in the page: generates them there and sends one `article/import`. */
async function importBatch(page, seed, start, count) {
  return page.evaluate(`(async () => {
    const articles = (${makeArticles})(${seed}, ${start}, ${count});
    const bytes = JSON.stringify(articles).length;
    const answer = await chrome.runtime.sendMessage({ type: 'article/import', articles });
    return { answer, bytes };
  })()`);
}

async function fill(page, { count, seed }, log) {
  const t0 = performance.now();
  let bytes = 0;
  for (let start = 0; start < count; start += IMPORT_BATCH) {
    const { answer, bytes: b } = await importBatch(page, seed, start, Math.min(IMPORT_BATCH, count - start));
    if (!answer.ok || answer.value.problems.length) throw new Error(`import failed at ${start}: ${JSON.stringify(answer).slice(0, 300)}`);
    bytes += b;
    if ((start / IMPORT_BATCH) % 10 === 0) log(`filled ${start + IMPORT_BATCH}/${count}`);
  }
  return { seconds: (performance.now() - t0) / 1000, jsonBytes: bytes, articlesPerSecond: count / ((performance.now() - t0) / 1000) };
}

async function measureSaves(page, { seed, saves, count }) {
  const times = await page.evaluate(`(async () => {
    const articles = (${makeArticles})(${seed + 1}, ${count + 1000}, ${saves});
    const times = [];
    for (const { id, savedAt, tags, ...article } of articles) {
      const t0 = performance.now();
      const answer = await chrome.runtime.sendMessage({ type: 'article/save', article: { ...article, url: article.url + '-new' } });
      times.push(performance.now() - t0);
      if (!answer.ok) throw new Error(answer.message);
      await chrome.runtime.sendMessage({ type: 'article/delete', id: answer.value.id });
    }
    return times;
  })()`);
  return { n: times.length, median: median(times), p95: p95(times), times };
}

async function firstPaint(context, libraryUrl, reps) {
  const times = [];
  /**
   * Per run (ms from navigation start): DOMContentLoaded, the first `article/list` answer, first paint, the whole list
   * taken (`pith:library:list-complete`), and the longest animation frame from first paint until 1 s after that
   * (how much receiving the whole list and indexing its entries hold the page). `firstFrameEnd`: when the frame
   * holding the first paint ended (style, layout and paint of the rows included) if it was a long animation frame
   * (> 50 ms), else the first paint mark (the rows are then on screen less than 50 ms after it).
   */
  const phases = [];
  for (let i = 0; i < reps; i++) {
    const page = await context.newPage();
    await page.goto(libraryUrl);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('pith:library:list-complete').length > 0, null, { timeout: 120_000 });
    await page.waitForTimeout(1000);
    const phase = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      const nav = performance.getEntriesByType('navigation')[0];
      const firstPaint = at('pith:library:first-paint');
      const frames = performance.getEntriesByType('long-animation-frame').filter((f) => f.startTime + f.duration > firstPaint);
      return {
        domContentLoaded: nav?.domContentLoadedEventStart ?? Number.NaN,
        listReceived: at('pith:library:list-received'),
        firstPaint,
        listComplete: at('pith:library:list-complete'),
        longestFrameAfterPaint: Math.max(0, ...frames.filter((f) => f.startTime > firstPaint).map((f) => f.duration)),
        firstFrameEnd: Math.max(firstPaint, ...frames.filter((f) => f.startTime <= firstPaint).map((f) => f.startTime + f.duration)),
      };
    });
    phases.push(phase);
    times.push(phase.firstPaint);
    await page.close();
  }
  const frameEnds = phases.map((p) => p.firstFrameEnd);
  return { n: times.length, median: median(times), p95: p95(times), times, firstFrameEnd: { median: median(frameEnds), p95: p95(frameEnds) }, phases };
}

async function search(page, reps) {
  const perQuery = {};
  const all = [];
  for (let r = 0; r < reps; r++) {
    for (const q of LIBRARY_QUERIES) {
      await page.evaluate(() => {
        const list = document.getElementById('articles');
        delete list.dataset.searchMs;
        delete list.dataset.query;
      });
      await page.fill('#search', q);
      await page.press('#search', 'Enter');
      const handle = await page.waitForFunction(
        (q) => {
          const list = document.getElementById('articles');
          return list.dataset.query === q && list.dataset.searchMs !== undefined ? { ms: Number(list.dataset.searchMs), total: Number(list.dataset.total) } : null;
        },
        q,
        { timeout: 60_000, polling: 20 },
      );
      const { ms, total } = await handle.jsonValue();
      (perQuery[q] ??= { times: [], results: total }).times.push(ms);
      all.push(ms);
    }
  }
  const queries = Object.entries(perQuery).map(([q, v]) => ({ query: q, results: v.results, median: median(v.times), p95: p95(v.times) }));
  return { n: all.length, median: median(all), p95: p95(all), queries };
}

async function exportAll(page, format) {
  await page.fill('#search', '');
  await page.press('#search', 'Enter');
  await page.selectOption('#export-format', format);
  const samples = [];
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const v = await page.evaluate(() => {
        const bar = document.getElementById('export-progress');
        return bar && !bar.hidden ? [bar.value, bar.max] : null;
      }).catch(() => null);
      if (v) samples.push(v);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const t0 = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30 * 60_000 }), page.click('#export-all')]);
  const seconds = (performance.now() - t0) / 1000;
  sampling = false;
  await sampler;
  const dir = await mkdtemp(path.join(tmpdir(), 'pith-bench-export-'));
  try {
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = statSync(file).size;
    let files = 0;
    unzipSync(readFileSync(file), { filter: () => (files++, false) });
    return { format, name: download.suggestedFilename(), seconds, bytes, files, progressSamples: samples.length, progressLast: samples.at(-1) ?? null };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the library benchmark; `log` gets progress lines. */
export async function runLibrary(opts = {}, log = (line) => process.stderr.write(`[library] ${line}\n`)) {
  const o = { ...LIBRARY_DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) };
  const reuse = await isFilled(o.profile, o);
  const browser = await launchChromium({ profile: o.profile });
  try {
    const { context, extensionId, sw } = browser;
    const base = `chrome-extension://${extensionId}`;
    const page = await context.newPage();
    await page.goto(`${base}/popup.html?tabId=0`);
    const version = await sw.evaluate(() => navigator.userAgent);
    log(reuse ? `reusing the ${o.count} articles in ${o.profile}` : `filling ${o.count} articles`);
    const filled = reuse ? { reused: o.profile } : await fill(page, o, log);
    if (o.profile && !reuse) await writeFile(path.join(o.profile, FILLED_MARK), JSON.stringify({ count: o.count, seed: o.seed }));
    const storageBytes = await sw.evaluate(() => chrome.storage.local.getBytesInUse(null));
    const indexBytes = await sw.evaluate(async () =>
      chrome.storage.local.getBytesInUse((await chrome.storage.local.getKeys()).filter((k) => k === 'index' || k.startsWith('index:'))),
    );
    log(`${reuse ? 'reused' : `filled in ${filled.seconds.toFixed(0)} s`}; ${(storageBytes / 1e6).toFixed(0)} MB in storage.local`);
    const save = await measureSaves(page, o);
    log(`save median ${save.median.toFixed(1)} ms`);
    await page.close();
    const paint = await firstPaint(context, `${base}/library.html`, o.reps);
    log(`first paint median ${paint.median.toFixed(0)} ms`);
    const lib = await context.newPage();
    const t0 = performance.now();
    await lib.goto(`${base}/library.html`);
    await lib.waitForSelector('body[data-ready="1"]', { timeout: 120_000 });
    let indexReady = true;
    try {
      await lib.waitForSelector('body[data-index-state="ready"]', { timeout: o.indexTimeoutMs });
    } catch {
      indexReady = false;
    }
    const indexSeconds = (performance.now() - t0) / 1000;
    const indexed = Number(await lib.evaluate(() => document.body.dataset.indexed));
    log(`full-text index ${indexReady ? 'ready' : 'NOT ready'} after ${indexSeconds.toFixed(0)} s (${indexed} bodies)`);
    const found = await search(lib, o.reps);
    log(`search median ${found.median.toFixed(1)} ms`);
    const exported = o.exportAll ? await exportAll(lib, o.exportFormat) : null;
    if (exported) log(`export ${exported.seconds.toFixed(0)} s, ${(exported.bytes / 1e6).toFixed(1)} MB`);
    await lib.close();
    return {
      summary: {
        browser: version,
        count: o.count,
        seed: o.seed,
        storageBytes,
        indexBytes,
        fill: filled,
        firstPaint: paint,
        save,
        index: { ready: indexReady, seconds: indexSeconds, indexed },
        search: found,
        export: exported,
        targets: LIBRARY_TARGETS,
      },
    };
  } finally {
    await browser.close();
  }
}

export { makeArticles };
