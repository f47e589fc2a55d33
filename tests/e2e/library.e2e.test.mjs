// End-to-end: the library page and the reader view of the SHIPPED Chromium build in real headless Chromium.
// The library is seeded the reader's way: fixture pages saved through the popup (a toolbar click, then
// popup.html?tabId=N driven as a page, "Save"). Then: list, search by word and by figure, filters, tags,
// the reader view (text, theme, right-to-left), delete + undo, export (the downloaded files' content),
// the reading list, keyboard use, and the popup's "Open library" button.
// DOM contract: /work/notes/library-contract.md. Build first: PITH_OUT_DIR=… npx wxt build.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RESULTS_DIR, WAIT_MS, openPopupAsTab, openPopupTabFor, setupChromiumSuite } from './harness.mjs';

/** Fixture pages saved into the library, with their site names. */
const SAVED = [
  { name: 'seed-mining', site: 'MineWire Eurasia' },
  { name: 'related-reading', site: 'Field Notes' },
  { name: 'blog-structure', site: 'Field Notes' },
  { name: 'rtl-hebrew', site: 'יומן העיר' },
];

const norm = (s) => String(s).replace(/\s+/g, ' ').trim();

/** Fixture name → saved article id. */
const ids = {};

const suite = setupChromiumSuite({}, async () => {
  for (const { name } of SAVED) await savePage(name);
  const list = await storedArticles();
  for (const { name } of SAVED) {
    const found = list.find((a) => new URL(a.url).pathname === `/${name}/`);
    assert.ok(found, `${name} is stored`);
    ids[name] = found.id;
  }
});

/** Saves a fixture page through the popup (as the reader does); on the seed page also keeps its first related post. */
async function savePage(name) {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(`${name}/`));
  const { tab: popup } = await openPopupTabFor(suite.browser, page);
  assert.equal(await popup.evaluate(() => document.body.dataset.state), 'article', `${name} reads as an article`);
  await popup.click('#save');
  await popup.waitForSelector('#save[data-saved="1"]', { timeout: WAIT_MS });
  if (name === 'seed-mining') {
    await popup.click('#related .save-link');
    await popup.waitForSelector('#related .save-link[data-saved="1"]', { timeout: WAIT_MS });
  }
  await popup.close();
  await page.close();
}

/** The saved articles as stored (`article:<id>` → `{ v, article }`, src/storage/schema.ts). */
async function storedArticles() {
  const all = await suite.browser.sw.evaluate(async () => chrome.storage.local.get(null));
  return Object.entries(all).flatMap(([key, v]) => (key.startsWith('article:') && v?.article ? [v.article] : []));
}

/** One stored article by id. */
const storedArticle = async (id) => (await storedArticles()).find((a) => a.id === id);

/** Opens the library page and waits for its first paint and its full-text index. */
async function openLibrary(query = '') {
  const lib = await suite.browser.context.newPage();
  await lib.setViewportSize({ width: 1100, height: 800 });
  await lib.goto(`chrome-extension://${suite.browser.extensionId}/library.html${query}`);
  await lib.waitForSelector('body[data-ready="1"]', { timeout: WAIT_MS });
  await lib.waitForSelector('body[data-index-state="ready"]', { timeout: WAIT_MS });
  return lib;
}

/** The ids of the listed rows, in order. */
const rowIds = (lib) => lib.$$eval('#articles > li.article', (rows) => rows.map((r) => r.dataset.id));

/** Types a search and waits for the list to answer it. */
async function search(lib, text) {
  await lib.fill('#search', text);
  await lib.press('#search', 'Enter');
  await lib.waitForFunction((q) => document.querySelector('#articles').dataset.query === q, text.trim(), { timeout: WAIT_MS });
  return rowIds(lib);
}

describe('library page', () => {
  it('lists the saved articles from the index, newest first, with site, date, reading time and figures', async () => {
    const lib = await openLibrary();
    try {
      assert.deepEqual(await rowIds(lib), SAVED.map((s) => ids[s.name]).reverse(), 'newest first');
      const seed = lib.locator(`li.article[data-id="${ids['seed-mining']}"]`);
      assert.equal(norm(await seed.locator('.article-site').textContent()), 'MineWire Eurasia');
      assert.match(norm(await seed.locator('.article-reading').textContent()), /^\d+ min read$/);
      assert.ok(await seed.locator('time.article-saved').getAttribute('datetime'));
      const figures = await seed.locator('.article-figures .figure-text').allTextContents();
      assert.ok(figures.includes('$500 million'), `top figures: ${figures}`);
      assert.equal(await seed.locator('a.article-title').getAttribute('href'), `reader.html?id=${ids['seed-mining']}`);
      assert.equal(await lib.locator('#articles').getAttribute('data-total'), '4');
      await lib.screenshot({ path: path.join(RESULTS_DIR, 'library-list.png'), fullPage: true });

      await lib.selectOption('#sort', 'oldest');
      assert.deepEqual(await rowIds(lib), SAVED.map((s) => ids[s.name]), 'oldest first');
      await lib.selectOption('#sort', 'site');
      const sites = await lib.$$eval('#articles .article-site', (els) => els.map((e) => e.textContent));
      assert.deepEqual(sites, [...sites].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })), 'sorted by site');
    } finally {
      await lib.close();
    }
  });

  it('searches words in the text (exact, prefix, one typo) and in titles', async () => {
    const lib = await openLibrary();
    try {
      const seed = ids['seed-mining'];
      assert.deepEqual(await search(lib, 'solidifying'), [seed], 'a word only in the text');
      assert.deepEqual(await search(lib, 'karagan'), [seed], 'a prefix');
      assert.deepEqual(await search(lib, 'briquettd'), [seed], 'one typo');
      assert.deepEqual(await search(lib, 'zzqxv'), [], 'nothing');
      assert.ok(!(await lib.locator('#empty').isHidden()), 'says nothing matches');
      const reading = await search(lib, 'reading list');
      assert.equal(reading[0], ids['related-reading'], 'the title match ranks first');
      const ms = Number(await lib.locator('#articles').getAttribute('data-search-ms'));
      assert.ok(Number.isFinite(ms), 'the search time is reported');
      await lib.screenshot({ path: path.join(RESULTS_DIR, 'library-search.png'), fullPage: true });
    } finally {
      await lib.close();
    }
  });

  it('searches by figure: > $100 million, %, 2029, and not < $1 million', async () => {
    const lib = await openLibrary();
    try {
      const seed = ids['seed-mining'];
      assert.deepEqual(await search(lib, '> $100 million'), [seed]);
      assert.ok(norm(await lib.locator('#figure-query').textContent()).length > 0, 'says the query is read as a figure');
      assert.equal((await search(lib, '%'))[0], seed);
      assert.equal((await search(lib, '2029'))[0], seed);
      assert.deepEqual(await search(lib, '> $10 billion'), [], 'no figure that large');
      await search(lib, '> $100 million');
      await lib.screenshot({ path: path.join(RESULTS_DIR, 'library-figure-search.png'), fullPage: true });
    } finally {
      await lib.close();
    }
  });

  it('filters by site and by tag; tags are added and removed', async () => {
    const lib = await openLibrary();
    try {
      await lib.selectOption('#filter-site', 'Field Notes');
      assert.deepEqual(new Set(await rowIds(lib)), new Set([ids['related-reading'], ids['blog-structure']]));
      await lib.selectOption('#filter-site', '');

      const row = lib.locator(`li.article[data-id="${ids['seed-mining']}"]`);
      await row.locator('button.tag-add').click();
      await row.locator('input.tag-input').fill('mining, to read');
      await row.locator('input.tag-input').press('Enter');
      await lib.waitForSelector(`li.article[data-id="${ids['seed-mining']}"] li.tag[data-tag="to read"]`, { timeout: WAIT_MS });
      await lib.waitForSelector('#filter-tag option[value="mining"]', { state: 'attached', timeout: WAIT_MS });
      await lib.selectOption('#filter-tag', 'mining');
      assert.deepEqual(await rowIds(lib), [ids['seed-mining']]);
      await lib.screenshot({ path: path.join(RESULTS_DIR, 'library-tags.png'), fullPage: true });

      await lib.locator(`li.article[data-id="${ids['seed-mining']}"] li.tag[data-tag="to read"] button.tag-remove`).click();
      await lib.waitForFunction(
        (id) => !document.querySelector(`li.article[data-id="${id}"] li.tag[data-tag="to read"]`),
        ids['seed-mining'],
        { timeout: WAIT_MS },
      );
      await lib.selectOption('#filter-tag', '');
      const article = await storedArticle(ids['seed-mining']);
      assert.deepEqual(article.tags, ['mining'], 'the tags are stored');
    } finally {
      await lib.close();
    }
  });

  it('deletes an article and brings it back unchanged with Undo', async () => {
    const lib = await openLibrary();
    try {
      const id = ids['blog-structure'];
      const original = await storedArticle(id);
      await lib.locator(`li.article[data-id="${id}"] button.delete`).click();
      await lib.waitForSelector('#toast:not([hidden])', { timeout: WAIT_MS });
      assert.ok(!(await rowIds(lib)).includes(id), 'the row is gone');
      assert.equal(await lib.locator('#articles').getAttribute('data-total'), '3');
      await lib.screenshot({ path: path.join(RESULTS_DIR, 'library-undo.png') });
      await lib.click('#undo');
      await lib.waitForSelector(`li.article[data-id="${id}"]`, { timeout: WAIT_MS });
      const restored = await storedArticle(id);
      assert.deepEqual(restored, original, 'restored exactly as it was');
      assert.deepEqual(await search(lib, 'build times'), [id], 'searchable again');

      // The same from the keyboard: Delete on the focused row, then Undo.
      await lib.fill('#search', '');
      await lib.press('#search', 'Enter');
      await lib.waitForFunction(() => document.querySelector('#articles').dataset.query === '');
      await lib.locator(`li.article[data-id="${id}"]`).focus();
      await lib.keyboard.press('Delete');
      await lib.waitForFunction((id) => !document.querySelector(`li.article[data-id="${id}"]`), id, { timeout: WAIT_MS });
      assert.equal(await storedArticle(id), undefined, 'deleted from storage');
      await lib.click('#undo');
      await lib.waitForSelector(`li.article[data-id="${id}"]`, { timeout: WAIT_MS });
      assert.deepEqual(await storedArticle(id), original, 'restored again');
    } finally {
      await lib.close();
    }
  });

  it('exports the selected articles (.md) and the whole library (.json)', async () => {
    const lib = await openLibrary();
    try {
      await lib.locator(`li.article[data-id="${ids['seed-mining']}"] input.select`).check();
      assert.match(norm(await lib.locator('#selected-count').textContent()), /^1 selected$/);
      await lib.selectOption('#export-format', 'md');
      const [md] = await Promise.all([lib.waitForEvent('download', { timeout: WAIT_MS }), lib.click('#export-selected')]);
      assert.match(md.suggestedFilename(), /\.md$/);
      const mdFile = path.join(RESULTS_DIR, 'library-export.md');
      await md.saveAs(mdFile);
      const text = await readFile(mdFile, 'utf8');
      assert.match(text, /^---\n/, 'front matter');
      assert.match(text, /# .*Kazakhstan/, 'the title');
      assert.match(text, /solidifying/, 'the article text');

      await lib.selectOption('#export-format', 'json');
      const [json] = await Promise.all([lib.waitForEvent('download', { timeout: WAIT_MS }), lib.click('#export-all')]);
      const jsonFile = path.join(RESULTS_DIR, 'library-export.json');
      await json.saveAs(jsonFile);
      const data = JSON.parse(await readFile(jsonFile, 'utf8'));
      const exported = data.articles.map((a) => a.id).sort();
      assert.deepEqual(exported, Object.values(ids).sort(), 'every article in the .json');
      // The status line is announced on the next frame, which may come after the download event.
      await lib.waitForFunction(() => /Exported 4 articles/.test(document.querySelector('#status')?.textContent ?? ''), null, {
        timeout: WAIT_MS,
      });
      assert.match(norm(await lib.locator('#status').textContent()), /Exported 4 articles/);
    } finally {
      await lib.close();
    }
  });

  it('shows the reading list; a link is marked read', async () => {
    const lib = await openLibrary();
    try {
      await lib.click('#tab-links');
      await lib.waitForSelector('#links > li.link', { timeout: WAIT_MS });
      const link = lib.locator('#links > li.link').first();
      assert.equal(await link.getAttribute('data-read'), '0');
      await link.locator('button.mark-read').click();
      await lib.waitForSelector('#links > li.link[data-read="1"]', { timeout: WAIT_MS });
      await lib.screenshot({ path: path.join(RESULTS_DIR, 'library-links.png'), fullPage: true });
    } finally {
      await lib.close();
    }
  });

  it('works from the keyboard: / searches, arrows move, Enter opens the reader', async () => {
    const lib = await openLibrary();
    try {
      await lib.keyboard.press('/');
      assert.equal(await lib.evaluate(() => document.activeElement?.id), 'search');
      await lib.keyboard.press('ArrowDown');
      assert.equal(await lib.evaluate(() => document.activeElement?.dataset.id), (await rowIds(lib))[0]);
      await lib.keyboard.press('j');
      const second = (await rowIds(lib))[1];
      assert.equal(await lib.evaluate(() => document.activeElement?.dataset.id), second);
      await Promise.all([lib.waitForURL(/reader\.html\?id=/), lib.keyboard.press('Enter')]);
      assert.ok(lib.url().endsWith(`reader.html?id=${encodeURIComponent(second)}`));
      await lib.waitForSelector('body[data-ready="1"]');
      await Promise.all([lib.waitForURL(/library\.html/), lib.keyboard.press('Escape')]);
    } finally {
      await lib.close();
    }
  });
});

describe('reader view', () => {
  it('shows a saved article with its figures; a figure marks its sentence; nothing is fetched', async () => {
    const page = await suite.browser.context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewportSize({ width: 1200, height: 900 });
    try {
      await page.goto(`chrome-extension://${suite.browser.extensionId}/reader.html?id=${ids['seed-mining']}`);
      await page.waitForSelector('body[data-ready="1"]', { timeout: WAIT_MS });
      assert.equal(await page.evaluate(() => document.body.dataset.state), 'article');
      assert.match(norm(await page.locator('#title').textContent()), /Kazakhstan/);
      assert.equal(norm(await page.locator('#site').textContent()), 'MineWire Eurasia');
      assert.match(norm(await page.locator('#article').textContent()), /solidifying/);
      assert.equal(await page.locator('#article img').count(), 0, 'images shown as their alt text');
      const figures = await page.locator('#figures li.figure .figure-text').allTextContents();
      assert.ok(figures.includes('$500 million'), `figures: ${figures}`);
      await page.locator('#figures li.figure .figure-text', { hasText: '$500 million' }).first().click();
      const marked = norm(await page.locator('#article mark.figure-highlight').textContent());
      assert.match(marked, /\$500 million/);
      await page.screenshot({ path: path.join(RESULTS_DIR, 'library-reader.png') });
      assert.deepEqual(requests.filter((u) => !u.startsWith('chrome-extension://')), [], 'no request leaves the extension');
    } finally {
      await page.close();
    }
  });

  it('switches theme and typography, and remembers them', async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    try {
      const url = `chrome-extension://${suite.browser.extensionId}/reader.html?id=${ids['related-reading']}`;
      await page.goto(url);
      await page.waitForSelector('body[data-ready="1"]', { timeout: WAIT_MS });
      const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.selectOption('#theme', 'dark');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      const dark = await bg();
      assert.equal(dark, 'rgb(24, 25, 27)', 'dark background');
      await page.selectOption('#theme', 'sepia');
      assert.equal(await bg(), 'rgb(244, 236, 216)', 'sepia background');
      await page.selectOption('#font', 'sans');
      await page.locator('#font-size').fill('24');
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#article')).fontSize), '24px');
      await page.screenshot({ path: path.join(RESULTS_DIR, 'library-reader-sepia.png') });
      await page.waitForTimeout(600); // the settings are saved after a short pause
      await page.reload();
      await page.waitForSelector('body[data-ready="1"]', { timeout: WAIT_MS });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'sepia', 'theme remembered');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.font), 'sans', 'font remembered');
      assert.equal(await page.locator('#font-size').inputValue(), '24', 'size remembered');
      await page.selectOption('#theme', 'dark');
      await page.screenshot({ path: path.join(RESULTS_DIR, 'library-reader-dark.png') });
      await page.selectOption('#theme', 'system');
      await page.waitForTimeout(600);
    } finally {
      await page.close();
    }
  });

  it('shows a right-to-left article right to left, in its language', async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    try {
      await page.goto(`chrome-extension://${suite.browser.extensionId}/reader.html?id=${ids['rtl-hebrew']}`);
      await page.waitForSelector('body[data-ready="1"]', { timeout: WAIT_MS });
      const article = page.locator('#article');
      assert.equal(await article.getAttribute('dir'), 'rtl');
      assert.equal(await article.getAttribute('lang'), 'he');
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#article')).direction), 'rtl');
      assert.match(norm(await article.textContent()), /שבילי האופניים/);
      assert.match(norm(await page.locator('#title').textContent()), /רשת האופניים/);
      await page.screenshot({ path: path.join(RESULTS_DIR, 'library-reader-rtl.png') });
    } finally {
      await page.close();
    }
  });
});

describe('popup', () => {
  it('opens the library in a tab from "Open library"', async () => {
    const popup = await openPopupAsTab(suite.browser.context, suite.browser.extensionId, null, '?saved=' + ids['seed-mining']);
    try {
      await popup.waitForSelector('#open-library', { timeout: WAIT_MS });
      const [lib] = await Promise.all([suite.browser.context.waitForEvent('page', { timeout: WAIT_MS }), popup.click('#open-library')]);
      await lib.waitForLoadState();
      assert.equal(lib.url(), `chrome-extension://${suite.browser.extensionId}/library.html`);
      await lib.waitForSelector('body[data-ready="1"]', { timeout: WAIT_MS });
      await lib.close();
    } finally {
      await popup.close();
    }
  });
});
