// End-to-end: the SHIPPED Firefox build (firefox-mv2) in real headless Firefox ESR, over WebDriver BiDi.
// The reader's path: open a page, click the Pith button (Firefox's own toolbar-click path, which grants
// activeTab), read the popup, unlock, save, export, find the article in the Saved view.
// The popup is driven as popup.html?tabId=N in a tab (the action panel is not a BiDi browsing context).
// Build first: `npx wxt build -b firefox` (npm test does it). Run alone:
//   node --test --test-concurrency=1 tests/e2e/firefox.e2e.test.mjs
// The same suite on the Firefox MV3 build (`npx wxt build -b firefox --mv3`): PITH_FIREFOX_MV=3 node --test …

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FIREFOX_BUILD, FIXTURE_PAGES, POPUP_SNAPSHOT, RESULTS_DIR, SHOW_ALL_FIGURES, WAIT_MS, serveFixtures } from './harness.mjs';
import {
  FIREFOX_MV3_BUILD,
  clickAction,
  clickAndOpenPopup,
  extensionUrl,
  launchFirefox,
  navigate,
  openPopup,
  tabIdOf,
  waitForDownload,
} from './firefox-harness.mjs';

/** Which Firefox build is under test: the shipped MV2 one, or MV3 with PITH_FIREFOX_MV=3. */
const MANIFEST_VERSION = process.env.PITH_FIREFOX_MV === '3' ? 3 : 2;
const BUILD = MANIFEST_VERSION === 3 ? FIREFOX_MV3_BUILD : FIREFOX_BUILD;

/** Where a screenshot named `name` goes (test-results/firefox[-mv3]-<name>.png). */
const shot = (name) => path.join(RESULTS_DIR, `firefox${MANIFEST_VERSION === 3 ? '-mv3' : ''}-${name}.png`);

const SEED = 'seed-mining';
/** Key figures of the seed article, exactly as the popup must print them (Figure.text). */
const SEED_FIGURES = ['$500 million', '40%', '4.3%', '1 million tons by 2029', '1.2 million tons'];

/** Collapses runs of whitespace so text from different renderings compares equal. */
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

/** A fixture folder's expected.json. */
const expectedOf = (name) => JSON.parse(readFileSync(path.join(FIXTURE_PAGES, name, 'expected.json'), 'utf8'));

let server;
let fx;
/** The seed article's title as the popup shows it. */
let seedTitle;

before(async () => {
  await mkdir(RESULTS_DIR, { recursive: true });
  server = await serveFixtures();
  fx = await launchFirefox({ extensionPath: BUILD });
});

after(async () => {
  await fx?.close();
  await server?.close();
});

/** Opens a fixture page in a new tab. */
async function openFixture(name) {
  const page = await fx.browser.newPage();
  await page.goto(server.url(`${name}/`));
  return page;
}

/** Reads what the popup tab shows, after asking it to list every figure. */
async function snapshot(popup) {
  await popup.evaluate(SHOW_ALL_FIGURES);
  return popup.evaluate(POPUP_SNAPSHOT);
}

/** Everything in the extension's storage.local, read from an extension page. */
const storage = (extPage) => extPage.evaluate(() => browser.storage.local.get(null));

/**
 * Asserts that `text` holds every one-line expected paragraph and none of the forbidden strings; the captions
 * are shown with their images, and absent from plain text (`plain`: the .txt export).
 */
function assertArticleText(text, want, where, { plain = false } = {}) {
  const body = norm(text);
  for (const p of (want.paragraphs ?? []).filter((b) => !b.includes('\n'))) {
    assert.ok(body.includes(norm(p)), `${where} is missing: ${p.slice(0, 80)}…`);
  }
  for (const c of want.captions ?? []) {
    assert.equal(body.includes(norm(c)), !plain, `${where} ${plain ? 'holds' : 'lacks'} the caption: ${c}`);
  }
  for (const bad of want.mustNotContain ?? []) assert.ok(!body.includes(norm(bad)), `${where} contains "${bad}"`);
}

/** Asserts the popup lists the expected related posts (with authors and urls), and `count` posts in all when given. */
function assertRelated(view, want, pageUrl, count = want.relatedCount) {
  if (count !== undefined) assert.equal(view.related.length, count, `related posts: ${JSON.stringify(view.related)}`);
  for (const r of want.related) {
    const got = view.related.find((p) => norm(p.title) === norm(r.title));
    assert.ok(got, `related post "${r.title}" not listed; got ${JSON.stringify(view.related.map((p) => p.title))}`);
    if (r.author) assert.ok(norm(got.meta).includes(norm(r.author)), `author of "${r.title}": ${got.meta}`);
    if (r.url) assert.equal(got.url, new URL(r.url, pageUrl).href, `url of "${r.title}"`);
  }
}

/** Asserts an error message reads as a plain sentence, not a stack trace or raw exception. */
function assertPlainSentence(message) {
  const text = norm(message);
  assert.ok(text.length >= 10 && text.length <= 400, `error message length: "${text}"`);
  assert.doesNotMatch(text, /\b\w*Error:|moz-extension:\/\/|\.js:\d+/, `error message looks technical: "${text}"`);
  assert.match(text, /[.!?]$/, `error message is not a sentence: "${text}"`);
}

describe(`Firefox MV${MANIFEST_VERSION} manifest`, () => {
  it(`is MV${MANIFEST_VERSION} with a toolbar popup, asks for no host access and injects nothing by itself`, async () => {
    const manifest = JSON.parse(await readFile(path.join(BUILD, 'manifest.json'), 'utf8'));
    assert.equal(manifest.manifest_version, MANIFEST_VERSION);
    for (const p of ['activeTab', 'scripting', 'storage']) assert.ok(manifest.permissions.includes(p), `permission ${p} missing`);
    // Host access would be a match pattern among the (MV2) permissions or in host_permissions: there must be none.
    const patterns = manifest.permissions.filter((p) => /[:/*<]/.test(p));
    assert.deepEqual(patterns, [], 'the manifest asks for host access');
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.optional_permissions, undefined);
    assert.equal(manifest.optional_host_permissions, undefined);
    assert.equal(manifest.content_scripts, undefined);
    assert.ok(!JSON.stringify(manifest).includes('<all_urls>'), 'manifest mentions <all_urls>');
    const action = MANIFEST_VERSION === 3 ? manifest.action : manifest.browser_action;
    assert.equal(action?.default_popup, 'popup.html');
    assert.equal(manifest.browser_specific_settings?.gecko?.id, 'pith@pith-reader.org');
  });

  it('without a click, the popup cannot read the page (no host permission)', async () => {
    const page = await openFixture(SEED);
    const tabId = await tabIdOf(fx, page);
    const popup = await openPopup(fx, tabId);
    try {
      const view = await popup.evaluate(POPUP_SNAPSHOT);
      assert.equal(view.state, 'error');
      assert.equal(view.errorReason, 'restricted');
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

describe('seed article in Firefox', () => {
  const expected = expectedOf(SEED);
  let page;

  before(async () => {
    page = await openFixture(SEED);
  });
  after(async () => {
    await page?.close();
  });

  it('shows the clean article, its metadata, key figures, related posts and the removals line', async () => {
    const popup = await clickAndOpenPopup(fx, page);
    try {
      await popup.setViewport({ width: 420, height: 700 });
      await popup.screenshot({ path: shot('popup-seed') });
      const view = await snapshot(popup);
      assert.equal(view.state, 'article', `popup state is ${view.state}; error: ${view.error}`);
      assertArticleText(view.article, expected, '#article');
      seedTitle = norm(view.title);
      assert.equal(seedTitle, expected.title, '#title');
      assert.equal(norm(view.byline), expected.byline, '#byline');
      assert.equal(norm(view.site), expected.siteName, '#site');
      assert.ok(norm(view.published).length > 0, '#published is empty');
      assert.equal(view.publishedAttr, expected.publishedTime, '#published datetime');
      assert.match(norm(view.readingTime), /^\d+ min read$/, '#reading-time');
      assert.match(norm(view.removals), /copy protection/i, '#removals names the copy protection it removed');
      const texts = view.figures.map((f) => f.text);
      for (const f of SEED_FIGURES) assert.ok(texts.includes(f), `key figure "${f}" missing; got ${JSON.stringify(texts)}`);
      assertRelated(view, expected, page.url(), expected.related.length);
    } finally {
      await popup.close();
    }
  });

  it('saves the article; a reopened popup knows it is saved; the Saved view lists and opens it', async () => {
    let popup = await clickAndOpenPopup(fx, page);
    try {
      assert.notEqual(await popup.evaluate(() => document.querySelector('#save').dataset.saved), '1', 'saved before saving');
      await popup.click('#save');
      await popup.waitForSelector('#save[data-saved="1"]', { timeout: WAIT_MS });
      const stored = JSON.stringify(await storage(popup));
      assert.ok(stored.includes(expected.paragraphs[0]), 'storage.local lacks the article text');
    } finally {
      await popup.close();
    }

    popup = await clickAndOpenPopup(fx, page);
    try {
      await popup.waitForSelector('#save[data-saved="1"]', { timeout: WAIT_MS });
      await popup.click('#tab-saved');
      await popup.waitForFunction(() => document.body.dataset.state === 'saved', { timeout: WAIT_MS });
      await popup.waitForSelector('#saved-articles li.saved-article', { timeout: WAIT_MS });
      const titles = await popup.$$eval('#saved-articles li.saved-article .saved-title', (els) => els.map((e) => e.textContent));
      assert.deepEqual(titles.map(norm), [seedTitle], 'the Saved view lists exactly the saved seed article');
      await popup.click('#saved-articles li.saved-article button.open');
      await popup.waitForFunction(
        () => document.body.dataset.source === 'saved' && document.body.dataset.state === 'article',
        { timeout: WAIT_MS },
      );
      const view = await popup.evaluate(POPUP_SNAPSHOT);
      assert.equal(norm(view.title), seedTitle);
      assertArticleText(view.article, expected, 'the saved article');
    } finally {
      await popup.close();
    }
  });

  it('exports clean plain text (.txt) to the downloads folder', async () => {
    const popup = await clickAndOpenPopup(fx, page);
    try {
      const title = norm(await popup.$eval('#title', (e) => e.textContent));
      await popup.click('#export-txt');
      const file = await waitForDownload(fx, /\.txt$/);
      const txt = await readFile(file, 'utf8');
      assert.ok(norm(txt.replace(/^\uFEFF/, '')).startsWith(title), `export starts with: ${txt.slice(0, 80)}`);
      assertArticleText(txt, expected, 'the .txt export', { plain: true });
      assert.doesNotMatch(txt, /<\/?[a-z!][^>]*>/i, 'the .txt export contains markup');
    } finally {
      await popup.close();
    }
  });
});

describe('the library and reader pages in Firefox', () => {
  const libraryBuilt = existsSync(path.join(BUILD, 'library.html'));
  it('the library lists the saved seed article, finds it by search, and the reader opens it', { skip: !libraryBuilt && 'no library.html in this build' }, async () => {
    assert.ok(seedTitle, 'the seed article was not read (see the tests above)');
    const library = await fx.browser.newPage();
    try {
      await navigate(library, extensionUrl('library.html'));
      await library.waitForSelector('body[data-ready="1"]', { timeout: WAIT_MS });
      const titles = await library.$$eval('#articles li.article a.article-title', (els) => els.map((e) => e.textContent));
      assert.deepEqual(titles.map(norm), [seedTitle], 'the library lists exactly the saved seed article');

      await library.type('#search', 'Sharlapayev');
      await library.waitForFunction(() => document.querySelector('#articles')?.dataset.query === 'Sharlapayev', { timeout: WAIT_MS });
      const found = await library.$$eval('#articles li.article a.article-title', (els) => els.map((e) => e.textContent));
      assert.deepEqual(found.map(norm), [seedTitle], 'a word of the article text finds it');
      await library.setViewport({ width: 900, height: 700 });
      await library.screenshot({ path: shot('library') });

      const href = await library.$eval('#articles li.article a.article-title', (a) => a.getAttribute('href'));
      await navigate(library, extensionUrl(href ?? ''));
      await library.waitForSelector('body[data-ready="1"]', { timeout: WAIT_MS });
      const reader = await library.evaluate(() => ({
        state: document.body.dataset.state,
        title: document.querySelector('#title')?.textContent,
        article: document.querySelector('#article')?.textContent,
      }));
      assert.equal(reader.state, 'article');
      assert.equal(norm(reader.title), seedTitle);
      assertArticleText(reader.article, expectedOf(SEED), 'the reader view');
    } finally {
      await library.close();
    }
  });
});

describe('pages Firefox keeps extensions out of', () => {
  for (const url of ['about:support', 'view-source:about:blank']) {
    it(`${url}: a plain sentence, reason "restricted"`, async () => {
      const page = await fx.browser.newPage();
      await navigate(page, url);
      const popup = await clickAndOpenPopup(fx, page);
      try {
        const view = await popup.evaluate(POPUP_SNAPSHOT);
        assert.equal(view.state, 'error');
        assert.equal(view.errorReason, 'restricted');
        assert.equal(view.errorShown, true, '#error is hidden');
        assertPlainSentence(view.error);
      } finally {
        await popup.close();
        await page.close();
      }
    });
  }
});

describe('Unlock this page, in Firefox', () => {
  const NAME = 'protect-handlers';
  const spec = expectedOf(NAME).unlock;

  /** Whether the page lets a right-click menu, a selection and a copy through (as the page's own script sees them). */
  const blocked = (page) =>
    page.evaluate((selector) => {
      const target = document.querySelector(selector);
      const fire = (type) => target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
      const copy = target.dispatchEvent(new Event('copy', { bubbles: true, cancelable: true }));
      return { contextmenu: !fire('contextmenu'), select: !target.dispatchEvent(new Event('selectstart', { bubbles: true, cancelable: true })), copy: !copy };
    }, spec.target);

  it(`${NAME}: right-click, selection and copy are blocked before and work after`, async () => {
    const page = await openFixture(NAME);
    try {
      const before = await blocked(page);
      for (const action of ['contextmenu', 'select', 'copy']) assert.equal(before[action], true, `${action} is not blocked before`);
      const popup = await clickAndOpenPopup(fx, page);
      try {
        await popup.waitForFunction(() => document.querySelector('#unlock-bar')?.hidden === false, { timeout: WAIT_MS });
        await popup.click('#unlock');
        await popup.waitForFunction(() => document.body.dataset.unlock === 'done', { timeout: WAIT_MS });
      } finally {
        await popup.close();
      }
      const afterUnlock = await blocked(page);
      assert.deepEqual(afterUnlock, { contextmenu: false, select: false, copy: false }, 'still blocked after the unlock');
      // A real drag across the paragraph now selects text.
      const box = await (await page.$(spec.target)).boundingBox();
      await page.mouse.move(box.x + 3, box.y + 10);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.6, box.y + 10, { steps: 8 });
      await page.mouse.up();
      const selected = await page.evaluate(() => String(window.getSelection()));
      assert.ok(norm(selected).length >= 15, `drag selected "${selected}"`);
    } finally {
      await page.close();
    }
  });
});

// Every fixture folder is a case, as in the Chromium suite (tests/fixtures/pages/<name>/expected.json).
const fixtureCases = readdirSync(FIXTURE_PAGES)
  .filter((name) => name !== SEED && existsSync(path.join(FIXTURE_PAGES, name, 'expected.json')))
  .map((name) => ({ name, expected: expectedOf(name) }));

describe('every fixture page in Firefox', () => {
  for (const { name, expected: want } of fixtureCases) {
    it(want.fails ? `${name}: refused as "${want.fails}", in a plain sentence` : `${name}: reads as an article`, async () => {
      const page = await openFixture(name);
      const popup = await clickAndOpenPopup(fx, page);
      try {
        const view = await snapshot(popup);
        if (want.fails) {
          assert.equal(view.state, 'error');
          assert.equal(view.errorReason, want.fails);
          assertPlainSentence(view.error);
          return;
        }
        assert.equal(view.state, 'article', `popup state is ${view.state}; error: ${view.error}`);
        if (want.title) assert.equal(norm(view.title), norm(want.title), '#title');
        assertArticleText(view.article, want, '#article');
        const texts = view.figures.map((f) => f.text);
        for (const f of want.figures ?? []) assert.ok(texts.includes(f), `key figure "${f}" missing; got ${JSON.stringify(texts)}`);
        if (want.related) assertRelated(view, want, page.url());
        if (want.lang && !want.lang.startsWith('en')) {
          await popup.setViewport({ width: 420, height: 700 });
          await popup.screenshot({ path: shot(`popup-${name}`) });
        }
      } finally {
        await popup.close();
        await page.close();
      }
    });
  }
});
