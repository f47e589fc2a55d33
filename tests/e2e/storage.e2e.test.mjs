// End-to-end, storage half of the library (issue 7), in real headless Chromium on the SHIPPED build:
// 20 extension pages saving at once lose nothing; the "save this page" shortcut's handler reads and saves a
// real page after a toolbar click granted activeTab; the context-menu handlers open the library and save a link.
// Chromium cannot press an extension shortcut or right-click a menu headless, so the tests fire the background's
// own registered listeners with `chrome.commands.onCommand.dispatch` / `chrome.contextMenus.onClicked.dispatch`
// in the service worker: the real handlers, the real injection and storage; not the browser's key or menu plumbing.
// Build first: `PITH_OUT_DIR=… npx wxt build`.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROME_BUILD, WAIT_MS, activeTabId, clickAction, poll, setupChromiumSuite } from './harness.mjs';

const suite = setupChromiumSuite();

/** Everything in the extension's storage.local. */
const stored = () => suite.browser.sw.evaluate(() => chrome.storage.local.get(null));

/** The article entries of the stored index (schema v2: spread over the `index:<n>` shards). */
const indexEntries = (all) => Object.entries(all).filter(([k]) => k.startsWith('index:')).flatMap(([, v]) => v.articles);

/** A small valid Article. */
function article(n) {
  return {
    url: `https://news.example.org/tab/${n}`,
    title: `Tab ${n}`,
    byline: null,
    siteName: 'Example News',
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    html: `<p>Saved from tab ${n}.</p>`,
    text: `Saved from tab ${n}.`,
    wordCount: 4,
    readingMinutes: 1,
    figures: [],
    related: [],
    removals: [],
    extractedAt: '2026-11-27T01:00:00.000Z',
  };
}

async function clearStorage() {
  await suite.browser.sw.evaluate(() => chrome.storage.local.clear());
}

/** Empties storage, then opens the seed page in a new tab. */
async function openSeedPage() {
  await clearStorage();
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url('seed-mining/'));
  return page;
}

/** The toolbar badge text and title Pith set on a tab. */
const badgeText = (tabId) => suite.browser.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const actionTitle = (tabId) => suite.browser.sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

describe('storage in real Chromium', () => {
  it('the manifest asks for contextMenus and unlimitedStorage, has the two shortcuts and no host permissions', () => {
    const manifest = JSON.parse(readFileSync(path.join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    assert.deepEqual(manifest.permissions, ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage']);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.content_scripts, undefined);
    assert.match(manifest.commands._execute_action.suggested_key.default, /^Alt\+Shift\+[A-Z]$/);
    assert.equal(manifest.commands['save-page'].suggested_key.default, 'Alt+Shift+S');
  });

  it('20 extension pages saving at the same moment: all 20 are stored and listed', async () => {
    await clearStorage();
    const base = `chrome-extension://${suite.browser.extensionId}/popup.html?tabId=0`;
    const pages = [];
    for (let i = 0; i < 20; i++) {
      const page = await suite.browser.context.newPage();
      await page.goto(base);
      pages.push(page);
    }
    const at = Date.now() + 1500;
    const answers = await Promise.all(
      pages.map((page, i) =>
        page.evaluate(
          async ({ at, article }) => {
            await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
            return chrome.runtime.sendMessage({ type: 'article/save', article });
          },
          { at, article: article(i) },
        ),
      ),
    );
    assert.deepEqual(answers.map((a) => a.ok), Array(20).fill(true), JSON.stringify(answers.filter((a) => !a.ok)));
    const all = await stored();
    const keys = Object.keys(all).filter((k) => k.startsWith('article:'));
    assert.equal(keys.length, 20);
    assert.equal(indexEntries(all).length, 20);
    const list = await pages[0].evaluate(() => chrome.runtime.sendMessage({ type: 'article/list' }));
    assert.deepEqual(list.value.articles.map((e) => e.title).sort(), Array.from({ length: 20 }, (_, i) => `Tab ${i}`).sort());
    await Promise.all(pages.map((p) => p.close()));
  });

  it('the save-page shortcut saves the current tab after a toolbar click granted activeTab, and shows ✓', async () => {
    const page = await openSeedPage();
    await clickAction(suite.browser.cdp, suite.browser.extensionId, page);
    const tabId = await activeTabId(suite.browser.sw, page);
    await suite.browser.sw.evaluate(async (tabId) => {
      const tab = await chrome.tabs.get(tabId);
      chrome.commands.onCommand.dispatch('save-page', tab);
    }, tabId);
    const all = await poll(async () => {
      const s = await stored();
      return indexEntries(s).length === 1 ? s : null;
    }, 'the article saved by the shortcut');
    const [entry] = indexEntries(all);
    assert.equal(entry.url, suite.server.url('seed-mining/'));
    assert.ok(entry.title.length > 0);
    const saved = all[`article:${entry.id}`].article;
    assert.ok(saved.figures.some((f) => f.text === '$500 million'), 'the full pipeline ran: key figures are there');
    assert.ok(!/<script/i.test(saved.html));
    assert.equal(await poll(() => badgeText(tabId), 'the badge'), '✓');
    assert.equal(await actionTitle(tabId), `Saved to Pith: ${entry.title}`);
    await page.close();
  });

  it('the save-page shortcut without a grant saves nothing and shows !', async () => {
    const page = await openSeedPage();
    const tabId = await activeTabId(suite.browser.sw, page);
    await suite.browser.sw.evaluate(async (tabId) => chrome.commands.onCommand.dispatch('save-page', await chrome.tabs.get(tabId)), tabId);
    assert.equal(await poll(() => badgeText(tabId), 'the badge'), '!');
    assert.match(await actionTitle(tabId), /^Pith could not save this page: /);
    assert.deepEqual(Object.keys(await stored()).filter((k) => k.startsWith('article:')), []);
    await page.close();
  });

  it('"Open Pith library" opens the library page; "Save link to Pith" saves the link to the reading list', async () => {
    const page = await openSeedPage();
    const tabId = await activeTabId(suite.browser.sw, page);
    const opened = suite.browser.context.waitForEvent('page', { timeout: WAIT_MS });
    await suite.browser.sw.evaluate(async (tabId) => {
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'pith-open-library', editable: false, pageUrl: '' }, await chrome.tabs.get(tabId));
    }, tabId);
    const library = await opened;
    await library.waitForLoadState();
    assert.equal(library.url(), `chrome-extension://${suite.browser.extensionId}/library.html`);
    await library.close();

    const linkUrl = suite.server.url('related-reading/');
    await suite.browser.sw.evaluate(
      async ({ tabId, linkUrl, pageUrl }) =>
        chrome.contextMenus.onClicked.dispatch({ menuItemId: 'pith-save-link', editable: false, linkUrl, pageUrl }, await chrome.tabs.get(tabId)),
      { tabId, linkUrl, pageUrl: page.url() },
    );
    const links = await poll(async () => (await stored()).index?.links, 'the saved link');
    assert.equal(links.length, 1);
    assert.equal(links[0].url, linkUrl);
    assert.equal(links[0].title, linkUrl, 'Chromium gives no link text: the title is the address');
    assert.equal(links[0].fromUrl, page.url());
    await page.close();
  });
});
