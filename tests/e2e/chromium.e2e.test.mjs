// End-to-end: the SHIPPED Chromium build (.output/chrome-mv3) in real headless Chromium.
// The reader's path: open a page, click the Pith icon (CDP Extensions.triggerAction = a toolbar click,
// which grants activeTab), read the popup, save, export, reopen offline from the library.
// Build first: `npx wxt build` (npm test does it). Popup DOM contract: entrypoints/popup (see the README).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CHROME_BUILD,
  FIXTURE_PAGES,
  POPUP_SNAPSHOT,
  RESULTS_DIR,
  SHOW_ALL_FIGURES,
  WAIT_MS,
  clickAndOpenPopup,
  openPopupAsTab,
  openPopupTabFor,
  setupChromiumSuite,
} from './harness.mjs';

const SEED = 'seed-mining';
/** Key figures of the seed article, exactly as the popup must print them (Figure.text). */
const SEED_FIGURES = ['$500 million', '40%', '4.3%', '1 million tons by 2029', '1.2 million tons'];

/** Collapses runs of whitespace so text from different renderings compares equal. */
const norm = (s) => String(s).replace(/\s+/g, ' ').trim();

/** @type {{ paragraphs: string[], mustNotContain: string[], related: Array<{ title: string, author?: string, url?: string }>, [k: string]: any }} */
let expected;
/** The seed article's title as the popup shows it (set by the popup tests, used by the library test). */
let seedTitle;
/** The URL the seed page is served at. */
let seedUrl;

const suite = setupChromiumSuite({}, async () => {
  expected = JSON.parse(await readFile(path.join(FIXTURE_PAGES, SEED, 'expected.json'), 'utf8'));
  seedUrl = suite.server.url(`${SEED}/`);
});

/** Opens a fixture page in a new tab. */
async function openFixture(name) {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(`${name}/`));
  return page;
}

/** The key figures' texts (Figure.text) shown in a popup snapshot. */
const figureTexts = (view) => view.figures.map((f) => f.text);

/** Everything stored in storage.local, read from the service worker. */
const storage = () => suite.browser.sw.evaluate(() => chrome.storage.local.get(null));

/**
 * The saved articles for `url` found anywhere in storage.local: objects with that url, a title and the
 * article text (whatever the storage layout nests them in).
 */
async function storedArticles(url) {
  const found = [];
  const walk = (v) => {
    if (!v || typeof v !== 'object') return;
    if (v.url === url && typeof v.title === 'string' && typeof v.text === 'string') found.push(v);
    for (const child of Object.values(v)) walk(child);
  };
  walk(await storage());
  return found;
}

/** Asserts that `text` holds every expected paragraph and none of the forbidden strings. */
function assertCleanArticleText(text, where) {
  const body = norm(text);
  for (const p of expected.paragraphs) {
    assert.ok(body.includes(norm(p)), `${where} is missing the paragraph: ${p.slice(0, 80)}…`);
  }
  for (const bad of expected.mustNotContain) {
    assert.ok(!body.includes(norm(bad)), `${where} contains "${bad}"`);
  }
}

/** Asserts an error message reads as a plain sentence, not a stack trace or raw exception. */
function assertPlainSentence(message) {
  const text = String(message ?? '').trim();
  assert.ok(text.length >= 10, `error message too short: "${text}"`);
  assert.ok(text.length <= 400, `error message too long: "${text}"`);
  assert.doesNotMatch(text, /\b\w*Error:/, 'error message shows an exception name');
  assert.doesNotMatch(text, /^\s*at\s/m, 'error message shows stack lines');
  assert.doesNotMatch(text, /chrome-extension:\/\/|\.js:\d+/, 'error message shows script locations');
  assert.match(text, /[.!?]$/, `error message is not a sentence: "${text}"`);
}

describe('shipped manifest', () => {
  it('asks for no host access and injects nothing by itself', async () => {
    const manifest = JSON.parse(await readFile(path.join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.optional_host_permissions, undefined);
    assert.equal(manifest.content_scripts, undefined);
    assert.ok(!JSON.stringify(manifest).includes('<all_urls>'), 'manifest mentions <all_urls>');
    // contextMenus and unlimitedStorage: the library (issue 7; justified in the README).
    assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    assert.equal(manifest.action?.default_popup, 'popup.html');
  });
});

describe('seed article in the real action popup', () => {
  let page;

  before(async () => {
    page = await openFixture(SEED);
  });
  after(async () => {
    await page?.close();
  });

  it('shows the clean article, its metadata, key figures and related posts', async () => {
    const popup = await clickAndOpenPopup(suite.browser, page);
    await popup.screenshot(path.join(RESULTS_DIR, 'popup-seed.png'));
    await popup.evaluate(SHOW_ALL_FIGURES);
    const view = await popup.evaluate(POPUP_SNAPSHOT);
    await popup.close();

    assert.equal(view.state, 'article', `popup state is ${view.state}; error: ${view.error}`);
    assertCleanArticleText(view.article, '#article');

    seedTitle = norm(view.title);
    const h1 = norm(await page.locator('h1').first().textContent());
    assert.equal(seedTitle, norm(expected.title ?? h1), '#title');
    for (const [field, label] of [
      ['byline', '#byline'],
      ['site', '#site'],
      ['published', '#published'],
    ]) {
      assert.ok(norm(view[field] ?? '').length > 0, `${label} is empty`);
    }
    if (expected.byline) assert.equal(norm(view.byline), norm(expected.byline), '#byline');
    if (expected.siteName) assert.equal(norm(view.site), norm(expected.siteName), '#site');
    assert.ok(view.publishedAttr && !Number.isNaN(Date.parse(view.publishedAttr)), `#published datetime "${view.publishedAttr}"`);
    if (expected.publishedTime) assert.equal(view.publishedAttr, expected.publishedTime, '#published datetime');
    assert.match(norm(view.readingTime), /^\d+ min read$/, '#reading-time');
    assert.match(norm(view.removals), /copy protection/i, '#removals names the copy protection it removed');

    for (const f of SEED_FIGURES) {
      assert.ok(figureTexts(view).includes(f), `key figure "${f}" missing; got ${JSON.stringify(figureTexts(view))}`);
    }

    assert.equal(view.related.length, expected.related.length, `related posts: ${JSON.stringify(view.related)}`);
    for (const want of expected.related) {
      const got = view.related.find((r) => norm(r.title) === norm(want.title));
      assert.ok(got, `related post "${want.title}" not listed`);
      if (want.author) assert.ok(norm(got.meta).includes(norm(want.author)), `author of "${want.title}": ${got.meta}`);
      if (want.url) assert.equal(got.url, new URL(want.url, page.url()).href, `url of "${want.title}"`);
    }
  });

  it('saves the article, and a reopened popup knows it is saved', async () => {
    let popup = await clickAndOpenPopup(suite.browser, page);
    const title = norm(await popup.evaluate(`document.querySelector('#title')?.textContent ?? ''`));
    assert.ok(title, '#title is empty');
    seedTitle ??= title;
    assert.notEqual(await popup.evaluate(`document.querySelector('#save').dataset.saved`), '1', 'saved before saving');
    await popup.evaluate(`document.querySelector('#save').click()`);
    await popup.waitFor(`document.querySelector('#save[data-saved="1"]') !== null`);
    // Save the first related post for later: it joins the reading list.
    await popup.evaluate(`document.querySelector('#related li.related-post button.save-link').click()`);
    await popup.waitFor(`document.querySelector('#related li.related-post button.save-link[data-saved="1"]') !== null`);
    await popup.close();

    const links = Object.values(await storage()).flatMap((v) => (v && Array.isArray(v.links) ? v.links : []));
    assert.deepEqual(links.map((l) => norm(l.title)), [norm(expected.related[0].title)], 'the reading list holds the saved related post');

    const stored = await storedArticles(page.url());
    assert.equal(stored.length, 1, 'storage.local holds the article once');
    assert.equal(norm(stored[0].title), title, 'stored title');
    assertCleanArticleText(stored[0].text, 'the stored article text');

    popup = await clickAndOpenPopup(suite.browser, page);
    const saved = await popup.waitFor(`document.querySelector('#save[data-saved="1"]') !== null`);
    await popup.close();
    assert.equal(saved, true);
  });
});

describe('seed article in the popup opened as a tab', () => {
  it('exports clean plain text (.txt)', async () => {
    const page = await openFixture(SEED);
    // The grant: a click on the icon. Then close the real popup and drive popup.html?tabId=N as a page.
    const { tab } = await openPopupTabFor(suite.browser, page);
    try {
      assert.equal(await tab.evaluate(() => document.body.dataset.state), 'article');
      const title = norm(await tab.locator('#title').textContent());

      await tab.setViewportSize({ width: 800, height: 600 });
      await tab.screenshot({ path: path.join(RESULTS_DIR, 'popup-seed-tab.png'), fullPage: true });

      const [download] = await Promise.all([
        tab.waitForEvent('download', { timeout: WAIT_MS }),
        tab.click('#export-txt'),
      ]);
      assert.match(download.suggestedFilename(), /\.txt$/);
      const file = path.join(RESULTS_DIR, 'seed-export.txt');
      await download.saveAs(file);
      const txt = await readFile(file, 'utf8');

      assert.ok(norm(txt.replace(/^\uFEFF/, '')).startsWith(title), `export starts with: ${txt.slice(0, 80)}`);
      assertCleanArticleText(txt, 'the .txt export');
      assert.doesNotMatch(txt, /<\/?[a-z!][^>]*>/i, 'the .txt export contains markup');

      // Markdown: front matter, the title as a heading, every paragraph.
      const [mdDownload] = await Promise.all([
        tab.waitForEvent('download', { timeout: WAIT_MS }),
        tab.click('#export-md'),
      ]);
      assert.match(mdDownload.suggestedFilename(), /\.md$/);
      const mdFile = path.join(RESULTS_DIR, 'seed-export.md');
      await mdDownload.saveAs(mdFile);
      const md = await readFile(mdFile, 'utf8');
      assert.ok(md.startsWith('---\n'), 'the .md export starts with front matter');
      assert.ok(md.includes(`# ${title}`), 'the .md export has the title as a heading');
      for (const p of expected.paragraphs) assert.ok(norm(md).includes(norm(p).replace(/\$/g, '\\$')), `the .md export lacks: ${p.slice(0, 60)}`);

      // Copy: the clean text, exactly as the .txt export has it, on the clipboard.
      // Read back from the fixture page's origin (Chromium grants no permission to extension origins).
      await tab.click('#copy');
      await tab.waitForFunction(() => /copied/i.test(document.querySelector('#status')?.textContent ?? ''), null, { timeout: WAIT_MS });
      await suite.browser.context.grantPermissions(['clipboard-read'], { origin: suite.server.origin });
      await page.bringToFront();
      const clip = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(clip, txt, 'the clipboard holds the clean text');
    } finally {
      await tab.close();
      await page.close();
    }
  });
});

describe('library (Saved view), offline and with no page', () => {
  it('lists the saved article, opens it from storage, and deletes it', async () => {
    for (const p of suite.browser.context.pages()) if (p.url().startsWith(suite.server.origin)) await p.close();
    await suite.browser.context.setOffline(true);
    const tab = await openPopupAsTab(suite.browser.context, suite.browser.extensionId, null);
    try {
      await tab.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: WAIT_MS });
      await tab.click('#tab-saved');
      await tab.waitForFunction(() => document.body.dataset.state === 'saved', null, { timeout: WAIT_MS });
      const items = tab.locator('#saved-articles li.saved-article');
      await items.first().waitFor({ timeout: WAIT_MS });
      const titles = (await items.locator('.saved-title').allTextContents()).map(norm);
      assert.deepEqual(titles, [seedTitle], 'the library lists exactly the saved seed article');
      const linkTitles = (await tab.locator('#saved-links li.saved-link a').allTextContents()).map(norm);
      assert.deepEqual(linkTitles, [norm(expected.related[0].title)], 'the reading list shows the related post saved for later');
      await tab.screenshot({ path: path.join(RESULTS_DIR, 'popup-saved.png') });
      const id = await items.first().getAttribute('data-id');
      assert.ok(id, 'li.saved-article has no data-id');

      await tab.click(`#saved-articles li.saved-article[data-id="${id}"] button.open`);
      await tab.waitForFunction(
        () => document.body.dataset.source === 'saved' && document.body.dataset.state === 'article',
        null,
        { timeout: WAIT_MS },
      );
      const view = await tab.evaluate(POPUP_SNAPSHOT);
      assert.equal(norm(view.title), seedTitle);
      assertCleanArticleText(view.article, 'the saved article');

      await tab.click('#tab-saved');
      await tab.click(`#saved-articles li.saved-article[data-id="${id}"] button.delete`);
      await tab.locator(`#saved-articles li.saved-article[data-id="${id}"]`).waitFor({ state: 'detached', timeout: WAIT_MS });
      assert.deepEqual(await storedArticles(seedUrl), [], 'the deleted article is still in storage.local');
      assert.ok(
        !JSON.stringify(await storage()).includes(expected.paragraphs[0]),
        'the deleted article text is still in storage.local',
      );
    } finally {
      await tab.close();
      await suite.browser.context.setOffline(false);
    }
  });
});

describe('pages browsers keep extensions out of', () => {
  const pages = {
    'a browser page': 'chrome://version',
    'a data: URL page': 'data:text/html,<h1>Hello</h1><p>A page from a data: URL.</p>',
  };
  for (const [label, url] of Object.entries(pages)) {
    it(`${label}: a plain sentence, reason "restricted"`, async () => {
      const page = await suite.browser.context.newPage();
      await page.goto(url);
      try {
        const popup = await clickAndOpenPopup(suite.browser, page);
        const view = await popup.evaluate(POPUP_SNAPSHOT);
        if (url.startsWith('chrome:')) await popup.screenshot(path.join(RESULTS_DIR, 'popup-restricted.png'));
        await popup.close();
        assert.equal(view.state, 'error');
        assert.equal(view.errorReason, 'restricted');
        assert.equal(view.errorShown, true, '#error is hidden');
        assertPlainSentence(view.error);
      } finally {
        await page.close();
      }
    });
  }
});

// Every fixture folder is a case (tests/fixtures/pages/<name>/expected.json, shared with the golden unit
// tests): pages Pith must refuse (`fails`) show that reason; the others render in the real popup.
// The seed page is checked in depth above.
const fixtureCases = readdirSync(FIXTURE_PAGES)
  .filter((name) => name !== SEED && existsSync(path.join(FIXTURE_PAGES, name, 'expected.json')))
  .map((name) => ({ name, expected: JSON.parse(readFileSync(path.join(FIXTURE_PAGES, name, 'expected.json'), 'utf8')) }));

describe('every fixture page in the real popup', () => {
  for (const { name, expected: want } of fixtureCases) {
    it(want.fails ? `${name}: refused as "${want.fails}", in a plain sentence` : `${name}: reads as an article`, async () => {
      const page = await openFixture(name);
      try {
        const popup = await clickAndOpenPopup(suite.browser, page);
        await popup.evaluate(SHOW_ALL_FIGURES);
        const view = await popup.evaluate(POPUP_SNAPSHOT);
        await popup.close();
        if (want.fails) {
          assert.equal(view.state, 'error');
          assert.equal(view.errorReason, want.fails);
          assert.equal(view.errorShown, true, '#error is hidden');
          assertPlainSentence(view.error);
          return;
        }
        assert.equal(view.state, 'article', `popup state is ${view.state}; error: ${view.error}`);
        if (want.title) assert.equal(norm(view.title), norm(want.title), '#title');
        const body = norm(view.article);
        // One-line blocks are prose, headings or captions: their text is the element's text.
        // (Multi-line blocks are lists/tables in the plain-text format; the golden unit tests check those.)
        for (const p of (want.paragraphs ?? []).filter((b) => !b.includes('\n'))) {
          assert.ok(body.includes(norm(p)), `#article is missing: ${p.slice(0, 80)}…`);
        }
        // Captions are out of the plain text but shown with their image.
        for (const c of want.captions ?? []) assert.ok(body.includes(norm(c)), `#article is missing the caption: ${c}`);
        for (const bad of want.mustNotContain ?? []) assert.ok(!body.includes(norm(bad)), `#article contains "${bad}"`);
        for (const f of want.figures ?? []) assert.ok(figureTexts(view).includes(f), `key figure "${f}" missing`);
        // The header's standfirst and kicker, shown once, beside the article (null: not shown).
        if (want.standfirst !== undefined) assert.equal(view.standfirst, want.standfirst, '#standfirst');
        if (want.kicker !== undefined) assert.equal(view.section, want.kicker, '#section');
        if (want.standfirst) assert.ok(!body.includes(norm(want.standfirst)), 'the standfirst is shown twice');
        for (const url of want.images ?? []) assert.ok(view.images.includes(url), `#article has no image ${url}: ${JSON.stringify(view.images)}`);
      } finally {
        await page.close();
      }
    });
  }
});
