// End-to-end: a library larger than the first screenful, in real headless Chromium with the SHIPPED build.
// The page paints the newest 100 articles from a limited `article/list` and receives the whole list after the
// paint; meanwhile sort, filters, "Select all" and "Export all" wait (disabled, "Loading all N articles…").
// Then they act on every article, and the rows already on screen stay. 250 generated articles are imported
// through `article/import` (bench/library.mjs's generator). DOM contract: /work/notes/library-contract.md.
// Build first: PITH_OUT_DIR=… npx wxt build.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticles } from '../../bench/library.mjs';
import { WAIT_MS, setupChromiumSuite } from './harness.mjs';

const COUNT = 250;
const FIRST = 100;
const articles = makeArticles(7, 0, COUNT);
/** Ids of the stored articles (given from their URLs on import), newest saved first by the generated dates. */
let newestFirst = [];

let base;

const suite = setupChromiumSuite({ fixtures: false }, async () => {
  base = `chrome-extension://${suite.browser.extensionId}`;
  const page = await suite.browser.context.newPage();
  await page.goto(`${base}/popup.html?tabId=0`);
  for (let start = 0; start < COUNT; start += 200) {
    const answer = await page.evaluate((batch) => chrome.runtime.sendMessage({ type: 'article/import', articles: batch }), articles.slice(start, start + 200));
    assert.equal(answer.ok, true, JSON.stringify(answer).slice(0, 300));
  }
  const listed = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'article/list' }));
  await page.close();
  const idOf = new Map(listed.value.articles.map((e) => [e.url, e.id]));
  newestFirst = [...articles].sort((a, b) => b.savedAt.localeCompare(a.savedAt)).map((a) => idOf.get(a.url));
  assert.equal(new Set(newestFirst).size, COUNT);
});

/** Opens the library page, noting what it shows at the moment of its first paint (body[data-ready="1"]). */
async function openAndWatchFirstPaint() {
  const lib = await suite.browser.context.newPage();
  await lib.addInitScript(() => {
    new MutationObserver((changes, observer) => {
      if (document.body?.dataset.ready !== '1') return;
      observer.disconnect();
      const disabled = (id) => document.getElementById(id).disabled;
      const list = document.getElementById('articles');
      window.__atFirstPaint = {
        rows: [...list.querySelectorAll(':scope > li.article')].map((li) => li.dataset.id),
        total: list.dataset.total,
        count: document.getElementById('result-count').textContent,
        listState: document.body.dataset.list,
        progress: document.getElementById('index-progress').textContent,
        sort: disabled('sort'),
        site: disabled('filter-site'),
        tag: disabled('filter-tag'),
        selectAll: disabled('select-all'),
        exportAll: disabled('export-all'),
        more: { hidden: document.getElementById('show-more').hidden, disabled: disabled('show-more') },
      };
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
  await lib.goto(`${base}/library.html`);
  await lib.waitForSelector('body[data-ready="1"]', { timeout: WAIT_MS });
  return { lib, first: await lib.evaluate(() => window.__atFirstPaint) };
}

describe('library larger than the first screenful', () => {
  it('lists entries without article bodies (a limited list gives the newest and the total)', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${base}/popup.html?tabId=0`);
    const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'article/list', limit: 100 }));
    await page.close();
    assert.equal(answer.ok, true);
    assert.equal(answer.value.total, COUNT);
    assert.deepEqual(answer.value.articles.map((e) => e.id), newestFirst.slice(0, FIRST));
    for (const entry of answer.value.articles) {
      for (const body of ['html', 'text', 'figures', 'related', 'excerpt']) assert.equal(entry[body], undefined, `${entry.id} carries no ${body}`);
    }
    const perEntry = JSON.stringify(answer.value.articles).length / answer.value.articles.length;
    assert.ok(perEntry < 1000, `an index entry is ${perEntry.toFixed(0)} bytes`);
  });

  it('paints the newest 100 first with the whole count; sort, filters and select-all wait for the rest', async () => {
    const { lib, first } = await openAndWatchFirstPaint();
    try {
      assert.deepEqual(first.rows, newestFirst.slice(0, FIRST));
      assert.equal(first.total, String(COUNT));
      assert.match(first.count, /250/);
      assert.equal(first.listState, 'loading');
      assert.match(first.progress, /250/);
      assert.deepEqual([first.sort, first.site, first.tag, first.selectAll, first.exportAll], [true, true, true, true, true]);
      assert.deepEqual(first.more, { hidden: false, disabled: true });

      await lib.waitForSelector('body[data-list="complete"]', { timeout: WAIT_MS });
      const state = await lib.evaluate(() => ({
        rows: [...document.querySelectorAll('#articles > li.article')].map((li) => li.dataset.id),
        total: document.getElementById('articles').dataset.total,
        enabled: ['sort', 'filter-site', 'filter-tag', 'select-all', 'export-all', 'show-more'].filter((id) => !document.getElementById(id).disabled),
        progress: document.getElementById('index-progress').textContent,
      }));
      assert.deepEqual(state.rows, newestFirst.slice(0, FIRST), 'the rows on screen stay');
      assert.equal(state.total, String(COUNT));
      assert.deepEqual(state.enabled, ['sort', 'filter-site', 'filter-tag', 'select-all', 'export-all', 'show-more']);
      assert.doesNotMatch(state.progress, /Loading/);
    } finally {
      await lib.close();
    }
  });

  it('then sorts, filters, shows more and selects across every article', async () => {
    const { lib } = await openAndWatchFirstPaint();
    try {
      await lib.waitForSelector('body[data-list="complete"]', { timeout: WAIT_MS });
      // Clicked without scrolling to it (scrolled into view, it shows more by itself).
      await lib.$eval('#show-more', (button) => button.click());
      await lib.waitForSelector('#articles[data-shown="200"]', { timeout: WAIT_MS });
      assert.deepEqual(await lib.$$eval('#articles > li.article', (rows) => rows.map((r) => r.dataset.id)), newestFirst.slice(0, 200));

      await lib.selectOption('#sort', 'oldest');
      await lib.waitForFunction((id) => document.querySelector('#articles > li.article')?.dataset.id === id, newestFirst.at(-1), { timeout: WAIT_MS });

      const sites = await lib.$$eval('#filter-site option', (options) => options.map((o) => o.value).filter((v) => v !== ''));
      const site = sites[0];
      const onSite = articles.filter((a) => a.siteName === site).length;
      assert.equal(sites.length, new Set(articles.map((a) => a.siteName)).size);
      await lib.selectOption('#filter-site', site);
      await lib.waitForSelector(`#articles[data-total="${onSite}"]`, { timeout: WAIT_MS });
      await lib.selectOption('#filter-site', '');
      await lib.waitForSelector(`#articles[data-total="${COUNT}"]`, { timeout: WAIT_MS });

      await lib.check('#select-all');
      assert.match(await lib.textContent('#selected-count'), /250/);
    } finally {
      await lib.close();
    }
  });
});
